/**
 * Annexe 2 consolidated: holders' returns, generated and filled as in validation.test.ts, read back
 * and consolidated into FollowUp.facilities and the « Suivi de l'Annexe 2 » tab — the changes since
 * the signature coloured, and the summary line that says whether article 5's commitment holds.
 */
import { consolidationReport, returnInputs } from '../../src/app/consolidate';
import { facilitySummary, type FacilitySummary } from '../../src/consolidate/facilitySummary';
import type { FacilityReport } from '../../src/consolidate/followUp';
import { facilityReportWords } from '../../src/i18n/facilityReportWords';
import { facilitiesHeldBy } from '../../src/plan/facilityHolder';
import { facilityRowStyle } from '../../src/report/facilityFollowUpSheet';
import { added, answered, bytesOf, facilityIndex, listed, plan, tabOf, validate } from './support';

const asOf = '2026-01-31';
const maisonnee = facilityIndex('La Maisonnée');
const canaillous = facilityIndex('Les Canaillous');
const fruits = facilityIndex('Les Fruits de la Passion');

/** The EPCI (a capacity changed in 2023, a new facility in 2025) and Les Mées (a crèche closed in 2024), consolidated. */
async function campaign(extra: Array<{ code: string; fill: (tab: ReturnType<typeof tabOf>) => void; fileDate: string }> = []) {
  const scripted = [
    {
      code: 'epci',
      fileDate: '2026-01-10T10:00:00.000Z',
      fill: (tab: ReturnType<typeof tabOf>) => {
        tab.cell(listed(canaillous, '2023'), 'status').value = 'Modifié';
        tab.cell(listed(canaillous, '2023'), 'change').value = '24 places au lieu de 20';
        tab.cell(added(1), 'name').value = 'Micro-crèche Les Lutins';
        tab.cell(added(1), 'commune').value = 'Malijai';
        tab.cell(added(1), 'period').value = 'Année 2025';
        tab.cell(added(1), 'status').value = 'Ouvert';
        tab.cell(added(1), 'supported').value = 'Oui';
      },
    },
    {
      code: '04116',
      fileDate: '2026-01-11T10:00:00.000Z',
      fill: (tab: ReturnType<typeof tabOf>) => {
        for (const period of ['2024', '2025']) {
          tab.cell(listed(fruits, period), 'status').value = 'Fermé';
          tab.cell(listed(fruits, period), 'supported').value = 'Non';
        }
      },
    },
    ...extra,
  ];
  const files: Array<{ fileName: string; fileDate: string; bytes: Uint8Array }> = [];
  const results: Awaited<ReturnType<typeof validate>>[] = [];
  for (const s of scripted) {
    const { workbook, fileName } = await answered(s.code);
    s.fill(tabOf(workbook));
    const name = fileName.replace('.xlsx', `_${files.length}.xlsx`);
    const bytes = await bytesOf(workbook);
    files.push({ fileName: name, fileDate: s.fileDate, bytes });
    results.push(await validate(name, bytes, asOf));
  }
  return consolidationReport(plan, returnInputs(files, results, '2026-02-01T10:00:00.000Z'), { now: '2026-02-01T10:00:00.000Z', asOf });
}

const words = facilityReportWords.fr;

describe('Annexe 2 consolidated', () => {
  let report: Awaited<ReturnType<typeof campaign>>;
  beforeAll(async () => {
    report = await campaign();
  }, 120_000);

  const reportOf = (facility: number | null, period: string) => report.consolidation.followUp.facilities.find((r) => r.facility === facility && r.period === period);

  it.each([
    ['a facility open and supported, from the EPCI', maisonnee, '2024', { status: 'ouvert', supported: true, respondent: '200067437' }],
    ['a capacity changed, from the EPCI', canaillous, '2023', { status: 'modifie', change: '24 places au lieu de 20', respondent: '200067437' }],
    ['a crèche closed, from Les Mées', fruits, '2024', { status: 'ferme', supported: false, respondent: '04116' }],
    ['the facility the EPCI added', null, '2025', { name: 'Micro-crèche Les Lutins', commune: '04108', status: 'ouvert', respondent: '200067437' }],
  ] as const)('%s', (_what, facility, period, expected) => {
    expect(reportOf(facility, period)).toMatchObject(expected);
  });

  it('says how many of the 64 are still open and supported, and what changed since the signature', () => {
    const sheet = report.spec.sheets.find((s) => s.name === words.sheet)!;
    const summary = facilitySummary(plan, report.consolidation.followUp.facilities);
    // The EPCI and Les Mées answered for theirs; one of them closed, the others hold.
    const answeredFor = facilitiesHeldBy(plan, '200067437').length + facilitiesHeldBy(plan, '04116').length;
    expect(summary).toMatchObject({ listed: 64, held: answeredFor - 1, unanswered: 64 - answeredFor, closed: 1, changed: 1, added: 1 });
    expect(sheet.rows[1]?.[0]?.value).toContain(words.held(answeredFor - 1, 64));
    expect(sheet.rows[2]?.[0]?.value).toBe(words.since(1, 1, 1));
  });

  it.each([
    ['La Maisonnée', 'unchanged'],
    ['Les Canaillous', 'changed'],
    ['Les Fruits de la Passion', 'closed'],
    ['Micro-crèche Les Lutins', 'added'],
    ['Extrascolaire les Aiglons - IFAC', 'none'],
  ] as const)('colours the row of %s as %s', (name, change) => {
    const sheet = report.spec.sheets.find((s) => s.name === words.sheet)!;
    const row = sheet.rows.find((r) => r?.[1]?.value === name)!;
    expect(row[1]?.style).toBe(facilityRowStyle[change]);
  });

  it('takes the newest return of a respondent for a facility and a year', async () => {
    const corrected = await campaign([
      {
        code: 'epci',
        fileDate: '2026-01-20T10:00:00.000Z',
        fill: (tab) => {
          tab.cell(listed(maisonnee, '2024'), 'status').value = 'Fermé';
          tab.cell(listed(maisonnee, '2024'), 'supported').value = 'Non';
        },
      },
    ]);
    const reports = corrected.consolidation.followUp.facilities.filter((r) => r.facility === maisonnee && r.period === '2024');
    expect(reports.map((r) => r.status)).toEqual(['ferme']);
  }, 120_000);
});

describe('the summary of article 5’s commitment', () => {
  const r = (facility: number | null, period: string, status: FacilityReport['status'], supported?: boolean, name = `F${facility}`): FacilityReport => ({
    facility,
    name,
    commune: null,
    period,
    respondent: 'x',
    ...(status !== undefined ? { status } : {}),
    ...(supported !== undefined ? { supported } : {}),
    supportedBy: '',
    change: '',
  });
  it.each<[string, FacilityReport[], Partial<FacilitySummary>]>([
    ['nothing answered', [], { held: 0, unanswered: 64, closed: 0, changed: 0, added: 0 }],
    ['open and supported', [r(0, '2022', 'ouvert', true), r(1, '2022', 'ouvert', true)], { held: 2, unanswered: 62 }],
    ['the latest year decides: closed in 2024', [r(0, '2023', 'ouvert', true), r(0, '2024', 'ferme', false)], { held: 0, closed: 1 }],
    ['reopened after a change', [r(0, '2023', 'modifie', true), r(0, '2024', 'ouvert', true)], { held: 1, changed: 1 }],
    ['open but no longer supported', [r(0, '2024', 'ouvert', false)], { held: 0, changed: 1 }],
    ['open, support not said', [r(0, '2024', 'ouvert')], { held: 0, changed: 0, unanswered: 63 }],
    ['a new facility counted once over two years', [r(null, '2024', 'ouvert', true, 'Les Lutins'), r(null, '2025', 'ouvert', true, 'les lutins')], { held: 0, added: 1 }],
  ])('%s', (_what, reports, expected) => {
    expect(facilitySummary(plan, reports)).toMatchObject({ listed: 64, ...expected });
  });
});
