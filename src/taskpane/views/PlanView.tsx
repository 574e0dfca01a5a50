/**
 * « Plan »: the plan in use (title, version, periods, where it comes from, counts per fiche), and
 * how to change it — import a plan file, go back to the embedded plan — and, inside Excel, write
 * it as editable plan sheets of the open workbook. State in `usePlanViewState`; this renders it.
 */
import {
  Body1,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  useId,
} from '@fluentui/react-components';
import { useRef, type ChangeEvent } from 'react';
import { frenchDate } from '../../workbook/dates';
import { OutcomeBar } from '../task/OutcomeBar';
import { TaskStatus } from '../task/TaskStatus';
import { usePlanViewState, type PlanViewState, type ShownIssue } from './planViewState';
import { usePlanViewStyles } from './planViewStyles';
import type { PlanViewProps } from './viewProps';

export function PlanView(props: PlanViewProps) {
  const state = usePlanViewState(props);
  const styles = usePlanViewStyles();
  const { words, plan, counts } = state;
  const titleId = useId('plan-title-');
  const first = plan.periods[0];
  const last = plan.periods[plan.periods.length - 1];

  return (
    <div className={styles.root}>
      {state.problem !== null && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <span className={styles.text}>{state.problem.title}</span>
            <IssueList issues={state.problem.issues} colon={words.colon} />
          </MessageBarBody>
        </MessageBar>
      )}

      <section className={styles.section} aria-labelledby={titleId}>
        <Caption1>{words.inUse}</Caption1>
        <Subtitle2 as="h2" id={titleId} className={styles.heading}>
          {plan.title}
        </Subtitle2>
        <div className={styles.meta}>
          <Caption1 className={styles.text}>
            {plan.id} · {words.version(plan.version)} · {words.signedOn(frenchDate(plan.signedOn))}
          </Caption1>
          {first !== undefined && last !== undefined && <Caption1 className={styles.text}>{words.periods(first.label, last.label, plan.periods.length)}</Caption1>}
        </div>
        <Body1 className={styles.text}>{state.source}</Body1>
        <Table size="extra-small" aria-label={words.fiches} className={styles.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.ficheColumn}>{words.fiche}</TableHeaderCell>
              <TableHeaderCell className={styles.numberColumn}>{words.actions}</TableHeaderCell>
              <TableHeaderCell className={styles.indicatorColumn}>{words.indicators}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {counts.fiches.map((fiche) => (
              <TableRow key={fiche.number}>
                <TableCell className={styles.ficheCell} title={fiche.title}>
                  <span className={styles.ficheNumber}>{fiche.number}</span> {fiche.shortTitle}
                </TableCell>
                {fiche.announced ? (
                  <TableCell className={styles.announced} colSpan={2}>
                    {words.announced}
                  </TableCell>
                ) : (
                  <>
                    <TableCell className={styles.number}>{fiche.actions}</TableCell>
                    <TableCell className={styles.number}>{fiche.indicators}</TableCell>
                  </>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <Body1 className={styles.text}>{words.totals(counts.totals)}</Body1>
      </section>

      <ChangePlan state={state} />
      {state.canWrite && <PlanSheets state={state} />}
    </div>
  );
}

function ChangePlan({ state }: { state: PlanViewState }) {
  const styles = usePlanViewStyles();
  const { words, report } = state;
  const headingId = useId('plan-change-');
  const picker = useRef<HTMLInputElement>(null);
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared so that picking the same file again (once corrected) reads it again.
    input.value = '';
    if (file !== undefined) void state.importFile(file);
  };
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        {words.changePlan}
      </Subtitle2>
      <Field label={words.importLabel} hint={words.importHint}>
        {(fieldProps) => (
          <>
            <input {...fieldProps} ref={picker} type="file" accept=".json,.xlsx" tabIndex={-1} className={styles.fileInput} disabled={state.busy} onChange={onChange} />
            <Button className={styles.fileButton} aria-describedby={fieldProps['aria-describedby']} disabled={state.busy} onClick={() => picker.current?.click()}>
              {words.chooseFile}
            </Button>
          </>
        )}
      </Field>
      <TaskStatus task={state.importTask} />
      {report?.kind === 'imported' && <OutcomeBar outcome={{ message: words.imported(report.name), details: [] }} />}
      {report?.kind === 'reverted' && <OutcomeBar outcome={{ message: words.reverted, details: [] }} />}
      {report?.kind === 'refused' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <span className={styles.text}>{words.importFailed(report.name, report.issues.length)}</span>
            <IssueList issues={report.issues} colon={words.colon} />
          </MessageBarBody>
        </MessageBar>
      )}
      {report?.kind === 'unreadable' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <span className={styles.text}>{words.unreadable(report.name)}</span> <span className={styles.text}>{report.detail}</span>
          </MessageBarBody>
        </MessageBar>
      )}
      {report?.kind === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody className={styles.text}>{report.message}</MessageBarBody>
        </MessageBar>
      )}
      {!state.isEmbedded && (
        <div className={styles.buttons}>
          <Button className={styles.wrapButton} disabled={state.busy} onClick={() => void state.revert()}>
            {words.revert}
          </Button>
        </div>
      )}
    </section>
  );
}

function PlanSheets({ state }: { state: PlanViewState }) {
  const styles = usePlanViewStyles();
  const { words, writeTask } = state;
  const headingId = useId('plan-sheets-');
  const hintId = useId('plan-sheets-hint-');
  const overwriteHintId = useId('plan-overwrite-hint-');
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        {words.sheets}
      </Subtitle2>
      <Caption1 id={hintId} className={styles.text}>
        {words.writeHint}
      </Caption1>
      <div className={styles.buttons}>
        <Button className={styles.wrapButton} aria-describedby={hintId} disabled={state.busy} onClick={() => void state.writeSheets(false)}>
          {words.write}
        </Button>
      </div>
      <TaskStatus task={writeTask} />
      {writeTask.state.kind === 'done' && <OutcomeBar outcome={writeTask.state.value} />}
      {state.overwriteOffered && (
        <div className={styles.buttons}>
          <Caption1 id={overwriteHintId} className={styles.text}>
            {words.overwriteHint}
          </Caption1>
          <Button className={styles.wrapButton} appearance="primary" aria-describedby={overwriteHintId} disabled={state.busy} onClick={() => void state.writeSheets(true)}>
            {words.overwrite}
          </Button>
        </div>
      )}
      {state.canCheck && <CheckSheets state={state} />}
    </section>
  );
}

/** Excel: after amending the plan sheets, check them and make them the plan in use. */
function CheckSheets({ state }: { state: PlanViewState }) {
  const styles = usePlanViewStyles();
  const { words, checkTask, checkReport: report } = state;
  const hintId = useId('plan-check-hint-');
  return (
    <>
      <Caption1 id={hintId} className={styles.text}>
        {words.checkHint}
      </Caption1>
      <div className={styles.buttons}>
        <Button className={styles.wrapButton} aria-describedby={hintId} disabled={state.busy} onClick={() => void state.checkSheets()}>
          {words.check}
        </Button>
      </div>
      <TaskStatus task={checkTask} />
      {report?.kind === 'checked' && <OutcomeBar outcome={{ message: words.checked, details: [] }} />}
      {report?.kind === 'none' && <OutcomeBar intent="info" outcome={{ message: words.noPlanSheets, details: [] }} />}
      {(report?.kind === 'refused' || report?.kind === 'unreadable') && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <span className={styles.text}>{report.kind === 'refused' ? words.checkFailed(report.issues.length) : report.detail}</span>
            {report.kind === 'refused' && <IssueList issues={report.issues} colon={words.colon} />}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

function IssueList({ issues, colon }: { issues: readonly ShownIssue[]; colon: string }) {
  const styles = usePlanViewStyles();
  if (issues.length === 0) return null;
  return (
    <ul className={styles.issues}>
      {issues.map((issue, index) => (
        <li key={index} className={styles.issue}>
          {issue.where !== '' && <span className={styles.where}>{issue.where}{colon}</span>}
          {issue.message}
        </li>
      ))}
    </ul>
  );
}
