/**
 * The validation report for people: file by file, sheet by sheet, each finding with its cell and
 * message, and the counts by severity. French by default. The words of the report
 * src/returns/validationReport.ts gathers.
 */
import type { Severity, SeverityCounts } from '../returns/findings';
import type { ReturnStatus } from '../returns/result';
import type { FileReport, ValidationReport } from '../returns/validationReport';
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
export function formatCounts(counts: SeverityCounts, lang: Lang = defaultLang): string {
  const w = words[lang];
  return (['error', 'warning', 'info'] as const).map((s) => `${counts[s]} ${counts[s] > 1 ? w.plural[s] : w.severity[s]}`).join(', ');
}

export function formatFileReport(report: FileReport, lang: Lang = defaultLang): string {
  const w = words[lang];
  const who = report.respondent !== null ? `${report.respondent.name} (${report.respondent.code})` : w.unidentified;
  const head = report.status === 'refused' ? `${report.file} : ${w.status.refused}` : `${report.file} — ${who} : ${w.status[report.status]}`;
  const lines = [`${head} (${formatCounts(report.counts, lang)})`];
  if (report.runs.length === 0) lines.push(`  ${w.none}`);
  for (const run of report.runs) {
    lines.push(`  ${run.sheet ?? w.workbook}`);
    // « D12 · 3.2.a1.projets/eaje · 2024 : … »
    for (const { finding, place } of run.findings) lines.push(`    [${w.severity[finding.severity]}] ${place.length > 0 ? `${place.join(' · ')} : ` : ''}${renderFinding(finding, lang)}`);
  }
  return lines.join('\n');
}

export function formatValidationReport(report: ValidationReport, lang: Lang = defaultLang): string {
  const w = words[lang];
  const statuses = report.byStatus.map(({ status, files }) => `${files} ${files > 1 ? w.statusPlural[status] : w.status[status]}`);
  const summary = `${w.files(report.files.length)} : ${statuses.join(', ')} — ${formatCounts(report.counts, lang)}.`;
  return [...report.files.map((f) => formatFileReport(f, lang)), '', summary].join('\n');
}
