import {
  Badge,
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  FluentProvider,
  Spinner,
  Title2,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { ExcelWorkbook } from '../excel';
import type { HostState } from './host';
import { openWorkbook, writePlanSheets, type ActionState } from './workbookActions';

const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    minHeight: '100vh',
    boxSizing: 'border-box',
  },
  status: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXS,
  },
  actions: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalS,
  },
});

/** 'slow': office.js is there but has not said it is ready after `slowAfterMs`. */
type Shown = HostState | { kind: 'pending' } | { kind: 'slow' };

export interface AppProps {
  host: Promise<HostState>;
  slowAfterMs?: number;
  /** The open workbook (Office.js adapter); by default from office.js on the page. */
  workbook?: (onWait: (message: string) => void) => ExcelWorkbook | undefined;
}

export function App({ host, slowAfterMs = 10_000, workbook = (onWait) => openWorkbook(globalThis, onWait) }: AppProps) {
  const styles = useStyles();
  const [shown, setShown] = useState<Shown>({ kind: 'pending' });

  useEffect(() => {
    let active = true;
    void host.then((state) => {
      if (active) setShown(state);
    });
    const timer = setTimeout(() => {
      if (active) setShown((prev) => (prev.kind === 'pending' ? { kind: 'slow' } : prev));
    }, slowAfterMs);
    return () => {
      active = false;
      clearTimeout(timer);
    };
  }, [host, slowAfterMs]);

  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.page}>
        <Title2 as="h1">CTG Indicateurs</Title2>
        <Body1>
          Suivi des indicateurs de la Convention territoriale globale : classeurs de collecte,
          contrôle des retours et consolidation.
        </Body1>
        <div className={styles.status} role="status">
          <HostStatus shown={shown} />
        </div>
        {shown.kind === 'excel' && <WorkbookActions workbook={workbook} />}
      </main>
    </FluentProvider>
  );
}

/** Actions on the open workbook (through src/excel). */
function WorkbookActions({ workbook }: { workbook: NonNullable<AppProps['workbook']> }) {
  const styles = useStyles();
  const [state, setState] = useState<ActionState>({ kind: 'idle' });
  const run = useCallback(
    async (overwrite: boolean) => {
      setState({ kind: 'running', message: 'Écriture des feuilles du plan…' });
      const target = workbook((message) => setState({ kind: 'running', message }));
      if (target === undefined) {
        setState({ kind: 'failed', message: 'Le classeur ouvert n’est pas accessible : office.js n’est pas prêt.', retry: true, overwrite: false });
        return;
      }
      setState(await writePlanSheets(target, { overwrite }));
    },
    [workbook],
  );
  return (
    <section className={styles.actions} aria-label="Classeur ouvert">
      <Button appearance="primary" disabled={state.kind === 'running'} onClick={() => void run(false)}>
        Écrire les feuilles du plan dans ce classeur
      </Button>
      {state.kind === 'running' && <Spinner size="tiny" label={state.message} />}
      {state.kind === 'done' && (
        <MessageBar intent="success">
          <MessageBarBody>
            {state.message}
            {state.notices.map((notice) => (
              <Caption1 key={notice} block>
                {notice}
              </Caption1>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.kind === 'failed' && (
        <>
          <MessageBar intent="error">
            <MessageBarBody>{state.message}</MessageBarBody>
          </MessageBar>
          {state.retry && <Button onClick={() => void run(false)}>Réessayer</Button>}
          {state.overwrite && <Button onClick={() => void run(true)}>Remplacer quand même</Button>}
        </>
      )}
    </section>
  );
}

function HostStatus({ shown }: { shown: Shown }) {
  switch (shown.kind) {
    case 'pending':
      return <Spinner size="tiny" label="Recherche d'Excel…" />;
    case 'excel':
      return (
        <Badge appearance="tint" color="success">
          Connecté à Excel
        </Badge>
      );
    case 'other-host':
      return (
        <>
          <Badge appearance="tint" color="warning">
            Hôte non pris en charge : {shown.host}
          </Badge>
          <Caption1>Ce complément fonctionne dans Excel.</Caption1>
        </>
      );
    case 'standalone':
    case 'slow':
      return (
        <>
          <Badge appearance="tint" color="informative">
            Mode autonome (hors Excel)
          </Badge>
          <Caption1>{standaloneNote(shown)}</Caption1>
        </>
      );
  }
}

function standaloneNote(shown: Extract<Shown, { kind: 'standalone' } | { kind: 'slow' }>): string {
  if (shown.kind === 'slow') return "office.js ne répond pas : la page fonctionne sans Excel.";
  switch (shown.reason) {
    case 'not-in-office':
      return 'Page ouverte dans un navigateur : les fonctions liées au classeur ouvert sont indisponibles.';
    case 'office-js-missing':
      return "office.js n'a pas pu être chargé : la page fonctionne sans Excel.";
    case 'office-js-error':
      return "office.js a signalé une erreur : la page fonctionne sans Excel.";
  }
}
