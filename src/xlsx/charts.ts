/**
 * Native line charts in an .xlsx ExcelJS wrote: ExcelJS 4.4 cannot write charts, so the zip it
 * produced is edited — for each sheet with charts, one DrawingML drawing part (one anchor per
 * chart) and one chart part per chart, their relationships, the worksheet's `<drawing r:id>` and
 * the content types. The chart reads its ranges from the sheet, and carries the values the code
 * computed as its cache, so that a reader which does not recalculate still shows the lines.
 */
import { parseA1 } from '../workbook/a1';
import type { ChartSpec, WorkbookSpec } from '../workbook/spec';
import { streamDeflate, type Deflate } from './deflate';
import { PackageParts } from './packageParts';
import { isWrittenDirectly } from './plainSheet';
import { fillStubs, withStubs } from './plainSheetsInZip';
import { renderSpec } from './renderSpec';
import { writeZip } from './zipWrite';

const ns = {
  rel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  pkg: 'http://schemas.openxmlformats.org/package/2006/relationships',
  chart: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  main: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  sheetDrawing: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
};
const types = {
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
};
/** Colours of successive series (the collection workbook's navy first). */
const palette = ['2F5597', 'C55A11', '548235', '7030A0', 'BF8F00'];

/**
 * WorkbookSpec → .xlsx bytes, charts included, the big plain sheets written straight
 * (plainSheet.ts) and the rest by ExcelJS. ExcelJS is asked for a stored zip, its parts edited as
 * text, and the package deflated once through `deflate` (Node's zlib on the command line: JSZip's
 * JavaScript deflate was a fifth of `ctg consolidate`).
 */
export async function renderWorkbook(spec: WorkbookSpec, deflate: Deflate = streamDeflate): Promise<Uint8Array> {
  const direct = spec.sheets.filter(isWrittenDirectly);
  let zip = PackageParts.fromStoredZip(await renderSpec(withStubs(spec, new Set(direct.map((s) => s.name))), { compression: 'STORE' }));
  if (direct.length > 0 && !fillStubs(zip, direct, worksheetParts(zip.text('xl/workbook.xml'), zip.text('xl/_rels/workbook.xml.rels')))) {
    zip = PackageParts.fromStoredZip(await renderSpec(spec, { compression: 'STORE' }));
  }
  chartsInto(zip, spec);
  return writeZip(zip.entries(), deflate, new Date(spec.properties.created));
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_m, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name.replace(':', '\\:')}="([^"]*)"`).exec(tag);
  return match ? unescapeXml(match[1]!) : undefined;
}

/** Worksheet part of each sheet, by name (`xl/worksheets/sheet3.xml`). */
function worksheetParts(workbookXml: string, relsXml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const tag of relsXml.match(/<Relationship\b[^>]*>/g) ?? []) {
    const id = attribute(tag, 'Id');
    const target = attribute(tag, 'Target');
    if (id !== undefined && target !== undefined) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const parts = new Map<string, string>();
  for (const tag of workbookXml.match(/<sheet\b[^>]*>/g) ?? []) {
    const name = attribute(tag, 'name');
    const target = targets.get(attribute(tag, 'r:id') ?? '');
    if (name !== undefined && target !== undefined) parts.set(name, target);
  }
  return parts;
}

function nextRelationshipId(relsXml: string): string {
  const used = [...relsXml.matchAll(/Id="rId(\d+)"/g)].map((m) => Number(m[1]));
  return `rId${Math.max(0, ...used) + 1}`;
}

function absoluteRange(sheet: string, range: string): string {
  const absolute = range
    .split(':')
    .map((ref) => ref.replace(/^([A-Z]+)(\d+)$/i, '$$$1$$$2'))
    .join(':');
  return `'${sheet.replace(/'/g, "''")}'!${absolute}`;
}

/** Elements a worksheet may have after `<drawing>`: it goes before the first of them. */
const afterDrawing = ['<legacyDrawing ', '<legacyDrawingHF', '<picture', '<oleObjects', '<controls', '<webPublishItems', '<tableParts', '<extLst', '</worksheet>'];

function withDrawing(sheetXml: string, id: string): string {
  const at = Math.min(...afterDrawing.map((tag) => sheetXml.indexOf(tag)).filter((i) => i >= 0));
  return `${sheetXml.slice(0, at)}<drawing r:id="${id}"/>${sheetXml.slice(at)}`;
}

/** The charts of `spec` added to the parts ExcelJS wrote; false when there were none. */
export function chartsInto(zip: PackageParts, spec: WorkbookSpec): boolean {
  const text = (path: string) => zip.text(path);
  const parts = worksheetParts(text('xl/workbook.xml'), text('xl/_rels/workbook.xml.rels'));
  let contentTypes = text('[Content_Types].xml');
  let chartNumber = zip.names().filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n)).length;
  let drawingNumber = zip.names().filter((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n)).length;
  const overrides: string[] = [];

  for (const sheet of spec.sheets) {
    const charts = sheet.charts ?? [];
    const part = parts.get(sheet.name);
    if (charts.length === 0 || part === undefined) continue;
    const drawing = ++drawingNumber;
    const anchors: string[] = [];
    const drawingRels: string[] = [];
    charts.forEach((chart, i) => {
      const number = ++chartNumber;
      zip.set(`xl/charts/chart${number}.xml`, chartXml(sheet.name, chart));
      overrides.push(`<Override PartName="/xl/charts/chart${number}.xml" ContentType="${types.chart}"/>`);
      drawingRels.push(`<Relationship Id="rId${i + 1}" Type="${ns.rel}/chart" Target="../charts/chart${number}.xml"/>`);
      anchors.push(anchorXml(chart, i + 1, `rId${i + 1}`));
    });
    zip.set(
      `xl/drawings/drawing${drawing}.xml`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${ns.sheetDrawing}" xmlns:a="${ns.main}">${anchors.join('')}</xdr:wsDr>`,
    );
    zip.set(`xl/drawings/_rels/drawing${drawing}.xml.rels`, relationships(drawingRels));
    overrides.push(`<Override PartName="/xl/drawings/drawing${drawing}.xml" ContentType="${types.drawing}"/>`);

    const relsPath = part.replace(/([^/]+)$/, '_rels/$1.rels');
    const sheetRels = text(relsPath) || relationships([]);
    const id = nextRelationshipId(sheetRels);
    zip.set(relsPath, sheetRels.replace('</Relationships>', `<Relationship Id="${id}" Type="${ns.rel}/drawing" Target="../drawings/drawing${drawing}.xml"/></Relationships>`));
    zip.set(part, withDrawing(text(part), id));
  }
  if (overrides.length === 0) return false;
  contentTypes = contentTypes.replace('</Types>', `${overrides.join('')}</Types>`);
  zip.set('[Content_Types].xml', contentTypes);
  return true;
}

function relationships(items: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${ns.pkg}">${items.join('')}</Relationships>`;
}

function anchorXml(chart: ChartSpec, id: number, relationship: string): string {
  const from = parseA1(chart.from) ?? { row: 0, column: 0 };
  const to = parseA1(chart.to) ?? { row: from.row + 15, column: from.column + 6 };
  const marker = (tag: string, at: { row: number; column: number }) =>
    `<xdr:${tag}><xdr:col>${at.column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${at.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    '<xdr:twoCellAnchor editAs="oneCell">' +
    marker('from', from) +
    marker('to', to) +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id + 1}" name="${escapeXml(`Graphique ${id}`)}" descr="${escapeXml(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${ns.chart}"><c:chart xmlns:c="${ns.chart}" xmlns:r="${ns.rel}" r:id="${relationship}"/></a:graphicData></a:graphic>` +
    '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
  );
}

function textRun(text: string, size: number, bold: boolean): string {
  return `<a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr><a:r><a:rPr lang="fr-FR" sz="${size}" b="${bold ? 1 : 0}"/><a:t>${escapeXml(text)}</a:t></a:r></a:p>`;
}

/** A DrawingML line chart: title, one line per series with markers and value labels, periods along the bottom. */
export function chartXml(sheet: string, chart: ChartSpec): string {
  const format = escapeXml(chart.numberFormat ?? 'General');
  const categories = chart.cachedCategories ?? [];
  const series = chart.series
    .map((s, i) => {
      const colour = palette[i % palette.length];
      const cached = s.cached ?? [];
      const points = cached.map((v, idx) => (v === null || !Number.isFinite(v) ? '' : `<c:pt idx="${idx}"><c:v>${v}</c:v></c:pt>`)).join('');
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>` +
        `<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill><a:round/></a:ln></c:spPr>` +
        `<c:marker><c:symbol val="circle"/><c:size val="7"/><c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill><a:ln><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></a:ln></c:spPr></c:marker>` +
        `<c:dLbls><c:numFmt formatCode="${format}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr><c:dLblPos val="t"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>` +
        `<c:cat><c:strRef><c:f>${escapeXml(absoluteRange(sheet, chart.categories))}</c:f><c:strCache><c:ptCount val="${categories.length}"/>` +
        categories.map((c, idx) => `<c:pt idx="${idx}"><c:v>${escapeXml(c)}</c:v></c:pt>`).join('') +
        '</c:strCache></c:strRef></c:cat>' +
        `<c:val><c:numRef><c:f>${escapeXml(absoluteRange(sheet, s.values))}</c:f><c:numCache><c:formatCode>${format}</c:formatCode><c:ptCount val="${cached.length}"/>${points}</c:numCache></c:numRef></c:val>` +
        '<c:smooth val="0"/></c:ser>'
      );
    })
    .join('');
  const legend = chart.series.length > 1 ? '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>' : '';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="${ns.chart}" xmlns:a="${ns.main}" xmlns:r="${ns.rel}"><c:lang val="fr-FR"/><c:roundedCorners val="0"/>` +
    `<c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/>${textRun(chart.title, 1100, true)}</c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` +
    '<c:plotArea><c:layout/><c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>' +
    series +
    '<c:marker val="1"/><c:axId val="500100"/><c:axId val="500200"/></c:lineChart>' +
    '<c:catAx><c:axId val="500100"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="500200"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
    `<c:valAx><c:axId val="500200"/><c:scaling><c:orientation val="minMax"/>${chart.valueAxisFrom !== undefined ? `<c:min val="${chart.valueAxisFrom}"/>` : ''}</c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines><c:numFmt formatCode="${format}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="500100"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea>${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    '<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="BFBFBF"/></a:solidFill></a:ln></c:spPr>' +
    '</c:chartSpace>'
  );
}
