/**
 * `npm run demo`: the whole job on the embedded plan, step by step — the plan and its validation,
 * the collection workbooks, simulated returns for 2022–2025 (seeded: some communes partial, some
 * silent, a few planted anomalies, one commune sending a corrected return), their validation with
 * annotated copies, and the consolidation workbook, told in a short French summary.
 */
import { withoutFollowUp } from '../../plan/followUpPlan';
import { utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { consolidateSources, consolidationFileName } from '../../app/consolidate';
import { collectionFileName } from '../../app/fileNames';
import { generateCollections, generatedFiles } from '../../app/generate';
import { memorySource, type ReturnSource } from '../../app/returnSource';
import { runContext } from '../../app/run';
import { simulateReturn, type AnomalyKind, type Completeness } from '../../demo';
import { annotateReturns, type ReturnFile } from '../../app/validate';
import { buildCollectionWorkbook, defaultRespondentSelection, selectRespondents, type Respondent } from '../../collect';
import { describePlanIssue, formatCounts, formatConsolidationSummary, formatNumber, summarisePlan } from '../../i18n';
import { checkPlan, defaultPlan, type Plan } from '../../plan';
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
  { code: '04070', completeness: 'full', anomalies: [], fileDate: '2026-01-28T14:45:00.000Z', suffix: '_corrige', comment: 'Chiffres corrigés après le contrôle de la Caf.' },
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
    made.push({ scenario: s, respondent, name, bytes: await render(spec), planted: simulated.planted.map((a) => `${a.description} (${a.sheet}!${a.cell})`) });
  }
  return made;
}

export async function demoCommand(_argv: readonly string[], output: Output): Promise<ExitCode> {
  const started = Date.now();
  const plan = defaultPlan();
  output.out('=== CTG Indicateurs — démonstration sur le plan intégré ===\n');
  // The convention's fiches and indicators as written: the follow-up derived from them is not counted.
  output.out(summarisePlan(withoutFollowUp(plan)));

  output.out('\n=== 1. Validation du plan ===');
  const issues = checkPlan(plan);
  if (issues.length > 0) {
    for (const issue of issues) output.err(`  - ${describePlanIssue(issue)}`);
    return 1;
  }
  output.out('Plan valide : schéma et contrôles croisés (codes uniques, périodes, listes, règles) sans erreur.');

  const folders = { collect: join(demoOut, 'collecte'), returns: join(demoOut, 'retours'), annotated: join(demoOut, 'annotes') };
  for (const dir of Object.values(folders)) {
    const folder = await ensureWritableFolder(dir);
    if (!folder.ok) {
      output.err(`Impossible d’écrire dans « ${dir} » (${folder.reason}).`);
      return 2;
    }
  }

  output.out('\n=== 2. Classeurs de recueil (répondants attendus : Caf, EPCI, partenaires, communes signataires) ===');
  // The campaign's expected respondents, as `ctg generate` by default; the partners send nothing
  // in the demo, so the consolidation shows whom to chase.
  const selection = selectRespondents(plan, defaultRespondentSelection);
  if (!selection.ok) return 1;
  const { renderSpec } = await import('../../xlsx/renderSpec');
  const { consolidationSink, folderSink, nodeReturnReader } = await import('../xlsxPorts');
  // One clock for the whole demonstration: generation, checks and consolidation.
  const run = runContext({ now: new Date().toISOString() });
  const collected = generatedFiles(
    await generateCollections(plan, selection.respondents, { deadline: '2026-01-31' }, folderSink(folders.collect), { ...run, progress: terminalProgress('Génération', output) }),
  );
  for (const f of collected) output.out(`  ${f.file}  (${f.sheets} onglets, ${f.inputCells} cellules à remplir)`);
  output.out(`${collected.length} classeurs écrits dans ${folders.collect}.`);

  output.out('\n=== 3. Retours simulés (2022-2025) ===');
  const files: ReturnFile[] = [];
  const sources: ReturnSource[] = [];
  for (const { scenario: s, name, bytes, planted } of await demoReturns(plan, selection.respondents, renderSpec)) {
    const path = join(folders.returns, name);
    await writeAtomically(path, bytes);
    await utimes(path, new Date(s.fileDate), new Date(s.fileDate));
    files.push({ fileName: path, bytes });
    sources.push(memorySource(path, bytes, s.fileDate));
    const state = s.completeness === 'partial' ? 'partiel (2022-2023)' : 'complet';
    output.out(`  ${name} — ${state}${planted.length > 0 ? ` ; anomalies glissées : ${planted.join(' ; ')}` : ''}`);
  }
  const silent = selection.respondents.filter((r) => !scenario.some((s) => s.code === r.code));
  output.out(`${files.length} retours écrits dans ${folders.returns} ; sans réponse : ${silent.map((r) => r.name).join(', ')}.`);

  output.out('\n=== 4. Contrôle des retours et copies annotées ===');
  const { annotateReturn } = await import('../../xlsx/annotate');
  const target = join(demoOut, consolidationFileName(plan));
  const done = await consolidateSources(plan, sources, { reader: nodeReturnReader, sink: consolidationSink(target) }, { ...run, progress: terminalProgress('Contrôle', output) });
  for (const r of done.results) output.out(`  ${r.file} : ${formatCounts(r.findings)}`);
  const annotated = await annotateReturns(done.results, files, { annotate: (bytes, findings, lang) => annotateReturn(bytes, findings, { lang }), write: folderWriter(folders.annotated) });
  output.out(`${annotated.filter((a) => a.written !== null).length} copies annotées dans ${folders.annotated} (cellules en couleur, onglet « Contrôles »).`);

  output.out('\n=== 5. Consolidation ===');
  output.out(formatConsolidationSummary(plan, done.consolidation, { output: done.written.file }));
  output.out(`\nDémonstration terminée en ${formatNumber(Math.round((Date.now() - started) / 100) / 10)} s.`);
  return 0;
}
