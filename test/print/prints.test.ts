/**
 * Every workbook we write prints well (issue 15): each one — the collection workbook of each kind
 * of respondent, the annotated copy, the consolidation, the adviser's plan workbook — is rendered
 * to PDF by LibreOffice once, and both the .xlsx and the PDF are checked: A4, every visible sheet
 * fit to one page width, the header row repeated where a sheet spans pages, a page count within
 * the budget stated below, no « ### », and no header or indicator code cut (each header reads
 * whole in the printed text, each code cell prints whole).
 */
import { annotatedFileName, validateGrids } from '../../src/app/validate';
import { consolidationReport, returnInputs } from '../../src/app/consolidate';
import { checkFiles } from '../support/checkFiles';
import { demoReturns } from '../../src/cli/commands/demo';
import { buildCollectionWorkbook, buildPlanWorkbook, respondentsOf, selectRespondents, type Respondent } from '../../src/collect';
import { defaultPlan } from '../../src/plan';
import { indicatorSites } from '../../src/plan/walk';
import type { Grid } from '../../src/workbook/grid';
import type { WorkbookSpec } from '../../src/workbook/spec';
import { readGrids } from '../../src/xlsx';
import { annotateReturn } from '../../src/xlsx/annotate';
import { wholeSheetReach } from '../support/wholeSheetReach';
import { renderSpec } from '../../src/xlsx/renderSpec';
import { printAll, type Printed } from './support/printed';

const plan = defaultPlan();
const now = '2026-02-01T10:00:00.000Z';
const asOf = '2026-02-01';
const respondents = respondentsOf(plan);
const byCode = (code: string) => respondents.find((r) => r.code === code)!;

/**
 * Pages per sheet at most, by workbook and tab (a RegExp on the tab's name); `*` for the others.
 * What an adviser or a commune would accept to print: a fiche of the collection workbook on one
 * or two pages, a consolidation fiche tab on a few.
 */
type Budget = Array<[RegExp, number]>;
const budgets: Record<string, Budget> = {
  // The instructions on one page; a fiche on one or two (the EPCI's 0-3 ans fiche takes two).
  // « Annexe 2 »: the EPCI answers for 16 facilities over 4 years (64 rows and the new ones) on four pages.
  collection: [[/^Lisez-moi$/, 1], [/^Annexe 2$/, 4], [/./, 2]],
  // A return with a few findings: its « Contrôles » on one or two pages.
  annotated: [[/^Contrôles/, 2], [/^Lisez-moi$/, 1], [/^Annexe 2$/, 2], [/./, 2]],
  // The demo's 11 returns: the synthesis on two pages at most, a fiche tab on four (its detail by respondent).
  // « Données » also lists every follow-up answer (states, accounts, comités): 12 pages.
  // The follow-up: each pilot's account of each action year by year on a few pages, the écarts and
  // the comités on two.
  consolidation: [
    [/^Synthèse$/, 2], [/^FA /, 4], [/^Données$/, 12], [/^Anomalies$/, 2], [/^Historique$/, 2], [/^Relances$/, 2],
    [/^Suivi des actions$/, 5], [/^Écarts$/, 2], [/^Gouvernance$/, 2], [/^Suivi de l’Annexe 2$/, 4],
  ],
  // 46 communes and 64 facilities on two pages each, every other plan sheet on one.
  plan: [[/^(Communes|Équipements)$/, 2], [/./, 1]],
};

type Workbook = { stem: string; kind: keyof typeof budgets; bytes: Uint8Array; spec?: WorkbookSpec };
const workbooks: Workbook[] = [];
const printed = new Map<string, Printed>();
const grids = new Map<string, Grid[]>();

const collectionOf = async (stem: string, respondent: Respondent): Promise<Workbook> => {
  const { spec } = buildCollectionWorkbook(plan, respondent, { now, deadline: '2026-01-31' });
  return { stem, kind: 'collection', spec, bytes: await renderSpec(spec) };
};

beforeAll(async () => {
  workbooks.push(
    await collectionOf('collecte-caf', respondents.find((r) => r.kind === 'caf')!),
    await collectionOf('collecte-epci', respondents.find((r) => r.kind === 'epci')!),
    await collectionOf('collecte-commune-petite-enfance', byCode('04116')),
    await collectionOf('collecte-commune', byCode('04001')),
    await collectionOf('collecte-partenaire', respondents.find((r) => r.kind === 'partner')!),
  );
  const planSpec = buildPlanWorkbook(plan, now);
  workbooks.push({ stem: 'plan', kind: 'plan', spec: planSpec, bytes: await renderSpec(planSpec) });

  const selection = selectRespondents(plan, { kind: 'signatories' });
  if (!selection.ok) throw new Error('signatories');
  const returns = await demoReturns(plan, selection.respondents, renderSpec);
  const files = returns.map((r) => ({ fileName: r.name, fileDate: r.scenario.fileDate, bytes: r.bytes }));
  const results = (await checkFiles(plan, files, (bytes, reach) => readGrids(bytes, reach !== undefined ? { reach } : {}), { now, asOf })).map((c) => c.result);
  // The annotated copy with the most findings of the demo: Les Mées, a warning on two cells and an information.
  const mees = returns.findIndex((r) => r.respondent.code === '04116');
  const meesGrids = await readGrids(returns[mees]!.bytes);
  const findings = validateGrids(plan, returns[mees]!.name, meesGrids, { asOf }).findings;
  expect(findings.length).toBeGreaterThan(0);
  workbooks.push({ stem: 'annotee', kind: 'annotated', bytes: await annotateReturn(returns[mees]!.bytes, findings, { fileName: annotatedFileName(returns[mees]!.name) }) });
  const { spec } = consolidationReport(plan, returnInputs(files, results, now), { now, asOf });
  workbooks.push({ stem: 'consolidation', kind: 'consolidation', spec, bytes: await renderSpec(spec) });

  for (const [stem, result] of await printAll(new Map(workbooks.map((w) => [w.stem, w.bytes])))) printed.set(stem, result);
  for (const w of workbooks) grids.set(w.stem, await readGrids(w.bytes, { reach: wholeSheetReach }));
}, 900_000);

const a4 = { short: 595.3, long: 841.9 };
const near = (a: number, b: number) => Math.abs(a - b) < 1;
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
const codes = indicatorSites(plan).map((s) => s.indicator.code);
/** A cell that holds an indicator code alone (`3.2.a1.projets` or `3.2.a1.projets/eaje`). */
const isCodeCell = (text: string) => codes.some((code) => text === code || text.startsWith(`${code}/`));

const names = ['collecte-caf', 'collecte-epci', 'collecte-commune-petite-enfance', 'collecte-commune', 'collecte-partenaire', 'annotee', 'consolidation', 'plan'];

describe.each(names)('the workbook « %s », printed', (stem) => {
  const workbook = () => workbooks.find((w) => w.stem === stem)!;
  const result = () => printed.get(stem)!;
  const visible = () => result().setups.filter((s) => s.visible);
  const pagesOf = (sheet: string) => result().pages.filter((p) => p.sheet === sheet);
  const gridOf = (sheet: string) => grids.get(stem)!.find((g) => g.name === sheet);
  /** The header cells of a sheet: its repeated rows, and the cells the spec styles as headers. */
  const headersOf = (sheet: string): string[] => {
    const setup = visible().find((s) => s.name === sheet)!;
    const rows = /^\$?(\d+):\$?(\d+)$/.exec(setup.printTitles ?? '');
    const grid = gridOf(sheet);
    const repeated = rows && grid ? grid.rows.slice(Number(rows[1]) - 1, Number(rows[2])).flat() : [];
    const styled = workbook().spec?.sheets.find((s) => s.name === sheet)?.rows.flat().filter((c) => c?.style === 'header').map((c) => c?.value) ?? [];
    return [...new Set([...repeated, ...styled].filter((v): v is string => typeof v === 'string' && v.trim() !== '').map(oneLine))];
  };

  it('prints every visible sheet on A4, one page wide, and nothing else', () => {
    expect(visible().length).toBeGreaterThan(0);
    const wrong = visible()
      .filter((s) => s.paperSize !== '9' || !s.fitToPage || s.fitToWidth !== '1' || s.fitToHeight !== '0')
      .map((s) => `${s.name}: paper ${s.paperSize}, fitToPage ${s.fitToPage}, width ${s.fitToWidth}, height ${s.fitToHeight}`);
    expect(wrong).toEqual([]);
    const pages = result().pages;
    expect(pages.filter((p) => !(near(Math.min(p.width, p.height), a4.short) && near(Math.max(p.width, p.height), a4.long)))).toEqual([]);
    // Every page is told to a visible sheet by its footer, and every visible sheet printed.
    expect(new Set(pages.map((p) => p.sheet))).toEqual(new Set(visible().map((s) => s.name)));
  });

  it('keeps each sheet within its page budget', () => {
    const over = visible()
      .map((s) => ({ sheet: s.name, pages: pagesOf(s.name).length, budget: budgets[workbook().kind]!.find(([pattern]) => pattern.test(s.name))?.[1] ?? 0 }))
      .filter((s) => s.pages > s.budget);
    expect(over).toEqual([]);
  });

  it('repeats the header row on every page of a sheet that spans pages', () => {
    const missing = visible()
      .filter((s) => pagesOf(s.name).length > 1 && s.printTitles !== undefined)
      .flatMap((s) => pagesOf(s.name).flatMap((page) => headersOf(s.name).filter((h) => !oneLine(page.text).includes(h)).map((h) => `${s.name} p. ${page.page}: « ${h} »`)))
      // Headers of the spec below the repeated rows (a detail block's own header) are not repeated.
      .filter((m) => !m.includes('undefined'));
    const repeatedOnly = visible().filter((s) => pagesOf(s.name).length > 1 && s.printTitles === undefined && headersOf(s.name).length > 0).map((s) => s.name);
    expect({ missing: missing.filter((m) => isRepeatedHeader(m)), unrepeated: repeatedOnly }).toEqual({ missing: [], unrepeated: [] });

    function isRepeatedHeader(message: string): boolean {
      const sheet = message.slice(0, message.indexOf(' p. '));
      const setup = visible().find((s) => s.name === sheet)!;
      const rows = /^\$?(\d+):\$?(\d+)$/.exec(setup.printTitles ?? '');
      const grid = gridOf(sheet);
      const repeated = rows && grid ? grid.rows.slice(Number(rows[1]) - 1, Number(rows[2])).flat().filter((v): v is string => typeof v === 'string').map(oneLine) : [];
      return repeated.some((h) => message.endsWith(`« ${h} »`));
    }
  });

  it('names, in the repeated header, what each column holds further down (a detail block\'s own header)', () => {
    const misnamed = (workbook().spec?.sheets ?? [])
      .filter((s) => s.visibility === 'visible' && s.print?.repeatRows !== undefined)
      .flatMap((s) => {
        const [first, last] = s.print!.repeatRows!;
        const repeated = s.rows[last - 1] ?? [];
        return s.rows.slice(last).flatMap((row) =>
          (row ?? []).flatMap((cell, c) => {
            if (cell?.style !== 'header' || typeof cell.value !== 'string') return [];
            const above = s.rows.slice(first - 1, last).map((r) => r?.[c]?.value).filter((v) => typeof v === 'string').join(' ');
            return above.toLowerCase().includes(cell.value.toLowerCase()) ? [] : [`${s.name}, column ${c + 1}: « ${cell.value} » under « ${String(repeated[c]?.value ?? '')} »`];
          }),
        );
      });
    expect(misnamed).toEqual([]);
  });

  it('shows no « ### » (a number too wide for its column)', () => {
    expect(result().pages.filter((p) => p.text.includes('###')).map((p) => `${p.sheet} p. ${p.page}`)).toEqual([]);
  });

  it('prints every header whole', () => {
    const cut = visible().flatMap((s) => {
      const text = oneLine(pagesOf(s.name).map((p) => p.text).join('\n'));
      return headersOf(s.name).filter((h) => !text.includes(h)).map((h) => `${s.name}: « ${h} »`);
    });
    expect(cut).toEqual([]);
  });

  it('prints every indicator code whole, as often as the sheet holds it', () => {
    const cut = visible().flatMap((s) => {
      const tokens = new Map<string, number>();
      for (const token of pagesOf(s.name).flatMap((p) => p.text.split(/\s+/))) tokens.set(token, (tokens.get(token) ?? 0) + 1);
      const held = new Map<string, number>();
      for (const value of gridOf(s.name)?.rows.flat() ?? []) {
        if (typeof value === 'string' && isCodeCell(value.trim())) held.set(value.trim(), (held.get(value.trim()) ?? 0) + 1);
      }
      return [...held].filter(([code, n]) => (tokens.get(code) ?? 0) < n).map(([code, n]) => `${s.name}: ${code} (${tokens.get(code) ?? 0} of ${n})`);
    });
    expect(cut).toEqual([]);
  });
});

it('never prints the consolidation’s very hidden campaign ledger', () => {
  const result = printed.get('consolidation')!;
  expect(result.setups.filter((s) => s.name === '_campagne').map((s) => s.visible)).toEqual([false]);
  // Its marker and its JSON records are on no page.
  expect(result.pages.filter((p) => p.text.includes('ctg-consolidation') || p.text.includes('"summary"')).map((p) => `${p.sheet} p. ${p.page}`)).toEqual([]);
});
