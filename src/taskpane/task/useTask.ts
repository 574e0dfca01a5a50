/**
 * One long operation of the pane as state: idle → running (with progress, cancellable) → done,
 * failed or cancelled. Views render the state; the effect does the work. Starting a task while
 * one runs is refused (the button is disabled anyway).
 */
import { useCallback, useRef, useState } from 'react';
import { TaskCancelled, type TaskControl, type TaskProgress } from '../effects/types';
import { usePaneLang } from '../shell/paneLang';
import { describeError } from './describeError';

export type TaskState<T> =
  | { kind: 'idle' }
  | { kind: 'running'; progress: TaskProgress | null; label: string }
  | { kind: 'done'; value: T }
  /** `error`: what was thrown, for a view that offers a way out of a known refusal. */
  | { kind: 'failed'; message: string; error: unknown }
  | { kind: 'cancelled' };

export type Task<T> = {
  state: TaskState<T>;
  /** Runs `work`; resolves with its value, or undefined when it failed or was cancelled. */
  run: (label: string, work: (control: TaskControl) => Promise<T>) => Promise<T | undefined>;
  cancel: () => void;
  reset: () => void;
};

export function useTask<T>(): Task<T> {
  const [state, setState] = useState<TaskState<T>>({ kind: 'idle' });
  const controller = useRef<AbortController | null>(null);
  // The language of an unexpected failure's sentence (the effects' own errors carry theirs).
  const lang = usePaneLang();

  const run = useCallback(async (label: string, work: (control: TaskControl) => Promise<T>) => {
    if (controller.current !== null) return undefined;
    const abort = new AbortController();
    controller.current = abort;
    setState({ kind: 'running', progress: null, label });
    try {
      const value = await work({ signal: abort.signal, progress: (progress) => setState({ kind: 'running', progress, label }) });
      // Finished despite a late cancel (the last step, one write, cannot be stopped): it happened, say so.
      setState({ kind: 'done', value });
      return value;
    } catch (error) {
      setState(error instanceof TaskCancelled || abort.signal.aborted ? { kind: 'cancelled' } : { kind: 'failed', message: describeError(error, lang), error });
      return undefined;
    } finally {
      controller.current = null;
    }
  }, [lang]);

  const cancel = useCallback(() => controller.current?.abort(), []);
  const reset = useCallback(() => setState({ kind: 'idle' }), []);
  return { state, run, cancel, reset };
}
