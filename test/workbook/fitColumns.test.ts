/** Column widths from what must stay on one line: a wrapped header's longest word, a code whole. */
import { fitColumns } from '../../src/workbook/fitColumns';
import type { CellSpec, SheetSpec, Style } from '../../src/workbook/spec';

const styles: Record<string, Style> = {
  header: { font: { bold: true }, alignment: { wrap: true } },
  code: { font: { size: 9 } },
  label: { alignment: { wrap: true } },
  plain: {},
};

const sheetWith = (cell: CellSpec, extra: Partial<SheetSpec> = {}): SheetSpec => ({
  name: 'S',
  visibility: 'visible',
  columns: [{ width: 8 }],
  rows: [[cell]],
  merges: [],
  ...extra,
});

it.each([
  { what: 'a wrapped header, to its longest word in bold', cell: { value: 'Erreurs et Avertissements', style: 'header' }, min: 16, max: 20 },
  { what: 'a code, whole, in its smaller font', cell: { value: '2.1.a1.accompagnements_sociaux/evolution_constante', style: 'code' }, min: 42, max: 48 },
  { what: 'a wrapped label of short words, not at all', cell: { value: 'Le nombre de jours par an', style: 'label' }, min: 8, max: 8 },
  { what: 'a sentence that is not a code, not at all', cell: { value: 'Une phrase sans retour à la ligne', style: 'plain' }, min: 8, max: 8 },
  { what: 'a very long code, up to 60', cell: { value: `1.1.${'x'.repeat(100)}`, style: 'plain' }, min: 60, max: 60 },
])('widens a column for $what', ({ cell, min, max }) => {
  const width = fitColumns(sheetWith(cell), styles).columns[0]!.width;
  expect(width).toBeGreaterThanOrEqual(min);
  expect(width).toBeLessThanOrEqual(max);
});

it('never narrows a column, and leaves merged cells to their merge', () => {
  expect(fitColumns(sheetWith({ value: 'court', style: 'header' }, { columns: [{ width: 30 }] }), styles).columns[0]!.width).toBe(30);
  expect(fitColumns(sheetWith({ value: '2.1.a1.accompagnements_sociaux', style: 'code' }, { merges: ['A1:C1'] }), styles).columns[0]!.width).toBe(8);
});

it('fits a table header beside its filter button, and the codes of its rows', () => {
  const sheet = sheetWith({}, { columns: [{ width: 8 }, { width: 8 }], rows: [], tables: [{ name: 'T', topLeft: 'A1', columns: ['cellules sans réponse', 'code'], rows: [[1, '6.1.allocataires_impayes_ou_mal_logement']] }] });
  const [first, second] = fitColumns(sheet, styles).columns;
  expect(first!.width).toBeGreaterThanOrEqual('cellules sans réponse'.length + 2);
  expect(second!.width).toBeGreaterThanOrEqual('6.1.allocataires_impayes_ou_mal_logement'.length);
});
