/**
 * The props of each view of the pane. The App owns the session state (plan in use, imported
 * returns, preferences) and hands each view what it shows and the effects it may run.
 */
import type { LoadedPlan } from '../../app/loadPlan';
import type { Plan } from '../../plan/schema';
import type { ImportedReturn, PaneEffects, PlanInUse, Preferences } from '../effects/types';

export type PlanViewProps = {
  effects: PaneEffects;
  planInUse: PlanInUse;
  /** The workbook's plan sheets could not be used (the embedded plan is in use instead). */
  startupProblem?: LoadedPlan | undefined;
  onPlan: (plan: PlanInUse) => void;
};

export type GenerateViewProps = {
  effects: PaneEffects;
  plan: Plan;
  preferences: Preferences;
  onPreferences: (preferences: Preferences) => void;
};

export type ImportViewProps = {
  effects: PaneEffects;
  plan: Plan;
  /** The returns imported so far in this session. */
  returns: readonly ImportedReturn[];
  /** Called with the whole new list (a file imported again replaces the earlier one of the same name). */
  onReturns: (returns: ImportedReturn[]) => void;
};

export type FindingsViewProps = {
  effects: PaneEffects;
  plan: Plan;
  returns: readonly ImportedReturn[];
  /** In Excel, « Contrôler ce classeur » adds the open return to the list. */
  onReturns?: (returns: ImportedReturn[]) => void;
};

export type ConsolidateViewProps = {
  effects: PaneEffects;
  plan: Plan;
  returns: readonly ImportedReturn[];
  preferences: Preferences;
  onPreferences: (preferences: Preferences) => void;
};
