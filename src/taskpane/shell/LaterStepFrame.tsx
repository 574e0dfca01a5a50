/**
 * Around a view loaded on first use: while its chunk comes, a spinner that names the step (the
 * panel keeps a view's first lines of height, so that the page below does not jump at 320 px);
 * if it cannot come (network down, the add-in's server unreachable), what happened and
 * « Réessayer », never a blank panel or a stack trace.
 */
import { Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { Component, Suspense, type ReactNode } from 'react';
import type { ShellWords } from '../../i18n/pane/shell';
import { RetryBar } from './RetryBar';

const useStyles = makeStyles({
  // About the height of a view's heading and first block: the privacy line below stays in place.
  loading: { minHeight: '8rem', display: 'flex', alignItems: 'flex-start', paddingTop: tokens.spacingVerticalS },
  failed: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
});

type FrameProps = { name: string; words: ShellWords; onRetry: () => void; children: ReactNode };

export function LaterStepFrame({ name, words, onRetry, children }: FrameProps) {
  const styles = useStyles();
  return (
    <LoadBoundary name={name} words={words} onRetry={onRetry} failedClass={styles.failed}>
      <Suspense
        fallback={
          <div className={styles.loading}>
            <Spinner size="small" labelPosition="after" label={words.loadingStep(name)} />
          </div>
        }
      >
        {children}
      </Suspense>
    </LoadBoundary>
  );
}

type BoundaryProps = FrameProps & { failedClass: string };

/** React catches a render's failure only in a class component (an error boundary). */
class LoadBoundary extends Component<BoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  private readonly retry = () => {
    this.props.onRetry();
    this.setState({ failed: false });
  };

  override render() {
    const { name, words, failedClass, children } = this.props;
    if (!this.state.failed) return children;
    return (
      <div className={failedClass}>
        <RetryBar title={words.stepFailed(name)} message={words.stepFailedHint} retryLabel={words.retry} onRetry={this.retry} />
      </div>
    );
  }
}
