/** Workbook and its collections: worksheets, names, styles, document properties, comments. */
import ExcelJS from 'exceljs';
import { parseRect, splitSheet } from './addresses';
import type { FakeContext } from './context';
import { fail, unsupported } from './errors';
import { FakeObject, strict } from './objects';
import { cellKey, findSheet, newSheet, normalStyle, type CellState, type SheetState, type StyleState } from './state';
import { checkSheetName, FakeWorksheet } from './worksheet';

export class FakeWorkbook extends FakeObject {
  readonly kind = 'Workbook';
  constructor(ctx: FakeContext) {
    super(ctx, 'workbook');
    return strict(this);
  }
  get worksheets(): FakeWorksheets {
    return this.child('worksheets', () => strict(new FakeWorksheets(this.ctx, 'workbook.worksheets')));
  }
  get names(): FakeNames {
    return this.child('names', () => strict(new FakeNames(this.ctx, 'workbook.names')));
  }
  get styles(): FakeStyles {
    return this.child('styles', () => strict(new FakeStyles(this.ctx, 'workbook.styles')));
  }
  get properties(): { readonly custom: FakeCustomProperties } {
    return this.child('properties', () => ({ custom: strict(new FakeCustomProperties(this.ctx, 'workbook.properties.custom')) }));
  }
  get comments(): FakeComments {
    return this.child('comments', () => strict(new FakeComments(this.ctx, 'workbook.comments')));
  }
  insertWorksheetsFromBase64(base64File: string, options: Excel.InsertWorksheetOptions = {}): { readonly value: string[] } {
    const result: { value: string[] | undefined } = { value: undefined };
    this.call('insertWorksheetsFromBase64', [base64File, options], async () => {
      if ((options.positionType ?? 'End') !== 'End' || options.relativeTo !== undefined) unsupported('insertWorksheetsFromBase64 ailleurs qu’à la fin');
      const ids = await insertSheets(this.ctx, base64File, options.sheetNamesToInsert);
      this.ctx.stageLoad(ids, () => (result.value = ids));
    }, '1.13');
    return {
      get value(): string[] {
        return result.value ?? fail('PropertyNotLoaded', 'La valeur est disponible après context.sync().');
      },
    };
  }
}

export class FakeWorksheets extends FakeObject {
  readonly kind = 'WorksheetCollection';
  protected override navigate(property: string): FakeObject | FakeObject[] {
    if (property !== 'items') return super.navigate(property);
    return this.ctx.state.sheets.map((sheet) => FakeWorksheet.create(this.ctx, `${this.path}.items["${sheet.id}"]`, () => this.ctx.state.sheets.find((s) => s === sheet)));
  }
  get items(): FakeWorksheet[] {
    return this.read('items');
  }
  add(name?: string): FakeWorksheet {
    let created: SheetState | undefined;
    this.call('add', [name ?? null], () => {
      const state = this.ctx.state;
      const chosen = name ?? `Feuil${state.sheets.length + 1}`;
      checkSheetName(chosen);
      if (findSheet(state, chosen) !== undefined) fail('ItemAlreadyExists', `Une feuille « ${chosen} » existe déjà.`);
      created = newSheet(state, chosen);
      state.sheets.push(created);
    });
    return FakeWorksheet.create(this.ctx, `${this.path}.add(${JSON.stringify(name ?? '')})`, () => created);
  }
  getItem(key: string): FakeWorksheet {
    return FakeWorksheet.create(this.ctx, `${this.path}.getItem(${JSON.stringify(key)})`, () => findSheet(this.ctx.state, key));
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    return FakeWorksheet.create(this.ctx, `${this.path}.getItemOrNullObject(${JSON.stringify(key)})`, () => findSheet(this.ctx.state, key), true);
  }
}

class FakeNamedItem extends FakeObject {
  readonly kind = 'NamedItem';
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly key: string,
    private readonly nullable: boolean,
  ) {
    super(ctx, path);
  }
  private item() {
    return this.ctx.state.names.get(this.key.toLowerCase());
  }
  protected override isNull(): boolean {
    return this.nullable && this.item() === undefined;
  }
  protected override snapshot(property: string): unknown {
    const item = this.item() ?? fail('ItemNotFound', `Nom « ${this.key} » absent.`, this.path);
    if (property === 'name' || property === 'comment') return item[property];
    if (property === 'formula') return item.reference;
    return super.snapshot(property);
  }
  get name(): string {
    return this.read('name');
  }
  get comment(): string {
    return this.read('comment');
  }
  set comment(comment: string) {
    this.write('comment', comment, () => void ((this.item() ?? fail('ItemNotFound', 'Nom absent.')).comment = comment), '1.4');
  }
  delete(): void {
    this.call('delete', [], () => {
      if (this.item() === undefined) fail('ItemNotFound', `Nom « ${this.key} » absent.`);
      this.ctx.state.names.delete(this.key.toLowerCase());
    }, '1.4');
  }
}

export class FakeNames extends FakeObject {
  readonly kind = 'NamedItemCollection';
  add(name: string, reference: string, comment = ''): FakeNamedItem {
    this.call('add', [name, reference, comment], () => {
      const state = this.ctx.state;
      if (!/^[\p{L}_\\][\p{L}\p{N}_.]{0,254}$/u.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$/.test(name)) fail('InvalidArgument', `Nom invalide : ${name}`);
      if (state.names.has(name.toLowerCase()) || state.sheets.some((s) => s.tables.some((t) => t.name.toLowerCase() === name.toLowerCase()))) fail('ItemAlreadyExists', `Le nom « ${name} » existe déjà.`);
      if (!reference.startsWith('=')) fail('InvalidArgument', 'Une référence commence par « = ».');
      const { sheet, local } = splitSheet(reference.slice(1));
      if (sheet !== undefined) {
        if (findSheet(state, sheet) === undefined) fail('InvalidReference', `Feuille « ${sheet} » absente.`);
        parseRect(local);
      }
      state.names.set(name.toLowerCase(), { name, reference, comment });
    }, '1.4');
    return strict(new FakeNamedItem(this.ctx, `${this.path}.add(${JSON.stringify(name)})`, name, false));
  }
  getItem(name: string): FakeNamedItem {
    return strict(new FakeNamedItem(this.ctx, `${this.path}.getItem(${JSON.stringify(name)})`, name, false));
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    return strict(new FakeNamedItem(this.ctx, `${this.path}.getItemOrNullObject(${JSON.stringify(name)})`, name, true));
  }
}

/** An Excel cell style: every property set is applied to the style at sync. */
class FakeStyle extends FakeObject {
  readonly kind = 'Style';
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly styleName: string,
  ) {
    super(ctx, path);
  }
  style(): StyleState {
    return this.ctx.state.styles.get(this.styleName.toLowerCase()) ?? fail('ItemNotFound', `Style « ${this.styleName} » absent.`, this.path);
  }
  protected override snapshot(property: string): unknown {
    if (property === 'name') return this.style().name;
    return super.snapshot(property);
  }
  get name(): string {
    return this.read('name');
  }
  private prop<K extends keyof StyleState>(key: K, value: StyleState[K]): void {
    this.write(key, value, () => {
      const style = this.style();
      if (style.builtIn) fail('InvalidOperation', `Le complément ne modifie pas le style prédéfini « ${style.name} ».`);
      style[key] = value;
    }, '1.7');
  }
  set numberFormat(v: string) {
    this.prop('numberFormat', v);
  }
  get numberFormat(): string {
    return this.read('numberFormat');
  }
  set horizontalAlignment(v: Excel.Style['horizontalAlignment']) {
    if (!['General', 'Left', 'Center', 'Right'].includes(v)) unsupported(`l'alignement ${v}`);
    this.prop('horizontalAlignment', v);
  }
  get horizontalAlignment(): Excel.Style['horizontalAlignment'] {
    return this.read('horizontalAlignment');
  }
  set verticalAlignment(v: Excel.Style['verticalAlignment']) {
    if (!['Top', 'Center', 'Bottom'].includes(v)) unsupported(`l'alignement vertical ${v}`);
    this.prop('verticalAlignment', v);
  }
  get verticalAlignment(): Excel.Style['verticalAlignment'] {
    return this.read('verticalAlignment');
  }
  set wrapText(v: boolean) {
    this.prop('wrapText', v);
  }
  get wrapText(): boolean {
    return this.read('wrapText');
  }
  set indentLevel(v: number) {
    if (!(Number.isInteger(v) && v >= 0 && v <= 250)) fail('InvalidArgument', `Retrait invalide : ${v}`);
    this.prop('indentLevel', v);
  }
  get indentLevel(): number {
    return this.read('indentLevel');
  }
  set locked(v: boolean) {
    this.prop('locked', v);
  }
  get locked(): boolean {
    return this.read('locked');
  }
  private include(key: keyof StyleState['include'], name: string, v: boolean): void {
    this.write(name, v, () => void (this.style().include[key] = v), '1.7');
  }
  set includeAlignment(v: boolean) {
    this.include('alignment', 'includeAlignment', v);
  }
  get includeAlignment(): boolean {
    return this.read('includeAlignment');
  }
  set includeBorder(v: boolean) {
    this.include('border', 'includeBorder', v);
  }
  get includeBorder(): boolean {
    return this.read('includeBorder');
  }
  set includeFont(v: boolean) {
    this.include('font', 'includeFont', v);
  }
  get includeFont(): boolean {
    return this.read('includeFont');
  }
  set includeNumber(v: boolean) {
    this.include('number', 'includeNumber', v);
  }
  get includeNumber(): boolean {
    return this.read('includeNumber');
  }
  set includePatterns(v: boolean) {
    this.include('patterns', 'includePatterns', v);
  }
  get includePatterns(): boolean {
    return this.read('includePatterns');
  }
  set includeProtection(v: boolean) {
    this.include('protection', 'includeProtection', v);
  }
  get includeProtection(): boolean {
    return this.read('includeProtection');
  }
  get font() {
    return this.child('font', () => this.makeFont());
  }
  private makeFont() {
    const owner = { style: () => this.style() };
    const set = <K extends keyof StyleState['font']>(key: K, value: StyleState['font'][K]) =>
      font.writeFont(key, value, () => void (owner.style().font[key] = value));
    const font = strict(
      new (class extends FakeObject {
        readonly kind = 'RangeFont';
        writeFont(key: string, value: unknown, apply: () => void) {
          this.write(key, value, apply, '1.7');
        }
        set name(v: string) {
          set('name', v);
        }
        get name(): string {
          return this.read('name');
        }
        set size(v: number) {
          if (!(v >= 1 && v <= 409)) fail('InvalidArgument', `Taille de police invalide : ${v}`);
          set('size', v);
        }
        get size(): number {
          return this.read('size');
        }
        set bold(v: boolean) {
          set('bold', v);
        }
        get bold(): boolean {
          return this.read('bold');
        }
        set italic(v: boolean) {
          set('italic', v);
        }
        get italic(): boolean {
          return this.read('italic');
        }
        set color(v: string) {
          if (!/^#[0-9A-F]{6}$/i.test(v)) fail('InvalidArgument', `Couleur invalide : ${v}`);
          set('color', v.toUpperCase());
        }
        get color(): string {
          return this.read('color');
        }
        set underline(v: Excel.RangeUnderlineStyle | 'None' | 'Single' | 'Double' | 'SingleAccountant' | 'DoubleAccountant') {
          set('underline', v);
        }
        get underline(): Excel.RangeUnderlineStyle | 'None' | 'Single' | 'Double' | 'SingleAccountant' | 'DoubleAccountant' {
          return this.read('underline');
        }
      })(this.ctx, `${this.path}.font`),
    );
    return font;
  }
  get fill() {
    return this.child('fill', () => this.makeFill());
  }
  private makeFill() {
    const owner = { style: () => this.style() };
    return strict(
      new (class extends FakeObject {
        readonly kind = 'RangeFill';
        protected override snapshot(property: string): unknown {
          return property === 'color' ? (owner.style().fill ?? '#FFFFFF') : super.snapshot(property);
        }
        set color(v: string) {
          if (!/^#[0-9A-F]{6}$/i.test(v)) fail('InvalidArgument', `Couleur invalide : ${v}`);
          this.write('color', v, () => void (owner.style().fill = v.toUpperCase()), '1.7');
        }
        get color(): string {
          return this.read('color');
        }
        clear(): void {
          this.call('clear', [], () => void delete owner.style().fill, '1.7');
        }
      })(this.ctx, `${this.path}.fill`),
    );
  }
  get borders() {
    return this.child('borders', () => this.makeBorders());
  }
  private makeBorders() {
    const owner = { style: () => this.style() };
    const ctx = this.ctx;
    const path = `${this.path}.borders`;
    return strict(
      new (class extends FakeObject {
        readonly kind = 'RangeBorderCollection';
        getItem(index: 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight') {
          if (!['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'].includes(index)) unsupported(`la bordure ${index}`);
          const edge = () => owner.style().borders[index];
          return strict(
            new (class extends FakeObject {
              readonly kind = 'RangeBorder';
              set style(v: Excel.BorderLineStyle | 'None' | 'Continuous' | 'Dash' | 'DashDot' | 'DashDotDot' | 'Dot' | 'Double' | 'SlantDashDot') {
                this.write('style', v, () => void (edge().style = v), '1.7');
              }
              get style(): Excel.BorderLineStyle | 'None' | 'Continuous' | 'Dash' | 'DashDot' | 'DashDotDot' | 'Dot' | 'Double' | 'SlantDashDot' {
                return this.read('style');
              }
              set weight(v: Excel.BorderWeight | 'Hairline' | 'Thin' | 'Medium' | 'Thick') {
                this.write('weight', v, () => void (edge().weight = v), '1.7');
              }
              get weight(): Excel.BorderWeight | 'Hairline' | 'Thin' | 'Medium' | 'Thick' {
                return this.read('weight');
              }
              set color(v: string) {
                this.write('color', v, () => void (edge().color = v.toUpperCase()), '1.7');
              }
              get color(): string {
                return this.read('color');
              }
            })(ctx, `${path}.getItem("${index}")`),
          );
        }
      })(ctx, path),
    );
  }
}

export class FakeStyles extends FakeObject {
  readonly kind = 'StyleCollection';
  protected override navigate(property: string): FakeObject | FakeObject[] {
    if (property !== 'items') return super.navigate(property);
    return [...this.ctx.state.styles.values()].map((s) => strict(new FakeStyle(this.ctx, `${this.path}.items["${s.name}"]`, s.name)));
  }
  get items(): Array<{ readonly name: string }> {
    return this.read('items');
  }
  add(name: string): void {
    this.call('add', [name], () => {
      if (this.ctx.state.styles.has(name.toLowerCase())) fail('ItemAlreadyExists', `Le style « ${name} » existe déjà.`);
      this.ctx.state.styles.set(name.toLowerCase(), normalStyle(name, false));
    }, '1.7');
  }
  getItem(name: string): FakeStyle {
    return strict(new FakeStyle(this.ctx, `${this.path}.getItem(${JSON.stringify(name)})`, name));
  }
}

class FakeCustomProperty extends FakeObject {
  readonly kind = 'CustomProperty';
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly key_: string,
    private readonly nullable = false,
  ) {
    super(ctx, path);
  }
  private find() {
    return this.ctx.state.documentProperties.get(this.key_.toLowerCase());
  }
  private item() {
    return this.find() ?? fail('ItemNotFound', `Propriété « ${this.key_} » absente.`, this.path);
  }
  protected override isNull(): boolean {
    return this.nullable && this.find() === undefined;
  }
  protected override snapshot(property: string): unknown {
    if (property === 'key' || property === 'value') return this.item()[property];
    return super.snapshot(property);
  }
  get key(): string {
    return this.read('key');
  }
  get value(): string {
    return this.read('value');
  }
  set value(value: string) {
    this.write('value', value, () => void (this.item().value = value), '1.7');
  }
  delete(): void {
    this.call('delete', [], () => void (this.item() && this.ctx.state.documentProperties.delete(this.key_.toLowerCase())), '1.7');
  }
}

export class FakeCustomProperties extends FakeObject {
  readonly kind = 'CustomPropertyCollection';
  protected override navigate(property: string): FakeObject | FakeObject[] {
    if (property !== 'items') return super.navigate(property);
    return [...this.ctx.state.documentProperties.values()].map((p) => strict(new FakeCustomProperty(this.ctx, `${this.path}.items["${p.key}"]`, p.key)));
  }
  get items(): FakeCustomProperty[] {
    return this.read('items');
  }
  add(key: string, value: string): FakeCustomProperty {
    this.call('add', [key, value], () => {
      if (key === '' || key.length > 255) fail('InvalidArgument', 'Clé de propriété invalide (1 à 255 caractères).');
      if (value.length > 255) fail('InvalidArgument', 'Valeur de propriété trop longue (255 caractères au plus).');
      this.ctx.state.documentProperties.set(key.toLowerCase(), { key, value });
    }, '1.7');
    return strict(new FakeCustomProperty(this.ctx, `${this.path}.add(${JSON.stringify(key)})`, key));
  }
  getItemOrNullObject(key: string): FakeCustomProperty {
    this.call('getItemOrNullObject', [key], () => undefined, '1.7');
    return strict(new FakeCustomProperty(this.ctx, `${this.path}.getItemOrNullObject(${JSON.stringify(key)})`, key, true));
  }
}

export class FakeComments extends FakeObject {
  readonly kind = 'CommentCollection';
  add(cellAddress: string, content: string): void {
    this.call('add', [cellAddress, content], () => {
      const { sheet, local } = splitSheet(cellAddress);
      const target = sheet !== undefined ? findSheet(this.ctx.state, sheet) : undefined;
      if (target === undefined) fail('InvalidArgument', `Adresse de commentaire sans feuille valide : ${cellAddress}`);
      const rect = parseRect(local);
      if (rect.top !== rect.bottom || rect.left !== rect.right) fail('InvalidArgument', 'Un commentaire va sur une seule cellule.');
      this.ctx.state.comments.push({ sheet: target!.name, cell: local, content });
    }, '1.10');
  }
}

/** Sheets of an .xlsx, copied as Excel would: values, formulas, number formats, locks, widths, merges, visibility, protection. */
async function insertSheets(ctx: FakeContext, base64: string, only?: string[]): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ExcelJS.Buffer);
  const state = ctx.state;
  const ids: string[] = [];
  for (const source of workbook.worksheets) {
    if (only !== undefined && !only.includes(source.name)) continue;
    let name = source.name;
    for (let n = 2; findSheet(state, name) !== undefined; n++) name = `${source.name} (${n})`;
    const sheet = newSheet(state, name);
    sheet.visibility = source.state === 'veryHidden' ? 'VeryHidden' : source.state === 'hidden' ? 'Hidden' : 'Visible';
    source.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const target: CellState = {};
        const value = cell.value as unknown;
        if (cell.type === ExcelJS.ValueType.Formula) target.formula = String(cell.formula);
        else if (value instanceof Date) target.value = (value.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
        else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') target.value = value;
        else if (value !== null && typeof value === 'object' && 'text' in value) target.value = String(value.text);
        if (cell.numFmt !== undefined) target.numberFormat = cell.numFmt;
        if (cell.protection?.locked === false) target.locked = false;
        sheet.cells.set(cellKey(r - 1, c - 1), target);
      }),
    );
    source.columns?.forEach((column, c) => {
      if (column.width !== undefined) sheet.columnWidths.set(c, Math.round(column.width * 7 + 5) * 0.75);
    });
    const merges = (source as unknown as { _merges: Record<string, { model: { top: number; left: number; bottom: number; right: number } }> })._merges;
    for (const merge of Object.values(merges)) sheet.merges.push({ top: merge.model.top - 1, left: merge.model.left - 1, bottom: merge.model.bottom - 1, right: merge.model.right - 1 });
    const protection = (source as unknown as { sheetProtection?: { sheet?: boolean; formatColumns?: boolean; formatRows?: boolean } }).sheetProtection;
    if (protection?.sheet) sheet.protection = { protected: true, options: { allowFormatColumns: protection.formatColumns === true, allowFormatRows: protection.formatRows === true } };
    state.sheets.push(sheet);
    ids.push(sheet.id);
  }
  return ids;
}
