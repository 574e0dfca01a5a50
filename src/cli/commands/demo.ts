/**
 * `npm run demo`: the main job on the embedded plan, step by step. Each step of the pipeline adds
 * itself here: the plan and its validation, then the collection workbooks.
 */
import { join } from 'node:path';
import { generateCollection } from '../../app/generate';
import { selectRespondents } from '../../collect';
import { describePlanIssue, summarisePlan } from '../../i18n';
import { checkPlan, defaultPlan } from '../../plan';
import { ensureWritableFolder, folderWriter } from '../files';
import type { ExitCode, Output } from '../output';
import { terminalProgress } from '../progress';

export const demoOut = 'out';

export async function demoCommand(_argv: readonly string[], output: Output): Promise<ExitCode> {
  const plan = defaultPlan();
  output.out('=== CTG Indicateurs — démonstration sur le plan intégré ===\n');
  output.out(summarisePlan(plan));

  output.out('\n=== 1. Validation du plan ===');
  const issues = checkPlan(plan);
  if (issues.length > 0) {
    for (const issue of issues) output.err(`  - ${describePlanIssue(issue)}`);
    return 1;
  }
  output.out('Plan valide : schéma et contrôles croisés (codes uniques, périodes, listes, règles) sans erreur.');

  output.out('\n=== 2. Classeurs de recueil (communes signataires, EPCI, Caf) ===');
  const collectDir = join(demoOut, 'collecte');
  const folder = await ensureWritableFolder(collectDir);
  if (!folder.ok) {
    output.err(`Impossible d’écrire dans « ${collectDir} » (${folder.reason}).`);
    return 2;
  }
  const selection = selectRespondents(plan, { kind: 'signatories' });
  if (!selection.ok) return 1;
  const { renderSpec } = await import('../../xlsx/renderSpec');
  const started = Date.now();
  const files = await generateCollection(plan, selection.respondents, { now: new Date().toISOString(), deadline: '2026-01-31' }, {
    render: renderSpec,
    write: folderWriter(collectDir),
    progress: terminalProgress('Génération', output),
  });
  for (const f of files) output.out(`  ${f.file}  (${f.sheets} onglets, ${f.inputCells} cellules à remplir)`);
  output.out(`${files.length} classeurs écrits en ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return 0;
}
