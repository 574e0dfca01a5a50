/**
 * Plan × validated returns (+ an earlier consolidation) → Consolidation. Pure and deterministic:
 * the same inputs give the same consolidation; `now` is the only time it knows.
 */
import type { Plan } from '../plan/schema';
import { countBySeverity } from '../returns/findings';
import { completenessOf } from './completeness';
import { facilityReports } from './facilities';
import { countedOutcomes } from './figures';
import { consolidateIndicators } from './indicators';
import { followUpOf } from './followUpOf';
import { linkEarlierFindings, linkFindings } from './linkFindings';
import { valueOrder } from './order';
import { overflowFindings } from './overflow';
import { consolidatedRespondents } from './respondents';
import { selectSources } from './sources';
import { defaultErrorPolicy, type Consolidation, type ConsolidateOptions, type ReturnInput } from './types';

export function consolidate(plan: Plan, inputs: readonly ReturnInput[], options: ConsolidateOptions): Consolidation {
  const selection = selectSources(plan, inputs, options);
  const answered = new Set<string>([...selection.current.values()].map((v) => v.respondent));
  for (const code of selection.attributed) if (code !== null) answered.add(code);
  const respondents = consolidatedRespondents(plan, answered, options.expected);
  const order = valueOrder(plan, respondents);
  const values = [...selection.current.values()].sort(order);
  const indicators = consolidateIndicators(plan, respondents, selection.current);
  const findings = [
    ...linkEarlierFindings(options.earlier?.findings ?? [], values),
    ...linkFindings(inputs, selection.attributed, values),
    ...overflowFindings(indicators),
  ];
  const asOf = options.asOf ?? null;
  const completeness = completenessOf({ plan, respondents, current: selection.current, files: selection.files, findings, quarantined: selection.quarantined, asOf });
  // sources.ts lists the earlier files first, then this run's in the order of `inputs`.
  const taken = selection.files.slice(selection.files.length - inputs.length);
  const counted = new Set(selection.files.filter((f) => countedOutcomes.has(f.outcome)).map((f) => f.file));
  return {
    planId: plan.id,
    planVersion: plan.version,
    now: options.now,
    asOf,
    errorPolicy: { choice: options.errors ?? defaultErrorPolicy, isDefault: options.errors === undefined || options.errors === defaultErrorPolicy },
    periods: plan.periods.map((p) => p.id),
    respondents,
    files: selection.files,
    indicators,
    values,
    history: [...selection.history].sort((a, b) => order(a, b) || a.source.version - b.source.version),
    comments: [...selection.comments].sort((a, b) => order({ ...a, period: '' }, { ...b, period: '' })),
    findings,
    counts: countBySeverity(findings.filter((f) => f.finding.file === null || counted.has(f.finding.file)).map((f) => f.finding)),
    completeness,
    followUp: { ...followUpOf({ plan, asOf: asOf ?? options.now.slice(0, 10), values, indicators, completeness, respondents }), facilities: facilityReports(inputs, taken, options.earlier?.facilities) },
  };
}
