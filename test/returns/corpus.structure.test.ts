/**
 * The corpus, part 2: beyond the cell (rules, breakdowns, plausibility, values typed where none
 * is expected) and the structure of the workbook (rows inserted, sorted, deleted or duplicated,
 * columns hidden or deleted, sheets renamed, removed or added, the `_ctg` sheet gone or
 * pointing at another plan, version or respondent).
 */
import type ExcelJS from 'exceljs';
import { manifestSheetName } from '../../src/collect';
import type { Case } from './corpus';
import { expectFindings, runCase } from './corpus';
import { filledReturn, inputOf, rowOf, spliceRows, validate, valuesOf, type Generated } from './support';

const FA32 = 'FA 3.2 - Accueil 0-3 ans';
const A = '3.2.a1.reunions_collectives';
const rowAt = (g: Generated, code: string, period = '2024', member = '') => rowOf(inputOf(g, code, period, member).cell);
const sheetOf = (w: ExcelJS.Workbook, name = FA32) => w.getWorksheet(name)!;

/** Sets an identity key of the `_ctg` sheet (column H key, column I value). */
function setManifest(w: ExcelJS.Workbook, key: string, value: string): void {
  const sheet = w.getWorksheet(manifestSheetName)!;
  sheet.eachRow((row) => {
    if (row.getCell(8).value === key) row.getCell(9).value = value;
  });
}

/** The original values: a structural change that is read correctly must not change any. */
async function sameValues(result: Parameters<NonNullable<Case['then']>>[0], generated: Generated): Promise<void> {
  const original = await validate(generated.plan, generated.fileName, generated.bytes);
  expect(valuesOf(result)).toEqual(valuesOf(original));
}

const cases: Case[] = [
  // --- plan rules, breakdowns, plausibility ---
  {
    name: 'a member rule broken (projects supported > projects counted, EAJE 2024)',
    alter: (_w, at) => {
      // Within a factor 3 of the other years, so that only the rule speaks.
      at('3.2.a1.projets', '2024', 'eaje').value = 3;
      at('3.2.a1.projets_soutenus', '2024', 'eaje').value = 4;
    },
    expect: [{ code: 'rule_failed', severity: 'error', at: ['3.2.a1.projets_soutenus', '2024', 'eaje'] }],
    then: (r) => expect(r.findings[0]!.params).toMatchObject({ rule: 'fa32.projets-soutenus-inf-projets', left: 4, right: 3 }),
  },
  {
    // Since plan 2.0.0 the cost is asked in amounts (no « shares = 100 % » rule): the call for projects' rule is on totals.
    name: 'a total rule broken (more projects supported than answers to the call), reported on the total row',
    alter: (_w, at) => {
      // 2 answers both years (no jump to warn about), 3 projects supported per type of care each year.
      at('3.2.a2.reponses_aap', '2024').value = 2;
      at('3.2.a2.reponses_aap', '2025').value = 2;
    },
    expect: (g) => [
      { code: 'rule_failed', sheet: FA32, cell: `F${rowAt(g, '3.2.a2.projets_soutenus', '2024', 'autre') + 1}` },
      { code: 'rule_failed', sheet: FA32, cell: `G${rowAt(g, '3.2.a2.projets_soutenus', '2025', 'autre') + 1}` },
    ],
  },
  {
    name: 'a deliverable marked « Oui » without its date (pair rule), reported on the empty date',
    alter: (_w, at) => void (at('3.1.a3.cartographie_of_date', '2024').value = null),
    expect: [{ code: 'rule_failed', at: ['3.1.a3.cartographie_of_date', '2024'] }],
  },
  {
    name: 'a warning rule broken (fewer children than families)',
    alter: (_w, at) => void (at('3.2.a2.enfants_beneficiaires', '2024').value = 7),
    expect: [{ code: 'rule_failed', severity: 'warning', at: ['3.2.a2.enfants_beneficiaires', '2024'] }],
    status: 'warnings',
  },
  {
    name: 'a total typed over its formula, not matching its members',
    alter: (w, at) => {
      const last = at('3.2.a1.places_creees', '2024', 'autre');
      w.getWorksheet(last.worksheet.name)!.getCell(`F${Number(last.row) + 1}`).value = 99;
    },
    expect: (g) => {
      const cell = `F${rowAt(g, '3.2.a1.places_creees', '2024', 'autre') + 1}`;
      return [
        { code: 'total_overwritten', sheet: FA32, cell },
        { code: 'breakdown_total_mismatch', sheet: FA32, cell },
      ];
    },
    then: (r) => {
      expect(r.submission!.strays).toEqual([expect.objectContaining({ value: 99, reason: 'total_overwritten', code: '3.2.a1.places_creees', member: 'total' })]);
      expect(r.findings.find((f) => f.code === 'breakdown_total_mismatch')!.params).toEqual({ total: 99, sum: 15 });
    },
  },
  {
    name: 'a tenfold jump from one year to the next',
    alter: (_w, at) => void (at(A, '2025').value = 50),
    expect: [{ code: 'implausible_change', at: [A, '2025'] }],
    then: (r) => expect(r.findings[0]!.params).toMatchObject({ previous: 5, current: 50, previousPeriod: '2024', ratio: 10 }),
  },
  {
    name: 'from 0 to a large value',
    alter: (_w, at) => {
      at('3.3.a1.rencontres_partenaires', '2024').value = 0;
      at('3.3.a1.rencontres_partenaires', '2025').value = 40;
    },
    expect: [{ code: 'implausible_change', at: ['3.3.a1.rencontres_partenaires', '2025'] }],
  },
  // --- values typed where none is expected ---
  {
    name: 'a value typed beyond the comment column',
    alter: (w, at) => void (w.getWorksheet(at(A, '2024').worksheet.name)!.getCell(`J${at(A, '2024').row}`).value = 42),
    expect: (g) => [{ code: 'value_outside_input', sheet: FA32, cell: `J${rowAt(g, A)}` }],
    then: (r) => expect(r.submission!.strays).toEqual([expect.objectContaining({ value: 42, reason: 'outside_input', code: A })]),
  },
  {
    name: 'a value typed on the heading row of a broken-down indicator',
    alter: (w, at) => void (w.getWorksheet(FA32)!.getCell(`F${Number(at('3.2.a1.projets', '2024', 'eaje').row) - 1}`).value = 12),
    expect: (g) => [{ code: 'value_outside_input', sheet: FA32, cell: `F${rowAt(g, '3.2.a1.projets', '2024', 'eaje') - 1}` }],
    then: (r) => expect(r.findings[0]!.params.reason).toBe('heading'),
  },
  {
    name: 'a value typed in a locked cell between two blocks',
    // Action 1's block ends with its follow-up (the difficulties); the blank row below it separates it from action 2's heading.
    alter: (w, at) => void (w.getWorksheet(FA32)!.getCell(`F${Number(at('3.2.a1.suivi.difficultes', '2024', '').row) + 1}`).value = 'à voir'),
    expect: (g) => [{ code: 'value_outside_input', sheet: FA32, cell: `F${rowAt(g, '3.2.a1.suivi.difficultes', '2024', '') + 1}` }],
  },
  // --- rows and columns ---
  {
    name: 'a sorted block (members in reverse order)',
    alter: (w, at) => {
      const sheet = sheetOf(w);
      const first = Number(at('3.2.a1.places_creees', '2024', 'eaje').row);
      const last = Number(at('3.2.a1.places_creees', '2024', 'autre').row);
      at('3.2.a1.places_creees', '2024', 'eaje').value = 2;
      for (let c = 1; c <= 8; c++) {
        const a = sheet.getCell(first, c);
        const b = sheet.getCell(last, c);
        [a.value, b.value] = [b.value, a.value];
      }
    },
    expect: [{ code: 'layout_shifted', sheet: FA32 }],
    then: (r, g) => {
      // Read by code: EAJE's 2 is found on the row where the sort put it.
      const entry = r.submission!.entries.find((e) => e.code === '3.2.a1.places_creees' && e.period === '2024' && e.member === 'eaje')!;
      expect(entry).toMatchObject({ value: 2, where: { sheet: FA32, cell: inputOf(g, '3.2.a1.places_creees', '2024', 'autre').cell } });
    },
  },
  {
    name: 'an inserted row',
    alter: (w, at) => spliceRows(sheetOf(w), Number(at(A, '2024').row), 0, []),
    expect: [{ code: 'layout_shifted', sheet: FA32 }],
    then: sameValues,
  },
  {
    name: 'a hidden column',
    alter: (w) => void (sheetOf(w).getColumn(6).hidden = true),
    expect: [],
    status: 'ok',
    then: sameValues,
  },
  {
    name: 'a deleted row (its code with it)',
    alter: (w, at) => spliceRows(sheetOf(w), Number(at(A, '2024').row), 1),
    expect: [{ code: 'code_missing', sheet: FA32, cell: null }],
    allow: ['layout_shifted'],
    then: (r) => {
      expect(r.findings.find((f) => f.code === 'code_missing')).toMatchObject({ indicator: A, params: { code: A } });
      expect(r.submission!.entries.filter((e) => e.code === A).map((e) => [e.state, e.where])).toEqual([
        ['empty', null],
        ['empty', null],
        ['empty', null],
      ]);
    },
  },
  {
    name: 'a duplicated row',
    alter: (w, at) => {
      const row = Number(at(A, '2024').row);
      spliceRows(sheetOf(w), row + 1, 0, sheetOf(w).getRow(row).values as unknown[]);
    },
    expect: (g) => [
      { code: 'code_duplicate', sheet: FA32, cell: `A${rowAt(g, A) + 1}` },
      // Its values are reported (and kept), not lost.
      { code: 'value_outside_input', times: 3 },
    ],
    allow: ['layout_shifted'],
  },
  {
    name: 'a code changed by hand',
    alter: (w, at) => void (sheetOf(w).getCell(`A${at(A, '2024').row}`).value = '3.2.a1.reunions'),
    expect: (g) => [
      { code: 'code_unknown', sheet: FA32, cell: `A${rowAt(g, A)}` },
      { code: 'code_missing', sheet: FA32 },
      { code: 'value_outside_input', times: 3 },
    ],
  },
  {
    name: 'a deleted period column',
    alter: (w) => sheetOf(w).spliceColumns(6, 1),
    expect: [{ code: 'column_missing', sheet: FA32, cell: null }],
    allow: ['layout_shifted'],
    then: (r) => expect(r.findings.find((f) => f.code === 'column_missing')!.period).toBe('2024'),
  },
  // --- sheets ---
  {
    name: 'a renamed sheet',
    alter: (w) => void (sheetOf(w).name = 'Petite enfance'),
    expect: [{ code: 'sheet_renamed', sheet: 'Petite enfance' }],
    then: async (r, g) => {
      const original = await validate(g.plan, g.fileName, g.bytes);
      expect(valuesOf(r)).toEqual(valuesOf(original));
    },
  },
  {
    name: 'a missing sheet',
    alter: (w) => w.removeWorksheet(w.getWorksheet('FA 6.1 - Logement')!.id),
    expect: [{ code: 'sheet_missing', sheet: null }],
    then: (r) => expect(r.findings[0]).toMatchObject({ fiche: '6.1', params: { expected: 'FA 6.1 - Logement' } }),
  },
  {
    name: 'a sheet added by the commune, with figures',
    alter: (w) => {
      const extra = w.addWorksheet('Mes calculs');
      extra.getCell('B2').value = 123;
    },
    expect: [{ code: 'sheet_unexpected', sheet: 'Mes calculs' }],
  },
  // --- identity ---
  {
    name: 'no `_ctg` sheet (figures copied into another workbook)',
    alter: (w) => w.removeWorksheet(w.getWorksheet(manifestSheetName)!.id),
    expect: [{ code: 'manifest_missing', sheet: null }],
    then: async (r, g) => {
      expect(r.respondent).toEqual({ code: g.respondent.code, name: g.respondent.name });
      expect(r.submission!.identity.source).toBe('fallback');
      await sameValues(r, g);
    },
  },
  {
    name: 'a return of another plan',
    alter: (w) => setManifest(w, 'plan_id', 'ctg-autre-2023'),
    expect: [{ code: 'plan_mismatch' }],
    then: (r) => expect(r.submission!.entries).toEqual([]),
  },
  { name: 'an older template version', alter: (w) => setManifest(w, 'plan_version', '0.9.0'), expect: [{ code: 'template_version' }], status: 'warnings' },
  {
    name: 'a respondent other than the file name says',
    fileName: () => 'CTG-P2A-2022-2025_04070_Digne-les-Bains.xlsx',
    expect: [{ code: 'respondent_mismatch' }],
    then: (r) => expect(r.respondent?.code).toBe('200067437'),
  },
  { name: 'a respondent the plan does not know', alter: (w) => setManifest(w, 'respondent_code', '99999'), expect: [{ code: 'respondent_unknown' }, { code: 'respondent_mismatch' }] },
  {
    name: 'a `_ctg` sheet whose cell map was damaged',
    alter: (w) => void (w.getWorksheet(manifestSheetName)!.getCell('A1').value = 'feuille'),
    expect: [{ code: 'manifest_invalid' }],
    then: sameValues,
  },
];

describe('returns corpus: structure, rules and identity', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { result, generated } = await runCase(c);
    expectFindings(result, c, generated);
    await c.then?.(result, generated);
  });

  it('a workbook with no code of the plan is not a return', async () => {
    const g = await filledReturn('epci');
    const { writeGrids } = await import('../support/writeGrids');
    const bytes = await writeGrids([{ name: 'Budget', rows: [['Poste', 'Montant'], ['Loyer', 1200]], formulas: [] }]);
    const result = await validate(g.plan, 'budget.xlsx', bytes);
    expect(result.findings.map((f) => [f.code, f.severity])).toEqual([
      ['manifest_missing', 'warning'],
      ['not_a_return', 'error'],
    ]);
    expect(result.status).toBe('errors');
  });
});
