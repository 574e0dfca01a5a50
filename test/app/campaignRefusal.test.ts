/**
 * A consolidation dropped among the returns that cannot be continued is that file's refusal, as
 * data: the consolidation issue's code and params in the `file_refused` finding (no sentence
 * travelling as a param), worded by the finding's renderer in French and in English.
 */
import { checkReturnsOrCampaign, type CampaignReader } from '../../src/app/campaign';
import { consolidationReport } from '../../src/app/consolidate';
import { memorySource, type ReturnReader } from '../../src/app/returnSource';
import { runContext } from '../../src/app/run';
import { renderFinding } from '../../src/i18n/findings';
import type { Grid } from '../../src/workbook/grid';
import { readGrids } from '../../src/xlsx/readGrids';
import { renderSpec } from '../../src/xlsx/renderSpec';
import { now, returnOf, smallPlan } from '../consolidate/fixtures';

const plan = smallPlan();
let grids: Grid[];
beforeAll(async () => {
  grids = await readGrids(await renderSpec(consolidationReport(plan, [returnOf(plan, '04001', { 't.sum|2024|': 4 }, { file: 'a.xlsx' })], { now }).spec));
});

/** The ledger's first row with one cell changed. */
function ledgerEdited(column: number, value: string | number): Grid[] {
  return grids.map((g) => (g.name !== '_campagne' ? g : { ...g, rows: g.rows.map((r, i) => (i !== 0 ? r : Object.assign([...r], { [column]: value }))) }));
}

/** Every file is one of our consolidations (its properties say so), whose sheets are `sheets`. */
const campaignReader = (sheets: () => Grid[]): CampaignReader => ({ isConsolidation: () => Promise.resolve(true), readGrids: () => Promise.resolve(sheets()) });
const returnsReader: ReturnReader = { readGrids: () => Promise.reject(new Error('not a return')), maxBytes: 100 };

it.each<[string, () => Grid[], Record<string, string | number>, RegExp, RegExp]>([
  [
    'another plan',
    () => ledgerEdited(2, 'ctg-ailleurs'),
    { reason: 'other_plan', found: 'ctg-ailleurs', expected: plan.id },
    /^Ce classeur consolide un autre plan \(« ctg-ailleurs »\) que le plan suivi \(« .+ »\)\. Choisissez le plan de cette campagne/,
    /^This workbook consolidates another plan \(« ctg-ailleurs »\) than the one followed/,
  ],
  [
    'a ledger of a format to come',
    () => ledgerEdited(1, 2),
    { reason: 'ledger_format', format: '2' },
    /^Le registre de campagne de ce classeur est au format 2, .* Mettez à jour CTG Indicateurs/,
    /^This workbook's campaign ledger is in format 2, which this version does not know/,
  ],
  [
    'no ledger marker',
    () => ledgerEdited(0, 'autre chose'),
    { reason: 'not_a_consolidation' },
    /^Ce classeur n’est pas un classeur de consolidation de CTG Indicateurs/,
    /^This workbook is not a CTG Indicateurs consolidation/,
  ],
  [
    'a damaged ledger',
    () => ledgerEdited(4, 'de'),
    { reason: 'damaged', sheet: '_campagne', cell: 'E1' },
    /^Le classeur de consolidation est abîmé \(feuille « _campagne », cellule E1\)/,
    /^The consolidation workbook is damaged \(sheet « _campagne », cell E1\)/,
  ],
])('refuses %s as data, worded in French and English', async (_name, sheets, params, fr, en) => {
  const [checked] = await checkReturnsOrCampaign(plan, [memorySource('consolidation.xlsx', new Uint8Array(3))], { returns: returnsReader, campaign: campaignReader(sheets) }, runContext({ now }));
  const finding = checked!.result.findings[0]!;
  expect(checked!.result.status).toBe('refused');
  expect(finding.code).toBe('file_refused');
  expect(finding.params).toEqual(params);
  expect(renderFinding(finding, 'fr')).toMatch(fr);
  expect(renderFinding(finding, 'en')).toMatch(en);
});
