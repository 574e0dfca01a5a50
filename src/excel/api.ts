/**
 * The part of the Excel JavaScript API (Office.js) this adapter uses, and nothing more.
 *
 * Every member is typed from `@types/office-js` (`Excel.Range['values']`…), and the checks at the
 * end of this file make tsc prove that the real objects (`Excel.Range`, `Excel.Worksheet`…) satisfy
 * these interfaces. So the adapter cannot call anything outside this list, and the fake used in the
 * tests (test/excel/fake) implements exactly this list: a member missing here is a member the fake
 * need not model, and one the adapter does not use.
 */

/** `load` as every Office.js object has it: property names, comma-separated or in an array. */
type Load<T> = { load(propertyNames: string | string[]): T };

export interface RangeFontApi {
  name: Excel.RangeFont['name'];
  size: Excel.RangeFont['size'];
  bold: Excel.RangeFont['bold'];
  italic: Excel.RangeFont['italic'];
  color: Excel.RangeFont['color'];
  underline: Excel.RangeFont['underline'];
}

export interface RangeFillApi extends Load<RangeFillApi> {
  color: Excel.RangeFill['color'];
  clear(): void;
}

export interface RangeBorderApi {
  style: Excel.RangeBorder['style'];
  color: Excel.RangeBorder['color'];
  weight: Excel.RangeBorder['weight'];
}

export interface RangeBorderCollectionApi {
  getItem(index: 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight'): RangeBorderApi;
}

export interface FormatProtectionApi {
  locked: Excel.FormatProtection['locked'];
}

export interface RangeFormatApi {
  columnWidth: Excel.RangeFormat['columnWidth'];
  rowHeight: Excel.RangeFormat['rowHeight'];
  useStandardWidth: Excel.RangeFormat['useStandardWidth'];
  useStandardHeight: Excel.RangeFormat['useStandardHeight'];
  readonly protection: FormatProtectionApi;
  readonly fill: RangeFillApi;
}

export interface DataValidationApi {
  rule: Excel.DataValidation['rule'];
  ignoreBlanks: Excel.DataValidation['ignoreBlanks'];
  prompt: Excel.DataValidation['prompt'];
  errorAlert: Excel.DataValidation['errorAlert'];
  clear(): void;
}

export interface ConditionalRangeFontApi {
  color: Excel.ConditionalRangeFont['color'];
  bold: Excel.ConditionalRangeFont['bold'];
  italic: Excel.ConditionalRangeFont['italic'];
}

export interface CustomConditionalFormatApi {
  readonly rule: { formula: Excel.ConditionalFormatRule['formula'] };
  readonly format: { readonly fill: { color: Excel.ConditionalRangeFill['color'] }; readonly font: ConditionalRangeFontApi };
}

export interface ConditionalFormatApi {
  readonly custom: CustomConditionalFormatApi;
}

export interface ConditionalFormatCollectionApi {
  add(type: 'Custom'): ConditionalFormatApi;
  clearAll(): void;
}

export interface RangeApi extends Load<RangeApi> {
  readonly isNullObject: boolean;
  values: Excel.Range['values'];
  formulas: Excel.Range['formulas'];
  numberFormat: Excel.Range['numberFormat'];
  readonly valueTypes: Excel.Range['valueTypes'];
  readonly address: Excel.Range['address'];
  readonly rowIndex: Excel.Range['rowIndex'];
  readonly columnIndex: Excel.Range['columnIndex'];
  readonly rowCount: Excel.Range['rowCount'];
  readonly columnCount: Excel.Range['columnCount'];
  style: Excel.Range['style'];
  columnHidden: Excel.Range['columnHidden'];
  hyperlink: Excel.Range['hyperlink'];
  readonly format: RangeFormatApi;
  readonly dataValidation: DataValidationApi;
  readonly conditionalFormats: ConditionalFormatCollectionApi;
  merge(across?: boolean): void;
  unmerge(): void;
  clear(applyTo?: 'All' | 'Formats' | 'Contents' | 'Hyperlinks'): void;
  select(): void;
}

export interface WorksheetProtectionApi extends Load<WorksheetProtectionApi> {
  readonly protected: Excel.WorksheetProtection['protected'];
  readonly options: Excel.WorksheetProtection['options'];
  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void;
  unprotect(password?: string): void;
}

export interface WorksheetFreezePanesApi {
  freezeRows(count?: number): void;
  freezeColumns(count?: number): void;
  freezeAt(frozenRange: RangeApi | string): void;
  unfreeze(): void;
}

export interface TableApi extends Load<TableApi> {
  name: Excel.Table['name'];
  style: Excel.Table['style'];
  showBandedRows: Excel.Table['showBandedRows'];
  showFilterButton: Excel.Table['showFilterButton'];
  delete(): void;
}

export interface TableCollectionApi extends Load<TableCollectionApi> {
  readonly items: TableApi[];
  /** A range, not an address: an address without a sheet name would go to the active sheet. */
  add(address: RangeApi | string, hasHeaders: boolean): TableApi;
  getItem(key: string): TableApi;
}

/** ExcelApi 1.12: key / value pairs stored on a worksheet. */
export interface WorksheetCustomPropertyApi extends Load<WorksheetCustomPropertyApi> {
  readonly isNullObject: boolean;
  readonly key: Excel.WorksheetCustomProperty['key'];
  value: Excel.WorksheetCustomProperty['value'];
}

export interface WorksheetCustomPropertyCollectionApi {
  add(key: string, value: string): WorksheetCustomPropertyApi;
  getItemOrNullObject(key: string): WorksheetCustomPropertyApi;
}

/** ExcelApi 1.9. */
export interface PageLayoutApi {
  orientation: Excel.PageLayout['orientation'];
  paperSize: Excel.PageLayout['paperSize'];
  zoom: Excel.PageLayout['zoom'];
  leftMargin: Excel.PageLayout['leftMargin'];
  rightMargin: Excel.PageLayout['rightMargin'];
  topMargin: Excel.PageLayout['topMargin'];
  bottomMargin: Excel.PageLayout['bottomMargin'];
  headerMargin: Excel.PageLayout['headerMargin'];
  footerMargin: Excel.PageLayout['footerMargin'];
  setPrintTitleRows(printTitleRows: string): void;
}

export interface ChartDataLabelsApi {
  numberFormat: Excel.ChartDataLabels['numberFormat'];
  position: Excel.ChartDataLabels['position'];
  showValue: Excel.ChartDataLabels['showValue'];
}

export interface ChartSeriesApi {
  name: Excel.ChartSeries['name'];
  hasDataLabels: Excel.ChartSeries['hasDataLabels'];
  readonly dataLabels: ChartDataLabelsApi;
  setValues(sourceData: RangeApi): void;
  setXAxisValues(sourceData: RangeApi): void;
}

export interface ChartSeriesCollectionApi {
  getItemAt(index: number): ChartSeriesApi;
  add(name?: string): ChartSeriesApi;
}

export interface ChartApi extends Load<ChartApi> {
  name: Excel.Chart['name'];
  readonly title: { text: Excel.ChartTitle['text'] };
  readonly legend: { visible: Excel.ChartLegend['visible']; position: Excel.ChartLegend['position'] };
  readonly axes: { readonly valueAxis: { numberFormat: Excel.ChartAxis['numberFormat']; minimum?: Excel.ChartAxis['minimum'] } };
  readonly series: ChartSeriesCollectionApi;
  setPosition(startCell: string, endCell?: string): void;
  delete(): void;
}

export interface ChartCollectionApi extends Load<ChartCollectionApi> {
  readonly items: ChartApi[];
  add(type: 'Line', sourceData: RangeApi, seriesBy?: 'Auto' | 'Columns' | 'Rows'): ChartApi;
  getItem(name: string): ChartApi;
}

/** ExcelApi 1.18. */
export interface NoteApi extends Load<NoteApi> {
  readonly isNullObject: boolean;
  content: Excel.Note['content'];
  delete(): void;
}

/** ExcelApi 1.18. */
export interface NoteCollectionApi {
  add(cellAddress: string, content: string): unknown;
  getItemOrNullObject(key: string): NoteApi;
}

export interface WorksheetApi extends Load<WorksheetApi> {
  readonly isNullObject: boolean;
  readonly id: Excel.Worksheet['id'];
  readonly name: Excel.Worksheet['name'];
  readonly position: Excel.Worksheet['position'];
  visibility: Excel.Worksheet['visibility'];
  tabColor: Excel.Worksheet['tabColor'];
  readonly protection: WorksheetProtectionApi;
  readonly freezePanes: WorksheetFreezePanesApi;
  readonly tables: TableCollectionApi;
  readonly charts: ChartCollectionApi;
  readonly customProperties: WorksheetCustomPropertyCollectionApi;
  readonly pageLayout: PageLayoutApi;
  readonly notes: NoteCollectionApi;
  getRange(address?: string): RangeApi;
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeApi;
  activate(): void;
  delete(): void;
}

export interface WorksheetCollectionApi extends Load<WorksheetCollectionApi> {
  readonly items: WorksheetApi[];
  add(name?: string): WorksheetApi;
  getItem(key: string): WorksheetApi;
  getItemOrNullObject(key: string): WorksheetApi;
}

export interface NamedItemApi extends Load<NamedItemApi> {
  readonly isNullObject: boolean;
  readonly name: Excel.NamedItem['name'];
  comment: Excel.NamedItem['comment'];
  delete(): void;
}

export interface NamedItemCollectionApi {
  add(name: string, reference: string, comment?: string): NamedItemApi;
  getItem(name: string): NamedItemApi;
  getItemOrNullObject(name: string): NamedItemApi;
}

export interface StyleApi {
  readonly font: RangeFontApi;
  readonly fill: RangeFillApi;
  readonly borders: RangeBorderCollectionApi;
  numberFormat: Excel.Style['numberFormat'];
  horizontalAlignment: Excel.Style['horizontalAlignment'];
  verticalAlignment: Excel.Style['verticalAlignment'];
  wrapText: Excel.Style['wrapText'];
  indentLevel: Excel.Style['indentLevel'];
  locked: Excel.Style['locked'];
  includeAlignment: Excel.Style['includeAlignment'];
  includeBorder: Excel.Style['includeBorder'];
  includeFont: Excel.Style['includeFont'];
  includeNumber: Excel.Style['includeNumber'];
  includePatterns: Excel.Style['includePatterns'];
  includeProtection: Excel.Style['includeProtection'];
}

export interface StyleCollectionApi extends Load<StyleCollectionApi> {
  readonly items: Array<{ readonly name: string }>;
  add(name: string): void;
  getItem(name: string): StyleApi;
}

/** Document properties (ExcelApi 1.7): the fallback home of the add-in's sheet marks before 1.12. */
export interface CustomPropertyApi extends Load<CustomPropertyApi> {
  readonly isNullObject: boolean;
  readonly key: Excel.CustomProperty['key'];
  value: Excel.CustomProperty['value'];
  delete(): void;
}

export interface CustomPropertyCollectionApi extends Load<CustomPropertyCollectionApi> {
  readonly items: CustomPropertyApi[];
  add(key: string, value: string): CustomPropertyApi;
  getItemOrNullObject(key: string): CustomPropertyApi;
}

/** ExcelApi 1.10: threaded comments, used for notes where notes (1.18) are missing. */
export interface CommentCollectionApi {
  add(cellAddress: string, content: string): unknown;
}

export interface ClientResultApi<T> {
  readonly value: T;
}

export interface WorkbookApi {
  readonly worksheets: WorksheetCollectionApi;
  readonly names: NamedItemCollectionApi;
  readonly styles: StyleCollectionApi;
  readonly properties: { readonly custom: CustomPropertyCollectionApi };
  readonly comments: CommentCollectionApi;
  /** ExcelApi 1.13. */
  insertWorksheetsFromBase64(base64File: string, options?: Excel.InsertWorksheetOptions): ClientResultApi<string[]>;
}

/** What `Excel.run` hands to its callback, as far as this adapter is concerned. */
export interface ExcelContext {
  readonly workbook: WorkbookApi;
  sync(): Promise<void>;
}

// --- tsc proves that the real API satisfies these interfaces ----------------------------------
type Satisfies<Real extends Subset, Subset> = Real;
export type RealApiSatisfiesSubset = [
  Satisfies<Excel.Range, RangeApi>,
  Satisfies<Excel.Worksheet, WorksheetApi>,
  Satisfies<Excel.Chart, ChartApi>,
  Satisfies<Excel.WorksheetCollection, WorksheetCollectionApi>,
  Satisfies<Excel.NamedItemCollection, NamedItemCollectionApi>,
  Satisfies<Excel.StyleCollection, StyleCollectionApi>,
  Satisfies<Excel.Style, StyleApi>,
  Satisfies<Excel.CustomPropertyCollection, CustomPropertyCollectionApi>,
  Satisfies<Excel.Workbook, WorkbookApi>,
  Satisfies<Excel.RequestContext, ExcelContext>,
];
