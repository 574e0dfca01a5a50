/**
 * The five steps of the year's work as tabs — Plan, Générer, Retours, Contrôles, Consolider — and
 * the view of the selected one. The five fit on one line from 320 px (the narrowest task pane):
 * tight tabs, their counters inside. A view is mounted when its step is first opened (its code
 * comes then, or earlier: stepViews.ts) and stays mounted.
 */
import { CounterBadge, Tab, TabList, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useState, type ReactNode } from 'react';
import type { ShellWords } from '../../i18n/pane/shell';
import type { PaneEffects } from '../effects/types';
import { LaterStepFrame } from './LaterStepFrame';
import { firstView as PlanView, laterViews, preloadStepViews, steps, whenIdle, type LaterStep, type Step } from './stepViews';
import type { PaneSession, Session } from './usePaneSession';


const useStyles = makeStyles({
  // Visible overflow: a tab's counter reaches past its corner (Fluent's Tab clips its overflow, which
  // left a red sliver in place of the number on every step but the selected one).
  tabs: { flexWrap: 'nowrap', minWidth: 0, overflow: 'visible' },
  // « Consolider » must not wrap at 320 px, even in a wide fallback font (DejaVu Sans where Segoe UI is
  // missing): caption-sized labels, tight padding, no bold label on selection (Fluent reserves its
  // width on every tab) — the selected tab keeps its underline and colour.
  tab: {
    position: 'relative',
    overflow: 'visible',
    minWidth: 0,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    '& .fui-Tab__content': { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, fontWeight: tokens.fontWeightRegular, paddingLeft: 0, paddingRight: 0 },
    '& .fui-Tab__content--reserved-space': { display: 'none' },
  },
  // Counters sit on the tab's corner, as on an app icon: they take no width from the line.
  counter: { position: 'absolute', top: 0, right: 0, transform: 'translate(45%, -30%)', pointerEvents: 'none', zIndex: 1 },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  // `hidden` alone loses to the class's display: flex.
  hiddenPanel: { display: 'none' },
});

type Ready = Extract<Session, { kind: 'ready' }>;

export function Steps({ effects, words, ready, pane, onStarted }: { effects: PaneEffects; words: ShellWords; ready: Ready; pane: PaneSession; onStarted?: () => void }) {
  const styles = useStyles();
  const [step, setStep] = useState<Step>('plan');
  const [opened, setOpened] = useState<ReadonlySet<Step>>(() => new Set(['plan']));
  const select = (next: Step) => {
    setStep(next);
    setOpened((before) => (before.has(next) ? before : new Set([...before, next])));
    if (next !== 'plan') onStarted?.();
  };
  // The first screen is up: fetch the other steps' code while the adviser reads it.
  useEffect(() => whenIdle(() => void preloadStepViews()), []);
  const errors = ready.returns.reduce((n, r) => n + r.result.findings.filter((f) => f.severity === 'error').length, 0);
  const plan = ready.planInUse.plan;
  const later = (s: LaterStep, view: ReactNode) => (
    <LaterStepFrame name={words.step[s]} words={words} onRetry={laterViews[s].retry}>
      {view}
    </LaterStepFrame>
  );
  const view = (s: Step) => {
    switch (s) {
      case 'plan':
        return <PlanView effects={effects} planInUse={ready.planInUse} startupProblem={ready.startupProblem} onPlan={pane.setPlan} />;
      case 'generate':
        return later(s, <laterViews.generate.View effects={effects} plan={plan} preferences={ready.preferences} onPreferences={pane.setPreferences} />);
      case 'import':
        return later(s, <laterViews.import.View effects={effects} plan={plan} returns={ready.returns} onReturns={pane.setReturns} />);
      case 'findings':
        return later(s, <laterViews.findings.View effects={effects} plan={plan} returns={ready.returns} onReturns={pane.setReturns} />);
      case 'consolidate':
        return later(s, <laterViews.consolidate.View effects={effects} plan={plan} returns={ready.returns} preferences={ready.preferences} onPreferences={pane.setPreferences} />);
    }
  };
  return (
    <>
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={step}
        onTabSelect={(_, data) => select(data.value as Step)}
        aria-label={words.steps}
      >
        {steps.map((s) => (
          <Tab key={s} value={s} id={`tab-${s}`} aria-controls={`panel-${s}`} className={styles.tab}>
            {words.step[s]}
            {s === 'import' && ready.returns.length > 0 && <CounterBadge className={styles.counter} count={ready.returns.length} size="small" color="informative" aria-hidden />}
            {s === 'findings' && errors > 0 && <CounterBadge className={styles.counter} count={errors} size="small" color="danger" aria-label={words.findingsBadge(errors)} />}
          </Tab>
        ))}
      </TabList>
      {/* A view once opened stays mounted (hidden when not selected): a running import or a preview survives a look at another step. */}
      {steps.map((s) => (
        <section key={s} id={`panel-${s}`} role="tabpanel" aria-labelledby={`tab-${s}`} hidden={step !== s} className={mergeClasses(styles.panel, step !== s && styles.hiddenPanel)}>
          {opened.has(s) && view(s)}
        </section>
      ))}
    </>
  );
}
