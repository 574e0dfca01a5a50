/**
 * The state of the « Retours » view: files picked or dropped are read and checked by the effects
 * (a cancellable task); the result waits as a preview until the adviser imports the files that
 * could be read into the session's list (merged by name) or discards it.
 */
import { useCallback } from 'react';
import type { ImportedReturn, PickedFile } from '../effects/types';
import { useTask, type Task } from '../task/useTask';
import type { ImportViewProps } from './viewProps';
import { importableReturns, mergeReturns } from './importMerge';

export type ImportState = {
  task: Task<ImportedReturn[]>;
  /** The files read by the last task, waiting to be imported; null when there is none. */
  preview: readonly ImportedReturn[] | null;
  busy: boolean;
  pick: (files: readonly PickedFile[]) => void;
  confirm: () => void;
  discard: () => void;
  clear: () => void;
};

export function useImportState({ effects, plan, returns, onReturns }: ImportViewProps, label: string): ImportState {
  const task = useTask<ImportedReturn[]>();
  const { run, reset } = task;
  const preview = task.state.kind === 'done' ? task.state.value : null;
  const busy = task.state.kind === 'running';

  const pick = useCallback(
    (files: readonly PickedFile[]) => {
      if (files.length === 0) return;
      void run(label, (control) => effects.importReturns(plan, files, control));
    },
    [effects, plan, run, label],
  );

  const confirm = useCallback(() => {
    if (preview === null) return;
    onReturns(mergeReturns(returns, importableReturns(preview)));
    reset();
  }, [preview, returns, onReturns, reset]);

  const clear = useCallback(() => onReturns([]), [onReturns]);

  return { task, preview, busy, pick, confirm, discard: reset, clear };
}
