/**
 * The session of the pane: the plan in use, the returns imported, the adviser's preferences.
 * Loaded once from the effects (the workbook's plan sheets or the embedded plan; the workbook's
 * settings or the browser's storage); preferences are saved whenever a view changes them.
 */
import { useCallback, useEffect, useState } from 'react';
import type { LoadedPlan } from '../../app/loadPlan';
import type { ReturnsRecord } from '../effects/returnsRecord';
import type { ImportedReturn, PaneEffects, PlanInUse, Preferences } from '../effects/types';
import { describeError } from '../task/describeError';

export type Session =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; planInUse: PlanInUse; startupProblem: LoadedPlan | undefined; returns: ImportedReturn[]; preferences: Preferences; remembered: ReturnsRecord | null };

export type PaneSession = {
  session: Session;
  retry: () => void;
  setPlan: (plan: PlanInUse) => void;
  setReturns: (returns: ImportedReturn[]) => void;
  setPreferences: (preferences: Preferences) => void;
  /** Set when saving the preferences failed (the work itself is not affected). */
  saveProblem: string | null;
};

export function usePaneSession(effects: PaneEffects): PaneSession {
  const [session, setSession] = useState<Session>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [saveProblem, setSaveProblem] = useState<string | null>(null);

  useEffect(() => {
    let active = true;
    setSession({ kind: 'loading' });
    // The returns an earlier session took in, in this workbook (Excel): said, not lost; a record that cannot be read is none.
    const remembered = effects.rememberedReturns?.().catch(() => null) ?? Promise.resolve(null);
    Promise.all([effects.initialPlan(), effects.loadPreferences(), remembered]).then(
      ([initial, preferences, record]) => {
        if (active) setSession({ kind: 'ready', planInUse: initial.plan, startupProblem: initial.problem, returns: [], preferences, remembered: record });
      },
      (error: unknown) => {
        if (active) setSession({ kind: 'failed', message: describeError(error, effects.lang) });
      },
    );
    return () => {
      active = false;
    };
  }, [effects, attempt]);

  const update = useCallback((change: (ready: Extract<Session, { kind: 'ready' }>) => Partial<Extract<Session, { kind: 'ready' }>>) => {
    setSession((current) => (current.kind === 'ready' ? { ...current, ...change(current) } : current));
  }, []);

  // Returns checked against one plan mean nothing against another: a new plan empties the list.
  const setPlan = useCallback((planInUse: PlanInUse) => update(() => ({ planInUse, startupProblem: undefined, returns: [] })), [update]);
  const setReturns = useCallback(
    (returns: ImportedReturn[]) => {
      update(() => ({ returns }));
      effects.rememberReturns?.(returns).then(
        () => setSaveProblem(null),
        (error: unknown) => setSaveProblem(describeError(error, effects.lang)),
      );
    },
    [effects, update],
  );
  const setPreferences = useCallback(
    (preferences: Preferences) => {
      update(() => ({ preferences }));
      effects.savePreferences(preferences).then(
        () => setSaveProblem(null),
        (error: unknown) => setSaveProblem(describeError(error, effects.lang)),
      );
    },
    [effects, update],
  );
  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  return { session, retry, setPlan, setReturns, setPreferences, saveProblem };
}
