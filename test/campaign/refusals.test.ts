/**
 * What the read-back refuses, each with the issue that says what and where: a workbook with no
 * ledger (any workbook but ours), a ledger of an unknown format or another plan, a ledger or table
 * edited into something it never writes. Over grids, as both surfaces feed it.
 */
import { consolidationReport } from '../../src/app/consolidate';
import { readConsolidation, type ConsolidationIssue } from '../../src/consolidate/readConsolidation';
import type { Grid } from '../../src/workbook/grid';
import { readGrids } from '../../src/xlsx/readGrids';
import { renderSpec } from '../../src/xlsx/renderSpec';
import { now, returnOf, smallPlan } from '../consolidate/fixtures';

const plan = smallPlan();
let grids: Grid[];
beforeAll(async () => {
  // Rendered and read back: « Données » and « Historique » are Excel tables, as a file holds them.
  grids = await readGrids(await renderSpec(consolidationReport(plan, [returnOf(plan, '04001', { 't.sum|2024|': 4 }, { file: 'a.xlsx' })], { now }).spec));
});

/** The grids with one cell of one sheet set to `value`. */
function edited(sheet: string, row: number, column: number, value: Grid['rows'][number][number]): Grid[] {
  return grids.map((g) => (g.name !== sheet ? g : { ...g, rows: g.rows.map((r, i) => (i !== row ? r : Object.assign([...r], { [column]: value }))) }));
}

/** The first file's record carrying one Annexe 2 answer (a facility the respondent added), a field of it changed to `change`. */
function withFacility(change: Record<string, unknown>): string {
  const record = JSON.parse(String(grids.find((g) => g.name === '_campagne')!.rows[2]![6])) as Record<string, unknown>;
  const answer = { facility: null, name: 'Micro-crèche Les Lutins', commune: null, period: '2024', status: 'ouvert', supported: true, supportedBy: '', change: '' };
  return JSON.stringify({ ...record, facilities: [{ ...answer, ...change }] });
}

it('reads its own workbook', () => {
  expect(readConsolidation(plan, grids)).toMatchObject({ ok: true, taken: [{ file: 'a.xlsx', respondent: '04001', outcome: 'used' }] });
});

it.each<[string, () => Grid[], ConsolidationIssue]>([
  ['no ledger (a return, any workbook)', () => grids.filter((g) => g.name !== '_campagne'), { code: 'not_a_consolidation' }],
  ['a ledger whose marker was changed', () => edited('_campagne', 0, 0, 'autre chose'), { code: 'not_a_consolidation' }],
  ['a ledger of a format to come', () => edited('_campagne', 0, 1, 2), { code: 'ledger_format', params: { format: '2' } }],
  ['another plan', () => edited('_campagne', 0, 2, 'ctg-ailleurs'), { code: 'other_plan', params: { found: 'ctg-ailleurs', expected: plan.id } }],
  ['a record cut short', () => edited('_campagne', 2, 6, '{"summary":'), { code: 'damaged', params: { sheet: '_campagne', cell: 'G3' } }],
  ['an outcome it never writes', () => edited('_campagne', 2, 6, String(grids.find((g) => g.name === '_campagne')!.rows[2]![6]).replace('"outcome":"used"', '"outcome":"=1+1"')), { code: 'damaged', params: { sheet: '_campagne', cell: 'G3' } }],
  ['an Annexe 2 answer of a status it never writes', () => edited('_campagne', 2, 6, withFacility({ status: '=1+1' })), { code: 'damaged', params: { sheet: '_campagne', cell: 'G3' } }],
  ['an Annexe 2 answer whose facility is not an index', () => edited('_campagne', 2, 6, withFacility({ facility: 'a2-1' })), { code: 'damaged', params: { sheet: '_campagne', cell: 'G3' } }],
  ['an Annexe 2 answer of a facility the plan does not list', () => edited('_campagne', 2, 6, withFacility({ facility: plan.territory.facilities.length })), { code: 'damaged', params: { sheet: '_campagne', cell: 'G3' } }],
  ['an Annexe 2 answer of a period the plan does not have', () => edited('_campagne', 2, 6, withFacility({ period: '1999' })), { code: 'damaged', params: { sheet: '_campagne', cell: 'G3' } }],
  ['an unknown state in « Données »', () => edited('Données', 1, 9, 'peut-être'), { code: 'damaged', params: { sheet: 'Données', cell: 'J2' } }],
  ['a version that is not one', () => edited('Données', 1, 13, 'v1'), { code: 'damaged', params: { sheet: 'Données', cell: 'N2' } }],
  ['« Données » missing', () => grids.filter((g) => g.name !== 'Données'), { code: 'damaged', params: { sheet: 'Données', cell: 'A1' } }],
])('refuses %s', (_name, make, issue) => {
  expect(readConsolidation(plan, make())).toEqual({ ok: false, issue });
});

it('gives back the Annexe 2 answers a record carries, as its file’s', () => {
  const read = readConsolidation(plan, edited('_campagne', 2, 6, withFacility({})));
  expect(read.ok && read.earlier.facilities).toEqual([
    { facility: null, name: 'Micro-crèche Les Lutins', commune: null, period: '2024', status: 'ouvert', supported: true, supportedBy: '', change: '', respondent: '04001', source: { file: 'a.xlsx', version: 1 } },
  ]);
});
