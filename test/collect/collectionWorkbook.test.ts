/** The collection workbook as a spec: which indicators, which cells, which rules, per respondent. */
import { buildCollectionWorkbook, isValidSheetName, respondentsOf, selectRespondents, type Respondent, type RespondentSelection } from '../../src/collect';
import { defaultPlan, indicatorSites, isAsked } from '../../src/plan';
import { parseA1 } from '../../src/workbook/a1';
import type { CellSpec, SheetSpec } from '../../src/workbook/spec';

const plan = defaultPlan();
const now = '2026-11-29T10:00:00.000Z';
const respondents = respondentsOf(plan);
const byCode = (code: string) => respondents.find((r) => r.code === code) as Respondent;

const cases: Array<[string, Respondent]> = [
  ['the Caf', byCode('caf04')],
  ['the EPCI', byCode('200067437')],
  ['a signatory commune (Digne-les-Bains)', byCode('04070')],
  ['a non-signatory commune (Barles)', byCode('04020')],
];

function cellAt(sheet: SheetSpec, ref: string): CellSpec | undefined {
  const at = parseA1(ref);
  return at ? sheet.rows[at.row]?.[at.column] : undefined;
}

describe.each(cases)('the workbook of %s', (_name, respondent) => {
  const { spec, inputs } = buildCollectionWorkbook(plan, respondent, { now });
  const sheets = new Map(spec.sheets.map((s) => [s.name, s]));

  it('has valid, unique sheet names, « Lisez-moi » first and `_ctg` very hidden', () => {
    const names = spec.sheets.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(isValidSheetName(name)).toBe(true);
    expect(names[0]).toBe('Lisez-moi');
    expect(sheets.get('_ctg')?.visibility).toBe('veryHidden');
  });

  it('asks for exactly the indicators this kind of respondent reports, for their periods (a figure shown from another is not asked)', () => {
    const expected = indicatorSites(plan)
      .filter((s) => isAsked(s.indicator.reporters, respondent) && s.indicator.formation.kind !== 'sameAs')
      .flatMap((s) => s.indicator.periods.map((p) => `${s.indicator.code}@${p}`));
    const asked = new Set(inputs.filter((c) => c.type !== 'comment').map((c) => `${c.code}@${c.period}`));
    expect([...asked].sort()).toEqual([...new Set(expected)].sort());
  });

  it('puts an unlocked cell with an input rule behind every entry of the map, and nothing else unlocked', () => {
    const mapped = new Set(inputs.map((c) => `${c.sheet}!${c.cell}`));
    for (const input of inputs) {
      const cell = cellAt(sheets.get(input.sheet) as SheetSpec, input.cell);
      expect(cell?.unlocked).toBe(true);
      expect(cell?.input).toBeDefined();
    }
    // « Annexe 2 » is read by its own layout (collect/layout/facilities.ts), not by the map: each of its open cells has a rule.
    for (const sheet of spec.sheets) {
      sheet.rows.forEach((row, r) =>
        row?.forEach((cell, c) => {
          if (cell?.unlocked && sheet.name === 'Annexe 2') expect(cell.input).toBeDefined();
          else if (cell?.unlocked) expect(mapped.has(`${sheet.name}!${String.fromCharCode(65 + c)}${r + 1}`)).toBe(true);
        }),
      );
    }
  });

  it('protects every visible sheet and freezes the header of the fiche sheets', () => {
    for (const sheet of spec.sheets) expect(sheet.protection).toBeDefined();
    for (const sheet of spec.sheets.filter((s) => s.name.startsWith('FA '))) {
      expect(sheet.freeze).toEqual({ rows: 5, columns: 2 });
      expect(sheet.print).toMatchObject({ orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatRows: [5, 5] });
    }
  });

  it('gives every broken-down indicator one row per member and a total summing them', () => {
    for (const sheet of spec.sheets.filter((s) => s.name.startsWith('FA '))) {
      sheet.rows.forEach((row, r) => {
        const code = row?.[0]?.value;
        if (typeof code !== 'string' || !code.endsWith('/total')) return;
        const base = code.slice(0, -'/total'.length);
        const memberRows = sheet.rows
          .map((other, i) => ({ code: other?.[0]?.value, row: i + 1 }))
          .filter((m) => typeof m.code === 'string' && m.code.startsWith(`${base}/`) && m.code !== code);
        const first = memberRows[0]?.row;
        const last = memberRows[memberRows.length - 1]?.row;
        const formulas = (row ?? []).map((c) => c?.formula).filter((f): f is string => f !== undefined);
        expect(formulas.length).toBeGreaterThan(0);
        for (const formula of formulas) expect(formula).toMatch(new RegExp(`^IF\\(COUNT\\((?<c>[A-Z])${first}:\\k<c>${last}\\)=0,"",SUM\\(\\k<c>${first}:\\k<c>${last}\\)\\)$`));
        expect(last).toBe(r);
      });
    }
  });
});

describe('respondent selection', () => {
  it.each<[RespondentSelection, number]>([
    // The Caf, the EPCI, the four partners of Annexe 2 and the 46 communes; partners have not signed.
    [{ kind: 'all' }, 52],
    [{ kind: 'signatories' }, 12],
    // The campaign's default: the signatories and the partners the plan names.
    [{ kind: 'expected' }, 16],
    [{ kind: 'codes', codes: ['04070', 'caf04'] }, 2],
  ])('%j selects %i respondents', (selection, count) => {
    const result = selectRespondents(plan, selection);
    expect(result.ok && result.respondents.length).toBe(count);
  });

  it('reports every unknown code', () => {
    expect(selectRespondents(plan, { kind: 'codes', codes: ['04070', '99999', 'mairie'] })).toEqual({ ok: false, unknown: ['99999', 'mairie'] });
  });
});

describe('options', () => {
  it('restricts the input columns to the chosen periods', () => {
    const { inputs } = buildCollectionWorkbook(plan, byCode('04070'), { now, periods: ['2024'] });
    expect(new Set(inputs.filter((c) => c.type !== 'comment').map((c) => c.period))).toEqual(new Set(['2024']));
  });

  it('marks periods where an indicator does not apply as not to fill', () => {
    const { spec } = buildCollectionWorkbook(plan, byCode('200067437'), { now });
    const sheet = spec.sheets.find((s) => s.name.startsWith('FA 3.1')) as SheetSpec;
    const row = sheet.rows.find((r) => r?.[0]?.value === '3.1.a2.participants_forum');
    // Columns D..G are 2022..2025; the forum is from spring 2024.
    expect(row?.slice(3, 7).map((c) => c?.style)).toEqual(['notApplicable', 'notApplicable', 'input.integer', 'input.integer']);
  });

  it('protects with a password only when asked', () => {
    const open = buildCollectionWorkbook(plan, byCode('04070'), { now });
    const locked = buildCollectionWorkbook(plan, byCode('04070'), { now, password: 'secret' });
    expect(open.spec.sheets[1]?.protection).toEqual({});
    expect(locked.spec.sheets[1]?.protection).toEqual({ password: 'secret' });
  });
});

describe('isValidSheetName: what Excel accepts as a sheet name', () => {
  it.each([
    ['FA 3.2 - Accueil 0-3 ans', true],
    ['x'.repeat(31), true],
    ['x'.repeat(32), false],
    ['', false],
    ['a/b', false],
    ['a[1]', false],
    ["'quoted'", false],
    ['History', false],
    ['history', false],
    ['Value history', true],
  ])('%j → %s', (name, valid) => {
    expect(isValidSheetName(name)).toBe(valid);
  });
});

describe('the objectives of a fiche', () => {
  const epci = respondentsOf(defaultPlan()).find((r) => r.kind === 'epci')!;
  const plan = defaultPlan();
  const { spec } = buildCollectionWorkbook(plan, epci, { now: '2026-12-05T10:00:00.000Z' });
  const withSeveral = plan.fiches.filter((f) => f.objectives.length > 1 && spec.sheets.some((s) => s.name.startsWith(`FA ${f.number} `)));

  it.each(withSeveral.map((f) => [f.number, f] as const))('fiche %s: one objective a line, never run together', (_n, fiche) => {
    const sheet = spec.sheets.find((s) => s.name.startsWith(`FA ${fiche.number} `))!;
    const text = String(sheet.rows[2]?.[0]?.value);
    expect(text.split('\n')).toEqual(['Objectifs :', ...fiche.objectives.map((o) => `• ${o}`)]);
  });

  it('the fiches tested have several objectives', () => expect(withSeveral.length).toBeGreaterThan(2));
});
