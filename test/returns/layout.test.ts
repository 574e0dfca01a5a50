/** Columns moved or inserted (the code column included): still read by header, never by position. */
import { checkedResult, checkReturn } from '../../src/returns';
import type { Grid } from '../../src/workbook/grid';
import { readGrids } from '../../src/xlsx';
import { filledReturn, valuesOf } from './support';

describe('moved columns', () => {
  it('a column inserted before « Code » and a period column moved to the end change no value', async () => {
    const g = await filledReturn('epci');
    const grids = await readGrids(g.bytes);
    const original = checkReturn(grids, g.plan, g.fileName);
    const moved: Grid[] = structuredClone(grids);
    const fa32 = moved.find((x) => x.name === 'FA 3.2 - Accueil 0-3 ans')!;
    fa32.rows = fa32.rows.map((r) => [null, ...r]);
    fa32.formulas = fa32.formulas.map((r) => (r ? [undefined, ...r] : r));
    const fa11 = moved.find((x) => x.name === 'FA 1.1 - Coordination')!;
    fa11.rows = fa11.rows.map((r) => {
      const cells = [...r];
      while (cells.length < 8) cells.push(null);
      const [year2024] = cells.splice(5, 1);
      return [...cells, year2024 ?? null];
    });
    const checked = checkReturn(moved, g.plan, g.fileName);
    expect(checked.findings.map((f) => [f.code, f.sheet])).toEqual([
      ['layout_shifted', 'FA 1.1 - Coordination'],
      ['layout_shifted', 'FA 3.2 - Accueil 0-3 ans'],
    ]);
    expect(valuesOf(checkedResult(checked))).toEqual(valuesOf(checkedResult(original)));
    const entry = checked.submission.entries.find((e) => e.code === '1.1.reunions_groupe_travail' && e.period === '2024')!;
    // Its row, as generated (the moved period column is now H).
    const row = g.inputs.find((i) => i.code === '1.1.reunions_groupe_travail' && i.period === '2024')!.cell.replace(/^[A-Z]+/, '');
    expect(entry.where).toEqual({ sheet: 'FA 1.1 - Coordination', cell: `H${row}` });
  });
});

describe('figures copied into a workbook of the commune’s own (no `_ctg`)', () => {
  it('one sheet holding every fiche, one after the other, is read by its codes, with a warning for the missing `_ctg` and one for the « Annexe 2 » tab not copied', async () => {
    const g = await filledReturn('epci');
    const grids = await readGrids(g.bytes);
    const original = checkReturn(grids, g.plan, g.fileName);
    const fiches = grids.filter((x) => x.name.startsWith('FA ') || x.name === 'Gouvernance');
    const own: Grid = { name: 'Feuil1', rows: fiches.flatMap((x) => x.rows), formulas: fiches.flatMap((x) => [...Array(x.rows.length)].map((_, r) => x.formulas[r] ?? [])) };
    const checked = checkReturn([own], g.plan, g.fileName);
    expect(checked.findings.map((f) => f.code)).toEqual(['manifest_missing', 'facility_sheet_missing']);
    expect(checked.submission.identity).toMatchObject({ source: 'fallback', respondent: { code: g.respondent.code } });
    expect(valuesOf(checkedResult(checked))).toEqual(valuesOf(checkedResult(original)));
    expect(checked.submission.comments.map((c) => c.text)).toEqual(original.submission.comments.map((c) => c.text));
  });

  it('a value typed beside the copied tables is still reported once, and kept', async () => {
    const g = await filledReturn('epci');
    const grids = await readGrids(g.bytes);
    const fiches = grids.filter((x) => x.name.startsWith('FA ') || x.name === 'Gouvernance');
    const own: Grid = { name: 'Feuil1', rows: structuredClone(fiches.flatMap((x) => x.rows)), formulas: [] };
    own.rows[2] = [null, null, null, null, null, null, null, null, null, 'à vérifier'];
    const checked = checkReturn([own], g.plan, g.fileName);
    expect(checked.findings.map((f) => [f.code, f.cell])).toEqual([
      ['manifest_missing', null],
      ['facility_sheet_missing', null],
      ['value_outside_input', 'J3'],
    ]);
    expect(checked.submission.strays).toEqual([expect.objectContaining({ value: 'à vérifier', where: { sheet: 'Feuil1', cell: 'J3' } })]);
  });
});

describe('a shared sheet with a row of its own', () => {
  it('reports an unknown code and its values once, not once per fiche', async () => {
    const g = await filledReturn('epci');
    const grids = await readGrids(g.bytes);
    const fiches = grids.filter((x) => x.name.startsWith('FA ') || x.name === 'Gouvernance');
    const own: Grid = { name: 'Feuil1', rows: structuredClone(fiches.flatMap((x) => x.rows)), formulas: [] };
    own.rows.push(['3.2.a1.projets_abandonnes', 'Projets abandonnés', null, null, 2, 3, null, null]);
    const checked = checkReturn([own], g.plan, g.fileName);
    const last = own.rows.length;
    expect(checked.findings.map((f) => [f.code, f.cell])).toEqual([
      ['manifest_missing', null],
      ['facility_sheet_missing', null],
      ['code_unknown', `A${last}`],
      ['value_outside_input', `E${last}`],
      ['value_outside_input', `F${last}`],
    ]);
    expect(checked.submission.strays.map((s) => s.where.cell)).toEqual([`E${last}`, `F${last}`]);
  });
});
