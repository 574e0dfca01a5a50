/**
 * « Consolider »: what will be included, the adviser's choices (returns with errors included or
 * quarantined; in Excel, where the consolidation goes), then the run and its summary — files
 * used, replaced, quarantined, refused, the findings and how complete each expected respondent is,
 * each said once and in the words of the workbook's « En bref ».
 */
import { Body1, Body1Strong, Button, Caption1, Checkbox, Field, Radio, RadioGroup, makeStyles, tokens, useId } from '@fluentui/react-components';
import type { ErrorPolicy } from '../../consolidate/types';
import type { Lang } from '../../i18n/lang';
import { consolidateViewWords } from '../../i18n/pane/consolidateView';
import { findingsSentence } from '../../i18n/reportSummary';
import { completenessSentence, filesSentence } from '../effects/fileConsolidationSummary';
import type { ConsolidationSummary, ConsolidationTarget } from '../effects/types';
import { OutcomeBar } from '../task/OutcomeBar';
import { TaskStatus } from '../task/TaskStatus';
import type { ConsolidateViewProps } from './viewProps';
import { consolidationFigures, useConsolidateState, type ConsolidateState } from './consolidateState';
import { countByStatus, returnStatuses } from './importMerge';
import { BilanActions } from './BilanActions';
import { ViewSection } from './ViewSection';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  wrap: { overflowWrap: 'anywhere', minWidth: 0 },
  heading: { margin: 0 },
  actions: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

type Words = (typeof consolidateViewWords)[Lang];

const policies: readonly ErrorPolicy[] = ['include', 'quarantine'];

export function ConsolidateView(props: ConsolidateViewProps) {
  const { effects, returns } = props;
  const w: Words = consolidateViewWords[effects.lang];
  const styles = useStyles();
  const state = useConsolidateState(props, w.running);
  const reasonId = useId('consolidate-reason');
  const overwriteHintId = useId('consolidate-overwrite-hint');
  const counts = countByStatus(returns);
  const statuses = returnStatuses.filter((s) => counts[s] > 0).map((s) => w.statusCount[s](counts[s]));
  const empty = returns.length === 0;

  return (
    <ViewSection className={styles.root} title={w.title} intro={w.intro}>

      <div className={styles.block}>
        <Body1Strong as="h3" className={styles.heading}>
          {w.included}
        </Body1Strong>
        <Body1>{empty ? w.noReturns : `${w.returnsCount(returns.length)} : ${statuses.join(', ')}.`}</Body1>
      </div>

      <Field label={w.policy}>
        <RadioGroup value={state.errorPolicy} onChange={(_, data) => state.setErrorPolicy(data.value as ErrorPolicy)}>
          {policies.map((p) => (
            <Radio key={p} value={p} label={w.policyOption[p]} />
          ))}
        </RadioGroup>
      </Field>

      {state.disputed.length > 0 && <IdentityChoices state={state} words={w} />}

      {state.targets.length > 1 ? (
        <Field label={w.target}>
          <RadioGroup value={state.target} onChange={(_, data) => state.setTarget(data.value as ConsolidationTarget)}>
            {state.targets.map((t) => (
              <Radio key={t} value={t} label={w.targetOption[t]} />
            ))}
          </RadioGroup>
        </Field>
      ) : (
        <div className={styles.block}>
          <Body1Strong as="h3" className={styles.heading}>
            {w.target}
          </Body1Strong>
          <Body1>{w.downloadOnly}</Body1>
        </div>
      )}

      <div className={styles.actions}>
        <Button appearance="primary" disabledFocusable={!state.canRun} aria-describedby={empty ? reasonId : undefined} onClick={() => state.run()}>
          {w.run}
        </Button>
        {empty && <Caption1 id={reasonId}>{w.noReturns}</Caption1>}
      </div>

      <TaskStatus task={state.task} />
      {state.canOverwrite && (
        <div className={styles.actions}>
          <Caption1 id={overwriteHintId} className={styles.wrap}>
            {w.overwriteHint}
          </Caption1>
          <Button aria-describedby={overwriteHintId} onClick={() => state.run(true)}>
            {w.overwrite}
          </Button>
        </div>
      )}
      {state.task.state.kind === 'done' && <Summary summary={state.task.state.value} words={w} lang={effects.lang} />}
      {state.task.state.kind === 'done' && <BilanActions effects={effects} plan={props.plan} consolidation={state.task.state.value.consolidation} />}
    </ViewSection>
  );
}

/** One checkbox per return set apart for its identity: « Utiliser quand même ». */
function IdentityChoices({ state, words: w }: { state: ConsolidateState; words: Words }) {
  const styles = useStyles();
  const titleId = useId('consolidate-identity');
  return (
    <section className={styles.block} aria-labelledby={titleId}>
      <Body1Strong as="h3" className={styles.heading} id={titleId}>
        {w.identity}
      </Body1Strong>
      <Body1>{w.identityIntro}</Body1>
      <ul className={styles.list} aria-labelledby={titleId}>
        {state.disputed.map((r) => {
          const identity = r.result.submission!.identity;
          const claimed = identity.respondent !== null ? `${identity.respondent.name} (${identity.respondent.code})` : '';
          const others = (identity.disagreements ?? []).map((d) => `${w.witness[d.by]} : ${d.name !== '' ? `${d.name} (${d.code})` : d.code}`);
          const file = r.result.file;
          return (
            <li key={file} className={styles.wrap}>
              <Body1>{w.identityFile(file, claimed, others)}</Body1>
              <Checkbox
                label={w.useAnyway}
                aria-label={`${w.useAnyway} : ${file}`}
                checked={state.confirmed.has(file)}
                onChange={(_, data) => state.setConfirmed(file, data.checked === true)}
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Summary({ summary, words: w, lang }: { summary: ConsolidationSummary; words: Words; lang: Lang }) {
  const styles = useStyles();
  const titleId = useId('consolidate-summary');
  const figures = consolidationFigures(summary.consolidation);
  return (
    <section className={styles.block} aria-labelledby={titleId}>
      <OutcomeBar outcome={summary} />
      <Body1Strong as="h3" className={styles.heading} id={titleId}>
        {w.summary}
      </Body1Strong>
      <ul className={styles.list} aria-labelledby={titleId}>
        <li className={styles.wrap}>{`${filesSentence(summary.consolidation, lang)}.`}</li>
        <li className={styles.wrap}>{`${w.findings} : ${findingsSentence(figures, lang)}.`}</li>
        <li className={styles.wrap}>{`${w.completeness} : ${completenessSentence(summary.consolidation, lang)}.`}</li>
        {summary.output !== '' && <li className={styles.wrap}>{`${w.output} : ${summary.output}`}</li>}
      </ul>
    </section>
  );
}
