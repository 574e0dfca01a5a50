/**
 * The state of a task under its button: a progress bar with « n / total » and a cancel button
 * while it runs; the error (with what to do) when it failed; « Opération annulée » when cancelled.
 * The result itself is shown by the view, which knows what it means.
 */
import { Button, Caption1, MessageBar, MessageBarBody, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { taskWords } from '../../i18n/pane/task';
import { usePaneLang } from '../shell/paneLang';
import type { Task } from './useTask';

const useStyles = makeStyles({
  running: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, width: '100%' },
  row: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  label: { overflowWrap: 'anywhere' },
});

export function TaskStatus<T>({ task }: { task: Task<T> }) {
  const styles = useStyles();
  const words = taskWords[usePaneLang()];
  const { state } = task;
  switch (state.kind) {
    case 'running': {
      const { progress } = state;
      const fraction = progress !== null && progress.total > 0 ? progress.done / progress.total : undefined;
      const detail = progress !== null && progress.total > 0 ? `${progress.done} / ${progress.total}${progress.label !== '' ? ` — ${progress.label}` : ''}` : '';
      return (
        <div className={styles.running}>
          <ProgressBar value={fraction} thickness="large" aria-label={state.label} />
          <div className={styles.row}>
            <Caption1 className={styles.label} role="status">
              {state.label}
              {detail !== '' ? ` ${detail}` : ''}
            </Caption1>
            <Button size="small" onClick={task.cancel}>
              {words.cancel}
            </Button>
          </div>
        </div>
      );
    }
    case 'failed':
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{state.message}</MessageBarBody>
        </MessageBar>
      );
    case 'cancelled':
      return (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{words.cancelled}</MessageBarBody>
        </MessageBar>
      );
    default:
      return null;
  }
}
