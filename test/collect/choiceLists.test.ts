/**
 * A choice indicator gets a drop-down fed by a named range on the very hidden « _listes » sheet,
 * and a correct answer chosen from it validates without error.
 */
import { isDerivedIndicator } from '../../src/plan/followUpPlan';
import ExcelJS from 'exceljs';
import { buildCollectionWorkbook } from '../../src/collect';
import { checkReturn } from '../../src/returns';
import { readGrids } from '../../src/xlsx/readGrids';
import { renderSpec } from '../../src/xlsx/renderSpec';
import { now, respondent, variantPlan } from '../returns/support';

const plan = variantPlan();
const epci = respondent(plan, 'epci');

it('writes the options of the list on « _listes », names them, and points the validation at the name', async () => {
  const { spec, inputs } = buildCollectionWorkbook(plan, epci, { now });
  const choice = inputs.find((c) => c.type === 'choice' && !isDerivedIndicator(c.code))!;
  const bytes = await renderSpec(spec);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  expect(workbook.getWorksheet('_listes')?.state).toBe('veryHidden');
  const validation = workbook.getWorksheet(choice.sheet)!.getCell(choice.cell).dataValidation;
  expect(validation.type).toBe('list');
  expect(validation.formulae).toEqual(['_listes_thematique']);
  expect(workbook.definedNames.getRanges('_listes_thematique').ranges).toEqual(["'_listes'!$A$2:$A$8"]);
  const options = (await readGrids(bytes)).find((g) => g.name === '_listes')!.rows.map((r) => r[0]);
  expect(options).toEqual(['thematique', ...plan.lists.find((l) => l.id === 'thematique')!.options.map((o) => o.label), 'NC']);
});

it('accepts an option chosen from the list, by its label', async () => {
  const { spec, inputs } = buildCollectionWorkbook(plan, epci, { now });
  const choice = inputs.find((c) => c.type === 'choice' && !isDerivedIndicator(c.code))!;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await renderSpec(spec)) as unknown as ArrayBuffer);
  workbook.getWorksheet(choice.sheet)!.getCell(choice.cell).value = 'La parentalité';
  const grids = await readGrids(new Uint8Array(await workbook.xlsx.writeBuffer()));
  const { submission, findings } = checkReturn(grids, plan, 'CTG-P2A-2022-2025_200067437_Provence-Alpes-Agglomeration.xlsx');
  // (The variant plan also makes other indicators required: only the chosen cell matters here.)
  expect(findings.filter((f) => f.cell === choice.cell && f.sheet === choice.sheet && f.severity !== 'info')).toEqual([]);
  expect(submission.entries.find((e) => e.code === choice.code && e.period === choice.period)).toMatchObject({ state: 'value', value: 'parentalite' });
});
