/**
 * Hand-written SpreadsheetML in Excel's dialect, zipped by the tiny test zip writer: one sheet or
 * several, shared strings, number formats, styles, and last-minute edits of any part — for files
 * no client would write (hostile or odd ones) and for pinning what a reader does with each.
 */
import { buildZip, type ZipInput } from './zip';

export const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const PACKAGE_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

export type SheetDef = {
  name: string;
  /** What goes inside <worksheet>: <sheetData> and what follows it. */
  body: string;
  state?: 'hidden' | 'veryHidden';
  sheetId?: number;
  /** Relationships of the sheet (hyperlink targets), as <Relationship> elements. */
  rels?: string;
  /** The target written in workbook.xml.rels (default: worksheets/sheetN.xml). */
  target?: string;
  /** The part name in the zip (default: xl/worksheets/sheetN.xml). */
  part?: string;
};

export type Handmade = {
  sheets: SheetDef[];
  /** The inner XML of each <si>. */
  sharedStrings?: string[];
  /** Custom number formats, id → code (written escaped). */
  numFmts?: Record<number, string>;
  /** numFmtId of each cell style (index = the `s` attribute); style 0 is always General. */
  styles?: number[];
  /** No styles part at all, or one without <cellXfs>. */
  stylesPart?: 'none' | 'noCellXfs';
  workbookPr?: string;
  /** Extra parts (raw). */
  extra?: ZipInput[];
  /** Last-minute edits of parts by name, for what the builder cannot write. */
  edit?: Record<string, (xml: string) => string>;
};

export const xmlEscape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

export function handmadeXlsx(book: Handmade): Uint8Array {
  const parts: ZipInput[] = [];
  const decl = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
  parts.push({
    name: '[Content_Types].xml',
    data: `${decl}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
  });
  parts.push({ name: '_rels/.rels', data: `${decl}<Relationships xmlns="${PACKAGE_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>` });
  const sheets = book.sheets
    .map((s, i) => `<sheet name="${xmlEscape(s.name)}" sheetId="${s.sheetId ?? i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`)
    .join('');
  parts.push({
    name: 'xl/workbook.xml',
    data: `${decl}<workbook xmlns="${NS}" xmlns:r="${REL}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27425"/>${book.workbookPr ?? '<workbookPr defaultThemeVersion="166925"/>'}<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="x15"><x15ac:absPath url="C:\\Users\\caf\\" xmlns:x15ac="http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac"/></mc:Choice></mc:AlternateContent><bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15840"/></bookViews><sheets>${sheets}</sheets><calcPr calcId="191029"/></workbook>`,
  });
  const workbookRels = book.sheets.map((s, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="${s.target ?? `worksheets/sheet${i + 1}.xml`}"/>`).join('');
  parts.push({
    name: 'xl/_rels/workbook.xml.rels',
    data: `${decl}<Relationships xmlns="${PACKAGE_REL}">${workbookRels}<Relationship Id="rId90" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId91" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  });
  book.sheets.forEach((s, i) => {
    parts.push({
      name: s.part ?? `xl/worksheets/sheet${i + 1}.xml`,
      data: `${decl}<worksheet xmlns="${NS}" xmlns:r="${REL}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac xr" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision"><dimension ref="A1"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/>${s.body}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`,
    });
    if (s.rels !== undefined) parts.push({ name: `xl/worksheets/_rels/sheet${i + 1}.xml.rels`, data: `${decl}<Relationships xmlns="${PACKAGE_REL}">${s.rels}</Relationships>` });
  });
  const numFmts = Object.entries(book.numFmts ?? {});
  const xfs = [0, ...(book.styles ?? [])].map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"${id ? ' applyNumberFormat="1"' : ''}/>`);
  if (book.stylesPart !== 'none') parts.push({
    name: 'xl/styles.xml',
    data:
      `${decl}<styleSheet xmlns="${NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac x16r2 xr" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">` +
      (numFmts.length > 0 ? `<numFmts count="${numFmts.length}">${numFmts.map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${xmlEscape(code)}"/>`).join('')}</numFmts>` : '') +
      '<fonts count="1" x14ac:knownFonts="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      (book.stylesPart === 'noCellXfs' ? '' : `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>`) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>',
  });
  if (book.sharedStrings !== undefined) parts.push({ name: 'xl/sharedStrings.xml', data: sharedStringsXml(book.sharedStrings) });
  parts.push(...(book.extra ?? []));
  return buildZip(parts.map((part) => (book.edit?.[part.name] ? { ...part, data: book.edit[part.name]!(String(part.data)) } : part)));
}

export const sharedStringsXml = (items: readonly string[]): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<sst xmlns="${NS}" count="${items.length}" uniqueCount="${items.length}">${items.map((si) => `<si>${si}</si>`).join('')}</sst>`;

export const sheet = (body: string, more: Partial<SheetDef> = {}): Handmade => ({ sheets: [{ name: 'Saisie', body, ...more }] });
export const data = (rows: string) => `<sheetData>${rows}</sheetData>`;
