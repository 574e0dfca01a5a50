/** File names, the `_ctg` sheet read back, and recognition without it. */
import { buildCollectionWorkbook } from '../../src/collect';
import { defaultPlan } from '../../src/plan';
import { baseName, checkReturn, parseReturnFileName } from '../../src/returns';
import { readManifest } from '../../src/returns/manifest';
import { specToGrids } from '../oracles/specToGrid';
import { plumbingPlan, respondent } from './support';

describe('parseReturnFileName', () => {
  it.each([
    ['CTG-P2A-2022-2025_04070_Digne-les-Bains.xlsx', { plan: 'CTG-P2A-2022-2025', respondent: '04070' }],
    ['C:\\Users\\conseil\\Téléchargements\\CTG-P2A-2022-2025_04070_Digne-les-Bains (1).xlsx', { plan: 'CTG-P2A-2022-2025', respondent: '04070' }],
    ['retours/CTG-P2A-2022-2025_200067437_Provence-Alpes-Agglomeration_corrige.xlsx', { plan: 'CTG-P2A-2022-2025', respondent: '200067437' }],
    ['CTG-P2A-2022-2025_caf04.xlsx', { plan: 'CTG-P2A-2022-2025', respondent: 'caf04' }],
    ['tableau de bord.xlsx', undefined],
    ['Digne.xlsx', undefined],
  ])('%s', (name, expected) => {
    expect(parseReturnFileName(name)).toEqual(expected);
  });

  it('takes the last segment of any path', () => {
    expect(baseName('a/b\\c/d.xlsx')).toBe('d.xlsx');
  });
});

describe('the `_ctg` sheet', () => {
  // Returns filled by hand here leave the actions' follow-up empty: checked on the plan without it
  // (test/consolidate/followUp.test.ts checks the follow-up).
  const plan = plumbingPlan(defaultPlan());
  const digne = respondent(plan, '04070');
  const { spec, inputs } = buildCollectionWorkbook(plan, digne, { now: '2026-01-02T03:04:05.000Z', periods: ['2024', '2025'] });
  const grids = specToGrids(spec);

  it('is read back as written: identity and cell map', () => {
    const read = readManifest(grids);
    expect(read.kind).toBe('ok');
    if (read.kind !== 'ok') return;
    expect(read.manifest).toMatchObject({ planId: plan.id, planVersion: plan.version, respondentCode: '04070', respondentName: 'Digne-les-Bains', periods: ['2024', '2025'], generatedAt: '2026-01-02T03:04:05.000Z' });
    expect(read.manifest.cells).toEqual(inputs.map((c) => ({ sheet: c.sheet, cell: c.cell, code: c.code, period: c.period, member: c.member, role: c.type === 'comment' ? 'comment' : 'value' })));
  });

  it.each([
    ['its format key changed', (g: typeof grids) => void (g.find((x) => x.name === '_ctg')!.rows[0]![8] = 'autre/2'), 'format'],
    ['its header changed', (g: typeof grids) => void (g.find((x) => x.name === '_ctg')!.rows[0]![0] = 'onglet'), 'header'],
    ['a cell address garbled', (g: typeof grids) => void (g.find((x) => x.name === '_ctg')!.rows[3]![1] = 'pas une cellule'), 'cell_map'],
    ['its respondent erased', (g: typeof grids) => void (g.find((x) => x.name === '_ctg')!.rows[3]![8] = null), 'identity'],
  ])('is refused as invalid with %s', (_name, damage, reason) => {
    const copy = structuredClone(grids);
    damage(copy);
    expect(readManifest(copy)).toEqual({ kind: 'invalid', reason });
  });

  it('is absent from a workbook the commune made itself', () => {
    expect(readManifest(grids.filter((g) => g.name !== '_ctg'))).toEqual({ kind: 'absent' });
  });

  it('periods restricted at generation are the periods checked; the others are not expected', () => {
    const { submission, findings } = checkReturn(grids, plan, 'CTG-P2A-2022-2025_04070_Digne-les-Bains.xlsx');
    expect(findings).toEqual([]);
    expect(new Set(submission.entries.map((e) => e.period))).toEqual(new Set(['2024', '2025']));
    expect(submission.entries.every((e) => e.state === 'empty')).toBe(true);
  });

  it('without `_ctg` nor a known file name, the indicators are read from the codes shown, the respondent left unknown', () => {
    const filled = structuredClone(grids.filter((g) => g.name !== '_ctg'));
    const input = inputs.find((c) => c.code === '6.1.reunions_partenariales' && c.period === '2024')!;
    const sheet = filled.find((g) => g.name === input.sheet)!;
    const [, col, row] = /^([A-Z]+)(\d+)$/.exec(input.cell)!;
    sheet.rows[Number(row) - 1]![col!.charCodeAt(0) - 65] = 7;
    const { submission, findings } = checkReturn(filled, plan, 'retour mairie.xlsx');
    expect(findings.map((f) => f.code)).toEqual(['manifest_missing', 'respondent_unidentified']);
    expect(submission.identity).toMatchObject({ source: 'fallback', respondent: null, periods: ['2024', '2025'] });
    expect(submission.entries.find((e) => e.code === '6.1.reunions_partenariales' && e.period === '2024')).toMatchObject({ state: 'value', value: 7, where: { sheet: input.sheet, cell: input.cell } });
  });
});
