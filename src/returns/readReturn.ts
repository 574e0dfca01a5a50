/**
 * A return's grids, checked against the plan: Grid[] × Plan × file name → Submission + every
 * finding. Pure and synchronous, so it can be timed apart from reading the file.
 */
import type { Plan } from '../plan/schema';
import type { Grid, GridReach } from '../workbook/grid';
import { checkBreakdowns } from './checkBreakdowns';
import { checkCells, position } from './checkCells';
import { checkCompleteness } from './checkCompleteness';
import { checkPlausibility, type PlausibilityOptions } from './checkPlausibility';
import { checkRules } from './checkRules';
import { checkUnexpected } from './checkUnexpected';
import { entryMap } from './entries';
import { readFacilities } from './facilities';
import { baseName } from './fileName';
import type { Finding } from './findings';
import { locate } from './locate';
import { indexPlan, type PlanIndex } from './planIndex';
import { readerFindings } from './readerFindings';
import { recognise } from './recognise';
import type { Submission } from './submission';

export type CheckOptions = {
  plausibility?: PlausibilityOptions;
  /** ISO date: periods ended before it are due (completeness). Every collected period when absent. */
  asOf?: string;
  /** ISO instant of the run: a `generated_at` after it is reported (src/returns/instant.ts). Not judged when absent. */
  now?: string;
  /** A plan index built once for many returns (`indexPlan(plan)`). */
  index?: PlanIndex;
  /** The reach the grids were read with (`templateReach(plan)`), quoted by the findings on what lay beyond. */
  reach?: GridReach;
};

export type CheckedReturn = { submission: Submission; findings: Finding[] };

export function checkReturn(grids: readonly Grid[], plan: Plan, fileName: string, options: CheckOptions = {}): CheckedReturn {
  const file = baseName(fileName);
  const index = options.index ?? indexPlan(plan);
  const recognised = recognise(grids, index, file, options.now !== undefined ? { now: options.now } : {});
  const submission: Submission = { file, identity: recognised.identity, entries: [], comments: [], strays: [] };
  if (recognised.stop) return { submission, findings: finish([...recognised.findings, ...readerFindings(grids, options.reach, [])], grids, file) };

  const { expected } = recognised;
  const located = locate(grids, expected, index, { shareGrids: recognised.identity.source === 'fallback' });
  const cells = checkCells(expected, located, index);
  const entries = entryMap(cells.entries);
  const unexpected = checkUnexpected(expected, located, index);
  const breakdowns = checkBreakdowns(expected, located, index, entries);
  submission.entries = cells.entries;
  submission.comments = cells.comments;
  const facilities = readFacilities(grids, {
    plan,
    // A respondent the plan does not know answers for no facility (respondent_unknown says so).
    respondent: recognised.identity.respondent?.kind != null ? recognised.identity.respondent.code : null,
    periods: recognised.identity.periods.length > 0 ? recognised.identity.periods : plan.periods.map((p) => p.id),
    ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
  });
  submission.facilities = facilities.answers;
  submission.strays = unique([...cells.strays, ...unexpected.strays, ...breakdowns.strays], (s) => `${s.where.sheet}\u0000${s.where.cell}`);
  const findings = [
    ...recognised.findings,
    ...located.findings,
    ...cells.findings,
    ...unexpected.findings,
    ...breakdowns.findings,
    ...checkRules(plan, expected, located, index, entries),
    ...checkPlausibility(plan, expected, index, entries, options.plausibility),
    ...checkCompleteness(expected, index, entries, options.asOf),
    ...facilities.findings,
  ];
  findings.push(...readerFindings(grids, options.reach, cells.findings));
  return { submission, findings: finish(findings, grids, file) };
}

/** First of each key: sheets sharing one grid (a workbook of the commune's own) see the same stray cells. */
function unique<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The file's name on every finding, and an order a person can follow: the file, then sheet by sheet, cell by cell. */
function finish(all: Finding[], grids: readonly Grid[], file: string): Finding[] {
  const findings = unique(all, (f) => (f.cell === null ? `${all.indexOf(f)}` : [f.code, f.sheet, f.cell, f.period, f.member, f.params.rule ?? ''].join('\u0000')));
  const sheetOrder = new Map(grids.map((g, i) => [g.name, i]));
  const keyed = findings.map((f, i) => {
    const at = position(f.cell);
    return { f: { ...f, file }, sheet: f.sheet === null ? -1 : (sheetOrder.get(f.sheet) ?? grids.length), row: at.row, column: at.column, i };
  });
  keyed.sort((a, b) => a.sheet - b.sheet || a.row - b.row || a.column - b.column || a.i - b.i);
  return keyed.map((k) => k.f);
}
