/**
 * The task pane: finds out where it runs (Excel, or a browser page without Excel), builds the
 * matching effects (the open workbook, or files), loads the session and shows the five steps.
 * The effects are made by `makeEffects`, so tests hand in fakes and the page hands in the real ones;
 * the real ones may first fetch their code (the Excel side is a chunk of its own: chooseEffects.ts).
 */
import { Caption1, FluentProvider, Link, MessageBar, MessageBarBody, Spinner, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { openReturnWords } from '../i18n/pane/openReturn';
import { shellWords } from '../i18n/pane/shell';
import type { PaneEffects } from './effects/types';
import type { HostState } from './host';
import { HostStatus, type Shown } from './shell/HostStatus';
import { RetryBar } from './shell/RetryBar';
import { PaneLang } from './shell/paneLang';
import { Steps } from './shell/Steps';
import { usePaneSession } from './shell/usePaneSession';
import { usePaneTheme } from './shell/usePaneTheme';

const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minHeight: '100vh',
    boxSizing: 'border-box',
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  // The pane is 320–350 px wide and about 800 px high: the header stays under 120 px, and folds to
  // its title line once the adviser has left the first step.
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  titleRow: { display: 'flex', alignItems: 'baseline', justifyContent: 'space-between', gap: tokens.spacingHorizontalS, minWidth: 0 },
  title: { margin: 0 },
  status: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
});

/** Where the pane runs, once known: the host, or « office.js did not answer in time ». */
export type Settled = HostState | { kind: 'slow' };

export interface AppProps {
  host: Promise<HostState>;
  /** The effects for where the pane runs (Excel-backed inside Excel, file-based elsewhere), once their code is there. */
  makeEffects: (where: Settled) => PaneEffects | Promise<PaneEffects>;
  slowAfterMs?: number;
}

export function App({ host, makeEffects, slowAfterMs = 10_000 }: AppProps) {
  const styles = useStyles();
  const theme = usePaneTheme();
  const [shown, setShown] = useState<Shown>({ kind: 'pending' });

  useEffect(() => {
    let active = true;
    void host.then((state) => {
      // Once the pane went on without Excel, it stays so: the adviser may already be working.
      if (active) setShown((prev) => (prev.kind === 'slow' ? prev : state));
    });
    const timer = setTimeout(() => {
      if (active) setShown((prev) => (prev.kind === 'pending' ? { kind: 'slow' } : prev));
    }, slowAfterMs);
    return () => {
      active = false;
      clearTimeout(timer);
    };
  }, [host, slowAfterMs]);

  const made = useMadeEffects(shown, makeEffects);
  const effects = made.kind === 'ready' ? made.effects : null;
  const words = shellWords[effects?.lang ?? (shown.kind === 'excel' ? shown.lang : 'fr')];
  // Once the adviser has moved on from the first step, the introduction has done its work.
  const [started, setStarted] = useState(false);
  const start = useCallback(() => setStarted(true), []);

  return (
    <FluentProvider theme={theme}>
      <main className={styles.page}>
        <header className={styles.header}>
          <div className={styles.titleRow}>
            <Subtitle1 as="h1" className={styles.title}>
              {words.title}
            </Subtitle1>
            <Link href="assets/aide.html" target="_blank" rel="noopener" aria-label={words.helpLabel}>
              {words.help}
            </Link>
          </div>
          {!started && <Caption1>{words.intro}</Caption1>}
          <div className={styles.status} role="status">
            <HostStatus shown={shown} words={words} folded={started} />
          </div>
        </header>
        {effects !== null && <Session effects={effects} onStarted={start} />}
        {made.kind === 'waiting' && shown.kind !== 'pending' && <Spinner size="small" label={words.loadingPlan} />}
        {made.kind === 'failed' && <RetryBar title={words.startFailed} message={words.stepFailedHint} retryLabel={words.retry} onRetry={made.retry} />}
      </main>
    </FluentProvider>
  );
}

type MadeEffects = { kind: 'waiting' } | { kind: 'ready'; effects: PaneEffects } | { kind: 'failed'; retry: () => void };

/** The effects once the host is known and their code has come; a failure to fetch it is said, with « Réessayer ». */
function useMadeEffects(shown: Shown, makeEffects: AppProps['makeEffects']): MadeEffects {
  const [made, setMade] = useState<MadeEffects>({ kind: 'waiting' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (shown.kind === 'pending') return;
    let active = true;
    setMade({ kind: 'waiting' });
    Promise.resolve(shown)
      .then(makeEffects)
      .then(
        (effects) => {
          if (active) setMade({ kind: 'ready', effects });
        },
        () => {
          if (active) setMade({ kind: 'failed', retry: () => setAttempt((n) => n + 1) });
        },
      );
    return () => {
      active = false;
    };
  }, [shown, makeEffects, attempt]);
  return made;
}

function Session({ effects, onStarted }: { effects: PaneEffects; onStarted: () => void }) {
  const pane = usePaneSession(effects);
  const words = shellWords[effects.lang];
  const { session } = pane;
  switch (session.kind) {
    case 'loading':
      return <Spinner size="small" label={words.loadingPlan} />;
    case 'failed':
      return <RetryBar title={words.startFailed} message={session.message} retryLabel={words.retry} onRetry={pane.retry} />;
    case 'ready':
      return (
        <PaneLang.Provider value={effects.lang}>
          {session.remembered !== null && session.remembered.returns.length > 0 && session.returns.length === 0 && (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>
                {openReturnWords[effects.lang].restored(session.remembered.returns.length, session.remembered.takenAt)}
                <Caption1 block>{session.remembered.returns.map((r) => r.file).join(', ')}</Caption1>
              </MessageBarBody>
            </MessageBar>
          )}
          <Steps effects={effects} words={words} ready={session} pane={pane} onStarted={onStarted} />
          {pane.saveProblem !== null && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{pane.saveProblem}</MessageBarBody>
            </MessageBar>
          )}
          <Caption1>{words.privacy}</Caption1>
        </PaneLang.Provider>
      );
  }
}
