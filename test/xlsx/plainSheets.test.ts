/**
 * The big plain sheets written straight as SpreadsheetML (src/xlsx/plainSheet.ts) against
 * ExcelJS writing the same spec: read back, cell for cell — value, type, number format, font,
 * fill, alignment, border, protection — and table for table, on the demo's consolidation and on
 * hand-made sheets that stress the text (entities, control characters, white space, booleans,
 * empty styled cells); then LibreOffice, recalculating every formula on load, computes the same
 * values in every sheet of both files.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { consolidationReport, returnInputs } from '../../src/app/consolidate';
import { checkFiles } from '../support/checkFiles';
import { demoReturns } from '../../src/cli/commands/demo';
import { selectRespondents } from '../../src/collect';
import { defaultPlan } from '../../src/plan';
import type { CellSpec, SheetSpec, WorkbookSpec } from '../../src/workbook/spec';
import { maxCellText } from '../../src/workbook/textLimit';
import { chartsInto, renderWorkbook } from '../../src/xlsx/charts';
import { streamDeflate } from '../../src/xlsx/deflate';
import { PackageParts } from '../../src/xlsx/packageParts';
import { isWrittenDirectly, xmlText } from '../../src/xlsx/plainSheet';
import { readGrids } from '../../src/xlsx/readGrids';
import { renderSpec } from '../../src/xlsx/renderSpec';
import { writeZip } from '../../src/xlsx/zipWrite';
import { recalculatedSheets } from '../report/support/recalc';
import { readWithin } from '../support/readWithin';

/** The old way: ExcelJS writes every sheet, then the charts are added. */
async function byExcelJs(spec: WorkbookSpec): Promise<Uint8Array> {
  const parts = PackageParts.fromStoredZip(await renderSpec(spec, { compression: 'STORE' }));
  chartsInto(parts, spec);
  return writeZip(parts.entries(), streamDeflate, new Date(spec.properties.created));
}

type CellView = { value: unknown; type: number; numFmt: string; font: string; fill: string; alignment: string; border: string; locked: boolean };

/** Every cell of every sheet as ExcelJS reads it back, and each table's range. */
async function readBack(bytes: Uint8Array): Promise<{ cells: Map<string, CellView>; tables: Map<string, string> }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const cells = new Map<string, CellView>();
  const tables = new Map<string, string>();
  workbook.eachSheet((sheet) => {
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        cells.set(`${sheet.name}!${cell.address}`, {
          value: cell.value,
          type: cell.type,
          numFmt: cell.numFmt ?? '',
          font: JSON.stringify(cell.font ?? {}),
          fill: JSON.stringify(cell.fill ?? {}),
          alignment: JSON.stringify(cell.alignment ?? {}),
          border: JSON.stringify(cell.border ?? {}),
          locked: cell.protection?.locked !== false,
        });
      }),
    );
    for (const table of Object.values((sheet as unknown as { tables: Record<string, { table: { name: string; tableRef: string } }> }).tables)) {
      tables.set(table.table.name, table.table.tableRef);
    }
  });
  return { cells, tables };
}

async function expectSameWorkbook(spec: WorkbookSpec): Promise<{ direct: Uint8Array; exceljs: Uint8Array }> {
  const [direct, exceljs] = [await renderWorkbook(spec), await byExcelJs(spec)];
  const [mine, theirs] = [await readBack(direct), await readBack(exceljs)];
  expect(mine.tables).toEqual(theirs.tables);
  expect([...mine.cells.keys()].sort()).toEqual([...theirs.cells.keys()].sort());
  for (const [address, view] of theirs.cells) expect({ address, ...mine.cells.get(address) }).toEqual({ address, ...view });
  // Our own reader, too (it reads the consolidation of an earlier year back).
  expect(await readGrids(direct)).toEqual(await readGrids(exceljs));
  return { direct, exceljs };
}

const styles: WorkbookSpec['styles'] = {
  header: { font: { bold: true, colour: 'FFFFFFFF' }, fill: 'FF2F5597', alignment: { wrap: true } },
  count: { numberFormat: '#,##0', alignment: { horizontal: 'right' }, border: 'thin' },
  when: { numberFormat: 'dd/mm/yyyy hh:mm' },
};

function tableSheet(name: string, rows: Array<Array<string | number | boolean | null>>, styled: SheetSpec['rows'] = []): SheetSpec {
  return {
    name,
    visibility: 'visible',
    columns: [{ width: 20 }, { width: 12 }, { width: 16 }],
    rows: styled,
    merges: [],
    freeze: { rows: 1, columns: 0 },
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatRows: [1, 1] },
    tables: [{ name: name.replace(/\W/g, ''), topLeft: 'A1', columns: ['Texte', 'Nombre', 'Quand'], rows }],
  };
}

const workbookOf = (...sheets: SheetSpec[]): WorkbookSpec => ({
  sheets,
  styles,
  definedNames: [],
  properties: { title: 'Essai', creator: 'CTG Indicateurs', created: '2026-02-01T10:00:00.000Z' },
});

/** One styled cell in `column` of each table row (the header is row 0). */
const styledColumn = (rows: number, column: number, cell: CellSpec): SheetSpec['rows'] => {
  const out: SheetSpec['rows'] = [];
  for (let r = 1; r <= rows; r++) {
    const row: Array<CellSpec | undefined> = [];
    row[column] = cell;
    out[r] = row;
  }
  return out;
};

describe('plain sheets written straight', () => {
  it.each([
    ['entities', [['a & b < c > d "e" \'f\'', 1, 46000.5]]],
    ['control characters dropped as ExcelJS drops them', [['bell\u0007 tab\t nl\n cr\r', 2, null]]],
    ['white space kept at the ends', [['  devant', 3, null], ['derrière  ', 4, null], ['\nligne', 5, null]]],
    ['booleans, negatives, decimals, empty cells', [[null, -0.125, true], ['x', 1e-7, false], ['', 12345678901234, null]]],
    ['the same text many times, and one that ExcelJS also wrote elsewhere', [['Texte', 1, null], ['Texte', 2, null], ['Nombre', 3, null]]],
    ['a text that looks like a formula stays text', [['=SUM(A1:A2)', 1, null], ['+33 6 12', 2, null], ['@x', 3, null]]],
  ] as const)('%s: read back as ExcelJS writes it', async (_case, rows) => {
    const data = rows.map((r) => [...r]);
    const sheet = tableSheet('Données', data, styledColumn(data.length, 1, { style: 'count' }));
    expect(isWrittenDirectly(sheet)).toBe(true);
    await expectSameWorkbook(workbookOf(sheet));
  });

  it('styled empty cells, unlocked cells and two plain sheets sharing the strings', async () => {
    const first = tableSheet('Un', [['a', 1, 46000], ['b', null, null]], styledColumn(2, 2, { style: 'when' }));
    const second = tableSheet('Deux', [['b', 2, 46001], ['c', 3, null]], styledColumn(2, 1, { style: 'count', unlocked: true }));
    second.rows[5] = [{ value: 'sous la table', style: 'header' }];
    await expectSameWorkbook(workbookOf(first, second));
  });

  it.each([
    ['a note', { value: 'x', note: 'une note' }],
    ['a formula', { formula: '1+1' }],
    ['a link', { value: 'lien', link: { kind: 'internal', sheet: 'Données', cell: 'A1' } }],
  ] as const)('a sheet with %s is left to ExcelJS', async (_case, cell) => {
    const sheet = tableSheet('Données', [['a', 1, null]]);
    sheet.rows[4] = [{ ...cell }];
    expect(isWrittenDirectly(sheet)).toBe(false);
    await expectSameWorkbook(workbookOf(sheet));
  });

  it('text past what a cell holds is cut to 32 767 characters, as every other cell written here', async () => {
    const { cells } = await readBack(await renderWorkbook(workbookOf(tableSheet('Données', [['y'.repeat(40_000), 1, null]]))));
    expect((cells.get('Données!A2')?.value as string).length).toBe(maxCellText);
  });

  it.each([
    ['&', '&amp;'],
    ['<a>', '&lt;a&gt;'],
    ['"\'', '&quot;&apos;'],
    ['\u0000\u0008\u000b\u000c\u000e\u001f\u007f', ''],
    ['\t\n\r', '\t\n\r'],
    ['é€😀', 'é€😀'],
  ])('xmlText(%j) is %j', (text, xml) => {
    expect(xmlText(text)).toBe(xml);
  });
});

describe('the demo consolidation, written straight or by ExcelJS', () => {
  let spec: WorkbookSpec;
  let files: { direct: Uint8Array; exceljs: Uint8Array };

  beforeAll(async () => {
    const plan = defaultPlan();
    const selection = selectRespondents(plan, { kind: 'signatories' });
    if (!selection.ok) throw new Error('signatories');
    const returns = (await demoReturns(plan, selection.respondents, renderSpec)).map((r) => ({ fileName: r.name, fileDate: r.scenario.fileDate, bytes: r.bytes }));
    const results = (await checkFiles(plan, returns, readWithin, { now: '2026-02-01T10:00:00.000Z', asOf: '2026-02-01' })).map((c) => c.result);
    ({ spec } = consolidationReport(plan, returnInputs(returns, results, '2026-02-01T10:00:00.000Z'), { now: '2026-02-01T10:00:00.000Z', asOf: '2026-02-01' }));
  }, 180_000);

  it('« Données » is one of the sheets written straight, the fiche tabs are not', () => {
    const direct = spec.sheets.filter(isWrittenDirectly).map((s) => s.name);
    expect(direct).toContain('Données');
    expect(direct.some((name) => name.startsWith('FA '))).toBe(false);
  });

  it('gives the same cells, styles and tables', async () => {
    files = await expectSameWorkbook(spec);
  }, 120_000);

  it('LibreOffice opens it and recalculates its formulas to the same values', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ctg-plain-sheets-'));
    const [direct, exceljs] = [join(dir, 'direct.xlsx'), join(dir, 'exceljs.xlsx')];
    writeFileSync(direct, files.direct);
    writeFileSync(exceljs, files.exceljs);
    const [mine, theirs] = [await recalculatedSheets(direct), await recalculatedSheets(exceljs)];
    expect([...mine.keys()].sort()).toEqual(spec.sheets.map((s) => s.name).sort());
    expect(mine.get('Données')!.length).toBeGreaterThan(100);
    for (const [name, rows] of theirs) expect({ name, rows: mine.get(name) }).toEqual({ name, rows });
  }, 240_000);
});
