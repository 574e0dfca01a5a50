/**
 * The state of the « Consolider » view: the adviser's choices (error policy, where the
 * consolidation goes) start from the preferences and are saved when the consolidation runs; the
 * run itself is a cancellable task.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Consolidation, ErrorPolicy } from '../../consolidate/types';
import type { ConsolidationSummary, ConsolidationTarget, Surface } from '../effects/types';
import { useTask, type Task } from '../task/useTask';
import type { ConsolidateViewProps } from './viewProps';

/** Where a consolidation can go on each surface: outside Excel, only a download. */
export function targetsOf(surface: Surface): ConsolidationTarget[] {
  return surface === 'excel' ? ['workbook-tabs', 'new-workbook', 'download'] : ['download'];
}

export type ConsolidateState = {
  errorPolicy: ErrorPolicy;
  setErrorPolicy: (policy: ErrorPolicy) => void;
  target: ConsolidationTarget;
  setTarget: (target: ConsolidationTarget) => void;
  targets: ConsolidationTarget[];
  /** False when there is nothing to consolidate (no return imported). */
  canRun: boolean;
  run: () => void;
  task: Task<ConsolidationSummary>;
};

export function useConsolidateState({ effects, plan, returns, preferences, onPreferences }: ConsolidateViewProps, label: string): ConsolidateState {
  // The adviser's choices override the preferences only once made (the preferences may load after the view).
  const [chosen, setChosen] = useState<{ errorPolicy?: ErrorPolicy; target?: ConsolidationTarget }>({});
  const targets = targetsOf(effects.surface);
  const errorPolicy = chosen.errorPolicy ?? preferences.errorPolicy;
  const wanted = chosen.target ?? preferences.consolidationTarget;
  const target = targets.includes(wanted) ? wanted : 'download';
  const task = useTask<ConsolidationSummary>();
  const { run: runTask, reset } = task;
  // A summary describes the returns it was made from: once the list changes it would mislead.
  const consolidated = useRef(returns);
  useEffect(() => {
    if (consolidated.current !== returns && task.state.kind === 'done') reset();
  }, [returns, task.state.kind, reset]);
  const canRun = returns.length > 0 && task.state.kind !== 'running';

  const run = useCallback(() => {
    if (returns.length === 0) return;
    // Outside Excel the target is forced: the one saved for Excel is left as it was.
    const consolidationTarget = effects.surface === 'excel' ? target : preferences.consolidationTarget;
    if (errorPolicy !== preferences.errorPolicy || consolidationTarget !== preferences.consolidationTarget) {
      onPreferences({ ...preferences, errorPolicy, consolidationTarget });
    }
    consolidated.current = returns;
    void runTask(label, (control) => effects.consolidate(plan, returns, { target, errorPolicy }, control));
  }, [returns, effects, target, errorPolicy, preferences, onPreferences, runTask, label, plan]);

  return {
    errorPolicy,
    setErrorPolicy: (policy) => setChosen((c) => ({ ...c, errorPolicy: policy })),
    target,
    setTarget: (t) => setChosen((c) => ({ ...c, target: t })),
    targets,
    canRun,
    run,
    task,
  };
}

/** The figures of a consolidation the summary shows. */
export type ConsolidationFigures = {
  files: Record<Consolidation['files'][number]['outcome'], number>;
  /** Respondents expected to answer, by how complete they are. */
  respondents: { expected: number; answered: number; partial: number; missing: number; excluded: number };
};

export function consolidationFigures(c: Consolidation): ConsolidationFigures {
  const files = { used: 0, superseded: 0, quarantined: 0, refused: 0, unattributed: 0 };
  for (const f of c.files) files[f.outcome]++;
  const expected = new Set(c.respondents.filter((r) => r.expected).map((r) => r.code));
  const mine = c.completeness.respondents.filter((r) => expected.has(r.respondent));
  const count = (status: string) => mine.filter((r) => r.status === status).length;
  return {
    files,
    respondents: { expected: mine.length, answered: count('answered'), partial: count('partial'), missing: count('missing'), excluded: count('excluded') },
  };
}
