/**
 * « Préparer le bilan », under a consolidation's summary: the COPIL's bilan of the last year ended
 * (by the consolidation's as-of date), or the evaluation of the whole convention, downloaded as an
 * editable Word document. Shown only where the surface can prepare one.
 */
import { Body1, Body1Strong, Button, makeStyles, tokens, useId } from '@fluentui/react-components';
import type { Consolidation } from '../../consolidate/types';
import { bilanPaneWords } from '../../i18n/pane/bilan';
import type { Plan } from '../../plan/schema';
import { conventionSpan, lastEndedPeriod } from '../../report/bilan/period';
import type { BilanRequest } from '../../report/bilan';
import type { Outcome, PaneEffects } from '../effects/types';
import { OutcomeBar } from '../task/OutcomeBar';
import { TaskStatus } from '../task/TaskStatus';
import { useTask } from '../task/useTask';

const useStyles = makeStyles({
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  heading: { margin: 0 },
  actions: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXS },
});

export function BilanActions({ effects, plan, consolidation }: { effects: PaneEffects; plan: Plan; consolidation: Consolidation }) {
  const w = bilanPaneWords[effects.lang];
  const styles = useStyles();
  const titleId = useId('bilan-title');
  const task = useTask<Outcome>();
  const prepare = effects.prepareBilan;
  if (prepare === undefined) return null;
  const period = lastEndedPeriod(plan.periods, consolidation.asOf ?? consolidation.now);
  const label = plan.periods.find((p) => p.id === period)?.label ?? period;
  const span = conventionSpan(plan.periods);
  const run = (request: BilanRequest) => void task.run(w.running, (control) => prepare.call(effects, plan, consolidation, request, control));
  const running = task.state.kind === 'running';
  return (
    <section className={styles.block} aria-labelledby={titleId}>
      <Body1Strong as="h3" className={styles.heading} id={titleId}>
        {w.title}
      </Body1Strong>
      <Body1>{w.intro}</Body1>
      <div className={styles.actions}>
        <Button appearance="primary" disabledFocusable={running} onClick={() => run({ kind: 'annual', period })}>
          {w.annual(label)}
        </Button>
        <Button disabledFocusable={running} onClick={() => run({ kind: 'evaluation' })}>
          {w.evaluation(span.first, span.last)}
        </Button>
      </div>
      <TaskStatus task={task} />
      {task.state.kind === 'done' && <OutcomeBar outcome={task.state.value} />}
    </section>
  );
}
