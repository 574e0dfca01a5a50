/**
 * Regeneration after a plan amendment: fill a workbook, amend the plan (add an indicator, remove
 * one, add a breakdown member, change a breakdown), regenerate; the carried values are identical
 * and everything else is listed with its reason.
 */
import ExcelJS from 'exceljs';
import { buildCollectionWorkbook, carryOver, previousEntries, respondentsOf } from '../../src/collect';
import { defaultPlanInput, parsePlan, type Plan, type PlanInput } from '../../src/plan';
import { readGrids } from '../../src/xlsx/readGrids';
import { renderSpec } from '../../src/xlsx/renderSpec';

const now = '2026-11-29T10:00:00.000Z';

function planFrom(edit: (p: PlanInput & Record<string, any>) => void): Plan { // eslint-disable-line @typescript-eslint/no-explicit-any
  const input = structuredClone(defaultPlanInput) as PlanInput & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  edit(input);
  const result = parsePlan(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.plan;
}

const before = planFrom(() => undefined);
const epci = respondentsOf(before).find((r) => r.kind === 'epci')!;

/** Values typed by the EPCI in version 1.0.0 of its workbook. */
const typed: Array<[code: string, period: string, member: string, value: string | number]> = [
  ['3.2.a1.places_creees', '2024', 'eaje', 12],
  ['3.2.a1.places_creees', '2024', 'mam', 4],
  ['3.2.a1.reunions_collectives', '2023', '', 5],
  ['3.1.a2.ambassadeurs', '2024', '', 3],
  ['4.1.reunions', '2025', 'seyne', 7],
  ['3.1.a1.charte_animation_date', '2024', '', '2024-05-14'],
  ['6.1.reunions_partenariales', '2022', '', 9],
];

async function filledWorkbookGrids() {
  const { spec, inputs } = buildCollectionWorkbook(before, epci, { now });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await renderSpec(spec)) as unknown as ArrayBuffer);
  for (const [code, period, member, value] of typed) {
    const input = inputs.find((c) => c.code === code && c.period === period && c.member === member)!;
    workbook.getWorksheet(input.sheet)!.getCell(input.cell).value = typeof value === 'string' ? new Date(`${value}T00:00:00Z`) : value;
  }
  const comment = inputs.find((c) => c.code === '3.1.a2.ambassadeurs' && c.type === 'comment')!;
  workbook.getWorksheet(comment.sheet)!.getCell(comment.cell).value = 'Deux collèges, un lycée';
  return readGrids(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

it('carries values and comments by code and lists what it cannot carry', async () => {
  const previous = previousEntries(await filledWorkbookGrids());
  if (!previous.ok) throw new Error(previous.reason);
  expect(previous.entries).toHaveLength(typed.length + 1);

  const after = planFrom((p) => {
    p.version = '1.1.0';
    const fiche31 = p.fiches.find((f) => f.number === '3.1')!;
    const action2 = fiche31.actions!.find((a) => a.number === 2)!;
    // Removed: « Nombre d'ambassadeurs ».
    action2.indicators = action2.indicators!.filter((i) => i.code !== '3.1.a2.ambassadeurs');
    p.rules = p.rules!.filter((r) => !r.left.includes('3.1.a2.ambassadeurs'));
    // Added: a new indicator in the same action.
    action2.indicators.push({ ...structuredClone(action2.indicators[0]!), code: '3.1.a2.etablissements_visites', label: 'Nombre d’établissements visités' });
    // A breakdown member added to « type d'accueil ».
    p.lists!.find((l) => l.id === 'type_accueil')!.options.push({ code: 'micro-creche', label: 'Micro-crèche' });
    // A breakdown changed: meetings are now counted per territory.
    const fiche32 = p.fiches.find((f) => f.number === '3.2')!;
    fiche32.actions![0]!.indicators!.find((i) => i.code === '3.2.a1.reunions_collectives')!.breakdown = ['territoire'];
    // A period dropped for partner meetings.
    p.fiches.find((f) => f.number === '6.1')!.indicators!.find((i) => i.code === '6.1.reunions_partenariales')!.periods = ['2023', '2024', '2025'];
  });
  const target = buildCollectionWorkbook(after, epci, { now });
  const result = carryOver(after, epci, target, previous.entries);

  expect(result.carried).toBe(4);
  expect(result.notCarried.map((n) => [n.code, n.period, n.member, n.kind, n.value, n.reason]).sort()).toEqual(
    [
      ['3.1.a2.ambassadeurs', '', '', 'comment', 'Deux collèges, un lycée', 'indicator_removed'],
      ['3.1.a2.ambassadeurs', '2024', '', 'value', 3, 'indicator_removed'],
      ['3.2.a1.reunions_collectives', '2023', '', 'value', 5, 'member_removed'],
      ['6.1.reunions_partenariales', '2022', '', 'value', 9, 'period_removed'],
    ].sort(),
  );
  // Carried values read back identical from the regenerated file.
  const regenerated = previousEntries(await readGrids(await renderSpec(result.workbook.spec)));
  if (!regenerated.ok) throw new Error(regenerated.reason);
  const carriedBack = regenerated.entries.map((e) => [e.code, e.period, e.member, e.value]);
  expect(carriedBack.sort()).toEqual(
    [
      ['3.2.a1.places_creees', '2024', 'eaje', 12],
      ['3.2.a1.places_creees', '2024', 'mam', 4],
      ['4.1.reunions', '2025', 'seyne', 7],
      // Dates are written as Excel serials with a date format: read back as the same day.
      ['3.1.a1.charte_animation_date', '2024', '', '2024-05-14'],
    ].sort(),
  );
  expect(regenerated.entries.some((e) => e.member === 'micro-creche')).toBe(false);
  expect(target.inputs.some((c) => c.member === 'micro-creche')).toBe(true);
});
