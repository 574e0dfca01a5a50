/**
 * Real returns for the tests: collection workbooks generated from a plan, filled in through
 * ExcelJS as a commune would (every cell to fill, with values that pass every check), then
 * altered one way per case. Validation runs the real path: bytes → readGrids → checks.
 */
import { indicatorSites } from '../../src/plan/walk';
import ExcelJS from 'exceljs';
import { validateReturn } from '../../src/app/validate';
import { collectionFileName } from '../../src/app/fileNames';
import { buildCollectionWorkbook, respondentsOf, type InputCell, type Respondent } from '../../src/collect';
import { facilityColumns, facilitySheetName, parseFacilityRowKey } from '../../src/collect/layout/facilities';
import { defaultPlan, planSchema, type Plan, type PlanInput } from '../../src/plan';
import { withoutFollowUp } from '../../src/plan/followUpPlan';
import type { ReturnResult, SubmissionEntry } from '../../src/returns';
import { readGrids } from '../../src/xlsx';
import { renderSpec } from '../../src/xlsx/renderSpec';

export const now = '2026-11-29T10:00:00.000Z';
export const plan = defaultPlan();

export function respondent(plan: Plan, code: 'epci' | 'caf' | string): Respondent {
  const all = respondentsOf(plan);
  return all.find((r) => r.kind === code) ?? all.find((r) => r.code === code)!;
}

/**
 * A variant of the default plan for what it does not exercise: a bounded, required indicator
 * (3.2.a1.reunions_collectives: at most 50 a year), a choice from a list, and percentages (the
 * cost sharing as plan 1.0.0 asked it: since 2.0.0 the default plan asks amounts, no percentage).
 */
export function variantPlan(): Plan {
  const input = structuredClone(defaultPlan()) as PlanInput;
  const fiche = input.fiches.find((f) => f.number === '1.1')!;
  fiche.indicators = [
    ...(fiche.indicators ?? []),
    {
      code: '1.1.thematique_principale',
      label: 'Thématique principale du travail de coopération',
      source: 'Variante de test',
      type: 'choice',
      list: 'thematique',
      reporters: ['epci'],
      periods: ['2023', '2024', '2025'],
      formation: { kind: 'listed' },
    },
  ];
  input.lists = [...(input.lists ?? []), { id: 'part_cout', label: 'Part du coût', options: [{ code: 'familles', label: 'Familles' }, { code: 'partenaires', label: 'Partenaires' }] }];
  for (const f of input.fiches)
    for (const a of f.actions ?? []) {
      for (const i of a.indicators ?? []) {
        if (i.code === '3.2.a1.reunions_collectives') Object.assign(i, { required: true, bounds: { min: 0, max: 50 } });
      }
      if (a.code === '3.2.a1') {
        a.indicators = [
          ...(a.indicators ?? []),
          {
            code: '3.2.a1.repartition_cout',
            label: 'Part du coût (en %)',
            source: 'Variante de test',
            type: 'percentage',
            unit: '%',
            bounds: { min: 0, max: 1 },
            breakdown: ['part_cout'],
            reporters: ['epci', 'commune'],
            periods: ['2023', '2024', '2025'],
            formation: { kind: 'latest' },
          },
        ];
      }
    }
  return planSchema.parse(input);
}

/** Values that pass every check of the default plan: constant over the years, rules respected. */
const integers: Record<string, number> = {
  '3.2.a1.projets': 6,
  '3.2.a1.projets_soutenus': 2,
  '3.2.a2.reponses_aap': 20,
  '3.2.a2.projets_soutenus': 3,
  '3.2.a2.enfants_beneficiaires': 12,
  '3.2.a2.familles_beneficiaires': 8,
  '3.1.a2.ambassadeurs': 2,
};

const listsByPlan = new WeakMap<Plan, Map<string, string | undefined>>();

function listOf(plan: Plan, code: string): string | undefined {
  let lists = listsByPlan.get(plan);
  if (lists === undefined) listsByPlan.set(plan, (lists = new Map(indicatorSites(plan).map((s) => [s.indicator.code, s.indicator.list]))));
  return lists.get(code);
}

export function validValue(plan: Plan, input: InputCell): ExcelJS.CellValue {
  const year = Number(input.period);
  switch (input.type) {
    case 'integer':
      return integers[input.code] ?? 5;
    case 'decimal':
      return 1.5;
    case 'amount':
      return 1200;
    case 'percentage':
      return input.member === 'familles' ? 0.3 : 0.7;
    case 'yesNo':
    case 'deliverable':
      return 'Oui';
    case 'date':
      return new Date(Date.UTC(year, 5, 15));
    case 'text':
      return 'Questionnaire diffusé aux familles';
    case 'choice': {
      // The indicator's own list: the thematic list, or the state of an action's follow-up.
      const list = plan.lists.find((l) => l.id === listOf(plan, input.code))!;
      return list.options[Math.min(2, list.options.length - 1)]!.label;
    }
    case 'comment':
      return 'Chiffres issus du bilan annuel.';
  }
}

export type Generated = { plan: Plan; respondent: Respondent; inputs: InputCell[]; fileName: string; bytes: Uint8Array };

const cache = new Map<string, Promise<Generated>>();

/** The generated workbook of a respondent, every cell to fill filled with a valid value (comments on one row a sheet). */
export function filledReturn(which: 'epci' | 'caf' | string = 'epci', planOf: () => Plan = () => plan, key = 'default'): Promise<Generated> {
  const id = `${key}:${which}`;
  if (!cache.has(id)) {
    cache.set(
      id,
      (async () => {
        const p = planOf();
        const r = respondent(p, which);
        const { spec, inputs } = buildCollectionWorkbook(p, r, { now });
        const workbook = await load(await renderSpec(spec));
        const commented = new Set<string>();
        for (const input of inputs) {
          if (input.type === 'comment' && commented.has(input.sheet)) continue;
          if (input.type === 'comment') commented.add(input.sheet);
          workbook.getWorksheet(input.sheet)!.getCell(input.cell).value = validValue(p, input);
        }
        fillFacilityTab(workbook);
        return { plan: p, respondent: r, inputs, fileName: collectionFileName(p, r), bytes: await save(workbook) };
      })(),
    );
  }
  return cache.get(id)!;
}

/** Every listed facility of the « Annexe 2 » tab (when the respondent has one) open and supported, every year. */
export function fillFacilityTab(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.getWorksheet(facilitySheetName);
  if (sheet === undefined) return;
  const column = (role: string) => facilityColumns.findIndex((c) => c.role === role) + 1;
  sheet.eachRow((row) => {
    const key = parseFacilityRowKey(String(row.getCell(column('code')).value ?? ''));
    if (key?.kind !== 'listed') return;
    row.getCell(column('status')).value = 'Ouvert';
    row.getCell(column('supported')).value = 'Oui';
    row.getCell(column('supportedBy')).value = 'Commune, Caf';
  });
}

export async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

export async function save(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Where the generator put (code, period, member). */
export function inputOf(generated: Generated, code: string, period: string, member = ''): InputCell {
  const input = generated.inputs.find((c) => c.code === code && c.period === period && c.member === member && c.type !== 'comment');
  if (input === undefined) throw new Error(`No input cell for ${code} ${period} ${member}`);
  return input;
}

export type Alter = (workbook: ExcelJS.Workbook, at: (code: string, period: string, member?: string) => ExcelJS.Cell) => void | Promise<void>;

export async function alter(generated: Generated, change: Alter): Promise<Uint8Array> {
  const workbook = await load(generated.bytes);
  await change(workbook, (code, period, member = '') => {
    const input = inputOf(generated, code, period, member);
    return workbook.getWorksheet(input.sheet)!.getCell(input.cell);
  });
  return save(workbook);
}

export async function validate(plan: Plan, fileName: string, bytes: Uint8Array): Promise<ReturnResult> {
  return validateReturn(plan, { fileName, bytes }, { readGrids: (b, reach) => readGrids(b, { reach }) });
}

/** Entries by `code|period|member` → state and value, for comparing what two returns say. */
export function valuesOf(result: ReturnResult): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of result.submission?.entries ?? []) out[`${e.code}|${e.period}|${e.member}`] = describe(e);
  return out;
}

function describe(e: SubmissionEntry): string {
  return e.state === 'value' ? `${e.state}:${JSON.stringify(e.value)}` : e.state;
}

/**
 * Insert or delete rows as Excel does, merged ranges included (ExcelJS's own spliceRows leaves
 * merges where they were, which no spreadsheet would).
 */
export function spliceRows(sheet: ExcelJS.Worksheet, start: number, count: number, ...inserts: unknown[][]): void {
  const merges = [...((sheet.model as { merges?: string[] }).merges ?? [])];
  for (const range of merges) sheet.unMergeCells(range);
  sheet.spliceRows(start, count, ...inserts);
  const shift = inserts.length - count;
  for (const range of merges) {
    const [from, to] = range.split(':') as [string, string];
    const rowOf = (ref: string) => Number(/\d+$/.exec(ref)![0]);
    const colOf = (ref: string) => /^[A-Z]+/.exec(ref)![0];
    const top = rowOf(from);
    if (top >= start && top < start + count) continue;
    const moved = (ref: string) => `${colOf(ref)}${rowOf(ref) >= start ? rowOf(ref) + shift : rowOf(ref)}`;
    sheet.mergeCells(`${moved(from)}:${moved(to)}`);
  }
}

export function rowOf(cell: string): number {
  return Number(/\d+$/.exec(cell)![0]);
}

/**
 * The plan for tests of the checking's plumbing on empty or hand-filled templates: the convention's
 * indicators only — without the actions' follow-up (its states are required) and without Annexe 2's
 * facilities (each holder must answer for them); test/consolidate/followUp.test.ts and test/annexe2
 * check those.
 */
export function plumbingPlan(p: Plan): Plan {
  const indicatorsOnly = withoutFollowUp(p);
  return { ...indicatorsOnly, territory: { ...indicatorsOnly.territory, facilities: [] } };
}
