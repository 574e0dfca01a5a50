/** Worksheet and what hangs from it: protection, frozen panes, tables, custom properties, page layout, notes. */
import { isValidSheetName } from '../../../src/collect/sheetName';
import { maxColumns, maxRows } from '../../../src/workbook/a1';
import { overlaps, parseRect, rectAddress, rectColumns, splitSheet, wholeSheet, type Rect } from './addresses';
import type { FakeContext } from './context';
import { fail, unsupported } from './errors';
import { guardProtection } from './guards';
import { FakeCharts } from './charts';
import { FakeObject, strict } from './objects';
import { FakeRange } from './range';
import { cellKey, findSheet, keyColumn, keyRow, type SheetState, type TableState } from './state';

export type SheetResolver = () => SheetState | undefined;

export class FakeWorksheet extends FakeObject {
  readonly kind = 'Worksheet';
  constructor(
    ctx: FakeContext,
    path: string,
    readonly resolve: SheetResolver,
    private readonly nullable = false,
  ) {
    super(ctx, path);
  }
  static create(ctx: FakeContext, path: string, resolve: SheetResolver, nullable = false): FakeWorksheet {
    return strict(new FakeWorksheet(ctx, path, resolve, nullable));
  }
  protected override isNull(): boolean {
    return this.nullable && this.resolve() === undefined;
  }
  sheet(): SheetState {
    return this.resolve() ?? fail('ItemNotFound', 'La feuille n’existe pas.', this.path);
  }
  protected override snapshot(property: string): unknown {
    const sheet = this.sheet();
    switch (property) {
      case 'id':
      case 'name':
      case 'visibility':
      case 'tabColor':
        return sheet[property];
      case 'position':
        return this.ctx.state.sheets.indexOf(sheet);
      default:
        return super.snapshot(property);
    }
  }
  protected override navigate(property: string): FakeObject | FakeObject[] {
    switch (property) {
      case 'protection':
        return this.protection;
      case 'tables':
        return this.tables;
      case 'charts':
        return this.charts;
      default:
        return super.navigate(property);
    }
  }
  get id(): string {
    return this.read('id');
  }
  get name(): string {
    return this.read('name');
  }
  get position(): number {
    return this.read('position');
  }
  get visibility(): Excel.SheetVisibility | 'Visible' | 'Hidden' | 'VeryHidden' {
    return this.read('visibility');
  }
  set visibility(visibility: Excel.SheetVisibility | 'Visible' | 'Hidden' | 'VeryHidden') {
    this.write('visibility', visibility, () => {
      const sheet = this.sheet();
      if (!['Visible', 'Hidden', 'VeryHidden'].includes(visibility)) fail('InvalidArgument', `Visibilité inconnue : ${visibility}`);
      if (visibility !== 'Visible' && !this.ctx.state.sheets.some((s) => s !== sheet && s.visibility === 'Visible')) {
        fail('InvalidOperation', 'Un classeur garde au moins une feuille visible.');
      }
      sheet.visibility = visibility;
      if (visibility !== 'Visible' && this.ctx.state.activeSheetId === sheet.id) {
        this.ctx.state.activeSheetId = (this.ctx.state.sheets.find((s) => s.visibility === 'Visible') as SheetState).id;
      }
    });
  }
  get tabColor(): string {
    return this.read('tabColor');
  }
  set tabColor(color: string) {
    this.write('tabColor', color, () => {
      if (color !== '' && !/^#[0-9A-Fa-f]{6}$/.test(color)) fail('InvalidArgument', `Couleur invalide : ${color}`);
      this.sheet().tabColor = color;
    }, '1.7');
  }
  get protection(): FakeProtection {
    return this.child('protection', () => strict(new FakeProtection(this.ctx, `${this.path}.protection`, () => this.sheet())));
  }
  get freezePanes(): FakeFreezePanes {
    return this.child('freezePanes', () => strict(new FakeFreezePanes(this.ctx, `${this.path}.freezePanes`, () => this.sheet())));
  }
  get tables(): FakeTables {
    return this.child('tables', () => strict(new FakeTables(this.ctx, `${this.path}.tables`, () => this.sheet())));
  }
  get charts(): FakeCharts {
    return this.child('charts', () => strict(new FakeCharts(this.ctx, `${this.path}.charts`, () => this.sheet())));
  }
  get customProperties(): FakeSheetProperties {
    return this.child('customProperties', () => strict(new FakeSheetProperties(this.ctx, `${this.path}.customProperties`, () => this.sheet())));
  }
  get pageLayout(): FakePageLayout {
    return this.child('pageLayout', () => strict(new FakePageLayout(this.ctx, `${this.path}.pageLayout`, () => this.sheet())));
  }
  get notes(): FakeNotes {
    return this.child('notes', () => strict(new FakeNotes(this.ctx, `${this.path}.notes`, () => this.sheet())));
  }
  getRange(address?: string): FakeRange {
    return FakeRange.create(this.ctx, `${this.path}.getRange(${JSON.stringify(address ?? '')})`, () => {
      const sheet = this.resolve();
      if (sheet === undefined) return undefined;
      if (address === undefined) return { sheet, rect: wholeSheet };
      const { sheet: other, local } = splitSheet(address);
      if (other !== undefined && other.toLowerCase() !== sheet.name.toLowerCase()) fail('InvalidArgument', 'Adresse sur une autre feuille.');
      return { sheet, rect: parseRect(local) };
    });
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return FakeRange.create(
      this.ctx,
      `${this.path}.getUsedRangeOrNullObject(${valuesOnly})`,
      () => {
        // Only the used range may be null: a missing sheet is an error, as in Excel.
        const sheet = this.sheet();
        const rect = usedRect(sheet, valuesOnly);
        return rect === undefined ? undefined : { sheet, rect };
      },
      true,
    );
  }
  activate(): void {
    this.call('activate', [], () => {
      const sheet = this.sheet();
      if (sheet.visibility !== 'Visible') fail('InvalidOperation', 'Une feuille masquée ne peut pas être activée.');
      this.ctx.state.activeSheetId = sheet.id;
    });
  }
  /** As Excel: a workbook keeps at least one visible sheet; the active sheet moves to the first visible one. */
  delete(): void {
    this.call('delete', [], () => {
      const sheet = this.sheet();
      const state = this.ctx.state;
      if (sheet.visibility === 'Visible' && !state.sheets.some((s) => s !== sheet && s.visibility === 'Visible')) fail('InvalidOperation', 'Un classeur doit garder au moins une feuille visible.');
      state.sheets = state.sheets.filter((s) => s !== sheet);
      if (state.activeSheetId === sheet.id) state.activeSheetId = state.sheets.find((s) => s.visibility === 'Visible')?.id ?? state.activeSheetId;
    });
  }
}

/** Bounding box of cells holding a value or a formula (and, unless valuesOnly, any format). */
export function usedRect(sheet: SheetState, valuesOnly: boolean): Rect | undefined {
  let rect: Rect | undefined;
  for (const [key, cell] of sheet.cells) {
    const used = cell.value !== undefined || cell.formula !== undefined || (!valuesOnly && Object.keys(cell).length > 0);
    if (!used) continue;
    const row = keyRow(key);
    const column = keyColumn(key);
    if (rect === undefined) rect = { top: row, left: column, bottom: row, right: column };
    else {
      if (row < rect.top) rect.top = row;
      if (row > rect.bottom) rect.bottom = row;
      if (column < rect.left) rect.left = column;
      if (column > rect.right) rect.right = column;
    }
  }
  return rect;
}

export class FakeProtection extends FakeObject {
  readonly kind = 'WorksheetProtection';
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly sheet: () => SheetState,
  ) {
    super(ctx, path);
  }
  protected override snapshot(property: string): unknown {
    const protection = this.sheet().protection;
    if (property === 'protected') return protection.protected;
    if (property === 'options') return { ...protection.options };
    return super.snapshot(property);
  }
  get protected(): boolean {
    return this.read('protected');
  }
  get options(): Excel.WorksheetProtectionOptions {
    return this.read('options');
  }
  protect(options: Excel.WorksheetProtectionOptions = {}, password?: string): void {
    this.call('protect', [options, password ?? null], () => {
      const protection = this.sheet().protection;
      if (protection.protected) fail('InvalidOperation', 'La feuille est déjà protégée.');
      Object.assign(protection, { protected: true, options: { ...options } });
      if (password !== undefined && password !== '') protection.password = password;
      else delete protection.password;
    }, password !== undefined ? '1.7' : '1.2');
  }
  unprotect(password?: string): void {
    this.call('unprotect', [password ?? null], () => {
      const protection = this.sheet().protection;
      if (protection.password !== undefined && protection.password !== password) fail('InvalidArgument', 'Mot de passe incorrect.');
      protection.protected = false;
      delete protection.password;
    }, '1.2');
  }
}

export class FakeFreezePanes extends FakeObject {
  readonly kind = 'WorksheetFreezePanes';
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly sheet: () => SheetState,
  ) {
    super(ctx, path);
  }
  freezeRows(count = 1): void {
    this.call('freezeRows', [count], () => void (this.sheet().freeze = { rows: count, columns: 0 }), '1.7');
  }
  freezeColumns(count = 1): void {
    this.call('freezeColumns', [count], () => void (this.sheet().freeze = { rows: 0, columns: count }), '1.7');
  }
  freezeAt(frozenRange: FakeRange | string): void {
    if (typeof frozenRange === 'string') unsupported('freezeAt avec une adresse texte (le complément passe une plage)');
    const range = frozenRange as FakeRange;
    this.call('freezeAt', [range.path], () => {
      const { sheet, rect } = range.resolveTarget();
      if (sheet !== this.sheet()) fail('InvalidArgument', 'La plage à figer est sur une autre feuille.');
      if (rect.top !== 0 || rect.left !== 0) unsupported('freezeAt sur une plage qui ne part pas de A1');
      this.sheet().freeze = { rows: rect.bottom + 1, columns: rect.right + 1 };
    }, '1.7');
  }
  unfreeze(): void {
    this.call('unfreeze', [], () => void delete this.sheet().freeze, '1.7');
  }
}

export class FakeTable extends FakeObject {
  readonly kind = 'Table';
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly table: () => { sheet: SheetState; table: TableState } | undefined,
  ) {
    super(ctx, path);
  }
  private target() {
    return this.table() ?? fail('ItemNotFound', 'Le tableau n’existe pas.', this.path);
  }
  protected override snapshot(property: string): unknown {
    const { table } = this.target();
    if (property === 'name' || property === 'style' || property === 'showBandedRows' || property === 'showFilterButton') return table[property];
    return super.snapshot(property);
  }
  get name(): string {
    return this.read('name');
  }
  set name(name: string) {
    this.write('name', name, () => {
      const { table } = this.target();
      if (!/^[\p{L}_\\][\p{L}\p{N}_.]{0,254}$/u.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) fail('InvalidArgument', `Nom de tableau invalide : ${name}`);
      const clash = this.ctx.state.sheets.some((s) => s.tables.some((t) => t !== table && t.name.toLowerCase() === name.toLowerCase())) || this.ctx.state.names.has(name.toLowerCase());
      if (clash) fail('ItemAlreadyExists', `Le nom « ${name} » est déjà pris.`);
      table.name = name;
    });
  }
  get style(): string {
    return this.read('style');
  }
  set style(style: string) {
    this.write('style', style, () => void (this.target().table.style = style));
  }
  get showBandedRows(): boolean {
    return this.read('showBandedRows');
  }
  set showBandedRows(value: boolean) {
    this.write('showBandedRows', value, () => void (this.target().table.showBandedRows = value), '1.3');
  }
  get showFilterButton(): boolean {
    return this.read('showFilterButton');
  }
  set showFilterButton(value: boolean) {
    this.write('showFilterButton', value, () => void (this.target().table.showFilterButton = value), '1.3');
  }
  /** Removes the table and what its range holds. */
  delete(): void {
    this.call('delete', [], () => {
      const { sheet, table } = this.target();
      guardProtection(this.ctx.state, sheet, 'structure');
      sheet.tables = sheet.tables.filter((t) => t !== table);
      for (let r = table.rect.top; r <= table.rect.bottom; r++) for (let c = table.rect.left; c <= table.rect.right; c++) sheet.cells.delete(cellKey(r, c));
    });
  }
}

export class FakeTables extends FakeObject {
  readonly kind = 'TableCollection';
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly sheet: () => SheetState,
  ) {
    super(ctx, path);
  }
  private tableProxy(path: string, find: () => TableState | undefined): FakeTable {
    return strict(
      new FakeTable(this.ctx, path, () => {
        const table = find();
        return table === undefined ? undefined : { sheet: this.sheet(), table };
      }),
    );
  }
  protected override navigate(property: string): FakeObject | FakeObject[] {
    if (property !== 'items') return super.navigate(property);
    return this.sheet().tables.map((table) => this.tableProxy(`${this.path}.items["${table.id}"]`, () => this.sheet().tables.find((t) => t === table)));
  }
  get items(): FakeTable[] {
    return this.read('items');
  }
  add(source: FakeRange | string, hasHeaders: boolean): FakeTable {
    if (typeof source === 'string') unsupported('tables.add avec une adresse texte (sans nom de feuille, Excel prendrait la feuille active)');
    const range = source as FakeRange;
    let created: TableState | undefined;
    this.call('add', [range.path, hasHeaders], () => {
      const { sheet, rect } = range.resolveTarget();
      if (sheet !== this.sheet()) fail('InvalidArgument', 'La plage du tableau est sur une autre feuille.');
      if (!hasHeaders) unsupported('un tableau sans ligne d’en-tête');
      guardProtection(this.ctx.state, sheet, 'structure');
      if (sheet.tables.some((t) => overlaps(t.rect, rect))) fail('InvalidOperation', 'Un tableau ne peut pas en chevaucher un autre.');
      if (sheet.merges.some((m) => overlaps(m, rect))) fail('InvalidOperation', 'Un tableau ne peut pas contenir de cellules fusionnées.');
      const headers = Array.from({ length: rectColumns(rect) }, (_, c) => sheet.cells.get(cellKey(rect.top, rect.left + c))?.value);
      if (headers.some((h) => typeof h !== 'string' || h === '') || new Set(headers.map((h) => String(h).toLowerCase())).size !== headers.length) {
        unsupported('un en-tête de tableau vide, non textuel ou en double (Excel le renommerait)');
      }
      if (rect.bottom === rect.top) unsupported('un tableau sans ligne de données');
      const count = this.ctx.state.sheets.reduce((n, s) => n + s.tables.length, 0);
      created = { id: String(this.ctx.state.nextId++), name: `Tableau${count + 1}`, rect, style: 'TableStyleMedium2', showBandedRows: true, showFilterButton: true };
      sheet.tables.push(created);
    });
    return this.tableProxy(`${this.path}.add(${range.path})`, () => created);
  }
  getItem(key: string): FakeTable {
    return this.tableProxy(`${this.path}.getItem(${JSON.stringify(key)})`, () => this.sheet().tables.find((t) => t.name.toLowerCase() === key.toLowerCase()));
  }
}

export class FakeSheetProperty extends FakeObject {
  readonly kind = 'WorksheetCustomProperty';
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly find: () => { key: string; value: string } | undefined,
    private readonly nullable: boolean,
  ) {
    super(ctx, path);
  }
  protected override isNull(): boolean {
    return this.nullable && this.find() === undefined;
  }
  protected override snapshot(property: string): unknown {
    const item = this.find() ?? fail('ItemNotFound', 'Propriété absente.', this.path);
    if (property === 'key' || property === 'value') return item[property];
    return super.snapshot(property);
  }
  get key(): string {
    return this.read('key');
  }
  get value(): string {
    return this.read('value');
  }
  set value(value: string) {
    this.write('value', value, () => void ((this.find() ?? fail('ItemNotFound', 'Propriété absente.')).value = value), '1.12');
  }
}

export class FakeSheetProperties extends FakeObject {
  readonly kind = 'WorksheetCustomPropertyCollection';
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly sheet: () => SheetState,
  ) {
    super(ctx, path);
  }
  add(key: string, value: string): FakeSheetProperty {
    this.call('add', [key, value], () => {
      if (key === '' || key.length > 255) fail('InvalidArgument', 'Clé de propriété invalide (1 à 255 caractères).');
      if (value.length > 255) fail('InvalidArgument', 'Valeur de propriété trop longue (255 caractères au plus).');
      this.sheet().customProperties.set(key.toLowerCase(), { key, value });
    }, '1.12');
    return strict(new FakeSheetProperty(this.ctx, `${this.path}.add(${JSON.stringify(key)})`, () => this.sheet().customProperties.get(key.toLowerCase()), false));
  }
  getItemOrNullObject(key: string): FakeSheetProperty {
    // The lookup itself is a call of the 1.12 set.
    this.call('getItemOrNullObject', [key], () => undefined, '1.12');
    return strict(new FakeSheetProperty(this.ctx, `${this.path}.getItemOrNullObject(${JSON.stringify(key)})`, () => this.sheet().customProperties.get(key.toLowerCase()), true));
  }
}

export class FakePageLayout extends FakeObject {
  readonly kind = 'PageLayout';
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly sheet: () => SheetState,
  ) {
    super(ctx, path);
  }
  private set_(name: string, value: unknown, apply: (layout: SheetState['pageLayout']) => void): void {
    this.write(name, value, () => apply(this.sheet().pageLayout), '1.9');
  }
  set orientation(value: Excel.PageOrientation | 'Portrait' | 'Landscape') {
    this.set_('orientation', value, (l) => void (l.orientation = value));
  }
  get orientation(): Excel.PageOrientation | 'Portrait' | 'Landscape' {
    return this.read('orientation');
  }
  set paperSize(value: Excel.PaperType | string) {
    this.set_('paperSize', value, (l) => void (l.paperSize = value));
  }
  get paperSize(): Excel.PaperType {
    return this.read('paperSize');
  }
  set zoom(value: Excel.PageLayoutZoomOptions) {
    this.set_('zoom', value, (l) => void (l.zoom = { ...value }));
  }
  get zoom(): Excel.PageLayoutZoomOptions {
    return this.read('zoom');
  }
  set leftMargin(v: number) {
    this.set_('leftMargin', v, (l) => void (l.margins.left = v));
  }
  get leftMargin(): number {
    return this.read('leftMargin');
  }
  set rightMargin(v: number) {
    this.set_('rightMargin', v, (l) => void (l.margins.right = v));
  }
  get rightMargin(): number {
    return this.read('rightMargin');
  }
  set topMargin(v: number) {
    this.set_('topMargin', v, (l) => void (l.margins.top = v));
  }
  get topMargin(): number {
    return this.read('topMargin');
  }
  set bottomMargin(v: number) {
    this.set_('bottomMargin', v, (l) => void (l.margins.bottom = v));
  }
  get bottomMargin(): number {
    return this.read('bottomMargin');
  }
  set headerMargin(v: number) {
    this.set_('headerMargin', v, (l) => void (l.margins.header = v));
  }
  get headerMargin(): number {
    return this.read('headerMargin');
  }
  set footerMargin(v: number) {
    this.set_('footerMargin', v, (l) => void (l.margins.footer = v));
  }
  get footerMargin(): number {
    return this.read('footerMargin');
  }
  setPrintTitleRows(rows: string): void {
    this.call('setPrintTitleRows', [rows], () => {
      if (!/^\$\d+:\$\d+$/.test(rows)) fail('InvalidArgument', `Lignes à répéter invalides : ${rows}`);
      this.sheet().pageLayout.printTitleRows = rows;
    }, '1.9');
  }
}

export class FakeNotes extends FakeObject {
  readonly kind = 'NoteCollection';
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly sheet: () => SheetState,
  ) {
    super(ctx, path);
  }
  add(cellAddress: string, content: string): void {
    this.call('add', [cellAddress, content], () => {
      const sheet = this.sheet();
      guardProtection(this.ctx.state, sheet, 'structure');
      const key = noteKey(cellAddress);
      if (sheet.notes.has(key)) fail('InvalidArgument', 'La cellule a déjà une note.');
      sheet.notes.set(key, content);
    }, '1.18');
  }
  getItemOrNullObject(key: string): FakeNote {
    this.call('getItemOrNullObject', [key], () => undefined, '1.18');
    return strict(new FakeNote(this.ctx, `${this.path}.getItemOrNullObject(${JSON.stringify(key)})`, this.sheet, noteKey(key)));
  }
}

function noteKey(cellAddress: string): number {
  const rect = parseRect(splitSheet(cellAddress).local);
  if (rect.top !== rect.bottom || rect.left !== rect.right) fail('InvalidCellAddress', 'Une note va sur une seule cellule.');
  return cellKey(rect.top, rect.left);
}

export class FakeNote extends FakeObject {
  readonly kind = 'Note';
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly sheet: () => SheetState,
    private readonly key: number,
  ) {
    super(ctx, path);
  }
  protected override isNull(): boolean {
    return !this.sheet().notes.has(this.key);
  }
  protected override snapshot(property: string): unknown {
    if (property === 'content') return this.sheet().notes.get(this.key) ?? fail('ItemNotFound', 'Note absente.', this.path);
    return super.snapshot(property);
  }
  get content(): string {
    return this.read('content');
  }
  set content(content: string) {
    this.write('content', content, () => {
      const sheet = this.sheet();
      guardProtection(this.ctx.state, sheet, 'structure');
      if (!sheet.notes.has(this.key)) fail('ItemNotFound', 'Note absente.');
      sheet.notes.set(this.key, content);
    }, '1.18');
  }
  delete(): void {
    this.call('delete', [], () => {
      const sheet = this.sheet();
      guardProtection(this.ctx.state, sheet, 'structure');
      if (!sheet.notes.delete(this.key)) fail('ItemNotFound', 'Note absente.');
    }, '1.18');
  }
}

/** Sheet names Excel accepts. */
export function checkSheetName(name: string): void {
  if (!isValidSheetName(name) || /^history$/i.test(name)) fail('InvalidArgument', `Nom de feuille invalide : « ${name} »`);
}

export { findSheet, rectAddress, maxRows, maxColumns };
