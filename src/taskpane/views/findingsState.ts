/**
 * The state of the « Contrôles » view: the filters (narrowed to the values the findings hold),
 * the go-to-cell answers of Excel, and the download of an annotated copy (one at a time).
 */
import { useCallback, useMemo, useState } from 'react';
import type { Finding } from '../../returns/findings';
import type { ImportedReturn, Outcome } from '../effects/types';
import { describeError } from '../task/describeError';
import { useTask, type Task } from '../task/useTask';
import { findingSubjects, type FindingSubject, type SubjectWords } from './findingSubject';
import type { FindingsViewProps } from './viewProps';
import {
  filterChoices,
  filterFindings,
  findingEntries,
  noFilter,
  withinChoices,
  type FilterChoices,
  type FindingEntry,
  type FindingsFilter,
} from './findingsFilter';

/** What Excel answered for one finding's « Aller à la cellule ». */
export type GoToAnswer = { key: string; message: string };

export type FindingsState = {
  filter: FindingsFilter;
  setFilter: (change: Partial<FindingsFilter>) => void;
  choices: FilterChoices;
  total: number;
  shown: FindingEntry[];
  /** Null outside Excel: no finding can be shown in a workbook. */
  goTo: ((entry: FindingEntry) => Promise<void>) | null;
  goToAnswer: GoToAnswer | null;
  download: (imported: ImportedReturn) => void;
  annotated: Task<Outcome>;
  /** The return whose annotated copy the task is (or was last) about. */
  annotatedFor: string | null;
  /** The indicator (and member) a finding is about, by its label; null for a finding on no indicator. */
  subjectOf: (f: Finding) => FindingSubject | null;
};

export const entryKey = (entry: Pick<FindingEntry, 'returnIndex' | 'findingIndex'>) => `${entry.returnIndex}:${entry.findingIndex}`;

export function useFindingsState(
  { effects, plan, returns }: FindingsViewProps,
  words: SubjectWords & { notInWorkbook: (sheet: string) => string; downloading: string },
): FindingsState {
  const [chosen, setChosen] = useState<FindingsFilter>(noFilter);
  const entries = useMemo(() => findingEntries(returns), [returns]);
  const choices = useMemo(() => filterChoices(returns, plan), [returns, plan]);
  const filter = useMemo(() => withinChoices(chosen, choices), [chosen, choices]);
  const shown = useMemo(() => filterFindings(entries, filter), [entries, filter]);
  const setFilter = useCallback((change: Partial<FindingsFilter>) => setChosen((previous) => ({ ...previous, ...change })), []);

  const [goToAnswer, setGoToAnswer] = useState<GoToAnswer | null>(null);
  const canSelect = effects.selectFinding !== undefined;
  const { notInWorkbook, downloading } = words;
  const goTo = useCallback(
    async (entry: FindingEntry) => {
      if (effects.selectFinding === undefined) return;
      const key = entryKey(entry);
      const finding: Finding = entry.finding;
      setGoToAnswer(null);
      try {
        const from = returns[entry.returnIndex];
        const found = from !== undefined && (await effects.selectFinding(finding, from));
        if (!found) setGoToAnswer({ key, message: notInWorkbook(finding.sheet ?? '') });
      } catch (error) {
        setGoToAnswer({ key, message: describeError(error, effects.lang) });
      }
    },
    [effects, notInWorkbook, returns],
  );

  const annotated = useTask<Outcome>();
  const [annotatedFor, setAnnotatedFor] = useState<string | null>(null);
  const { run } = annotated;
  const busy = annotated.state.kind === 'running';
  const download = useCallback(
    (imported: ImportedReturn) => {
      if (busy) return;
      setAnnotatedFor(imported.fileName);
      void run(downloading, () => effects.downloadAnnotated(imported));
    },
    [busy, run, downloading, effects],
  );

  const subjectOf = useMemo(() => findingSubjects(plan, { total: words.total }), [plan, words.total]);
  return { filter, setFilter, choices, total: entries.length, shown, goTo: canSelect ? goTo : null, goToAnswer, download, annotated, annotatedFor, subjectOf };
}
