/**
 * `npm run demo`: the whole job on the embedded plan, step by step — the plan and its validation,
 * the collection workbooks, simulated returns for 2022–2025 (seeded: some communes partial, some
 * silent, a few planted anomalies, one commune sending a corrected return), their validation with
 * annotated copies, and the consolidation workbook, told in a short French summary.
 */
import { withoutFollowUp } from '../../plan/followUpPlan';
import { planSummary } from '../../plan/planSummary';
import { utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { defaultBilanPeriod, writeBilan } from '../../app/bilan';
import { consolidateSources, consolidationFileName } from '../../app/consolidate';
import { collectionFileName } from '../../app/fileNames';
import { generateCollections, generatedFiles } from '../../app/generate';
import { memorySource, type ReturnSource } from '../../app/returnSource';
import { runContext } from '../../app/run';
import { simulateReturn, type AnomalyKind, type Completeness } from '../../demo';
import { annotateReturns, type ReturnFile } from '../../app/validate';
import { buildCollectionWorkbook, defaultRespondentSelection, selectRespondents, type Respondent } from '../../collect';
import { demoWords, folderWords, generateWords, progressWords } from '../../i18n/cli/fr';
import { anomalyDescriptions } from '../../i18n/demo';
import { describePlanIssue, formatCounts, formatConsolidationSummary, formatNumber, summarisePlan } from '../../i18n';
import { consolidationSummaryData } from '../../consolidate/summary';
import { bilanCommandWords } from '../../i18n/bilanCommand';
import { checkPlan, defaultPlan, type Plan } from '../../plan';
import { countBySeverity } from '../../returns/findings';
import { parseA1 } from '../../workbook/a1';
import type { WorkbookSpec } from '../../workbook/spec';
import { ensureWritableFolder, folderWriter, writeAtomically } from '../files';
import type { ExitCode, Output } from '../output';
import { terminalProgress } from '../progress';

export const demoOut = 'out';

/** The simulated returns: who answers, how fully, with which mistakes, and when the file is dated. */
type Scenario = { code: string; completeness: Completeness; anomalies: AnomalyKind[]; fileDate: string; suffix?: string; comment?: string };

const scenario: Scenario[] = [
  { code: 'caf04', completeness: 'full', anomalies: [], fileDate: '2026-01-12T09:30:00.000Z' },
  { code: '200067437', completeness: 'full', anomalies: ['rule_violation', 'decimal_in_whole'], fileDate: '2026-01-20T16:05:00.000Z' },
  { code: '04070', completeness: 'full', anomalies: ['text_in_number', 'negative_count'], fileDate: '2026-01-15T11:00:00.000Z' },
  // Digne-les-Bains corrects its return after the annotated copy came back: the newer one wins.
  { code: '04070', completeness: 'full', anomalies: [], fileDate: '2026-01-28T14:45:00.000Z', suffix: '_corrige', comment: demoWords.correctedComment },
  { code: '04049', completeness: 'full', anomalies: ['value_in_locked_cell', 'decimal_in_whole'], fileDate: '2026-01-22T10:10:00.000Z' },
  { code: '04116', completeness: 'full', anomalies: ['french_typing', 'implausible_jump'], fileDate: '2026-01-19T08:20:00.000Z' },
  { code: '04001', completeness: 'full', anomalies: [], fileDate: '2026-01-09T15:00:00.000Z' },
  { code: '04108', completeness: 'full', anomalies: [], fileDate: '2026-01-16T13:40:00.000Z' },
  { code: '04244', completeness: 'full', anomalies: [], fileDate: '2026-01-26T17:30:00.000Z' },
  // Late: only 2022 and 2023 filled in so far.
  { code: '04036', completeness: 'partial', anomalies: [], fileDate: '2026-01-30T09:00:00.000Z' },
  { code: '04205', completeness: 'partial', anomalies: [], fileDate: '2026-01-31T18:15:00.000Z' },
  // L'Escale (04079) and Peyruis (04149) have not answered.
];

const seed = 2025;
const templateDate = '2025-12-01T09:00:00.000Z';

function withComment(plan: Plan, respondent: Respondent, spec: WorkbookSpec, text: string): WorkbookSpec {
  // The first comment cell of its workbook: which fiches a commune is asked depends on what it holds.
  const input = buildCollectionWorkbook(plan, respondent, { now: templateDate }).inputs.find((c) => c.type === 'comment');
  const at = input !== undefined ? parseA1(input.cell) : undefined;
  const cell = at !== undefined ? spec.sheets.find((s) => s.name === input!.sheet)?.rows[at.row]?.[at.column] : undefined;
  if (cell !== undefined) cell.value = text;
  return spec;
}

/** The demo's returns, in import order: file name, file date, bytes and what was planted (shared with the tests). */
export async function demoReturns(plan: Plan, respondents: readonly Respondent[], render: (spec: WorkbookSpec) => Promise<Uint8Array>) {
  const byCode = new Map(respondents.map((r) => [r.code, r]));
  const made: Array<{ scenario: Scenario; respondent: Respondent; name: string; bytes: Uint8Array; planted: string[] }> = [];
  for (const s of scenario) {
    const respondent = byCode.get(s.code)!;
    const simulated = simulateReturn(plan, respondent, { seed, now: templateDate, completeness: s.completeness, anomalies: s.anomalies });
    const spec = s.comment !== undefined ? withComment(plan, respondent, simulated.spec, s.comment) : simulated.spec;
    const name = collectionFileName(plan, respondent).replace(/\.xlsx$/, `${s.suffix ?? ''}.xlsx`);
    made.push({ scenario: s, respondent, name, bytes: await render(spec), planted: simulated.planted.map((a) => `${anomalyDescriptions[a.kind]} (${a.sheet}!${a.cell})`) });
  }
  return made;
}

export async function demoCommand(_argv: readonly string[], output: Output): Promise<ExitCode> {
  const started = Date.now();
  const plan = defaultPlan();
  output.out(demoWords.title);
  // The convention's fiches and indicators as written: the follow-up derived from them is not counted.
  output.out(summarisePlan(planSummary(withoutFollowUp(plan))));

  output.out(demoWords.planTitle);
  const issues = checkPlan(plan);
  if (issues.length > 0) {
    for (const issue of issues) output.err(`  - ${describePlanIssue(issue)}`);
    return 1;
  }
  output.out(demoWords.planValid);

  const folders = { collect: join(demoOut, 'collecte'), returns: join(demoOut, 'retours'), annotated: join(demoOut, 'annotes') };
  for (const dir of Object.values(folders)) {
    const folder = await ensureWritableFolder(dir);
    if (!folder.ok) {
      output.err(folderWords.notWritableBare(dir, folder.reason));
      return 2;
    }
  }

  output.out(demoWords.collectTitle);
  // The campaign's expected respondents, as `ctg generate` by default; the partners send nothing
  // in the demo, so the consolidation shows whom to chase.
  const selection = selectRespondents(plan, defaultRespondentSelection);
  if (!selection.ok) return 1;
  const { renderSpec } = await import('../../xlsx/renderSpec');
  const { consolidationSink, folderSink, nodeReturnReader } = await import('../xlsxPorts');
  // One clock for the whole demonstration: generation, checks and consolidation.
  const run = runContext({ now: new Date().toISOString() });
  const collected = generatedFiles(
    await generateCollections(plan, selection.respondents, { deadline: '2026-01-31' }, folderSink(folders.collect), { ...run, progress: terminalProgress(progressWords.generating, output) }),
  );
  for (const f of collected) output.out(generateWords.file(f.file, f.sheets, f.inputCells));
  output.out(demoWords.collected(collected.length, folders.collect));

  output.out(demoWords.returnsTitle);
  const files: ReturnFile[] = [];
  const sources: ReturnSource[] = [];
  for (const { scenario: s, name, bytes, planted } of await demoReturns(plan, selection.respondents, renderSpec)) {
    const path = join(folders.returns, name);
    await writeAtomically(path, bytes);
    await utimes(path, new Date(s.fileDate), new Date(s.fileDate));
    files.push({ fileName: path, bytes });
    sources.push(memorySource(path, bytes, s.fileDate));
    const state = s.completeness === 'partial' ? demoWords.partial : demoWords.complete;
    output.out(demoWords.returnLine(name, state, planted));
  }
  const silent = selection.respondents.filter((r) => !scenario.some((s) => s.code === r.code));
  output.out(demoWords.returnsWritten(files.length, folders.returns, silent.map((r) => r.name)));

  output.out(demoWords.checkTitle);
  const { annotateReturn } = await import('../../xlsx/annotate');
  const target = join(demoOut, consolidationFileName(plan));
  const done = await consolidateSources(plan, sources, { reader: nodeReturnReader, sink: consolidationSink(target) }, { ...run, progress: terminalProgress(progressWords.checking, output) });
  for (const r of done.results) output.out(`  ${r.file} : ${formatCounts(countBySeverity(r.findings))}`);
  const annotated = await annotateReturns(done.results, files, { annotate: (bytes, findings, lang) => annotateReturn(bytes, findings, { lang }), write: folderWriter(folders.annotated) });
  output.out(demoWords.annotated(annotated.filter((a) => a.written !== null).length, folders.annotated));

  output.out(demoWords.consolidationTitle);
  output.out(formatConsolidationSummary(consolidationSummaryData(plan, done.consolidation), { output: done.written.file }));

  // The COPIL's bilan of the last year ended, and the convention's evaluation, beside the consolidation.
  output.out(`\n${bilanCommandWords.demoStep}`);
  const { renderBilanDocx } = await import('../../docx/renderBilan');
  const { resvgPng } = await import('../../docx/resvgPng');
  const bilanPorts = {
    render: (document: Parameters<typeof renderBilanDocx>[0]) => renderBilanDocx(document, resvgPng),
    write: async (name: string, bytes: Uint8Array) => {
      const path = join(demoOut, name);
      await writeAtomically(path, bytes);
      return path;
    },
  };
  for (const request of [{ kind: 'annual' as const, period: defaultBilanPeriod(plan, run) }, { kind: 'evaluation' as const }]) {
    const bilan = await writeBilan(plan, done.consolidation, request, bilanPorts, run);
    output.out(bilanCommandWords.demoWritten(bilan.document.cover.subtitle, bilan.written));
  }
  output.out(bilanCommandWords.demoHint);
  output.out(demoWords.done(formatNumber(Math.round((Date.now() - started) / 100) / 10)));
  return 0;
}

/** What the command line's table loads (src/cli/main.ts). */
export const command = { run: demoCommand, usage: 'ctg demo' };
