/**
 * « Générer »: the collection workbooks to send — to whom (all, the signatories, or a hand-picked
 * list found by searching, grouped: Caf and EPCI, partners, communes), for which periods, by when, and (inside Excel) whether they are
 * downloaded or written into the open workbook. State in `useGenerateViewState`; this renders it.
 */
import { Button, Caption1, Checkbox, Field, Input, Label, Radio, RadioGroup, useId } from '@fluentui/react-components';
import type { Respondent } from '../../collect/respondents';
import type { Where } from '../effects/types';
import { OutcomeBar } from '../task/OutcomeBar';
import { TaskStatus } from '../task/TaskStatus';
import { useGenerateViewState, type GenerateViewState, type RespondentMode } from './generateViewState';
import { useGenerateViewStyles } from './generateViewStyles';
import type { GenerateViewProps } from './viewProps';

export function GenerateView(props: GenerateViewProps) {
  const state = useGenerateViewState(props);
  const styles = useGenerateViewStyles();
  const { words, task } = state;
  const periodsId = useId('generate-periods-');
  const reasonId = useId('generate-reason-');

  return (
    <div className={styles.root}>
      <div className={styles.group}>
        <Field label={words.respondents} hint={state.mode === 'expected' ? words.expectedHint : undefined}>
          <RadioGroup value={state.mode} onChange={(_, data) => state.setMode(data.value as RespondentMode)}>
            <Radio value="expected" label={words.expected(state.counts.expected)} />
            <Radio value="all" label={words.all(state.counts.all)} />
            <Radio value="signatories" label={words.signatories(state.counts.signatories)} />
            <Radio value="codes" label={words.pick} />
          </RadioGroup>
        </Field>
        {state.mode === 'codes' && <Picker state={state} />}
      </div>

      <div className={styles.group} role="group" aria-labelledby={periodsId}>
        <Label id={periodsId}>{words.periods}</Label>
        {state.plan.periods.map((period) => (
          <Checkbox
            key={period.id}
            label={period.label}
            checked={state.periods.includes(period.id)}
            onChange={(_, data) => state.togglePeriod(period.id, data.checked === true)}
          />
        ))}
      </div>

      <Field
        label={words.deadline}
        hint={words.deadlineHint}
        validationState={state.deadlineInvalid ? 'error' : 'none'}
        validationMessage={state.deadlineInvalid ? words.badDeadline : undefined}
      >
        <Input className={styles.input} inputMode="numeric" autoComplete="off" placeholder={words.deadlinePlaceholder} value={state.deadlineText} onChange={(_, data) => state.setDeadline(data.value)} />
      </Field>

      {state.chooseWhere && (
        <Field label={words.where}>
          <RadioGroup value={state.where} onChange={(_, data) => state.setWhere(data.value as Where)}>
            <Radio value="download" label={words.download} />
            <Radio value="workbook" label={words.workbook} />
          </RadioGroup>
        </Field>
      )}

      <div className={styles.actions}>
        <Button
          appearance="primary"
          className={styles.wrapButton}
          disabledFocusable={state.blocked !== null || state.running}
          aria-describedby={state.blocked !== null ? reasonId : undefined}
          onClick={() => void state.generate()}
        >
          {words.generate(state.counts.selected)}
        </Button>
        {state.blocked !== null && (
          <Caption1 id={reasonId} className={styles.reason}>
            {state.blocked}
          </Caption1>
        )}
        <TaskStatus task={task} />
        {state.canOverwrite && (
          <>
            <Button className={styles.wrapButton} onClick={() => void state.generate(true)}>
              {words.overwrite}
            </Button>
            <Caption1 className={styles.reason}>{words.overwriteHint}</Caption1>
          </>
        )}
        {task.state.kind === 'done' && <OutcomeBar outcome={task.state.value} />}
      </div>
    </div>
  );
}

/** The hand-picked list: a search field, how many are ticked, and the matching respondents. */
function Picker({ state }: { state: GenerateViewState }) {
  const styles = useGenerateViewStyles();
  const { words } = state;
  const listId = useId('generate-picked-');
  return (
    <div className={styles.picker}>
      <Field label={words.search} hint={words.searchHint}>
        <Input type="search" className={styles.input} value={state.search} onChange={(_, data) => state.setSearch(data.value)} aria-controls={listId} />
      </Field>
      <div className={styles.pickedRow}>
        <Caption1 aria-live="polite" className={styles.text}>
          {words.picked(state.counts.picked)}
        </Caption1>
        <Button size="small" appearance="subtle" disabled={state.counts.picked === 0} onClick={state.clearPicked}>
          {words.clear}
        </Button>
      </div>
      <div id={listId} className={styles.list} role="group" aria-label={words.pickList}>
        {state.shownGroups.map((group) => (
          <div key={group.key} role="group" aria-label={words.groups[group.key]} className={styles.pickGroup}>
            <Caption1 className={styles.pickGroupLabel} aria-hidden>
              {words.groups[group.key]}
            </Caption1>
            {group.respondents.map((respondent) => (
              <Checkbox
                key={respondent.code}
                label={<RespondentLabel respondent={respondent} state={state} />}
                checked={state.picked.has(respondent.code)}
                onChange={(_, data) => state.togglePicked(respondent.code, data.checked === true)}
              />
            ))}
          </div>
        ))}
        {state.shown.length === 0 && <Caption1 className={styles.text}>{words.noMatch(state.search)}</Caption1>}
      </div>
    </div>
  );
}

function RespondentLabel({ respondent, state }: { respondent: Respondent; state: GenerateViewState }) {
  const styles = useGenerateViewStyles();
  const { words } = state;
  const kind = respondent.kind === 'commune' ? (respondent.signatory ? words.signatory : null) : words.kind[respondent.kind];
  // A partner is known by the facilities of Annexe 2 it runs.
  const facilities = respondent.kind === 'partner' ? (state.facilities.get(respondent.code) ?? 0) : 0;
  return (
    <span className={styles.checkboxLabel}>
      {respondent.name}
      {kind !== null && <span className={styles.kind}> · {kind}</span>}
      {facilities > 0 && <span className={styles.kind}> · {words.facilities(facilities)}</span>}
    </span>
  );
}
