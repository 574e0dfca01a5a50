/**
 * A small plan and returns built directly as validated results, so that the consolidation rules
 * can be checked case by case without reading files.
 */
import { respondentsOf } from '../../src/collect';
import type { ReturnInput } from '../../src/consolidate';
import { isAsked, parsePlan, type Plan, type PlanInput } from '../../src/plan';
import { indicatorSites } from '../../src/plan/walk';
import { breakdownMembers } from '../../src/plan/breakdown';
import { finding, type Finding, type FindingCode } from '../../src/returns/findings';
import { statusOf, type ReturnResult } from '../../src/returns/result';
import type { SubmissionEntry } from '../../src/returns/submission';
import type { CellValue } from '../../src/workbook/grid';

/** An indicator of the test plan: a count of communes over 2023–2025, unless `extra` says otherwise. */
const indicator = (code: string, extra: object) => ({
  code,
  label: `Libellé ${code}`,
  source: `Source ${code}`,
  type: 'integer' as const,
  reporters: ['commune' as const],
  periods: ['2023', '2024', '2025'],
  formation: { kind: 'sum' as const },
  ...extra,
});

export const smallPlanInput: PlanInput = {
  id: 'ctg-test',
  title: 'CTG de test',
  version: '1.0',
  signedOn: '2023-01-15',
  periods: ['2023', '2024', '2025'].map((y) => ({ id: y, label: `Année ${y}`, start: `${y}-01-01`, end: `${y}-12-31` })),
  parties: [
    { code: 'caf', kind: 'caf', name: 'Caf de test' },
    { code: 'epci1', kind: 'epci', name: 'Agglo de test' },
  ],
  territory: {
    communes: [
      { insee: '04001', name: 'Aiglun', signatory: true },
      { insee: '04002', name: 'Bévons', signatory: true },
      { insee: '04003', name: 'Céreste', signatory: false },
    ],
    source: 'test',
  },
  lists: [
    { id: 'type', label: 'Type', options: [{ code: 'eaje', label: 'EAJE' }, { code: 'mam', label: 'MAM' }] },
    { id: 'fin', label: 'Financeur', options: [{ code: 'familles', label: 'Familles' }, { code: 'partenaires', label: 'Partenaires' }] },
  ],
  fiches: [
    {
      number: '1.1',
      theme: { number: 1, label: 'Thème' },
      title: 'Fiche de test',
      shortTitle: 'Test',
      actions: [
        {
          number: 1,
          code: '1.1.a1',
          title: 'Action de test',
          indicators: [
            indicator('t.sum', {
              reporters: ['commune', 'epci'],
              formation: { kind: 'distinctSum', split: 'L’EPCI et chaque commune déclarent chacun les leurs.' },
              trackEvolution: true,
              targets: { '2024': 10, '2025': 50 },
            }),
            indicator('t.places', { breakdown: ['type'], trackEvolution: true }),
            indicator('t.part', { type: 'amount', unit: '€', breakdown: ['fin'], formation: { kind: 'sum', shares: true } }),
            indicator('t.max', { formation: { kind: 'max' } }),
            indicator('t.charte', { type: 'deliverable', formation: { kind: 'latest' }, reporters: ['commune', 'epci'] }),
            indicator('t.texte', { type: 'text', formation: { kind: 'listed' } }),
            indicator('t.late', { periods: ['2025'] }),
          ],
        },
      ],
    },
    {
      number: '2.1',
      theme: { number: 2, label: 'Thème 2' },
      title: 'Fiche de la Caf',
      shortTitle: 'Caf',
      actions: [{ number: 1, code: '2.1.a1', title: 'Action de la Caf', indicators: [] }],
      indicators: [indicator('t.caf', { reporters: ['caf'] })],
    },
  ],
};

export function smallPlan(): Plan {
  const result = parsePlan(structuredClone(smallPlanInput));
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.plan;
}

/** A value, « NC », an empty cell (null), or something refused as typed. */
export type Answer = number | boolean | string | null | { invalid: CellValue };

export type ReturnOptions = {
  file?: string;
  generatedAt?: string | null;
  fileDate?: string | null;
  importedAt?: string;
  /** Periods the workbook collected (all by default). */
  periods?: string[];
  findings?: Array<{ code: FindingCode; key?: string; fiche?: string; period?: string }>;
  comments?: Record<string, string>;
  planId?: string;
};

/** `code|period|member` → answer; every other expected cell is empty. */
export function returnOf(plan: Plan, respondentCode: string, answers: Record<string, Answer>, options: ReturnOptions = {}): ReturnInput {
  const respondent = respondentsOf(plan).find((r) => r.code === respondentCode)!;
  const file = options.file ?? `${respondentCode}.xlsx`;
  const periods = options.periods ?? plan.periods.map((p) => p.id);
  const entries: SubmissionEntry[] = [];
  const where = new Map<string, { sheet: string; cell: string }>();
  let row = 6;
  for (const site of indicatorSites(plan)) {
    if (!isAsked(site.indicator.reporters, respondent)) continue;
    const members = breakdownMembers(site.indicator, plan.lists).map((m) => m.code);
    for (const member of members.length > 0 ? members : ['']) {
      row++;
      site.indicator.periods.forEach((period) => {
        if (!periods.includes(period)) return;
        const key = `${site.indicator.code}|${period}|${member}`;
        const at = { sheet: `FA ${site.fiche.number}`, cell: `${String.fromCharCode(68 + plan.periods.findIndex((p) => p.id === period))}${row}` };
        where.set(key, at);
        const answer = answers[key] ?? null;
        const base = { code: site.indicator.code, period, member, where: at };
        if (answer === null) entries.push({ ...base, state: 'empty', value: null, raw: null });
        else if (answer === 'NC') entries.push({ ...base, state: 'nc', value: null, raw: 'NC' });
        else if (typeof answer === 'object') entries.push({ ...base, state: 'invalid', value: null, raw: answer.invalid });
        else entries.push({ ...base, state: 'value', value: answer, raw: typeof answer === 'boolean' ? (answer ? 'Oui' : 'Non') : answer });
      });
    }
  }
  const findings: Finding[] = (options.findings ?? []).map((f) => {
    const at = f.key !== undefined ? where.get(f.key) : undefined;
    const [code, period, member] = f.key?.split('|') ?? [];
    return finding(f.code, {
      file,
      sheet: at?.sheet ?? null,
      cell: at?.cell ?? null,
      fiche: f.fiche ?? (at !== undefined ? at.sheet.slice(3) : null),
      indicator: code ?? null,
      period: f.period ?? period ?? null,
      member: member || null,
    });
  });
  const result: ReturnResult = {
    file,
    respondent: { code: respondent.code, name: respondent.name },
    status: statusOf(findings),
    findings,
    submission: {
      file,
      identity: {
        source: 'manifest',
        planId: options.planId ?? plan.id,
        planVersion: plan.version,
        respondent: { code: respondent.code, name: respondent.name, kind: respondent.kind },
        periods,
        generatedAt: options.generatedAt === undefined ? '2025-12-01T09:00:00.000Z' : options.generatedAt,
      },
      entries,
      comments: Object.entries(options.comments ?? {}).map(([key, text]) => {
        const [code, member] = key.split('|');
        return { code: code!, member: member ?? '', text, where: { sheet: 'FA 1.1', cell: 'J7' } };
      }),
      strays: [],
    },
  };
  return { result, fileDate: options.fileDate ?? null, importedAt: options.importedAt ?? '2026-02-01T10:00:00.000Z' };
}

export function refused(file: string): ReturnInput {
  return {
    result: { file, respondent: null, status: 'refused', findings: [finding('file_refused', { file, params: { reason: 'corrupt', detail: 'Fichier illisible.' } })], submission: null },
    fileDate: null,
    importedAt: '2026-02-01T10:00:00.000Z',
  };
}

export const now = '2026-02-01T10:00:00.000Z';
