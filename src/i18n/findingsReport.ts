/**
 * The validation report for people: file by file, sheet by sheet, each finding with its cell and
 * message, and the counts by severity. French by default.
 */
import type { Finding, Severity } from '../returns/findings';
import { countBySeverity } from '../returns/findings';
import type { ReturnResult, ReturnStatus } from '../returns/result';
import { renderFinding } from './findings';
import { defaultLang, type Lang } from './lang';

const words = {
  fr: {
    severity: { error: 'erreur', warning: 'avertissement', info: 'information' } as Record<Severity, string>,
    plural: { error: 'erreurs', warning: 'avertissements', info: 'informations' } as Record<Severity, string>,
    status: { ok: 'conforme', warnings: 'avec avertissements', errors: 'avec erreurs', refused: 'refusé' } as Record<ReturnStatus, string>,
    statusPlural: { ok: 'conformes', warnings: 'avec avertissements', errors: 'avec erreurs', refused: 'refusés' } as Record<ReturnStatus, string>,
    workbook: 'Classeur',
    unidentified: 'répondant non identifié',
    none: 'aucune anomalie',
    files: (n: number) => `${n} fichier${n > 1 ? 's' : ''} contrôlé${n > 1 ? 's' : ''}`,
    period: 'période',
  },
  en: {
    severity: { error: 'error', warning: 'warning', info: 'info' } as Record<Severity, string>,
    plural: { error: 'errors', warning: 'warnings', info: 'infos' } as Record<Severity, string>,
    status: { ok: 'ok', warnings: 'with warnings', errors: 'with errors', refused: 'refused' } as Record<ReturnStatus, string>,
    statusPlural: { ok: 'ok', warnings: 'with warnings', errors: 'with errors', refused: 'refused' } as Record<ReturnStatus, string>,
    workbook: 'Workbook',
    unidentified: 'unidentified respondent',
    none: 'no finding',
    files: (n: number) => `${n} file${n > 1 ? 's' : ''} checked`,
    period: 'period',
  },
} as const;

export function severityLabel(severity: Severity, lang: Lang = defaultLang): string {
  return words[lang].severity[severity];
}

/** « 2 erreurs, 1 avertissement, 0 information ». */
export function formatCounts(findings: readonly Finding[], lang: Lang = defaultLang): string {
  const w = words[lang];
  const counts = countBySeverity(findings);
  return (['error', 'warning', 'info'] as const).map((s) => `${counts[s]} ${counts[s] > 1 ? w.plural[s] : w.severity[s]}`).join(', ');
}

/** « D12 · 3.2.a1.projets/eaje · 2024 ». */
function where(f: Finding): string {
  const indicator = f.indicator !== null ? `${f.indicator}${f.member !== null ? `/${f.member}` : ''}` : null;
  return [f.cell, indicator, f.period].filter((part): part is string => part !== null && part !== '').join(' · ');
}

export function formatFileReport(result: ReturnResult, lang: Lang = defaultLang): string {
  const w = words[lang];
  const who = result.respondent !== null ? `${result.respondent.name} (${result.respondent.code})` : w.unidentified;
  const head = result.status === 'refused' ? `${result.file} : ${w.status.refused}` : `${result.file} — ${who} : ${w.status[result.status]}`;
  const lines = [`${head} (${formatCounts(result.findings, lang)})`];
  if (result.findings.length === 0) lines.push(`  ${w.none}`);
  let sheet: string | null | undefined;
  for (const f of result.findings) {
    if (f.sheet !== sheet) {
      sheet = f.sheet;
      lines.push(`  ${sheet ?? w.workbook}`);
    }
    const at = where(f);
    lines.push(`    [${w.severity[f.severity]}] ${at !== '' ? `${at} : ` : ''}${renderFinding(f, lang)}`);
  }
  return lines.join('\n');
}

export function formatValidationReport(results: readonly ReturnResult[], lang: Lang = defaultLang): string {
  const w = words[lang];
  const byStatus = (status: ReturnStatus) => results.filter((r) => r.status === status).length;
  const all = results.flatMap((r) => r.findings);
  const summary = `${w.files(results.length)} : ${(['ok', 'warnings', 'errors', 'refused'] as const).map((s) => `${byStatus(s)} ${byStatus(s) > 1 ? w.statusPlural[s] : w.status[s]}`).join(', ')} — ${formatCounts(all, lang)}.`;
  return [...results.map((r) => formatFileReport(r, lang)), '', summary].join('\n');
}
