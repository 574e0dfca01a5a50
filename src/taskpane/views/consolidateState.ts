/**
 * The state of the « Consolider » view: the adviser's choices (error policy, where the
 * consolidation goes) start from the preferences and are saved when the consolidation runs; the
 * run itself is a cancellable task.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ErrorPolicy } from '../../consolidate/types';
import type { ConsolidationSummary, ConsolidationTarget, ImportedReturn, Surface } from '../effects/types';
import { isSheetModified } from '../task/isSheetModified';
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
  /** Returns whose name or sheets name another respondent than their `_ctg` sheet: set apart unless ticked. */
  disputed: readonly ImportedReturn[];
  /** File names ticked « Utiliser quand même ». */
  confirmed: ReadonlySet<string>;
  setConfirmed: (fileName: string, use: boolean) => void;
  /** False when there is nothing to consolidate (no return imported). */
  canRun: boolean;
  /** `overwrite`: the adviser confirmed replacing consolidation tabs they changed by hand (Excel). */
  run: (overwrite?: boolean) => void;
  /** The last write into the tabs was refused over tabs changed by hand: offer « Remplacer quand même ». */
  canOverwrite: boolean;
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
  // Never remembered in the preferences: vouching for a file is a decision about that file, made each time.
  const [confirmed, setConfirmedSet] = useState<ReadonlySet<string>>(new Set());
  const disputed = returns.filter((r) => (r.result.submission?.identity.disagreements?.length ?? 0) > 0);
  const { run: runTask, reset } = task;
  // A summary describes the returns it was made from: once the list changes it would mislead.
  const consolidated = useRef(returns);
  useEffect(() => {
    if (consolidated.current !== returns && task.state.kind === 'done') reset();
  }, [returns, task.state.kind, reset]);
  const canRun = returns.length > 0 && task.state.kind !== 'running';

  const run = useCallback((overwrite = false) => {
    if (returns.length === 0) return;
    // Outside Excel the target is forced: the one saved for Excel is left as it was.
    const consolidationTarget = effects.surface === 'excel' ? target : preferences.consolidationTarget;
    if (errorPolicy !== preferences.errorPolicy || consolidationTarget !== preferences.consolidationTarget) {
      onPreferences({ ...preferences, errorPolicy, consolidationTarget });
    }
    consolidated.current = returns;
    const confirmedIdentity = returns.map((r) => r.result.file).filter((file) => confirmed.has(file));
    const choice = { target, errorPolicy, ...(confirmedIdentity.length > 0 ? { confirmedIdentity } : {}), ...(overwrite ? { overwrite: true } : {}) };
    void runTask(label, (control) => effects.consolidate(plan, returns, choice, control));
  }, [returns, effects, target, errorPolicy, confirmed, preferences, onPreferences, runTask, label, plan]);

  return {
    errorPolicy,
    setErrorPolicy: (policy) => setChosen((c) => ({ ...c, errorPolicy: policy })),
    target,
    setTarget: (t) => setChosen((c) => ({ ...c, target: t })),
    targets,
    disputed,
    confirmed,
    setConfirmed: (fileName, use) =>
      setConfirmedSet((before) => {
        const next = new Set(before);
        if (use) next.add(fileName);
        else next.delete(fileName);
        return next;
      }),
    canRun,
    run,
    canOverwrite: target === 'workbook-tabs' && task.state.kind === 'failed' && isSheetModified(task.state.error),
    task,
  };
}

/** The figures of a consolidation the summary shows: computed once for every surface, in src/consolidate. */
export { consolidationFigures, type ConsolidationFigures } from '../../consolidate/figures';
