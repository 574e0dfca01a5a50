/**
 * What every pane task hands its use case: the run context (the effects' clock and language, the
 * task's « Annuler », and the progress as the use case reports it — left out where the effect
 * words its own steps), and the adviser's consolidation choice in the use case's terms.
 */
import type { ConsolidationChoice } from '../../app/consolidate';
import { runContext, type Progress, type RunContext } from '../../app/run';
import type { Lang } from '../../i18n/lang';
import type { ConsolidateChoice, TaskControl } from './types';

export function paneRun(now: string, lang: Lang, control: TaskControl, progress?: Progress): RunContext {
  return runContext({ now, lang, ...(control.signal !== undefined ? { signal: control.signal } : {}), ...(progress !== undefined ? { progress } : {}) });
}

export function consolidationChoice(options: Pick<ConsolidateChoice, 'errorPolicy' | 'confirmedIdentity'>): ConsolidationChoice {
  return { errors: options.errorPolicy, ...(options.confirmedIdentity !== undefined ? { confirmedIdentity: options.confirmedIdentity } : {}) };
}
