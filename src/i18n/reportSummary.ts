/**
 * The consolidation told in a few lines, for the terminal (command and demo): files, findings by
 * severity, completeness and who to remind, and the key figures of the territory.
 */
import { respondentsOf } from '../collect/respondents';
import { describeFigure } from './formation';
import { consolidationFigures, fileOutcomes, type ConsolidationFigures } from '../consolidate/figures';
import { keyIndicators } from '../consolidate/keyIndicators';
import type { Consolidation } from '../consolidate/types';
import type { Plan } from '../plan/schema';
import { formatNumber } from './findingsFormat';
import { defaultLang, type Lang } from './lang';
import { reportText } from './reportText';
import { identityLine, replacementLines } from './replacementWords';
import { reportWords } from './reportWords';

const words = {
  fr: {
    files: (n: number) => `${n} fichier${n > 1 ? 's' : ''} lu${n > 1 ? 's' : ''}`,
    findings: 'Anomalies',
    severity: (n: number, s: 'error' | 'warning' | 'info') =>
      `${n} ${{ error: n > 1 ? 'erreurs' : 'erreur', warning: n > 1 ? 'avertissements' : 'avertissement', info: n > 1 ? 'informations' : 'information' }[s]}`,
    completeness: 'Complétude',
    respondents: (complete: number, partial: number, missing: number, excluded: number, expected: number) =>
      `${complete} répondant${complete > 1 ? 's' : ''} complet${complete > 1 ? 's' : ''}, ${partial} partiel${partial > 1 ? 's' : ''}, ${missing} sans réponse${excluded > 0 ? `, ${excluded} écarté${excluded > 1 ? 's' : ''}` : ''} (sur ${expected} attendus)`,
    remind: 'À relancer',
    more: (n: number) => `… et ${n} autre${n > 1 ? 's' : ''} (onglet Relances)`,
    keyFigures: 'Chiffres clés du territoire',
    since: (period: string) => `sur ${period}`,
    noFigure: 'pas de réponse',
    policy: 'Retours avec erreurs',
    replaced: (n: number) => `${n} valeur${n > 1 ? 's' : ''} remplacée${n > 1 ? 's' : ''} par un retour plus récent (onglet Historique)`,
    written: 'Classeur de consolidation',
    byDefault: ' (par défaut ; option --exclude-errors pour les écarter)',
  },
  en: {
    files: (n: number) => `${n} file${n > 1 ? 's' : ''} read`,
    findings: 'Findings',
    severity: (n: number, s: 'error' | 'warning' | 'info') => `${n} ${{ error: 'error', warning: 'warning', info: 'info' }[s]}${n > 1 ? 's' : ''}`,
    completeness: 'Completeness',
    respondents: (complete: number, partial: number, missing: number, excluded: number, expected: number) =>
      `${complete} complete, ${partial} partial, ${missing} without answer${excluded > 0 ? `, ${excluded} excluded` : ''} (of ${expected} expected)`,
    remind: 'To remind',
    more: (n: number) => `… and ${n} more (Reminders sheet)`,
    keyFigures: 'Key figures of the territory',
    since: (period: string) => `since ${period}`,
    noFigure: 'no answer',
    policy: 'Returns with errors',
    replaced: (n: number) => `${n} value${n > 1 ? 's' : ''} replaced by a newer return (History sheet)`,
    written: 'Consolidation workbook',
    byDefault: ' (default; --exclude-errors leaves them out)',
  },
} as const;

/** « 3 retenus, 1 refusé (illisible) »: each outcome that happened (the files used, always), in order. */
export function filesByOutcome(figures: ConsolidationFigures, lang: Lang): string[] {
  const t = reportText[lang].summary;
  const said = { used: t.filesUsed, superseded: t.filesSuperseded, quarantined: t.filesQuarantined, unconfirmed: t.filesUnconfirmed, refused: t.filesRefused, unattributed: t.filesUnattributed };
  return fileOutcomes.filter((o) => figures.files[o] > 0 || o === 'used').map((o) => said[o](figures.files[o]));
}

export type SummaryOptions = { lang?: Lang; output?: string; maxReminders?: number };

export function formatConsolidationSummary(plan: Plan, c: Consolidation, options: SummaryOptions = {}): string {
  const lang = options.lang ?? defaultLang;
  const w = words[lang];
  const rw = reportWords[lang];
  const lines: string[] = [];
  const figures = consolidationFigures(c);
  lines.push(`${w.files(c.files.length)} : ${filesByOutcome(figures, lang).join(', ')}.`);
  const names = new Map([...respondentsOf(plan), ...c.respondents].map((r) => [r.code, r.name]));
  // Which file replaced which and why, and which were set apart for their identity: never silently.
  for (const f of c.files) {
    const identity = identityLine(f, (code) => names.get(code) ?? code, lang);
    if (identity !== null) lines.push(`  - ${identity}.`);
    for (const line of replacementLines(f, lang)) lines.push(`  - ${line}.`);
  }
  lines.push(`${w.findings} : ${(['error', 'warning', 'info'] as const).map((s) => w.severity(c.counts[s], s)).join(', ')}.`);
  lines.push(`${w.policy} : ${rw.policy[c.errorPolicy.choice]}${c.errorPolicy.isDefault ? w.byDefault : ''}.`);
  if (c.history.length > 0) lines.push(`${w.replaced(c.history.length)}.`);

  const r = figures.respondents;
  lines.push(`${w.completeness} : ${w.respondents(r.answered, r.partial, r.missing, r.excluded, r.expected)}.`);
  const byRespondent = new Map<string, string[]>();
  for (const o of c.completeness.outstanding) byRespondent.set(o.respondent, [...(byRespondent.get(o.respondent) ?? []), `FA ${o.fiche} ${o.period}`]);
  const max = options.maxReminders ?? 6;
  if (byRespondent.size > 0) {
    lines.push(`${w.remind} :`);
    for (const [code, items] of [...byRespondent].slice(0, max)) {
      const shown = items.slice(0, 4).join(', ');
      lines.push(`  - ${names.get(code) ?? code} : ${shown}${items.length > 4 ? ', …' : ''}`);
    }
    if (byRespondent.size > max) lines.push(`  ${w.more(byRespondent.size - max)}`);
  }

  lines.push(`${w.keyFigures} :`);
  for (const { indicator, member } of keyIndicators(plan, c)) {
    const cells = indicator.cells.filter((x) => x.member === member && x.applicable);
    const latest = [...cells].reverse().find((x) => x.total !== null) ?? cells[cells.length - 1];
    if (latest === undefined) continue;
    const period = plan.periods.find((p) => p.id === latest.period)?.label ?? latest.period;
    const figure = typeof latest.total === 'number' ? formatNumber(latest.total, lang) : latest.total === null ? w.noFigure : String(latest.total);
    const e = latest.evolution;
    const change =
      e !== null && e.percent !== null && e.previousPeriod !== null
        ? ` (${e.percent >= 0 ? '+' : ''}${formatNumber(Math.round(e.percent * 1000) / 10, lang)} % ${w.since(e.previousPeriod)})`
        : '';
    const formed = describeFigure({ formation: indicator.formation, applied: indicator.applied, formedFrom: latest.formedFrom }, lang);
    lines.push(`  FA ${indicator.fiche} · ${indicator.label} — ${period} : ${figure}${change} [${formed}]`);
  }
  if (options.output !== undefined) lines.push(`${w.written} : ${options.output}`);
  return lines.join('\n');
}
