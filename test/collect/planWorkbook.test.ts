/** The plan sheets as a spec: written to .xlsx and read back, they give the same plan. */
import ExcelJS from 'exceljs';
import { buildPlanWorkbook } from '../../src/collect';
import { defaultPlan, formationKinds, indicatorTypes, respondentKinds } from '../../src/plan';
import { gridsToPlan } from '../../src/plan/sheets';
import { readGrids } from '../../src/xlsx/readGrids';
import { renderSpec } from '../../src/xlsx/renderSpec';

it('round-trips the default plan through the adviser’s plan workbook', async () => {
  const plan = defaultPlan();
  const spec = buildPlanWorkbook(plan, '2026-11-29T10:00:00.000Z');
  expect(spec.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Plan', 'Fiches', 'Actions', 'Indicateurs', 'Listes', 'Règles', 'Communes']));
  for (const sheet of spec.sheets.filter((s) => s.name !== 'Plan')) {
    expect(sheet.freeze).toEqual({ rows: 1, columns: 0 });
    expect(sheet.rows[0]?.every((c) => c?.style === 'header')).toBe(true);
  }
  const result = gridsToPlan(await readGrids(await renderSpec(spec)));
  expect(result.ok && result.plan).toEqual(plan);
});

describe('the drop-down lists of the plan workbook, as Excel reads them', () => {
  const plan = defaultPlan();
  let sheet: ExcelJS.Worksheet;
  let header: string[];
  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderSpec(buildPlanWorkbook(plan, '2026-11-29T10:00:00.000Z'))) as unknown as ArrayBuffer);
    sheet = workbook.getWorksheet('Indicateurs')!;
    header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  });

  it.each([
    ['Formation du chiffre', formationKinds],
    ['Source qui fait foi', respondentKinds],
    ['Parts calculées', ['oui', 'non']],
    ['Type', indicatorTypes],
  ])('« %s » offers its codes on every indicator row and on the rows an adviser adds', (title, codes) => {
    const column = header.indexOf(title) + 1;
    expect(column).toBeGreaterThan(0);
    const last = sheet.actualRowCount;
    for (const row of [2, last, last + 10]) {
      const validation = sheet.getCell(row, column).dataValidation;
      expect({ row, type: validation?.type, list: validation?.formulae?.[0] }).toEqual({ row, type: 'list', list: `"${codes.join(',')}"` });
    }
  });
});
