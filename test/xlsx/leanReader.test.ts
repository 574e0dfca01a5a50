/**
 * The lean reader against ExcelJS, kept as a reference where it reads correctly: on every kind of
 * file the project reads — collection workbooks, filled and altered returns, the consolidation
 * workbook, files re-saved by LibreOffice, and hand-written SpreadsheetML in Excel's own dialect —
 * `readGrids` gives the grids the ExcelJS-based reader gives (`readGridsWithExcelJs`), and refuses
 * the same files. A random property test covers the combinations.
 *
 * Where ExcelJS 4.4 misreads what ECMA-376 says, the lean reader reads the file and each case is
 * listed with what both give (`Misread`): a formula's cached 0 or FALSE (ExcelJS: empty); a
 * formula's cached result when its text cannot be rebuilt (ExcelJS: empty); a date format
 * applied to a boolean or text result (ExcelJS: a date); `t="d"` ISO 8601 dates (ExcelJS:
 * `parseFloat` of the text, « 2024-03-15 » → 2024); numbers that are no xsd:double (ExcelJS:
 * `parseFloat`, « 12abc » → 12, « NaN » → empty; here: unreadable, test/xlsx/correctReader.test.ts).
 * Where the two part on refusals (files ExcelJS failed on, or an undefined entity refused with a
 * reason of its own), the last table pins what the lean reader does.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { collectionFileName } from '../../src/app/fileNames';
import { consolidationReport, returnInputs, type ConsolidateFile } from '../../src/app/consolidate';
import { readReturnGrids, validateGrids } from '../../src/app/validate';
import { simulateReturn } from '../../src/demo';
import { buildCollectionWorkbook, respondentsOf, type Respondent } from '../../src/collect';
import { defaultPlan } from '../../src/plan';
import type { ReturnResult } from '../../src/returns';
import { a1, parseA1 } from '../../src/workbook/a1';
import { cellAt, type CellValue, type Grid } from '../../src/workbook/grid';
import { renderWorkbook } from '../../src/xlsx/charts';
import { UntrustedFileError } from '../../src/xlsx/guards';
import { nodeInflate } from '../../src/xlsx/inflateNode';
import { readGrids } from '../../src/xlsx/readGrids';
import { wholeSheetReach } from '../support/wholeSheetReach';
import { readGridsWithExcelJs } from '../oracles/readGridsWithExcelJs';
import { renderSpec } from '../../src/xlsx/renderSpec';
import { convert } from '../support/libreoffice';
import { alter, filledReturn, spliceRows, type Alter } from '../returns/support';
import { data, handmadeXlsx, REL, sheet, type Handmade, type SheetDef } from './handmade';

const plan = defaultPlan();
const now = '2026-11-29T10:00:00.000Z';

/**
 * A cell ExcelJS misreads, and what each reader gives there (see src/xlsx/cellModel.ts): a
 * formula's cached 0 or FALSE (ExcelJS: empty), a formula's cached result without formula text
 * of its own (ExcelJS: empty), `t="d"` ISO dates (ExcelJS: `parseFloat` of the text), a number
 * that is no xsd:double (ExcelJS: `parseFloat`, or empty).
 */
type Misread = { sheet: string; cell: string; lean: CellValue; excelJs: CellValue; why: string };

/**
 * Both readers on the same bytes; the grids must be deep-equal, sparse arrays included — except
 * at the cells listed as misread by ExcelJS, where each reader must give what is listed.
 */
async function expectSameGrids(bytes: Uint8Array, misread: readonly Misread[] = []): Promise<Grid[]> {
  const lean = await readGrids(bytes, { inflate: nodeInflate, reach: wholeSheetReach });
  const reference = await readGridsWithExcelJs(bytes, { inflate: nodeInflate });
  return compareGrids(lean, reference, misread);
}

function compareGrids(lean: Grid[], reference: Grid[], misread: readonly Misread[]): Grid[] {
  const patched = reference.map((grid) => ({ ...grid, rows: grid.rows.map((row) => [...row]) }));
  for (const m of misread) {
    const at = parseA1(m.cell)!;
    const leanGrid = lean.find((g) => g.name === m.sheet)!;
    const referenceGrid = patched.find((g) => g.name === m.sheet)!;
    expect([m.cell, cellAt(leanGrid, at.row, at.column)]).toEqual([m.cell, m.lean]);
    expect([m.cell, cellAt(referenceGrid, at.row, at.column)]).toEqual([m.cell, m.excelJs]);
    const row = (referenceGrid.rows[at.row] ??= []);
    while (row.length < at.column) row.push(null);
    row[at.column] = m.lean;
    // A grid's rows before its last are arrays, never holes (test/oracles/readGridsWithExcelJs.ts): a
    // cell put back past what ExcelJS kept must fill the rows above it the same way.
    for (let r = 0; r < referenceGrid.rows.length; r++) referenceGrid.rows[r] ??= [];
  }
  // Cells reported unreadable are a finding of their own; ExcelJS has no such list.
  expect(lean.map(({ unreadable: _u, ...grid }) => grid)).toStrictEqual(patched);
  return lean;
}

/** What a reader did with the bytes: its grids, its refusal (code, reason, detail), or another error. */
async function outcome(read: () => Promise<Grid[]>): Promise<{ grids: Grid[] } | { refused: string; reason: unknown; detail?: unknown } | { thrown: string }> {
  try {
    return { grids: await read() };
  } catch (error) {
    if (!(error instanceof UntrustedFileError)) return { thrown: (error as Error).name };
    return { refused: error.code, reason: error.params.reason, detail: error.params.detail };
  }
}

const respondentOf = (code: string): Respondent => respondentsOf(plan).find((r) => r.kind === code || r.code === code)!;

// --- (a) collection workbooks ------------------------------------------------------------------

describe('collection workbooks of the default plan', () => {
  it.each(['epci', 'caf', '04070', '04001', '04116'])('respondent %s: the blank workbook', async (code) => {
    const { spec } = buildCollectionWorkbook(plan, respondentOf(code), { now });
    const grids = await expectSameGrids(await renderSpec(spec));
    expect(grids.map((g) => g.name)).toEqual(spec.sheets.map((s) => s.name));
  });

  it.each(['epci', 'caf'])('respondent %s: the workbook filled in as a commune would', async (code) => {
    await expectSameGrids((await filledReturn(code)).bytes);
  });
});

// --- (d) returns altered as in the returns corpus --------------------------------------------

const FA32 = 'FA 3.2 - Accueil 0-3 ans';
const A = '3.2.a1.reunions_collectives';

const alterations: Array<[string, Alter]> = [
  ['text where a number is expected', (_w, at) => void (at(A, '2024').value = 'beaucoup')],
  ['a negative and a decimal', (_w, at) => void ((at(A, '2024').value = -4), (at('3.2.a1.projets', '2024', 'eaje').value = 2.5))],
  ['a date outside its period', (_w, at) => void (at('3.1.a3.cartographie_of_date', '2024').value = new Date(Date.UTC(2023, 5, 15, 14, 30)))],
  ['a formula typed in an input cell, with its cached value', (_w, at) => void (at(A, '2024').value = { formula: '2+3', result: 5 } as never)],
  ['error values', (_w, at) => void ((at(A, '2024').value = { error: '#DIV/0!' } as never), (at('3.2.a1.places_creees', '2024', 'mam').value = { error: '#REF!' } as never))],
  ['French typing (« 1 234 », « 12,5 », non-breaking spaces)', (_w, at) => void ((at('3.1.a1.jours_arret_travail', '2023').value = '1\u00a0234'), (at('3.1.a1.jours_arret_travail', '2024').value = '12,5'))],
  ['rich text and a hyperlink in input cells', (_w, at) => void ((at(A, '2024').value = { richText: [{ text: '1', font: { bold: true } }, { text: '2' }] }), (at(A, '2025').value = { text: '7', hyperlink: 'https://www.caf.fr' }))],
  ['an inserted row', (w, at) => spliceRows(w.getWorksheet(FA32)!, Number(at(A, '2024').row), 0, [])],
  ['a deleted row', (w, at) => spliceRows(w.getWorksheet(FA32)!, Number(at(A, '2024').row), 1)],
  ['a deleted period column', (w) => w.getWorksheet(FA32)!.spliceColumns(6, 1)],
  ['a renamed, a hidden and a very hidden sheet', (w) => void ((w.getWorksheet(FA32)!.name = 'Petite enfance & co'), (w.getWorksheet('FA 6.1 - Logement')!.state = 'hidden'), (w.worksheets[1]!.state = 'veryHidden'))],
  ['a removed sheet and an added one, merged cells included', (w) => {
    w.removeWorksheet(w.getWorksheet('FA 6.1 - Logement')!.id);
    const extra = w.addWorksheet('Mes calculs');
    extra.getCell('B2').value = 123;
    extra.getCell('C3').value = 'fusion';
    extra.mergeCells('C3:E5');
  }],
  ['a shared formula block and a boolean', (w) => {
    const extra = w.addWorksheet('Calculs');
    extra.getCell('A1').value = 1;
    extra.getCell('A2').value = { formula: 'A1+1', result: 2, shareType: 'shared', ref: 'A2:A4' } as never;
    extra.getCell('A3').value = { sharedFormula: 'A2', result: 3 };
    extra.getCell('A4').value = { sharedFormula: 'A2', result: 4 };
    extra.getCell('B1').value = true;
  }],
];

describe('returns altered as in the returns corpus (test/returns/support builders)', () => {
  it.each(alterations)('%s', async (_name, change) => {
    await expectSameGrids(await alter(await filledReturn('epci'), change));
  });

  it('a formula with no cached value, and one whose cached value is 0 (ExcelJS reads the 0 as empty)', async () => {
    let zero = '';
    const bytes = await alter(await filledReturn('epci'), (_w, at) => {
      at(A, '2024').value = { formula: 'E13*2' };
      const cell = at(A, '2025');
      cell.value = { formula: '2-2', result: 0 };
      zero = cell.address;
    });
    await expectSameGrids(bytes, [{ sheet: FA32, cell: zero, lean: 0, excelJs: null, why: 'a cached 0 is a value' }]);
  });
});

// --- (b) the consolidation workbook ----------------------------------------------------------

async function consolidationWorkbook(): Promise<Uint8Array> {
  const respondents = ['epci', 'caf', '04070', '04001', '04116', '04009'].map(respondentOf);
  const files: ConsolidateFile[] = [];
  const results: ReturnResult[] = [];
  for (const [i, respondent] of respondents.entries()) {
    const { spec } = simulateReturn(plan, respondent, { seed: 46, now: '2025-12-01T09:00:00.000Z', completeness: i === 5 ? 'partial' : 'full', anomalies: i === 2 ? ['text_in_number', 'negative_count'] : [] });
    const file = { fileName: collectionFileName(plan, respondent), fileDate: null, bytes: await renderSpec(spec) };
    const read = await readReturnGrids(file, (bytes) => readGrids(bytes));
    results.push(read.ok ? validateGrids(plan, file.fileName, read.grids) : read.result);
    files.push(file);
  }
  const { spec } = consolidationReport(plan, returnInputs(files, results, now), { now });
  return renderWorkbook(spec);
}

describe('the consolidation workbook (live formulas, native charts, Données table)', () => {
  it('reads the same', async () => {
    const grids = await expectSameGrids(await consolidationWorkbook());
    expect(grids.some((g) => g.formulas.some((row) => row?.some((f) => f !== undefined)))).toBe(true);
  }, 60_000);
});

// --- (c) files re-saved by LibreOffice ---------------------------------------------------------

describe('files re-saved by LibreOffice (soffice --headless --convert-to xlsx)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ctg-lean-lo-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const resave = async (name: string, bytes: Uint8Array): Promise<Uint8Array> => {
    const source = join(dir, name, 'source.xlsx');
    mkdirSync(join(dir, name, 'out'), { recursive: true });
    writeFileSync(source, bytes);
    const [converted] = await convert(source, 'xlsx:Calc MS Excel 2007 XML', join(dir, name, 'out'));
    return new Uint8Array(readFileSync(converted!));
  };

  it('a filled return (shared strings, styles, cached totals)', async () => {
    const resaved = await resave('return', await alter(await filledReturn('epci'), (_w, at) => void (at(A, '2024').value = { formula: '2+3', result: 5 } as never)));
    const grids = await expectSameGrids(resaved);
    expect(grids.some((g) => g.formulas.some((row) => row?.some((f) => f?.includes('SUM'))))).toBe(true);
  }, 120_000);

  it('the consolidation workbook', async () => {
    await expectSameGrids(await resave('consolidation', await consolidationWorkbook()));
  }, 120_000);
});

// --- (e) hand-written SpreadsheetML, in Excel's dialect --------------------------------------


const handmade: Array<[string, Handmade, Misread[]?]> = [
  ['numbers, plain text and an empty string', { ...sheet(data('<row r="1" spans="1:5"><c r="A1"><v>12</v></c><c r="B1"><v>-0.125</v></c><c r="C1"><v>1E-7</v></c><c r="D1" t="s"><v>0</v></c><c r="E1" t="s"><v>1</v></c><c r="F1" t="str"><v></v></c><c r="G1" t="n"><v>  42 </v></c></row>')), sharedStrings: ['<t>Digne-les-Bains</t>', '<t/>'] }],
  ['dates (1900 system): built-in, custom and time formats', {
    ...sheet(data('<row r="1"><c r="A1" s="1"><v>45366</v></c><c r="B1" s="2"><v>45366.4375</v></c><c r="C1" s="3"><v>0.5</v></c><c r="D1" s="4"><v>45366</v></c><c r="E1" s="5"><v>45366</v></c><c r="F1" s="6"><v>45366</v></c><c r="G1" s="7"><v>1.25</v></c><c r="H1" s="8"><v>12</v></c><c r="I1" s="9"><v>60</v></c><c r="J1" s="10"><v>45366</v></c></row>')),
    numFmts: { 164: 'dd/mm/yyyy', 165: '[$-40C]d mmmm yyyy;@', 166: '#,##0" h"', 167: '0\\h', 168: '[h]:mm:ss', 169: '"jour "0' },
    styles: [14, 22, 21, 164, 165, 166, 168, 167, 169, 47],
  }],
  ['dates (1904 system: workbookPr date1904)', {
    ...sheet(data('<row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1" s="1"><v>43904.5</v></c><c r="C1" s="1"><f>A1+1</f><v>1</v></c><c r="D1"><v>43904</v></c></row>')),
    styles: [14],
    workbookPr: '<workbookPr date1904="1" defaultThemeVersion="166925"/>',
  }],
  ['date1904="true" (ExcelJS reads only « 1 »)', { ...sheet(data('<row r="1"><c r="A1" s="1"><v>100</v></c></row>')), styles: [14], workbookPr: '<workbookPr date1904="true"/>' }],
  ['a date-styled style 0 and a style index beyond the list', { ...sheet(data('<row r="1"><c r="A1" s="0"><v>45366</v></c><c r="B1" s="9"><v>45366</v></c></row>')), styles: [14] }],
  ['inline strings, plain and rich, with entities and character references', sheet(data('<row r="1"><c r="A1" t="inlineStr"><is><t>Crèche « Les Lutins » &amp; co &#x1F600;</t></is></c><c r="B1" t="inlineStr"><is><r><rPr><b/><sz val="11"/></rPr><t>Texte </t></r><r><t xml:space="preserve">enrichi_x000D_</t></r></is></c><c r="C1" t="inlineStr"><is><t xml:space="preserve">  espaces\r\net lignes  </t></is></c><c r="D1" t="inlineStr"><is><t>_x000D_ gardé</t></is></c><c r="E1" t="inlineStr"><is><t></t></is></c></row>'))],
  ['rich text and phonetic runs in shared strings', {
    ...sheet(data('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c></row>')),
    sharedStrings: [
      '<r><rPr><b/><sz val="11"/><color theme="1"/><rFont val="Calibri"/></rPr><t>Gras</t></r><r><rPr><sz val="11"/></rPr><t xml:space="preserve"> puis normal</t></r>',
      '<t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh><phoneticPr fontId="1"/>',
      '<t>Ligne 1_x000A_Ligne 2 &amp;lt;b&amp;gt;</t>',
      '<r><t>seul</t></r>',
      '<r><rPr><i/></rPr></r>',
    ],
  }],
  ['booleans and error values, typed and as formula results', sheet(data('<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>0</v></c><c r="C1" t="e"><v>#REF!</v></c><c r="D1" t="e"><v>#N/A</v></c><c r="E1" t="b"><f>1&lt;2</f><v>1</v></c><c r="F1" t="b"><f>1&gt;2</f><v>0</v></c><c r="G1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="H1" t="e"><f>VLOOKUP(1,A1:B1,3,FALSE)</f><v>#REF!</v></c></row>')), [
    { sheet: 'Saisie', cell: 'F1', lean: false, excelJs: null, why: 'a cached FALSE is a value' },
  ]],
  ['formula results: number, text, zero, empty text, none; str text decoded twice', sheet(data('<row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="B1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="C1"><f>1-1</f><v>0</v></c><c r="D1" t="str"><f>""</f><v></v></c><c r="E1"><f>NOW()</f></c><c r="F1" t="str"><f>"&amp;amp;lt;"</f><v>&amp;lt;x&amp;gt;</v></c><c r="G1" t="str"><v>&amp;amp; non formule</v></c><c r="H1"><f>=A1</f><v>2</v></c></row>')), [
    { sheet: 'Saisie', cell: 'C1', lean: 0, excelJs: null, why: 'a cached 0 is a value' },
  ]],
  ['cells without r (position after the previous cell kept)', {
    ...sheet(data('<row r="1"><c r="B1"><v>1</v></c><c><v>2</v></c><c t="s"><v>0</v></c><c r="F1"/><c><v>4</v></c><c r="H1" s="1"/><c><v>5</v></c></row><row r="2"><c r="A2"><v>10</v></c><c><f>A2*2</f><v>20</v></c></row>')),
    sharedStrings: ['<t>trois</t>'],
    styles: [0],
  }],
  ['a shared formula block (Excel writes the text on the master only)', sheet(data(
    '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:C3" si="0">A1*2+$A$1+SUM(A$1:A1)+Feuil2!A1+\'Autre feuille\'!B1</f><v>4</v></c><c r="C1"><f t="shared" si="0"/><v>0</v></c></row>' +
    '<row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>7</v></c><c r="C2"><f t="shared" si="0"/><v>12</v></c></row>' +
    '<row r="3"><c r="A3"><v>3</v></c><c r="B3"><f t="shared" si="0"/><v>13</v></c><c r="C3"><f t="shared" si="0"/><v>22</v></c><c r="D3"><f t="shared" ref="D3:D4" si="1">IF(A3&gt;1,"B2",LOG10(A3))</f><v>1</v></c></row>' +
    '<row r="4"><c r="D4"><f t="shared" si="1"/><v>1</v></c><c r="E4"><f t="shared" si="7"/><v>9</v></c></row>')), [
    { sheet: 'Saisie', cell: 'C1', lean: 0, excelJs: null, why: 'a cached 0 is a value' },
    { sheet: 'Saisie', cell: 'E4', lean: 9, excelJs: null, why: 'a cached result is the value, even when the formula text cannot be rebuilt' },
  ]],
  ['an array formula and a data table formula', sheet(data('<row r="1"><c r="A1"><f t="array" ref="A1:A2">ROW(A1:A2)</f><v>1</v></c><c r="B1"><f t="array" ref="B1"/><v>5</v></c></row>')), [
    { sheet: 'Saisie', cell: 'B1', lean: 5, excelJs: null, why: 'a cached result is the value, even without formula text' },
  ]],
  ['hidden and very hidden sheets, in workbook order (not sheetId order)', {
    sheets: [
      { name: 'Visible', body: data('<row r="1"><c r="A1"><v>1</v></c></row>'), sheetId: 5 },
      { name: 'Cachée', body: data('<row r="1"><c r="A1" t="inlineStr"><is><t>cachée</t></is></c></row>'), state: 'hidden', sheetId: 2 },
      { name: 'Très cachée', body: data('<row r="2"><c r="B2" t="b"><v>1</v></c></row>'), state: 'veryHidden', sheetId: 9 },
      { name: 'Vide', body: '<sheetData/>', sheetId: 3 },
    ],
  }],
  ['a sheet reached by an absolute target, names with « & » and apostrophes', {
    sheets: [
      { name: 'Parents & enfants', body: data('<row r="1"><c r="A1"><v>1</v></c></row>'), target: '/xl/worksheets/sheet1.xml' },
      { name: "L'accueil", body: data('<row r="1"><c r="A1"><v>2</v></c></row>') },
      { name: 'Trente et un caractères, pas un', body: data('<row r="1"><c r="A1"><v>3</v></c></row>') },
    ],
  }],
  ['a chart sheet and a worksheet part not named sheetN.xml (not read by ExcelJS)', {
    sheets: [
      { name: 'Données', body: data('<row r="1"><c r="A1"><v>1</v></c></row>') },
      { name: 'Graphique', body: data(''), target: 'chartsheets/sheet1.xml', part: 'xl/chartsheets/sheet1.xml' },
      { name: 'Autre', body: data('<row r="1"><c r="A1"><v>3</v></c></row>'), target: 'worksheets/donnees.xml', part: 'xl/worksheets/donnees.xml' },
    ],
  }],
  ['merged ranges: values in the covered cells are skipped', sheet(
    data('<row r="1"><c r="A1" t="inlineStr"><is><t>maître</t></is></c><c r="B1"><v>2</v></c><c r="C1"><f>1+1</f><v>2</v></c></row><row r="2"><c r="A2"><v>3</v></c><c r="B2"><v>4</v></c><c r="D2"><v>5</v></c></row><row r="3"><c r="E3"><v>6</v></c></row>') +
    '<mergeCells count="3"><mergeCell ref="A1:B2"/><mergeCell ref="$C$1:$C$1"/><mergeCell ref="E4:D2"/></mergeCells>',
  )],
  ['hyperlinks: external ones replace a formula by its result, internal ones change nothing', sheet(
    data('<row r="1"><c r="A1" t="inlineStr"><is><t>Site de la CAF</t></is></c><c r="B1"><f>HYPERLINK("https://www.caf.fr","caf")</f><v>3</v></c><c r="C1"><f>2-2</f><v>0</v></c><c r="D1" t="inlineStr"><is><t>Lisez-moi</t></is></c><c r="E1" s="1"/></row>') +
    '<hyperlinks><hyperlink ref="A1" r:id="rId1" tooltip="caf.fr"/><hyperlink ref="C1" r:id="rId2"/><hyperlink ref="D1" location="\'Lisez-moi\'!A1" display="Lisez-moi"/><hyperlink ref="B1:B3" r:id="rId1"/><hyperlink ref="E1" r:id="rId1"/></hyperlinks>',
    { rels: `<Relationship Id="rId1" Type="${REL}/hyperlink" Target="https://www.caf.fr/" TargetMode="External"/><Relationship Id="rId2" Type="${REL}/hyperlink" Target="mailto:ctg@caf.fr" TargetMode="External"/>` },
  )],
  ['rows and cells out of order, written twice, and a row 0', sheet(data('<row r="3"><c r="B3"><v>3</v></c><c r="A3"><v>1</v></c><c r="B3"><v>33</v></c></row><row r="1"><c r="A1"><v>1</v></c></row><row r="3"><c r="C3"><v>9</v></c></row><row r="0"><c r="A0"><v>0</v></c></row><row r="5" spans="1:3" s="1" customFormat="1"/>'))],
  ['t="d" ISO dates, NaN, an unknown type and a boolean written « true »', sheet(data('<row r="1"><c r="A1" t="d"><v>2024-03-15T00:00:00</v></c><c r="B1" t="n"><v>NaN</v></c><c r="C1" t="x"><v>7</v></c><c r="D1" t="b"><v>true</v></c><c r="E1" t="s"><v>0</v></c><c r="F1" t="d"><f>TODAY()</f><v>2024-03-15T14:30:00.000Z</v></c></row>')), [
    { sheet: 'Saisie', cell: 'A1', lean: '2024-03-15', excelJs: 2024, why: 't="d" holds ISO 8601 text (ExcelJS: parseFloat)' },
    { sheet: 'Saisie', cell: 'F1', lean: '2024-03-15T14:30:00', excelJs: 2024, why: 'a formula’s cached t="d" result' },
  ]],
  ['Excel extras: extLst, conditional formatting, validations, comments, CDATA and comments in the XML', sheet(
    data('<row r="1" x14ac:dyDescent="0.25"><c r="A1" t="inlineStr"><is><t>a<![CDATA[ invisible ]]>b<!-- commentaire --></t></is></c><c r="B1"><v>1</v></c></row>') +
    '<conditionalFormatting sqref="B1"><cfRule type="cellIs" priority="1" operator="lessThan"><formula>0</formula></cfRule></conditionalFormatting><dataValidations count="1"><dataValidation type="whole" allowBlank="1" showErrorMessage="1" sqref="B1:B10"><formula1>0</formula1><formula2>100</formula2></dataValidation></dataValidations>' +
    '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list"><x14:formula1><xm:f>Listes!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>C1</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>',
  )],
  ['no shared strings part: an s cell reads as its index', sheet(data('<row r="1"><c r="A1" t="s"><v>3</v></c></row>'))],
];

describe('hand-written workbooks, in Excel’s dialect', () => {
  it.each(handmade)('%s', async (_name, book, misread = []) => {
    await expectSameGrids(handmadeXlsx(book), misread);
  });
});

// --- refusals: the same files are refused, for the same reason ---------------------------------

type Outcome = Awaited<ReturnType<typeof outcome>>;
/** The reference reader's outcome, and what ExcelJS wrote on the console meanwhile (kept, not printed). */
async function referenceOutcome(bytes: Uint8Array): Promise<{ outcome: Outcome; warnings: string[] }> {
  const warnings: string[] = [];
  const warn = jest.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => void warnings.push(args.map(String).join(' ')));
  try {
    return { outcome: await outcome(() => readGridsWithExcelJs(bytes, { inflate: nodeInflate })), warnings };
  } finally {
    warn.mockRestore();
  }
}
const bothOutcomes = async (bytes: Uint8Array): Promise<[Outcome, Outcome, string[]]> => {
  const lean = await outcome(() => readGrids(bytes, { inflate: nodeInflate, reach: wholeSheetReach }));
  const reference = await referenceOutcome(bytes);
  return [lean, reference.outcome, reference.warnings];
};
/** ExcelJS truncates a sheet name over 31 characters, and says so on the console (worksheet.js). */
const longNameWarning = /^Worksheet name .+ exceeds 31 chars\. This will be truncated$/;

const refusals: Array<[string, Handmade, { sameDetail: boolean }]> = [
  ['a shared string that does not exist', { ...sheet(data('<row r="1"><c r="A1" t="s"><v>5</v></c></row>')), sharedStrings: ['<t>seule</t>'] }, { sameDetail: false }],
  ['overlapping merged ranges', sheet(data('<row r="1"><c r="A1"><v>1</v></c></row>') + '<mergeCells count="2"><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/></mergeCells>'), { sameDetail: true }],
  ['a sheet named « History »', { sheets: [{ name: 'History', body: data('') }] }, { sameDetail: true }],
  ['a sheet name with a forbidden character', { sheets: [{ name: 'Budget 2024/2025', body: data('') }] }, { sameDetail: true }],
  ['a sheet name over 31 characters', { sheets: [{ name: 'Un nom de feuille de plus de trente et un caractères', body: data('') }] }, { sameDetail: true }],
  ['two sheets of the same name, whatever the case', { sheets: [{ name: 'Saisie', body: data('') }, { name: 'SAISIE', body: data('') }] }, { sameDetail: true }],
  ['a row without a number', sheet(data('<row><c r="A1"><v>1</v></c></row>')), { sameDetail: false }],
  ['a row whose first cell has no address', sheet(data('<row r="1"><c><v>1</v></c></row>')), { sameDetail: false }],
  ['a value past row 1 048 576', sheet(data('<row r="1048577"><c r="A1048577"><v>1</v></c></row>')), { sameDetail: true }],
  ['an unclosed element in a worksheet', sheet('<sheetData><row r="1"><c r="A1"><v>1</v></row></sheetData>'), { sameDetail: false }],
  ['a duplicate attribute', sheet(data('<row r="1"><c r="A1" r="B1"><v>1</v></c></row>')), { sameDetail: false }],
  ['a hyperlink whose relationship is missing', sheet(data('<row r="1"><c r="A1"><v>1</v></c></row>') + '<hyperlinks><hyperlink ref="A1" r:id="rId7"/></hyperlinks>'), { sameDetail: false }],
  ['a run after plain text in one shared string', { ...sheet(data('<row r="1"><c r="A1" t="s"><v>0</v></c></row>')), sharedStrings: ['<t>a</t><r><t>b</t></r>'] }, { sameDetail: false }],
];

describe('files both readers refuse', () => {
  it.each(refusals)('%s', async (_name, book, { sameDetail }) => {
    const [lean, reference, warnings] = await bothOutcomes(handmadeXlsx(book));
    expect(lean).toMatchObject({ refused: 'corrupt' });
    // ExcelJS's one console warning, only where a name is too long; the lean reader says nothing there.
    const tooLong = book.sheets?.some((s) => s.name.length > 31) === true;
    expect({ tooLong, warned: warnings.length > 0, others: warnings.filter((w) => !longNameWarning.test(w)) }).toEqual({ tooLong, warned: tooLong, others: [] });
    if (sameDetail) expect(lean).toEqual(reference);
    else expect({ ...lean, detail: undefined }).toEqual({ ...reference, detail: undefined });
  });
});

// --- where the two part: files ExcelJS could not read for reasons grids do not depend on ------

const differences: Array<[string, () => Uint8Array, Partial<Outcome>, Partial<Outcome>]> = [
  [
    'an undefined entity in the shared strings: refused with a reason of its own (ExcelJS: « la lecture a échoué »)',
    () => handmadeXlsx({ ...sheet(data('<row r="1"><c r="A1" t="s"><v>0</v></c></row>')), sharedStrings: ['<t>a&nbsp;b</t>'] }),
    { refused: 'corrupt', reason: 'entity' },
    { refused: 'corrupt', reason: 'excel' },
  ],
  [
    'a DOCTYPE in the shared strings: refused, as the guards refuse it in the workbook and sheets (ExcelJS read it)',
    () => handmadeXlsx({ ...sheet(data('<row r="1"><c r="A1" t="s"><v>0</v></c></row>')), sharedStrings: ['<t>a</t>'], edit: { 'xl/sharedStrings.xml': (xml) => xml.replace('<sst', '<!DOCTYPE sst><sst') } }),
    { refused: 'corrupt', reason: 'doctype', detail: 'xl/sharedStrings.xml' },
    { grids: [{ name: 'Saisie', rows: [['a']], formulas: [] }] },
  ],
  [
    'a cell past column XFD: refused as past Excel’s limits (ExcelJS: « Out of bounds »)',
    () => handmadeXlsx(sheet(data('<row r="1"><c r="XFE1"><v>1</v></c></row>'))),
    { refused: 'corrupt', reason: 'sheet_bounds', detail: 'Saisie' },
    { refused: 'corrupt', reason: 'excel' },
  ],
  [
    'a comments relationship with an absolute target: comments are not read (ExcelJS failed)',
    () => handmadeXlsx(sheet(data('<row r="1"><c r="A1"><v>1</v></c></row>'), { rels: `<Relationship Id="rId3" Type="${REL}/comments" Target="/xl/comments1.xml"/>` })),
    { grids: [{ name: 'Saisie', rows: [[1]], formulas: [] }] },
    { refused: 'corrupt', reason: 'excel' },
  ],
  [
    'a phonetic run in an inline string: left out of the text (ExcelJS lost the whole sheet)',
    () => handmadeXlsx(sheet(data('<row r="1"><c r="A1" t="inlineStr"><is><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh></is></c><c r="B1"><v>2</v></c></row>'))),
    { grids: [{ name: 'Saisie', rows: [['漢字', 2]], formulas: [] }] },
    { grids: [{ name: 'Saisie', rows: [], formulas: [] }] },
  ],
  [
    'a control character written raw: read as it is (saxes refused it)',
    () => handmadeXlsx(sheet(data('<row r="1"><c r="A1" t="inlineStr"><is><t>a\u0001b</t></is></c></row>'))),
    { grids: [{ name: 'Saisie', rows: [['a\u0001b']], formulas: [] }] },
    { refused: 'corrupt', reason: 'excel' },
  ],
  [
    'a shared formula whose master is covered by a merge: no formula text (ExcelJS threw a TypeError)',
    () => handmadeXlsx(sheet(data('<row r="1"><c r="A1"><v>0</v></c><c r="B1"><f t="shared" ref="B1:B2" si="0">A1</f><v>1</v></c></row><row r="2"><c r="B2"><f t="shared" si="0"/><v>2</v></c></row>') + '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>')),
    { grids: [{ name: 'Saisie', rows: [[0], [null, 2]], formulas: [] }] },
    { thrown: 'TypeError' },
  ],
];

describe('where the lean reader parts from ExcelJS (files ExcelJS failed on)', () => {
  it.each(differences)('%s', async (_name, build, lean, reference) => {
    const [leanOutcome, referenceOutcome] = await bothOutcomes(build());
    expect(leanOutcome).toMatchObject(lean);
    expect(referenceOutcome).toMatchObject(reference);
  });
});

// --- random workbooks in Excel's dialect: both readers, same outcome -----------------------------

const pieces = ['a', 'Z', 'é', ' ', '  ', '&', '<', '>', '"', "'", '€', '😀', '\n', '_x000D_', '_x00e9_', '&lt;', '&amp;', '0', '12', '-', '.', 'E3'];
const textArb = fc.array(fc.constantFrom(...pieces), { maxLength: 5 }).map((p) => p.join(''));
const numberArb = fc.oneof(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constantFrom(0, 45366, 45366.4375, 0.5, 1e-7, 1e21));
const resultArb = fc.oneof(
  fc.record({ t: fc.constant(''), v: numberArb.map(String) }),
  fc.record({ t: fc.constant('str'), v: textArb }),
  fc.record({ t: fc.constant('b'), v: fc.constantFrom('0', '1') }),
  fc.record({ t: fc.constant('e'), v: fc.constantFrom('#REF!', '#DIV/0!', '#N/A', '#VALUE!') }),
  fc.constant(undefined),
);
const styleArb = fc.nat({ max: 8 });
const cellArb = fc.oneof(
  fc.record({ kind: fc.constant('number' as const), value: numberArb, style: styleArb }),
  fc.record({ kind: fc.constant('shared' as const), index: fc.nat({ max: 5 }), style: styleArb }),
  fc.record({ kind: fc.constant('inline' as const), runs: fc.array(textArb, { minLength: 1, maxLength: 3 }), rich: fc.boolean() }),
  fc.record({ kind: fc.constant('str' as const), text: textArb }),
  fc.record({ kind: fc.constant('bool' as const), value: fc.constantFrom('0', '1') }),
  fc.record({ kind: fc.constant('error' as const), value: fc.constantFrom('#REF!', '#N/A') }),
  fc.record({ kind: fc.constant('formula' as const), text: fc.constantFrom('A1+1', 'SUM($A$1:B2)*2', 'IF(B1>0,"C3",D4)', 'Feuil2!A1', 'TODAY()'), result: resultArb, style: styleArb }),
  fc.record({ kind: fc.constant('master' as const), text: fc.constantFrom('A1*2', '$B$1+C1', 'SUM(A1:A3)'), si: fc.nat({ max: 2 }), result: resultArb, style: styleArb }),
  fc.record({ kind: fc.constant('dependant' as const), si: fc.nat({ max: 2 }), result: resultArb, style: styleArb }),
  fc.record({ kind: fc.constant('array' as const), text: fc.constantFrom('', 'ROW(A1:A2)', '=A1'), result: resultArb }),
  fc.record({ kind: fc.constant('styledEmpty' as const), style: fc.integer({ min: 1, max: 8 }) }),
  fc.constant({ kind: 'empty' as const }),
);
type RandomCell = typeof cellArb extends fc.Arbitrary<infer T> ? T : never;
// Gaps of 0 write a row or a cell twice (the later one wins); a first row may be row 0 (dropped).
const rowArb = fc.record({ style: fc.constantFrom(undefined, 0, 2), gap: fc.oneof({ weight: 40, arbitrary: fc.integer({ min: 0, max: 3 }) }, { weight: 1, arbitrary: fc.constant(1_048_570) }), cells: fc.array(fc.record({ gap: fc.integer({ min: 0, max: 3 }), noAddress: fc.boolean(), cell: cellArb }), { maxLength: 6 }) });
const rectArb = fc.record({ top: fc.oneof({ weight: 20, arbitrary: fc.integer({ min: 1, max: 12 }) }, { weight: 1, arbitrary: fc.constant(1_048_575) }), left: fc.integer({ min: 1, max: 12 }), height: fc.nat({ max: 2 }), width: fc.nat({ max: 2 }) });
const sheetArb = fc.record({
  rows: fc.array(rowArb, { maxLength: 8 }),
  merges: fc.array(rectArb, { maxLength: 3 }),
  links: fc.array(fc.record({ row: fc.integer({ min: 1, max: 12 }), column: fc.integer({ min: 1, max: 12 }), internal: fc.boolean() }), { maxLength: 3 }),
  state: fc.constantFrom(undefined, 'hidden' as const, 'veryHidden' as const),
});
const workbookArb = fc.record({
  sheets: fc.array(sheetArb, { minLength: 1, maxLength: 3 }),
  // Ids may repeat (the later sheet replaces the earlier) or be 0 (the sheet is dropped).
  sheetIds: fc.array(fc.constantFrom(0, 1, 2, 3, 7), { minLength: 3, maxLength: 3 }),
  // Names may clash, whatever the case (refused by both).
  names: fc.array(fc.constantFrom('Saisie', 'SAISIE', 'Données & co', 'L’été', 'Cachée'), { minLength: 3, maxLength: 3 }),
  sharedStrings: fc.array(fc.record({ runs: fc.array(textArb, { minLength: 1, maxLength: 3 }), rich: fc.boolean() }), { maxLength: 6 }),
  styles: fc.array(fc.constantFrom(0, 1, 2, 14, 15, 20, 22, 45, 46, 47, 49, 164, 165, 166), { minLength: 8, maxLength: 8 }),
  date1904: fc.boolean(),
  stylesPart: fc.constantFrom(undefined, undefined, undefined, 'none' as const, 'noCellXfs' as const),
});

const letters = (column: number): string => (column > 26 ? letters(Math.floor((column - 1) / 26)) : '') + String.fromCharCode(65 + ((column - 1) % 26));
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const runsXml = (runs: string[], rich: boolean) =>
  rich ? runs.map((run, i) => `<r>${i % 2 === 0 ? '<rPr><b/><sz val="11"/></rPr>' : ''}<t xml:space="preserve">${escapeText(run)}</t></r>`).join('') : `<t xml:space="preserve">${escapeText(runs.join(''))}</t>`;

function cellXml(cell: RandomCell, address: string | undefined): string {
  const r = address === undefined ? '' : ` r="${address}"`;
  const result = (res: { t: string; v: string } | undefined) => (res === undefined ? ['', ''] : [res.t ? ` t="${res.t}"` : '', `<v>${escapeText(res.v)}</v>`]);
  switch (cell.kind) {
    case 'number':
      return `<c${r}${cell.style ? ` s="${cell.style}"` : ''}><v>${cell.value}</v></c>`;
    case 'shared':
      return `<c${r}${cell.style ? ` s="${cell.style}"` : ''} t="s"><v>${cell.index}</v></c>`;
    case 'inline':
      return `<c${r} t="inlineStr"><is>${runsXml(cell.runs, cell.rich)}</is></c>`;
    case 'str':
      return `<c${r} t="str"><v>${escapeText(cell.text)}</v></c>`;
    case 'bool':
      return `<c${r} t="b"><v>${cell.value}</v></c>`;
    case 'error':
      return `<c${r} t="e"><v>${cell.value}</v></c>`;
    case 'formula': {
      const [t, v] = result(cell.result);
      return `<c${r}${cell.style ? ` s="${cell.style}"` : ''}${t}><f>${escapeText(cell.text)}</f>${v}</c>`;
    }
    case 'master': {
      const [t, v] = result(cell.result);
      return `<c${r}${cell.style ? ` s="${cell.style}"` : ''}${t}><f t="shared" ref="${address ?? 'A1'}:${address ?? 'A1'}" si="${cell.si}">${escapeText(cell.text)}</f>${v}</c>`;
    }
    case 'dependant': {
      const [t, v] = result(cell.result);
      return `<c${r}${cell.style ? ` s="${cell.style}"` : ''}${t}><f t="shared" si="${cell.si}"/>${v}</c>`;
    }
    case 'array': {
      const [t, v] = result(cell.result);
      return `<c${r}${t}><f t="array" ref="${address ?? 'A1'}">${escapeText(cell.text)}</f>${v}</c>`;
    }
    case 'styledEmpty':
      return `<c${r} s="${cell.style}"/>`;
    case 'empty':
      return `<c${r}/>`;
  }
}

type RandomWorkbook = typeof workbookArb extends fc.Arbitrary<infer T> ? T : never;

const formulaKinds = new Set(['formula', 'master', 'dependant', 'array']);

/** The workbook's bytes, and the rows (« sheet\0row ») holding a formula cell. */
function randomXlsx(book: RandomWorkbook): { bytes: Uint8Array; formulaRows: Set<string> } {
  const formulaRows = new Set<string>();
  const sheets: SheetDef[] = book.sheets.map((s, i) => {
    let row = 0;
    const rows = s.rows.map(({ style, gap, cells }) => {
      row += gap;
      let column = 0;
      const xml = cells.map(({ gap: step, noAddress, cell }) => {
        column = Math.max(1, column + step);
        if (formulaKinds.has(cell.kind)) formulaRows.add(`${book.names[i]}\u0000${row}`);
        return cellXml(cell, noAddress ? undefined : `${letters(column)}${row}`);
      });
      return `<row r="${row}"${style === undefined ? '' : ` s="${style}" customFormat="1"`}>${xml.join('')}</row>`;
    });
    // Merges that do not overlap (overlapping ones are refused by both, see above).
    const merges: Array<{ top: number; left: number; bottom: number; right: number }> = [];
    for (const m of s.merges) {
      const rect = { top: m.top, left: m.left, bottom: m.top + m.height, right: m.left + m.width };
      if (!merges.some((o) => !(o.bottom < rect.top || o.top > rect.bottom || o.right < rect.left || o.left > rect.right))) merges.push(rect);
    }
    const mergeXml = merges.length === 0 ? '' : `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${letters(m.left)}${m.top}:${letters(m.right)}${m.bottom}"/>`).join('')}</mergeCells>`;
    const linkXml = s.links.length === 0 ? '' : `<hyperlinks>${s.links.map((l) => `<hyperlink ref="${letters(l.column)}${l.row}" ${l.internal ? 'location="Saisie!A1"' : 'r:id="rId1"'}/>`).join('')}</hyperlinks>`;
    return {
      name: book.names[i]!,
      sheetId: book.sheetIds[i],
      state: s.state,
      body: `<sheetData>${rows.join('')}</sheetData>${mergeXml}${linkXml}`,
      rels: `<Relationship Id="rId1" Type="${REL}/hyperlink" Target="https://www.caf.fr/" TargetMode="External"/>`,
    };
  });
  const bytes = handmadeXlsx({
    sheets,
    sharedStrings: book.sharedStrings.map((s) => runsXml(s.runs, s.rich)),
    numFmts: { 164: 'dd/mm/yyyy', 165: '#,##0.00\\ "€"', 166: '0\\h' },
    styles: book.styles,
    workbookPr: book.date1904 ? '<workbookPr date1904="1"/>' : undefined,
    stylesPart: book.stylesPart,
  });
  return { bytes, formulaRows };
}

/**
 * The cells of formula rows where ExcelJS misreads a formula's cached result: it gives nothing
 * (it drops 0 and FALSE, and the result of a formula whose text it could not rebuild), or a date
 * for a boolean or text result in a date-styled cell (it applies the date format to any result).
 */
/** 9999-12-31, the last day Excel dates (serial number in the 1900 system). */
const lastSerialDate = 2_958_465;

function cellsExcelJsMisreads(lean: Grid[], reference: Grid[], formulaRows: ReadonlySet<string>): Misread[] {
  const misread: Misread[] = [];
  lean.forEach((grid, g) => {
    grid.rows.forEach((row, r) => {
      row.forEach((value, c) => {
        const theirs = cellAt(reference[g] ?? grid, r, c);
        const dateOfNonNumber = typeof value !== 'number' && typeof theirs === 'string' && /^\d{4}-\d\d-\d\d/.test(theirs) && value !== theirs;
        if (value !== null && (theirs === null || dateOfNonNumber) && formulaRows.has(`${grid.name}\u0000${r + 1}`)) misread.push({ sheet: grid.name, cell: a1(r, c), lean: value, excelJs: theirs, why: 'a cached result' });
        // A date-styled serial past 9999-12-31 has no date: the lean reader keeps the number (the
        // checks say it is no date), ExcelJS gives nothing (an Invalid Date).
        else if (typeof value === 'number' && Math.abs(value) > lastSerialDate && theirs === null) misread.push({ sheet: grid.name, cell: a1(r, c), lean: value, excelJs: theirs, why: 'a serial past 9999-12-31' });
      });
    });
  });
  return misread;
}

describe('random workbooks (fast-check): the same outcome from both readers', () => {
  it('gives the same grids, or the same refusal', async () => {
    await fc.assert(
      fc.asyncProperty(workbookArb, async (book) => {
        const { bytes, formulaRows } = randomXlsx(book);
        const [lean, reference] = await bothOutcomes(bytes);
        // The lean reader gives grids or an UntrustedFileError, never another error.
        expect(lean).not.toHaveProperty('thrown');
        // Where ExcelJS let a TypeError out (a shared formula's master merged or linked, a
        // dependant without an address: see the table above), there is nothing to compare with.
        if ('thrown' in reference) return;
        // The same grids, but where ExcelJS dropped a formula's cached result.
        if ('grids' in lean && 'grids' in reference) compareGrids(lean.grids, reference.grids, cellsExcelJsMisreads(lean.grids, reference.grids, formulaRows));
        else expect({ ...lean, detail: undefined }).toEqual({ ...reference, detail: undefined });
      }),
      { numRuns: 400 },
    );
  }, 120_000);
});

// --- the lean reader's own bounds -------------------------------------------------------------

describe('the lean reader is bounded by what the file holds, never by what it declares', () => {
  it('skips 100 000 nested elements without recursion', async () => {
    const depth = 100_000;
    const nested = `<extLst>${'<x>'.repeat(depth)}${'</x>'.repeat(depth)}</extLst>`;
    const grids = await readGrids(handmadeXlsx(sheet(data('<row r="1"><c r="A1"><v>1</v></c></row>') + nested)));
    expect(grids).toEqual([{ name: 'Saisie', rows: [[1]], formulas: [] }]);
  });

  it('applies a merge over the whole sheet by the cells present, guards lifted (ExcelJS would expand 17 billion cells)', async () => {
    const bytes = handmadeXlsx(sheet(data('<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="1048576"><c r="XFD1048576"><v>3</v></c></row>') + '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'));
    const started = performance.now();
    const grids = await readGrids(bytes, { maxRangeCells: Number.POSITIVE_INFINITY, maxMerges: Number.POSITIVE_INFINITY });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(grids[0]!.rows[0]).toEqual([1]);
    expect(grids[0]!.rows.length).toBe(1);
  });

  it.each([
    ['a DOCTYPE in the styles', (xml: string) => xml.replace('<styleSheet', '<!DOCTYPE styleSheet [<!ENTITY a "b">]><styleSheet'), 'doctype'],
    ['an entity the tokenizer does not know', (xml: string) => xml.replace('<fonts', '<fonts x="&b;"'), 'entity'],
  ])('refuses %s', async (_name, edit, reason) => {
    const bytes = handmadeXlsx({ ...sheet(data('<row r="1"><c r="A1" s="1"><v>1</v></c></row>')), styles: [14], edit: { 'xl/styles.xml': edit } });
    await expect(readGrids(bytes)).rejects.toMatchObject({ code: 'corrupt', params: { reason } });
  });
});
