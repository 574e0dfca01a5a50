/**
 * Issue 12, « One small file takes everything down » (sparse part): a return is read only as far
 * as the plan's template reaches — its largest sheet and a margin, its count of sheets and a
 * margin — and what lies beyond is said, never padded to, never a reason to stop the batch.
 */
import { defaultReach } from '../../src/xlsx/readGrids';
import { templateReach } from '../../src/returns/reach';
import { editParts, sheetPart } from '../xlsx/rezip';
import { alter, filledReturn, plan, validate, valuesOf } from './support';

const reach = templateReach(plan);

describe('the reach follows from the plan’s template, not from the file', () => {
  it('covers every sheet, row and column of every respondent’s workbook, with a margin, and stays far below Excel’s grid', () => {
    expect(reach.rows).toBeGreaterThanOrEqual(2 * 200);
    expect(reach.columns).toBeGreaterThan(26);
    expect(reach.sheets).toBeGreaterThan(8);
    expect(reach.rows * reach.columns).toBeLessThan(defaultReach.rows * defaultReach.columns);
  });
});

describe('cells past the reach: counted, said, the rest read as before', () => {
  it.each([
    ['one cell at XFD1048576', (rows: string) => rows.replace('</sheetData>', '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>'), 1, 'XFD1048576'],
    ['column XFD on 20 000 rows', (rows: string) => rows.replace('</sheetData>', `${Array.from({ length: 20_000 }, (_, i) => `<row r="${2000 + i}"><c r="XFD${2000 + i}"><v>${i}</v></c></row>`).join('')}</sheetData>`), 20_000, 'XFD2000'],
  ] as const)('%s in a fiche sheet', async (_name, edit, cells, first) => {
    const generated = await filledReturn('epci');
    const sheet = generated.inputs[0]!.sheet;
    const bytes = editParts(generated.bytes, { [sheetPart(generated.bytes, sheet)]: edit });
    const [original, result] = [await validate(plan, generated.fileName, generated.bytes), await validate(plan, generated.fileName, bytes)];
    expect(result.findings).toEqual([expect.objectContaining({ code: 'cells_beyond_template', severity: 'warning', sheet, params: expect.objectContaining({ cells, first, rows: reach.rows }) })]);
    expect(valuesOf(result)).toEqual(valuesOf(original));
  });

  it('a _ctg manifest of 100 000 rows: read up to the reach, the return still recognised', async () => {
    const generated = await filledReturn('epci');
    const extra = Array.from({ length: 100_000 }, (_, i) => `<row r="${1000 + i}"><c r="A${1000 + i}" t="inlineStr"><is><t>x${i}</t></is></c></row>`).join('');
    const bytes = editParts(generated.bytes, { [sheetPart(generated.bytes, '_ctg')]: (xml) => xml.replace('</sheetData>', `${extra}</sheetData>`) });
    const result = await validate(plan, generated.fileName, bytes);
    expect(result.respondent).toEqual({ code: generated.respondent.code, name: generated.respondent.name });
    expect(result.findings.map((f) => [f.code, f.sheet])).toContainEqual(['cells_beyond_template', '_ctg']);
  });

  it('30 sheets added: those past the reach’s count are named and not read', async () => {
    const generated = await filledReturn('epci');
    const bytes = await alter(generated, (w) => {
      for (let i = 1; i <= 30; i++) w.addWorksheet(`Ajout ${i}`).getCell('A1').value = i;
    });
    const result = await validate(plan, generated.fileName, bytes);
    const total = new Set(generated.inputs.map((c) => c.sheet)).size + 30;
    const notRead = result.findings.filter((f) => f.code === 'sheet_not_read');
    expect(notRead.length).toBeGreaterThan(0);
    expect(notRead.map((f) => f.sheet)).toEqual(Array.from({ length: notRead.length }, (_, i) => `Ajout ${30 - notRead.length + i + 1}`));
    expect(total).toBeGreaterThan(reach.sheets);
    expect(valuesOf(result)).toEqual(valuesOf(await validate(plan, generated.fileName, generated.bytes)));
  });
});
