/** Range, its format, data validation and conditional formats. */
import { overlaps, quoteSheet, rectAddress, rectColumns, rectRows, type Rect } from './addresses';
import type { FakeContext } from './context';
import { fail, unsupported } from './errors';
import { cellsOf, guardMerges, guardProtection, guardSize } from './guards';
import { applyInput, parseInput } from './input';
import { FakeObject, strict } from './objects';
import { cellKey, effectiveFormat, keyColumn, keyRow, standardHeight, standardWidth, type CellState, type ConditionalFormatState, type SheetState, type ValidationState } from './state';

export type RangeTarget = { sheet: SheetState; rect: Rect };
export type RangeResolver = () => RangeTarget | undefined;

const must = (target: RangeTarget | undefined, path: string): RangeTarget => target ?? fail('ItemNotFound', 'La plage ou sa feuille n’existe pas.', path);

function cellAt(sheet: SheetState, row: number, column: number, create: true): CellState;
function cellAt(sheet: SheetState, row: number, column: number, create?: false): CellState | undefined;
function cellAt(sheet: SheetState, row: number, column: number, create = false): CellState | undefined {
  const key = cellKey(row, column);
  let cell = sheet.cells.get(key);
  if (cell === undefined && create) {
    cell = {};
    sheet.cells.set(key, cell);
  }
  return cell;
}

function matrix<T>(rect: Rect, at: (row: number, column: number) => T): T[][] {
  guardSize(rect, 'une lecture');
  const rows: T[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row: T[] = [];
    for (let c = rect.left; c <= rect.right; c++) row.push(at(r, c));
    rows.push(row);
  }
  return rows;
}

function checkDimensions(rect: Rect, value: unknown, property: string): unknown[][] {
  if (!Array.isArray(value) || value.length !== rectRows(rect) || value.some((row) => !Array.isArray(row) || row.length !== rectColumns(rect))) {
    return fail('InvalidArgument', `${property} : le tableau ne correspond pas aux dimensions de la plage (${rectRows(rect)} × ${rectColumns(rect)}).`);
  }
  return value as unknown[][];
}

export class FakeRange extends FakeObject {
  readonly kind = 'Range';
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly resolve: RangeResolver,
    private readonly nullable = false,
  ) {
    super(ctx, path);
  }

  static create(ctx: FakeContext, path: string, resolve: RangeResolver, nullable = false): FakeRange {
    return strict(new FakeRange(ctx, path, resolve, nullable));
  }

  protected override isNull(): boolean {
    return this.nullable && this.resolve() === undefined;
  }

  private target(): RangeTarget {
    return must(this.resolve(), this.path);
  }

  /** For other fake objects taking a range argument (charts). */
  resolveTarget(): RangeTarget {
    return this.target();
  }

  protected override snapshot(property: string): unknown {
    const { sheet, rect } = this.target();
    const workbook = this.ctx.state;
    switch (property) {
      case 'values':
        return matrix(rect, (r, c) => {
          const cell = cellAt(sheet, r, c);
          return cell?.formula !== undefined ? '' : cell?.value ?? '';
        });
      case 'formulas':
        return matrix(rect, (r, c) => {
          const cell = cellAt(sheet, r, c);
          return cell?.formula !== undefined ? `=${cell.formula}` : cell?.value ?? '';
        });
      case 'numberFormat':
        return matrix(rect, (r, c) => effectiveFormat(workbook, cellAt(sheet, r, c)).numberFormat);
      case 'valueTypes':
        return matrix(rect, (r, c) => {
          const cell = cellAt(sheet, r, c);
          if (cell?.formula !== undefined) return 'String';
          if (cell?.value === undefined) return 'Empty';
          if (cell.error) return 'Error';
          return typeof cell.value === 'number' ? 'Double' : typeof cell.value === 'boolean' ? 'Boolean' : 'String';
        });
      case 'style':
        if (rect.top !== rect.bottom || rect.left !== rect.right) unsupported('le style de plusieurs cellules');
        return cellAt(sheet, rect.top, rect.left)?.style ?? 'Normal';
      case 'address':
        return `${quoteSheet(sheet.name)}!${rectAddress(rect)}`;
      case 'rowIndex':
        return rect.top;
      case 'columnIndex':
        return rect.left;
      case 'rowCount':
        return rectRows(rect);
      case 'columnCount':
        return rectColumns(rect);
      default:
        return super.snapshot(property);
    }
  }

  get values(): unknown[][] {
    return this.read('values');
  }
  set values(value: unknown[][]) {
    this.writeCells('values', value);
  }
  get formulas(): unknown[][] {
    return this.read('formulas');
  }
  set formulas(value: unknown[][]) {
    this.writeCells('formulas', value);
  }

  private writeCells(property: 'values' | 'formulas', value: unknown[][]): void {
    this.write(property, value, () => {
      const { sheet, rect } = this.target();
      const rows = checkDimensions(rect, value, property);
      guardProtection(this.ctx.state, sheet, 'values', rect);
      rows.forEach((row, r) =>
        row.forEach((raw, c) => {
          const current = cellAt(sheet, rect.top + r, rect.left + c);
          const format = effectiveFormat(this.ctx.state, current).numberFormat;
          const parsed = parseInput(raw, format);
          if (parsed.kind === 'skip' || (parsed.kind === 'empty' && current === undefined)) return;
          applyInput(cellAt(sheet, rect.top + r, rect.left + c, true), parsed, format);
        }),
      );
    });
  }

  get numberFormat(): unknown[][] {
    return this.read('numberFormat');
  }
  set numberFormat(value: unknown[][]) {
    this.write('numberFormat', value, () => {
      const { sheet, rect } = this.target();
      const rows = checkDimensions(rect, value, 'numberFormat');
      guardProtection(this.ctx.state, sheet, 'format');
      rows.forEach((row, r) =>
        row.forEach((format, c) => {
          if (format !== null) cellAt(sheet, rect.top + r, rect.left + c, true).numberFormat = String(format);
        }),
      );
    });
  }

  get valueTypes(): Excel.RangeValueType[][] {
    return this.read('valueTypes');
  }
  get address(): string {
    return this.read('address');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }

  get style(): string {
    return this.read('style');
  }
  set style(name: string) {
    this.write('style', name, () => {
      const { sheet, rect } = this.target();
      const style = this.ctx.state.styles.get(name.toLowerCase()) ?? fail('InvalidArgument', `Le style « ${name} » n’existe pas.`);
      guardProtection(this.ctx.state, sheet, 'format');
      guardSize(rect, 'un style');
      for (const { row, column } of cellsOf(rect)) {
        const cell = cellAt(sheet, row, column, true);
        cell.style = style.name;
        // Applying a style resets the formats it includes.
        if (style.include.number) delete cell.numberFormat;
        if (style.include.protection) delete cell.locked;
        if (style.include.patterns) delete cell.fill;
      }
    }, '1.7');
  }

  get columnHidden(): boolean {
    return this.read('columnHidden');
  }
  set columnHidden(hidden: boolean) {
    this.write('columnHidden', hidden, () => {
      const { sheet, rect } = this.target();
      guardProtection(this.ctx.state, sheet, 'columns');
      for (let c = rect.left; c <= rect.right; c++) {
        if (hidden) sheet.hiddenColumns.add(c);
        else sheet.hiddenColumns.delete(c);
      }
    });
  }

  get hyperlink(): Excel.RangeHyperlink {
    return this.read('hyperlink');
  }
  set hyperlink(link: Excel.RangeHyperlink) {
    this.write('hyperlink', link, () => {
      const { sheet, rect } = this.target();
      guardProtection(this.ctx.state, sheet, 'format');
      if (link.textToDisplay !== undefined) unsupported('hyperlink.textToDisplay');
      if ((link.address === undefined) === (link.documentReference === undefined)) fail('InvalidArgument', 'Un lien a une adresse ou une référence dans le classeur.');
      for (const { row, column } of cellsOf(rect)) cellAt(sheet, row, column, true).hyperlink = { ...link };
    }, '1.7');
  }

  get format(): FakeRangeFormat {
    return this.child('format', () => FakeRangeFormat.create(this.ctx, `${this.path}.format`, () => this.target()));
  }

  get dataValidation(): FakeDataValidation {
    return this.child('dataValidation', () => FakeDataValidation.create(this.ctx, `${this.path}.dataValidation`, () => this.target()));
  }

  get conditionalFormats(): FakeConditionalFormats {
    return this.child('conditionalFormats', () => FakeConditionalFormats.create(this.ctx, `${this.path}.conditionalFormats`, () => this.target()));
  }

  merge(across = false): void {
    this.call('merge', [across], () => {
      const { sheet, rect } = this.target();
      if (across) unsupported('merge(true)');
      guardProtection(this.ctx.state, sheet, 'structure');
      if (sheet.merges.some((m) => overlaps(m, rect))) fail('InvalidOperation', 'La plage chevauche une fusion existante.');
      if (sheet.tables.some((t) => overlaps(t.rect, rect))) fail('InvalidOperation', 'Impossible de fusionner dans un tableau.');
      // Excel keeps the top-left value only.
      for (const { row, column } of cellsOf(rect)) {
        if (row === rect.top && column === rect.left) continue;
        const cell = cellAt(sheet, row, column);
        if (cell !== undefined) {
          delete cell.value;
          delete cell.formula;
        }
      }
      sheet.merges.push(rect);
    });
  }

  unmerge(): void {
    this.call('unmerge', [], () => {
      const { sheet, rect } = this.target();
      guardProtection(this.ctx.state, sheet, 'structure');
      sheet.merges = sheet.merges.filter((m) => !overlaps(m, rect));
    });
  }

  /** « All »: contents, formats, hyperlinks and notes (data validation and conditional formats have their own clear). */
  clear(applyTo: 'All' | 'Formats' | 'Contents' | 'Hyperlinks' = 'All'): void {
    this.call('clear', [applyTo], () => {
      const { sheet, rect } = this.target();
      guardProtection(this.ctx.state, sheet, 'structure');
      guardMerges(sheet, rect);
      for (const [key, cell] of [...sheet.cells]) {
        const row = keyRow(key);
        const column = keyColumn(key);
        if (row < rect.top || row > rect.bottom || column < rect.left || column > rect.right) continue;
        if (applyTo === 'All' || applyTo === 'Contents') {
          delete cell.value;
          delete cell.formula;
          delete cell.quotePrefix;
          delete cell.error;
        }
        if (applyTo === 'All' || applyTo === 'Formats') {
          delete cell.style;
          delete cell.numberFormat;
          delete cell.locked;
          delete cell.fill;
        }
        if (applyTo === 'All' || applyTo === 'Hyperlinks') delete cell.hyperlink;
        if (applyTo === 'All') sheet.notes.delete(key);
        if (Object.keys(cell).length === 0) sheet.cells.delete(key);
      }
      if (applyTo === 'All') this.ctx.state.comments = this.ctx.state.comments.filter((c) => c.sheet.toLowerCase() !== sheet.name.toLowerCase());
    });
  }

  select(): void {
    this.call('select', [], () => {
      const { sheet, rect } = this.target();
      if (this.ctx.state.activeSheetId !== sheet.id) fail('InvalidSelection', 'La plage n’est pas sur la feuille active.');
      this.ctx.state.selection = { sheet: sheet.name, address: rectAddress(rect) };
    });
  }
}

export class FakeRangeFormat extends FakeObject {
  readonly kind = 'RangeFormat';
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly target: () => RangeTarget,
  ) {
    super(ctx, path);
  }
  static create(ctx: FakeContext, path: string, target: () => RangeTarget): FakeRangeFormat {
    return strict(new FakeRangeFormat(ctx, path, target));
  }
  set columnWidth(points: number) {
    this.write('columnWidth', points, () => {
      const { sheet, rect } = this.target();
      guardProtection(this.ctx.state, sheet, 'columns');
      if (!(points >= 0 && points <= 255 * 7.5)) fail('InvalidArgument', `Largeur de colonne invalide : ${points}`);
      for (let c = rect.left; c <= rect.right; c++) sheet.columnWidths.set(c, points);
    });
  }
  get columnWidth(): number {
    return this.read('columnWidth');
  }
  set rowHeight(points: number) {
    this.write('rowHeight', points, () => {
      const { sheet, rect } = this.target();
      guardProtection(this.ctx.state, sheet, 'rows');
      if (!(points >= 0 && points <= 409)) fail('InvalidArgument', `Hauteur de ligne invalide : ${points}`);
      guardSize({ ...rect, left: 0, right: 0 }, 'des hauteurs de ligne');
      for (let r = rect.top; r <= rect.bottom; r++) sheet.rowHeights.set(r, points);
    });
  }
  get rowHeight(): number {
    return this.read('rowHeight');
  }
  set useStandardWidth(value: boolean) {
    this.write('useStandardWidth', value, () => {
      const { sheet, rect } = this.target();
      guardProtection(this.ctx.state, sheet, 'columns');
      if (value) for (const c of [...sheet.columnWidths.keys()]) if (c >= rect.left && c <= rect.right) sheet.columnWidths.delete(c);
    }, '1.7');
  }
  get useStandardWidth(): boolean {
    return this.read('useStandardWidth');
  }
  set useStandardHeight(value: boolean) {
    this.write('useStandardHeight', value, () => {
      const { sheet, rect } = this.target();
      guardProtection(this.ctx.state, sheet, 'rows');
      if (value) for (const r of [...sheet.rowHeights.keys()]) if (r >= rect.top && r <= rect.bottom) sheet.rowHeights.delete(r);
    }, '1.7');
  }
  get useStandardHeight(): boolean {
    return this.read('useStandardHeight');
  }
  get protection(): { locked: boolean } {
    return this.child('protection', () => this.makeProtection());
  }
  get fill(): FakeRangeFill {
    return this.child('fill', () => strict(new FakeRangeFill(this.ctx, `${this.path}.fill`, this.target)));
  }
  private makeProtection(): { locked: boolean } {
    const ctx = this.ctx;
    const target = this.target;
    const path = `${this.path}.protection`;
    return strict(
      new (class extends FakeObject {
        readonly kind = 'FormatProtection';
        set locked(locked: boolean) {
          this.write('locked', locked, () => {
            const { sheet, rect } = target();
            guardProtection(ctx.state, sheet, 'format');
            guardSize(rect, 'un verrouillage');
            for (const { row, column } of cellsOf(rect)) cellAt(sheet, row, column, true).locked = locked;
          }, '1.2');
        }
        get locked(): boolean {
          return this.read('locked');
        }
      })(ctx, path),
    );
  }
}

/** A range's own fill: read from its one cell (the cell's fill, else its style's, else white). */
export class FakeRangeFill extends FakeObject {
  readonly kind = 'RangeFill';
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly target: () => RangeTarget,
  ) {
    super(ctx, path);
  }
  protected override snapshot(property: string): unknown {
    if (property !== 'color') return super.snapshot(property);
    const { sheet, rect } = this.target();
    if (rect.top !== rect.bottom || rect.left !== rect.right) unsupported('la couleur de fond de plusieurs cellules');
    const cell = cellAt(sheet, rect.top, rect.left);
    return cell?.fill ?? effectiveFormat(this.ctx.state, cell).style.fill ?? '#FFFFFF';
  }
  get color(): string {
    return this.read('color');
  }
  set color(color: string) {
    this.write('color', color, () => {
      const { sheet, rect } = this.target();
      if (!/^#[0-9A-F]{6}$/i.test(color)) fail('InvalidArgument', `Couleur invalide : ${color}`);
      guardProtection(this.ctx.state, sheet, 'format');
      guardSize(rect, 'une couleur de fond');
      for (const { row, column } of cellsOf(rect)) cellAt(sheet, row, column, true).fill = color.toUpperCase();
    });
  }
  clear(): void {
    this.call('clear', [], () => {
      const { sheet, rect } = this.target();
      guardProtection(this.ctx.state, sheet, 'format');
      for (const { row, column } of cellsOf(rect)) {
        const cell = cellAt(sheet, row, column);
        if (cell === undefined) continue;
        delete cell.fill;
        if (Object.keys(cell).length === 0) sheet.cells.delete(cellKey(row, column));
      }
    });
  }
}

/** Excel's standard sizes, for readers of the state. */
export const standard = { width: standardWidth, height: standardHeight };

function checkRule(rule: Excel.DataValidationRule): void {
  const kinds = Object.entries(rule).filter(([, v]) => v !== undefined);
  if (kinds.length !== 1) fail('InvalidArgument', 'Une règle de validation a exactement un type.');
  const [kind, body] = kinds[0] as [string, Record<string, unknown>];
  if (kind === 'custom' && !(typeof body.formula === 'string' && body.formula.startsWith('='))) fail('InvalidArgument', 'Une formule de validation commence par « = ».');
  if (kind === 'list' && !(typeof body.source === 'string' && body.source !== '')) fail('InvalidArgument', 'Une liste a une source.');
  if (['wholeNumber', 'decimal', 'textLength', 'date'].includes(kind) && (body.operator === undefined || body.formula1 === undefined)) fail('InvalidArgument', 'Opérateur et formula1 sont requis.');
  if (kind === 'time') unsupported('la validation de type heure');
}

export class FakeDataValidation extends FakeObject {
  readonly kind = 'DataValidation';
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly target: () => RangeTarget,
  ) {
    super(ctx, path);
  }
  static create(ctx: FakeContext, path: string, target: () => RangeTarget): FakeDataValidation {
    return strict(new FakeDataValidation(ctx, path, target));
  }
  private each(update: (cell: CellState) => void): void {
    const { sheet, rect } = this.target();
    guardProtection(this.ctx.state, sheet, 'format');
    guardSize(rect, 'une validation');
    for (const { row, column } of cellsOf(rect)) update(cellAt(sheet, row, column, true));
  }
  private existing(cell: CellState): ValidationState {
    return cell.validation ?? fail('InvalidOperation', 'Réglez d’abord la règle de validation (rule).');
  }
  set rule(rule: Excel.DataValidationRule) {
    this.write('rule', rule, () => {
      checkRule(rule);
      const shared = structuredClone(rule);
      this.each((cell) => {
        cell.validation = { rule: shared, ignoreBlanks: cell.validation?.ignoreBlanks ?? true, ...(cell.validation?.prompt ? { prompt: cell.validation.prompt } : {}), ...(cell.validation?.errorAlert ? { errorAlert: cell.validation.errorAlert } : {}) };
      });
    }, '1.8');
  }
  get rule(): Excel.DataValidationRule {
    return this.read('rule');
  }
  set ignoreBlanks(value: boolean) {
    this.write('ignoreBlanks', value, () => this.each((cell) => (this.existing(cell).ignoreBlanks = value)), '1.8');
  }
  get ignoreBlanks(): boolean {
    return this.read('ignoreBlanks');
  }
  set prompt(prompt: Excel.DataValidationPrompt) {
    this.write('prompt', prompt, () => {
      if (prompt.title.length > 32 || prompt.message.length > 255) fail('InvalidArgument', 'Message de saisie trop long (titre 32, texte 255 caractères).');
      this.each((cell) => (this.existing(cell).prompt = { ...prompt }));
    }, '1.8');
  }
  get prompt(): Excel.DataValidationPrompt {
    return this.read('prompt');
  }
  set errorAlert(alert: Excel.DataValidationErrorAlert) {
    this.write('errorAlert', alert, () => {
      if (alert.title.length > 32 || alert.message.length > 255) fail('InvalidArgument', 'Alerte d’erreur trop longue (titre 32, texte 255 caractères).');
      this.each((cell) => (this.existing(cell).errorAlert = { ...alert }));
    }, '1.8');
  }
  get errorAlert(): Excel.DataValidationErrorAlert {
    return this.read('errorAlert');
  }
  clear(): void {
    this.call('clear', [], () => {
      const { sheet, rect } = this.target();
      guardProtection(this.ctx.state, sheet, 'format');
      for (const [key, cell] of sheet.cells) {
        const row = keyRow(key);
        const column = keyColumn(key);
        if (row >= rect.top && row <= rect.bottom && column >= rect.left && column <= rect.right) delete cell.validation;
      }
    }, '1.8');
  }
}

export class FakeConditionalFormats extends FakeObject {
  readonly kind = 'ConditionalFormatCollection';
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly target: () => RangeTarget,
  ) {
    super(ctx, path);
  }
  static create(ctx: FakeContext, path: string, target: () => RangeTarget): FakeConditionalFormats {
    return strict(new FakeConditionalFormats(ctx, path, target));
  }
  add(type: 'Custom') {
    if (type !== 'Custom') unsupported(`les mises en forme conditionnelles de type ${type}`);
    let created: ConditionalFormatState | undefined;
    this.call('add', [type], () => {
      const { sheet, rect } = this.target();
      guardProtection(this.ctx.state, sheet, 'format');
      created = { rect, type: 'Custom', font: {} };
      sheet.conditionalFormats.push(created);
    }, '1.6');
    const ctx = this.ctx;
    const path = `${this.path}.add("Custom")`;
    const state = () => created ?? fail('ItemNotFound', 'Mise en forme conditionnelle absente.');
    const rule = strict(
      new (class extends FakeObject {
        readonly kind = 'ConditionalFormatRule';
        set formula(formula: string) {
          this.write('formula', formula, () => {
            if (!formula.startsWith('=')) fail('InvalidArgument', 'Une formule commence par « = ».');
            state().formula = formula;
          }, '1.6');
        }
        get formula(): string {
          return this.read('formula');
        }
      })(ctx, `${path}.custom.rule`),
    );
    const fill = strict(
      new (class extends FakeObject {
        readonly kind = 'ConditionalRangeFill';
        set color(color: string) {
          this.write('color', color, () => (state().fill = color), '1.6');
        }
        get color(): string {
          return this.read('color');
        }
      })(ctx, `${path}.custom.format.fill`),
    );
    const font = strict(
      new (class extends FakeObject {
        readonly kind = 'ConditionalRangeFont';
        set color(color: string) {
          this.write('color', color, () => (state().font.color = color), '1.6');
        }
        get color(): string {
          return this.read('color');
        }
        set bold(bold: boolean) {
          this.write('bold', bold, () => (state().font.bold = bold), '1.6');
        }
        get bold(): boolean {
          return this.read('bold');
        }
        set italic(italic: boolean) {
          this.write('italic', italic, () => (state().font.italic = italic), '1.6');
        }
        get italic(): boolean {
          return this.read('italic');
        }
      })(ctx, `${path}.custom.format.font`),
    );
    return { custom: { rule, format: { fill, font } } };
  }
  clearAll(): void {
    this.call('clearAll', [], () => {
      const { sheet, rect } = this.target();
      guardProtection(this.ctx.state, sheet, 'format');
      sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => !overlaps(f.rect, rect));
    }, '1.6');
  }
}
