/**
 * « Contrôles »: the findings of the imported returns, return by return, narrowed by severity,
 * respondent, fiche and period. Each says what is wrong and where; in Excel a button selects its
 * cell. Each read return offers its annotated copy for download.
 */
import { derivedFiches } from '../../plan/followUpPlan';
import {
  Body1,
  Body1Strong,
  Button,
  Caption1,
  Card,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Tooltip,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { renderFinding } from '../../i18n/findings';
import type { Lang } from '../../i18n/lang';
import { findingsViewWords } from '../../i18n/pane/findingsView';
import type { Finding } from '../../returns/findings';
import { openReturnWords } from '../../i18n/pane/openReturn';
import type { ImportedReturn, Outcome } from '../effects/types';
import { OutcomeBar } from '../task/OutcomeBar';
import { TaskStatus } from '../task/TaskStatus';
import { useTask, type Task } from '../task/useTask';
import { OpenWorkbookActions } from './OpenWorkbookActions';
import { ViewSection } from './ViewSection';
import type { FindingsViewProps } from './viewProps';
import { isFiltered, type FindingEntry, type FindingsFilter } from './findingsFilter';
import { entryKey, useFindingsState, type FindingsState } from './findingsState';
import { ReturnStatusBadge, SeverityBadge } from './importStatusBadge';

/** Findings shown at first in a return, then this many more at each « Afficher… ». */
export const findingsPageSize = 50;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  // Two columns when they fit; a grid item's width never grows with its longest option (a Caf's full name).
  filters: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(130px, 100%), 1fr))', gap: tokens.spacingVerticalS, minWidth: 0, '& > *': { minWidth: 0 } },
  select: { minWidth: 0, width: '100%' },
  selectInner: { minWidth: 0, width: '100%', textOverflow: 'ellipsis' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  head: { display: 'flex', alignItems: 'flex-start', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  wrap: { overflowWrap: 'anywhere', minWidth: 0 },
  finding: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  findingHead: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
});

type Words = (typeof findingsViewWords)[Lang];

export function FindingsView(props: FindingsViewProps) {
  const { effects, returns } = props;
  const w: Words = findingsViewWords[effects.lang];
  const styles = useStyles();
  const state = useFindingsState(props, w);
  // In Excel: the return open there, checked, marked and unmarked (one task at a time).
  const openTask = useTask<Outcome>();
  const { onReturns, plan } = props;
  const checkOpen = effects.checkOpenWorkbook;
  const openActions =
    checkOpen !== undefined && onReturns !== undefined ? (
      <OpenWorkbookActions effects={effects} returns={returns} onReturns={onReturns} check={() => checkOpen(plan, {})} task={openTask} />
    ) : null;

  if (returns.length === 0) {
    return (
      <ViewSection className={styles.root} title={w.title}>
        {openActions}
        <Body1>{w.empty}</Body1>
      </ViewSection>
    );
  }

  const byReturn = new Map<number, FindingEntry[]>();
  for (const entry of state.shown) byReturn.set(entry.returnIndex, [...(byReturn.get(entry.returnIndex) ?? []), entry]);
  const filtered = isFiltered(state.filter);

  return (
    <ViewSection className={styles.root} title={w.title}>
      {openActions}
      <Filters state={state} words={w} />
      <Body1 aria-live="polite">{w.shown(state.shown.length, state.total)}</Body1>
      <ul className={styles.list} aria-label={w.returnsList}>
        {returns.map((imported, i) => {
          const entries = byReturn.get(i) ?? [];
          if (filtered && entries.length === 0) return null;
          return (
            <li key={`${imported.fileName}-${i}`}>
              <ReturnFindings imported={imported} entries={entries} state={state} words={w} lang={effects.lang} mark={markIn(effects, openTask)} />
            </li>
          );
        })}
      </ul>
    </ViewSection>
  );
}

/** Select values: `*` for « all » (codes and ids never are `*`). */
const all = '*';
const fromSelect = (value: string) => (value === all ? null : value);
const toSelect = (value: string | null) => value ?? all;

function Filters({ state, words: w }: { state: FindingsState; words: Words }) {
  const styles = useStyles();
  const { filter, choices, setFilter } = state;
  const filterBy = (field: keyof FindingsFilter) => ({ value: filter[field], onChange: (value: string | null) => setFilter({ [field]: value }) });
  return (
    <div className={styles.filters}>
      <FilterSelect label={w.severity} allLabel={w.severityAll} options={choices.severities.map((s) => ({ value: s, label: w.severityOption[s] }))} {...filterBy('severity')} />
      <FilterSelect label={w.respondent} allLabel={w.respondentAll} options={choices.respondents.map((r) => ({ value: r.key, label: r.name ?? w.unidentified }))} {...filterBy('respondent')} />
      <FilterSelect
        label={w.fiche}
        allLabel={w.ficheAll}
        options={choices.fiches.map((f) => ({ value: f, label: derivedFiches.has(f) ? w.governanceOption : w.ficheOption(f) }))}
        {...filterBy('fiche')}
      />
      <FilterSelect label={w.period} allLabel={w.periodAll} options={choices.periods.map((p) => ({ value: p, label: p }))} {...filterBy('period')} />
    </div>
  );
}

/** One filter: « all » first, then the values found in the findings; null stands for « all ». */
function FilterSelect({ label, allLabel, options, value, onChange }: { label: string; allLabel: string; options: ReadonlyArray<{ value: string; label: string }>; value: string | null; onChange: (value: string | null) => void }) {
  const styles = useStyles();
  return (
    <Field label={label}>
      <Select className={styles.select} select={{ className: styles.selectInner }} value={toSelect(value)} onChange={(_, data) => onChange(fromSelect(data.value))}>
        <option value={all}>{allLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** « Marquer les cellules » of a return, in Excel only. */
type MarkAction = { run: (imported: ImportedReturn) => void; busy: boolean } | null;

function markIn(effects: FindingsViewProps['effects'], task: Task<Outcome>): MarkAction {
  const mark = effects.markOpenWorkbook;
  if (mark === undefined) return null;
  return { run: (imported) => void task.run(openReturnWords[effects.lang].marking, () => mark(imported)), busy: task.state.kind === 'running' };
}

function ReturnFindings({ imported, entries, state, words: w, lang, mark }: { imported: ImportedReturn; entries: FindingEntry[]; state: FindingsState; words: Words; lang: Lang; mark: MarkAction }) {
  const styles = useStyles();
  const [limit, setLimit] = useState(findingsPageSize);
  const { result, fileName } = imported;
  const mine = state.annotatedFor === fileName;
  const running = state.annotated.state.kind === 'running';
  const more = Math.min(entries.length - limit, findingsPageSize);
  return (
    <Card appearance="outline" className={styles.card}>
      <div className={styles.head}>
        <Body1Strong className={styles.wrap}>{fileName}</Body1Strong>
        <ReturnStatusBadge status={result.status} label={w.statusBadge[result.status]} />
      </div>
      {result.respondent !== null && <Caption1 className={styles.wrap}>{`${result.respondent.name} (${result.respondent.code})`}</Caption1>}
      {result.submission !== null && (
        <div>
          <Button size="small" aria-label={w.downloadLabel(fileName)} disabled={running} onClick={() => state.download(imported)}>
            {w.download}
          </Button>
          {mark !== null && entries.length > 0 && (
            <Button size="small" aria-label={openReturnWords[lang].markLabel(fileName)} disabled={mark.busy} onClick={() => mark.run(imported)}>
              {openReturnWords[lang].mark}
            </Button>
          )}
        </div>
      )}
      {mine && <TaskStatus task={state.annotated} />}
      {mine && state.annotated.state.kind === 'done' && <OutcomeBar outcome={state.annotated.state.value} />}
      {entries.length === 0 ? (
        <Caption1>{w.noneInReturn}</Caption1>
      ) : (
        <ul className={styles.list} aria-label={w.findingsOf(fileName)}>
          {entries.slice(0, limit).map((entry) => (
            <FindingItem key={entryKey(entry)} entry={entry} state={state} words={w} lang={lang} />
          ))}
        </ul>
      )}
      {more > 0 && (
        <div>
          <Button size="small" appearance="subtle" onClick={() => setLimit(limit + findingsPageSize)}>
            {w.showMore(more)}
          </Button>
        </div>
      )}
    </Card>
  );
}

/** « FA 3.2 - Parentalité!D12 · 2024 »: where, for the adviser; what it is about comes on its own line, by its label. */
export function findingPlace(f: Finding, wholeWorkbook: string): string {
  const at = f.sheet !== null ? (f.cell !== null ? `${f.sheet}!${f.cell}` : f.sheet) : wholeWorkbook;
  return [at, f.period].filter((part): part is string => part !== null && part !== '').join(' · ');
}

function FindingItem({ entry, state, words: w, lang }: { entry: FindingEntry; state: FindingsState; words: Words; lang: Lang }) {
  const styles = useStyles();
  const f = entry.finding;
  const answer = state.goToAnswer?.key === entryKey(entry) ? state.goToAnswer.message : null;
  const { goTo } = state;
  const subject = state.subjectOf(f);
  return (
    <li className={styles.finding}>
      <div className={styles.findingHead}>
        <SeverityBadge severity={f.severity} label={w.badge[f.severity]} />
        <Caption1 className={styles.wrap}>{findingPlace(f, w.wholeWorkbook)}</Caption1>
      </div>
      {subject !== null && (
        // The code on demand: the adviser reads the label; the code, as in the workbook's « Code » column, on hover.
        <Tooltip content={w.codeTooltip(subject.code)} relationship="description" withArrow>
          <Body1Strong className={styles.wrap}>{subject.label}</Body1Strong>
        </Tooltip>
      )}
      <Body1 className={styles.wrap}>{renderFinding(f, lang)}</Body1>
      {goTo !== null && f.sheet !== null && f.cell !== null && (
        <Button size="small" aria-label={w.goToLabel(f.sheet, f.cell)} onClick={() => void goTo(entry)}>
          {w.goTo}
        </Button>
      )}
      {answer !== null && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{answer}</MessageBarBody>
        </MessageBar>
      )}
    </li>
  );
}
