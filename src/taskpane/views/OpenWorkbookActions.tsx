/**
 * In Excel, on the « Contrôles » step: « Contrôler ce classeur » checks the return open in Excel
 * and adds it to the returns (no file to find again); « Retirer les marques » puts back the cells
 * marked by « Marquer les cellules » (offered on each return's card). One task at a time.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback } from 'react';
import { openReturnWords } from '../../i18n/pane/openReturn';
import { countBySeverity } from '../../returns/findings';
import type { ImportedReturn, Outcome, PaneEffects } from '../effects/types';
import { OutcomeBar } from '../task/OutcomeBar';
import { TaskStatus } from '../task/TaskStatus';
import type { Task } from '../task/useTask';
import { mergeReturns } from './importMerge';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export type OpenWorkbookProps = {
  effects: PaneEffects;
  returns: readonly ImportedReturn[];
  onReturns: (returns: ImportedReturn[]) => void;
  check: () => Promise<ImportedReturn | null>;
  task: Task<Outcome>;
};

export function OpenWorkbookActions({ effects, returns, onReturns, check, task }: OpenWorkbookProps) {
  const styles = useStyles();
  const w = openReturnWords[effects.lang];
  const running = task.state.kind === 'running';
  const { run } = task;
  const checkOpen = useCallback(() => {
    void run(w.checking, async () => {
      const imported = await check();
      if (imported === null) return { message: w.notAReturn, details: [] };
      onReturns(mergeReturns(returns, [imported]));
      const counts = countBySeverity(imported.result.findings);
      return { message: w.checked(imported.fileName, counts.error, counts.warning), details: [] };
    });
  }, [run, check, onReturns, returns, w]);
  const unmark = effects.unmarkOpenWorkbook;
  return (
    <>
      <div className={styles.row}>
        <Button appearance="primary" aria-label={w.checkLabel} disabled={running} onClick={checkOpen}>
          {w.check}
        </Button>
        {unmark !== undefined && (
          <Button aria-label={w.unmarkLabel} disabled={running} onClick={() => void run(w.unmarking, () => unmark())}>
            {w.unmark}
          </Button>
        )}
      </div>
      <TaskStatus task={task} />
      {task.state.kind === 'done' && <OutcomeBar outcome={task.state.value} />}
    </>
  );
}
