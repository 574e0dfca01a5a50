/**
 * Annexe 2's answers are not values (« Données » does not hold them): the campaign ledger carries
 * them, so that a continued campaign keeps every answer no newer return replaces. Real « Annexe 2 »
 * tabs (filled as test/annexe2 does), a first consolidation rendered and read back, then continued
 * with one more return; what it gives is checked against the facts scripted in the tabs and against
 * the same returns consolidated at once.
 */
import { consolidationReport, returnInputs } from '../../src/app/consolidate';
import type { FacilityReport } from '../../src/consolidate/followUp';
import { readConsolidation } from '../../src/consolidate/readConsolidation';
import { facilityReportWords } from '../../src/i18n/facilityReportWords';
import { facilitiesHeldBy } from '../../src/plan/facilityHolder';
import type { ReturnResult } from '../../src/returns';
import { nodeInflate } from '../../src/xlsx/inflateNode';
import { readGrids } from '../../src/xlsx/readGrids';
import { renderSpec } from '../../src/xlsx/renderSpec';
import { added, answered, bytesOf, facilityIndex, listed, plan, tabOf, validate, type Tab } from '../annexe2/support';

const asOf = '2026-01-31';
const epci = '200067437';
const mees = '04116';
const maisonnee = facilityIndex('La Maisonnée');
const canaillous = facilityIndex('Les Canaillous');
const fruits = facilityIndex('Les Fruits de la Passion');

type Scripted = { code: string; fileDate: string; fill: (tab: Tab) => void };
type Taken = { fileName: string; fileDate: string; result: ReturnResult };

const firstRound: Scripted[] = [
  {
    code: 'epci',
    fileDate: '2026-01-10T10:00:00.000Z',
    fill: (tab) => {
      tab.cell(listed(canaillous, '2023'), 'status').value = 'Modifié';
      tab.cell(listed(canaillous, '2023'), 'change').value = '24 places au lieu de 20';
      tab.cell(added(1), 'name').value = 'Micro-crèche Les Lutins';
      tab.cell(added(1), 'commune').value = 'Malijai';
      tab.cell(added(1), 'period').value = 'Année 2025';
      tab.cell(added(1), 'status').value = 'Ouvert';
    },
  },
  {
    code: mees,
    fileDate: '2026-01-11T10:00:00.000Z',
    fill: (tab) => {
      tab.cell(listed(fruits, '2024'), 'status').value = 'Fermé';
      tab.cell(listed(fruits, '2024'), 'supported').value = 'Non';
    },
  },
];

/** Each return as its holder filled it, read by the real path (file name as generated: a correction keeps it). */
async function take(scripted: readonly Scripted[]): Promise<Taken[]> {
  const taken: Taken[] = [];
  for (const s of scripted) {
    const { workbook, fileName } = await answered(s.code);
    s.fill(tabOf(workbook));
    taken.push({ fileName, fileDate: s.fileDate, result: await validate(fileName, await bytesOf(workbook), asOf) });
  }
  return taken;
}

function consolidated(taken: readonly Taken[], now: string, earlier?: ReturnType<typeof readConsolidation>) {
  if (earlier !== undefined && !earlier.ok) throw new Error(JSON.stringify(earlier.issue));
  const inputs = returnInputs(taken, taken.map((t) => t.result), now);
  return consolidationReport(plan, inputs, { now, asOf, ...(earlier?.ok ? { earlier: earlier.earlier } : {}) });
}

const firstNow = '2026-02-01T10:00:00.000Z';
const laterNow = '2026-02-15T10:00:00.000Z';
const of = (reports: readonly FacilityReport[], respondent: string) => reports.filter((r) => r.respondent === respondent);
const find = (reports: readonly FacilityReport[], respondent: string, facility: number | null, period: string) => reports.filter((r) => r.respondent === respondent && r.facility === facility && r.period === period);
const followUpSheet = (spec: ReturnType<typeof consolidated>['spec']) => spec.sheets.find((s) => s.name === facilityReportWords.fr.sheet);

let first: Taken[];
let round1: ReturnType<typeof consolidated>;
let read1: ReturnType<typeof readConsolidation>;
beforeAll(async () => {
  first = await take(firstRound);
  round1 = consolidated(first, firstNow);
  read1 = readConsolidation(plan, await readGrids(await renderSpec(round1.spec), { inflate: nodeInflate }));
}, 120_000);

it('the first round has answers of both holders to carry', () => {
  expect(of(round1.consolidation.followUp.facilities, epci).length).toBeGreaterThan(facilitiesHeldBy(plan, epci).length);
  expect(find(round1.consolidation.followUp.facilities, mees, fruits, '2024')).toMatchObject([{ status: 'ferme', supported: false }]);
});

it('continued with no new return, gives the same « Suivi de l’Annexe 2 »', () => {
  const again = consolidated([], laterNow, read1);
  expect(again.consolidation.followUp.facilities).toEqual(round1.consolidation.followUp.facilities);
  expect(followUpSheet(again.spec)).toEqual(followUpSheet(round1.spec));
});

describe.each<[string, Scripted, (reports: readonly FacilityReport[], before: readonly FacilityReport[]) => void]>([
  [
    'a new return of another holder keeps the earlier answers',
    { code: '04049', fileDate: '2026-02-10T10:00:00.000Z', fill: () => undefined },
    (reports, before) => {
      for (const code of [epci, mees]) expect(of(reports, code)).toEqual(of(before, code));
      expect(of(reports, '04049').length).toBeGreaterThan(0);
    },
  ],
  [
    'a corrected return of the EPCI replaces its answers, Les Mées’ stay',
    {
      code: 'epci',
      fileDate: '2026-02-10T10:00:00.000Z',
      fill: (tab) => {
        tab.cell(listed(maisonnee, '2024'), 'status').value = 'Fermé';
        tab.cell(listed(maisonnee, '2024'), 'supported').value = 'Non';
      },
    },
    (reports, before) => {
      expect(find(reports, epci, maisonnee, '2024')).toMatchObject([{ status: 'ferme', supported: false, source: { version: 2 } }]);
      // The correction answers « Ouvert » where the first return said « Modifié ».
      expect(find(reports, epci, canaillous, '2023')).toMatchObject([{ status: 'ouvert', change: '', source: { version: 2 } }]);
      // The facility the first return added is not in the correction: its answer stands.
      expect(find(reports, epci, null, '2025')).toMatchObject([{ name: 'Micro-crèche Les Lutins', source: { version: 1 } }]);
      expect(of(reports, mees)).toEqual(of(before, mees));
    },
  ],
])('%s', (_what, next, expectations) => {
  let continued: ReturnType<typeof consolidated>;
  let atOnce: ReturnType<typeof consolidated>;
  beforeAll(async () => {
    const taken = await take([next]);
    continued = consolidated(taken, laterNow, read1);
    atOnce = consolidated([...first, ...taken], laterNow);
  }, 120_000);

  it('in the follow-up', () => {
    expectations(continued.consolidation.followUp.facilities, round1.consolidation.followUp.facilities);
  });

  it('as if every return had been consolidated at once', () => {
    expect(continued.consolidation.followUp.facilities).toEqual(atOnce.consolidation.followUp.facilities);
    expect(followUpSheet(continued.spec)).toEqual(followUpSheet(atOnce.spec));
  });
});
