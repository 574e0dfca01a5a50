/** The plan sheets as a spec: written to .xlsx and read back, they give the same plan. */
import { buildPlanWorkbook } from '../../src/collect';
import { defaultPlan } from '../../src/plan';
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
