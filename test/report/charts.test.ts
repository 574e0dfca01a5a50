/**
 * Native line charts added to the zip ExcelJS wrote: the drawing and chart parts, their
 * relationships and content types, the worksheet's `<drawing>` in its schema position — and the
 * file still read by ExcelJS and by our guarded reader.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { WorkbookSpec } from '../../src/workbook/spec';
import { chartXml, renderWorkbook } from '../../src/xlsx/charts';
import { readGrids } from '../../src/xlsx/readGrids';

const spec: WorkbookSpec = {
  sheets: [
    {
      name: 'Données',
      visibility: 'visible',
      columns: [{ width: 10 }],
      merges: [],
      rows: [[{ value: 'a' }], [{ value: 1 }]],
      tables: [{ name: 'T', topLeft: 'D1', columns: ['x'], rows: [[1]] }],
    },
    {
      name: "Synthèse d'ici",
      visibility: 'visible',
      columns: [{ width: 10 }],
      merges: [],
      rows: [
        [{ value: 'Période' }, { value: 'Année 2023' }, { value: 'Année 2024' }],
        [{ value: 'Places' }, { value: 4 }, { formula: 'B2*2', note: 'une note' }],
      ],
      tables: [{ name: 'U', topLeft: 'E1', columns: ['y'], rows: [[2]] }],
      charts: [
        { kind: 'line', title: 'Places <créées> & « fermées »', categories: 'B1:C1', cachedCategories: ['Année 2023', 'Année 2024'], series: [{ name: 'Places', values: 'B2:C2', cached: [4, null] }], from: 'A4', to: 'F20', numberFormat: '#,##0' },
        { kind: 'line', title: 'Deux', categories: 'B1:C1', series: [{ name: 'a', values: 'B2:C2' }, { name: 'b', values: 'B2:C2' }], from: 'G4', to: 'L20' },
      ],
    },
  ],
  styles: {},
  definedNames: [],
  properties: { title: 't', creator: 'c', created: '2026-01-01T00:00:00.000Z' },
};

let zip: JSZip;
let bytes: Uint8Array;
beforeAll(async () => {
  bytes = await renderWorkbook(spec);
  zip = await JSZip.loadAsync(bytes);
});
const text = (path: string) => zip.file(path)!.async('string');

it('adds one drawing for the sheet and one chart part per chart, with their content types', async () => {
  const parts = Object.keys(zip.files).filter((n) => /^xl\/(charts|drawings)\/.*\.(xml|rels)$/.test(n)).sort();
  expect(parts).toEqual(['xl/charts/chart1.xml', 'xl/charts/chart2.xml', 'xl/drawings/_rels/drawing1.xml.rels', 'xl/drawings/drawing1.xml']);
  const types = await text('[Content_Types].xml');
  expect(types).toContain('<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
  expect(types).toContain('<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>');
});

it('attaches the drawing to the right worksheet, before its notes and tables as the schema orders them', async () => {
  const sheet = await text('xl/worksheets/sheet2.xml');
  const rels = await text('xl/worksheets/_rels/sheet2.xml.rels');
  const id = /<drawing r:id="(rId\d+)"\/>/.exec(sheet)![1]!;
  expect(rels).toContain(`<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/>`);
  expect(new Set([...rels.matchAll(/Id="(rId\d+)"/g)].map((m) => m[1])).size).toBe([...rels.matchAll(/Id="/g)].length);
  const [margins, drawing, notes, tables] = ['<pageMargins', '<drawing ', '<legacyDrawing ', '<tableParts'].map((tag) => sheet.indexOf(tag));
  expect([margins, notes, tables].every((i) => i! > 0)).toBe(true);
  expect(drawing).toBeGreaterThan(margins!);
  expect(drawing).toBeLessThan(Math.min(notes!, tables!));
  expect(await text('xl/worksheets/sheet1.xml')).not.toContain('<drawing');
});

it('anchors each chart between its cells', async () => {
  const drawing = await text('xl/drawings/drawing1.xml');
  expect(drawing).toContain('<xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>3</xdr:row>');
  expect(drawing).toContain('<xdr:to><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>19</xdr:row>');
  expect((await text('xl/drawings/_rels/drawing1.xml.rels')).match(/Target="\.\.\/charts\/chart\d\.xml"/g)).toHaveLength(2);
});

it('draws lines from the sheet’s ranges, quoted and absolute, with the computed values cached and gaps left empty', () => {
  const xml = chartXml("Synthèse d'ici", spec.sheets[1]!.charts![0]!);
  expect(xml).toContain("<c:f>&apos;Synthèse d&apos;&apos;ici&apos;!$B$2:$C$2</c:f>");
  expect(xml).toContain("<c:f>&apos;Synthèse d&apos;&apos;ici&apos;!$B$1:$C$1</c:f>");
  expect(xml).toContain('<c:numCache><c:formatCode>#,##0</c:formatCode><c:ptCount val="2"/><c:pt idx="0"><c:v>4</c:v></c:pt></c:numCache>');
  expect(xml).toContain('<a:t>Places &lt;créées&gt; &amp; « fermées »</a:t>');
  expect(xml).toContain('<c:lineChart>');
  expect(xml).toContain('<c:dispBlanksAs val="gap"/>');
  expect(xml).not.toContain('<c:legend>');
  expect(chartXml('S', spec.sheets[1]!.charts![1]!)).toContain('<c:legend>');
});

it('is still read by ExcelJS and by the guarded reader', async () => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  expect(workbook.worksheets.map((w) => w.name)).toEqual(['Données', "Synthèse d'ici"]);
  const grids = await readGrids(bytes);
  expect(grids[1]!.rows[1]).toEqual(['Places', 4, null, null, 2]);
  expect(grids[1]!.formulas[1]![2]).toBe('B2*2');
});

it('leaves a workbook without charts as ExcelJS wrote it', async () => {
  const plain = { ...spec, sheets: [spec.sheets[0]!] };
  const out = await JSZip.loadAsync(await renderWorkbook(plain));
  expect(Object.keys(out.files).some((n) => n.startsWith('xl/charts/'))).toBe(false);
});

it.each<[string, number | undefined, boolean]>([
  ['a chart of counts starts its value axis at zero (a fall from 36 to 30 is not a collapse)', 0, true],
  ['a chart without a start lets the application choose', undefined, false],
])('%s', (_name, from, bounded) => {
  const chart = { ...spec.sheets[1]!.charts![0]!, ...(from !== undefined ? { valueAxisFrom: from } : {}) };
  const valueAxis = chartXml('S', chart).match(/<c:valAx>.*<\/c:valAx>/)![0];
  expect(valueAxis.includes('<c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling>')).toBe(bounded);
});
