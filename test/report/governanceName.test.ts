/**
 * The derived governance fiche keeps the number « 0 » inside (plan/governance.ts), but the
 * consolidation a COPIL reads names it « Gouvernance » (« Governance »), never « FA 0 » nor a fiche
 * « 0 ». Read back from the written workbook of the demo's campaign, in both languages: as it runs
 * (the co-pilots answered: the governance in « Données » and the « Synthèse ») and without the
 * EPCI's return (the governance also to chase in « Relances »).
 */
import { returnInputs } from '../../src/app/consolidate';
import { demoReturns } from '../../src/cli/commands/demo';
import { defaultRespondentSelection, selectRespondents } from '../../src/collect';
import { consolidate } from '../../src/consolidate';
import type { Lang } from '../../src/i18n/lang';
import { reportWords } from '../../src/i18n/reportWords';
import { defaultPlan } from '../../src/plan';
import { buildConsolidationWorkbook } from '../../src/report';
import type { Grid } from '../../src/workbook/grid';
import { readGrids } from '../../src/xlsx/readGrids';
import { renderSpec } from '../../src/xlsx/renderSpec';
import { checkFiles } from '../support/checkFiles';
import { readWithin } from '../support/readWithin';

const plan = defaultPlan();
const now = '2026-02-01T10:00:00.000Z';
const epci = plan.parties.find((p) => p.kind === 'epci')!.code;
type Campaign = 'whole' | 'withoutEpci';
type Read = { grids: Grid[]; lang: Lang };
const read = new Map<string, Read>();
// The consolidation is ours and large (« Données » holds every value): read it whole.
const wholeWorkbook = { rows: 20_000, columns: 60, sheets: 40 };

beforeAll(async () => {
  const selection = selectRespondents(plan, defaultRespondentSelection);
  if (!selection.ok) throw new Error('selection');
  const made = await demoReturns(plan, selection.respondents, renderSpec);
  const files = made.map((r) => ({ fileName: r.name, fileDate: r.scenario.fileDate, bytes: r.bytes, respondent: r.respondent.code }));
  const results = (await checkFiles(plan, files, readWithin, { now, asOf: '2026-02-01' })).map((c) => c.result);
  const expected = selection.respondents.map((r) => r.code);
  const campaigns: Record<Campaign, number[]> = {
    whole: files.map((_, i) => i),
    withoutEpci: files.flatMap((f, i) => (f.respondent === epci ? [] : [i])),
  };
  for (const [campaign, kept] of Object.entries(campaigns)) {
    const consolidation = consolidate(plan, returnInputs(kept.map((i) => files[i]!), kept.map((i) => results[i]!), now), { now, asOf: '2026-02-01', expected });
    for (const lang of ['fr', 'en'] as const) {
      const bytes = await renderSpec(buildConsolidationWorkbook(plan, consolidation, { lang }));
      read.set(`${campaign}/${lang}`, { grids: (await readGrids(bytes, { reach: wholeWorkbook })).filter((g) => !g.name.startsWith('_')), lang });
    }
  }
}, 240_000);

const cases = (['whole', 'withoutEpci'] as const).flatMap((campaign) => (['fr', 'en'] as const).map((lang) => [campaign, lang] as const));
const of = (campaign: Campaign, lang: Lang) => read.get(`${campaign}/${lang}`)!;
const texts = (grid: Grid) => grid.rows.flatMap((row, r) => row.flatMap((v, c) => (typeof v === 'string' ? [{ v, at: `${grid.name}!R${r + 1}C${c + 1}` }] : [])));
/** Every cell under a « fiche » header, by tab. */
function ficheColumns(grids: readonly Grid[]): Map<string, string[]> {
  const columns = new Map<string, string[]>();
  for (const grid of grids) {
    grid.rows.forEach((row, r) =>
      row.forEach((header, c) => {
        if (header !== 'fiche') return;
        columns.set(grid.name, grid.rows.slice(r + 1).flatMap((below) => (below[c] !== null && below[c] !== undefined ? [String(below[c])] : [])));
      }),
    );
  }
  return columns;
}

describe.each(cases)('the consolidation of %s campaign, in %s', (campaign, lang) => {
  const governance = reportWords[lang].governanceFiche;

  it('shows « FA 0 » in no tab', () => {
    const { grids } = of(campaign, lang);
    expect(grids.length).toBeGreaterThan(10);
    expect(grids.flatMap(texts).filter(({ v }) => /\bFA 0\b/.test(v))).toEqual([]);
  });

  it('has no fiche « 0 » in any « fiche » column', () => {
    const columns = ficheColumns(of(campaign, lang).grids);
    expect([...columns.keys()]).toEqual(expect.arrayContaining([reportWords[lang].sheets.data, reportWords[lang].sheets.findings]));
    for (const [tab, cells] of columns) expect({ tab, zeros: cells.filter((v) => v.trim() === '0') }).toEqual({ tab, zeros: [] });
  });

  it.each([
    ['data', true],
    ['outstanding', campaign === 'withoutEpci'],
  ] as const)('tab %s: the governance named in its fiche column: %s', (sheet, shown) => {
    const cells = ficheColumns(of(campaign, lang).grids).get(reportWords[lang].sheets[sheet]) ?? [];
    expect(cells.includes(governance)).toBe(shown);
  });

  it('heads the governance column of the completeness matrix by its name', () => {
    const summary = of(campaign, lang).grids.find((g) => g.name === reportWords[lang].sheets.summary)!;
    const header = summary.rows.find((row) => row.includes('FA 1.1'))!;
    expect(header).toContain(governance);
  });
});
