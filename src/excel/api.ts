/**
 * The part of the Excel JavaScript API (Office.js) this adapter uses, and nothing more.
 *
 * Every member is typed from `@types/office-js` (`Excel.Range['values']`, or picked whole:
 * `Pick<Excel.RangeFont, 'name' | …>`), and the checks at the
 * end of this file make tsc prove that the real objects (`Excel.Range`, `Excel.Worksheet`…) satisfy
 * these interfaces. So the adapter cannot call anything outside this list, and the fake used in the
 * tests (test/excel/fake) implements exactly this list: a member missing here is a member the fake
 * need not model, and one the adapter does not use.
 */

/** `load` as every Office.js object has it: property names, comma-separated or in an array. */
type Load<T> = { load(propertyNames: string | string[]): T };

/** What a `getItemOrNullObject` gives: `isNullObject`, once loaded, says whether the item exists. */
type OrNullObject<T> = Load<T> & { readonly isNullObject: boolean };

export type RangeFontApi = Pick<Excel.RangeFont, 'name' | 'size' | 'bold' | 'italic' | 'color' | 'underline'>;

export interface RangeFillApi extends Load<RangeFillApi>, Pick<Excel.RangeFill, 'color' | 'clear'> {}

export type RangeBorderApi = Pick<Excel.RangeBorder, 'style' | 'color' | 'weight'>;

export interface RangeBorderCollectionApi {
  getItem(index: 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight'): RangeBorderApi;
}

export type FormatProtectionApi = Pick<Excel.FormatProtection, 'locked'>;

export interface RangeFormatApi extends Pick<Excel.RangeFormat, 'columnWidth' | 'rowHeight' | 'useStandardWidth' | 'useStandardHeight'> {
  readonly protection: FormatProtectionApi;
  readonly fill: RangeFillApi;
}

export type DataValidationApi = Pick<Excel.DataValidation, 'rule' | 'ignoreBlanks' | 'prompt' | 'errorAlert' | 'clear'>;

export type ConditionalRangeFontApi = Pick<Excel.ConditionalRangeFont, 'color' | 'bold' | 'italic'>;

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

export interface RangeApi extends OrNullObject<RangeApi> {
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

export interface TableApi extends Load<TableApi>, Pick<Excel.Table, 'name' | 'style' | 'showBandedRows' | 'showFilterButton' | 'delete'> {}

export interface TableCollectionApi extends Load<TableCollectionApi> {
  readonly items: TableApi[];
  /** A range, not an address: an address without a sheet name would go to the active sheet. */
  add(address: RangeApi | string, hasHeaders: boolean): TableApi;
  getItem(key: string): TableApi;
}

/** ExcelApi 1.12: key / value pairs stored on a worksheet. */
export interface WorksheetCustomPropertyApi extends OrNullObject<WorksheetCustomPropertyApi>, Pick<Excel.WorksheetCustomProperty, 'key' | 'value'> {}

export interface WorksheetCustomPropertyCollectionApi {
  add(key: string, value: string): WorksheetCustomPropertyApi;
  getItemOrNullObject(key: string): WorksheetCustomPropertyApi;
}

/** ExcelApi 1.9. */
export interface PageLayoutApi
  extends Pick<Excel.PageLayout, 'orientation' | 'paperSize' | 'zoom' | 'leftMargin' | 'rightMargin' | 'topMargin' | 'bottomMargin' | 'headerMargin' | 'footerMargin'> {
  setPrintTitleRows(printTitleRows: string): void;
}

export type ChartDataLabelsApi = Pick<Excel.ChartDataLabels, 'numberFormat' | 'position' | 'showValue'>;

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
export interface NoteApi extends OrNullObject<NoteApi>, Pick<Excel.Note, 'content' | 'delete'> {}

/** ExcelApi 1.18. */
export interface NoteCollectionApi {
  add(cellAddress: string, content: string): unknown;
  getItemOrNullObject(key: string): NoteApi;
}

export interface WorksheetApi extends OrNullObject<WorksheetApi> {
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

export interface NamedItemApi extends OrNullObject<NamedItemApi>, Pick<Excel.NamedItem, 'name' | 'comment' | 'delete'> {}

export interface NamedItemCollectionApi {
  add(name: string, reference: string, comment?: string): NamedItemApi;
  getItem(name: string): NamedItemApi;
  getItemOrNullObject(name: string): NamedItemApi;
}

export interface StyleApi
  extends Pick<
    Excel.Style,
    | 'numberFormat'
    | 'horizontalAlignment'
    | 'verticalAlignment'
    | 'wrapText'
    | 'indentLevel'
    | 'locked'
    | 'includeAlignment'
    | 'includeBorder'
    | 'includeFont'
    | 'includeNumber'
    | 'includePatterns'
    | 'includeProtection'
  > {
  readonly font: RangeFontApi;
  readonly fill: RangeFillApi;
  readonly borders: RangeBorderCollectionApi;
}

export interface StyleCollectionApi extends Load<StyleCollectionApi> {
  readonly items: Array<{ readonly name: string }>;
  add(name: string): void;
  getItem(name: string): StyleApi;
}

/** Document properties (ExcelApi 1.7): the fallback home of the add-in's sheet marks before 1.12. */
export interface CustomPropertyApi extends OrNullObject<CustomPropertyApi>, Pick<Excel.CustomProperty, 'key' | 'value' | 'delete'> {}

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
