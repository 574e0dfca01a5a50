/**
 * One run of a use case, as every step of it sees the same: the clock read once (`now`), the day
 * periods are judged against (`asOf`, derived from `now` unless the caller names another), the
 * language of what is written, the user's « Annuler » and where progress goes. Built once per run by
 * the surface that starts it, so that no step can read its own clock or forget the as-of date
 * (consolidating into Excel tabs once did, and chased periods not yet ended).
 */
import { defaultLang, type Lang } from '../i18n/lang';
import { runWords } from '../i18n/run';

export type Progress = (event: { done: number; total: number; label: string }) => void;

export type RunContext = {
  /** ISO instant of the run: generation time, import time, the `generated_at` a return may not pass. */
  readonly now: string;
  /** ISO date: periods ended before it are due (completeness, reminders). */
  readonly asOf: string;
  readonly lang: Lang;
  readonly signal?: AbortSignal;
  readonly progress?: Progress;
};

export type RunOptions = { now: string; asOf?: string; lang?: Lang; signal?: AbortSignal; progress?: Progress };

export function runContext(options: RunOptions): RunContext {
  return {
    now: options.now,
    // The day of the run, in UTC as `now` is written.
    asOf: options.asOf ?? options.now.slice(0, 10),
    lang: options.lang ?? defaultLang,
    ...(options.signal !== undefined ? { signal: options.signal } : {}),
    ...(options.progress !== undefined ? { progress: options.progress } : {}),
  };
}

/** Thrown between two steps once the run's signal is aborted: what was not yet written never is. */
export class RunCancelled extends Error {
  readonly code = 'cancelled';

  constructor() {
    super(runWords[defaultLang].cancelled);
    this.name = 'RunCancelled';
  }
}

export function throwIfCancelled(run: Pick<RunContext, 'signal'>): void {
  if (run.signal?.aborted === true) throw new RunCancelled();
}

/** Lets a page repaint its progress and hear « Annuler » between two synchronous steps. */
export const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
