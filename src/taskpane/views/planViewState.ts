/**
 * The state of the « Plan » view: the plan's counts, importing a plan file, going back to the
 * embedded plan, and writing the plan sheets into the open workbook (Excel only). The component
 * renders what this hook returns; every operation goes through `props.effects`.
 */
import { useCallback, useMemo, useState } from 'react';
import type { LoadedPlan, LocatedIssue } from '../../app/loadPlan';
import { renderLocatedIssue } from '../../i18n/planSheetIssues';
import { renderPlanFileIssue } from '../../i18n/planFile';
import { planViewWords } from '../../i18n/pane/planView';
import type { Lang } from '../../i18n/lang';
import { withoutFollowUp } from '../../plan/followUpPlan';
import { formatPath } from '../../plan/issues';
import type { Plan } from '../../plan/schema';
import { indicatorSites } from '../../plan/walk';
import type { Outcome, PickedFile, PlanSource } from '../effects/types';
import { describeError } from '../task/describeError';
import { useTask } from '../task/useTask';
import type { PlanViewProps } from './viewProps';
import { isSheetModified } from '../task/isSheetModified';

export type FicheCount = { number: string; title: string; shortTitle: string; announced: boolean; actions: number; indicators: number };
export type PlanCounts = {
  fiches: FicheCount[];
  totals: { fiches: number; announced: number; actions: number; indicators: number; communes: number };
};

/**
 * Actions and indicators (action indicators and the fiche's own evaluation criteria) per fiche, as
 * the convention writes them — like `ctg plan`: the follow-up derived from the plan (each action's
 * state, the governance « fiche », plan/followUpPlan.ts) is asked in the workbooks, but it is not a
 * fiche or an indicator of the convention, and a « 0 » fiche would name one that does not exist.
 */
export function planCounts(withFollowUp: Plan): PlanCounts {
  const plan = withoutFollowUp(withFollowUp);
  const sites = indicatorSites(plan);
  const fiches = plan.fiches.map((fiche) => ({
    number: fiche.number,
    title: fiche.title,
    shortTitle: fiche.shortTitle ?? fiche.title,
    announced: fiche.status === 'announced',
    actions: fiche.actions.length,
    indicators: sites.filter((site) => site.fiche === fiche).length,
  }));
  return {
    fiches,
    totals: {
      fiches: fiches.length,
      announced: fiches.filter((f) => f.announced).length,
      actions: fiches.reduce((n, f) => n + f.actions, 0),
      indicators: sites.length,
      communes: plan.territory.communes.length,
    },
  };
}

/** One issue of a plan file as shown: where it sits (sheet and cell, or path in the JSON) and what to do. */
export type ShownIssue = { where: string; message: string };

export function shownIssues(issues: readonly LocatedIssue[], lang: Lang): ShownIssue[] {
  const words = planViewWords[lang];
  return issues.map((located) => ({
    where: located.sheet !== undefined ? words.sheetCell(located.sheet, located.cell) : located.kind === 'plan' ? formatPath(located.issue.path) || words.root : words.root,
    message: renderLocatedIssue(located, lang),
  }));
}

export function sourceText(source: PlanSource, lang: Lang): string {
  const words = planViewWords[lang].source;
  switch (source.kind) {
    case 'embedded':
      return words.embedded;
    case 'workbook':
      return words.workbook;
    case 'file':
      return words.file(source.name);
  }
}

export { isSheetModified };

/** What the last import said, kept until the next one. */
export type ImportReport =
  | { kind: 'imported'; name: string }
  | { kind: 'refused'; name: string; issues: ShownIssue[] }
  | { kind: 'unreadable'; name: string; detail: string }
  | { kind: 'reverted' }
  | { kind: 'failed'; message: string };

/** What checking the workbook's plan sheets said. */
export type CheckReport = { kind: 'checked' } | { kind: 'none' } | { kind: 'refused'; issues: ShownIssue[] } | { kind: 'unreadable'; detail: string };

export function usePlanViewState({ effects, planInUse, startupProblem, onPlan }: PlanViewProps) {
  const { lang } = effects;
  const words = planViewWords[lang];
  const counts = useMemo(() => planCounts(planInUse.plan), [planInUse.plan]);

  const importTask = useTask<LoadedPlan>();
  const { run: runImport, reset: resetImport } = importTask;
  const [report, setReport] = useState<ImportReport | null>(null);

  const importFile = useCallback(
    async (file: PickedFile) => {
      setReport(null);
      const loaded = await runImport(words.reading(file.name), () => effects.readPlanFile(file));
      if (loaded === undefined) return;
      if (loaded.ok) {
        setReport({ kind: 'imported', name: file.name });
        onPlan({ plan: loaded.plan, source: { kind: 'file', name: file.name } });
      } else if ('unreadable' in loaded) {
        setReport({ kind: 'unreadable', name: file.name, detail: renderPlanFileIssue(loaded.unreadable, lang) });
      } else {
        setReport({ kind: 'refused', name: file.name, issues: shownIssues(loaded.issues, lang) });
      }
    },
    [effects, lang, onPlan, runImport, words],
  );

  const [reverting, setReverting] = useState(false);
  const revert = useCallback(async () => {
    setReverting(true);
    try {
      const { defaultPlan } = await import('../../plan/default');
      resetImport();
      setReport({ kind: 'reverted' });
      onPlan({ plan: defaultPlan(), source: { kind: 'embedded' } });
    } catch (error) {
      setReport({ kind: 'failed', message: describeError(error, lang) });
    } finally {
      setReverting(false);
    }
  }, [lang, onPlan, resetImport]);

  const writeTask = useTask<Outcome>();
  const { run: runWrite } = writeTask;
  const [overwriteOffered, setOverwriteOffered] = useState(false);
  const canWrite = effects.writePlanSheets !== undefined;
  const writeSheets = useCallback(
    async (overwrite: boolean) => {
      setOverwriteOffered(false);
      await runWrite(words.writing, async () => {
        if (effects.writePlanSheets === undefined) throw new Error('writePlanSheets is not available on this surface');
        try {
          return await effects.writePlanSheets(planInUse.plan, { overwrite });
        } catch (error) {
          if (!overwrite && isSheetModified(error)) setOverwriteOffered(true);
          throw error;
        }
      });
    },
    [effects, planInUse.plan, runWrite, words],
  );

  const checkTask = useTask<LoadedPlan | null>();
  const { run: runCheck } = checkTask;
  const [checkReport, setCheckReport] = useState<CheckReport | null>(null);
  const canCheck = effects.readWorkbookPlan !== undefined;
  const checkSheets = useCallback(async () => {
    setCheckReport(null);
    const read = await runCheck(words.checking, async () => {
      if (effects.readWorkbookPlan === undefined) throw new Error('readWorkbookPlan is not available on this surface');
      return effects.readWorkbookPlan();
    });
    if (read === undefined) return; // failed or cancelled: the task says so
    if (read === null) setCheckReport({ kind: 'none' });
    else if (read.ok) {
      setCheckReport({ kind: 'checked' });
      onPlan({ plan: read.plan, source: { kind: 'workbook' } });
    } else if ('unreadable' in read) setCheckReport({ kind: 'unreadable', detail: renderPlanFileIssue(read.unreadable, lang) });
    else setCheckReport({ kind: 'refused', issues: shownIssues(read.issues, lang) });
  }, [effects, lang, onPlan, runCheck, words]);

  const problem = useMemo(() => {
    if (startupProblem === undefined || startupProblem.ok || planInUse.source.kind !== 'embedded') return null;
    if ('unreadable' in startupProblem) return { title: `${renderPlanFileIssue(startupProblem.unreadable, lang)} ${words.embeddedInstead}`, issues: [] };
    return { title: words.startupProblem(startupProblem.issues.length), issues: shownIssues(startupProblem.issues, lang) };
  }, [lang, planInUse.source.kind, startupProblem, words]);

  const busy = importTask.state.kind === 'running' || writeTask.state.kind === 'running' || checkTask.state.kind === 'running' || reverting;

  return {
    words,
    plan: planInUse.plan,
    source: sourceText(planInUse.source, lang),
    isEmbedded: planInUse.source.kind === 'embedded',
    counts,
    problem,
    importTask,
    importFile,
    report,
    revert,
    reverting,
    canWrite,
    writeTask,
    writeSheets,
    overwriteOffered,
    canCheck,
    checkTask,
    checkSheets,
    checkReport,
    busy,
  };
}

export type PlanViewState = ReturnType<typeof usePlanViewState>;
