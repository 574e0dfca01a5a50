/**
 * The consolidation told in a few lines, for the terminal (command and demo): files, findings by
 * severity, completeness and who to remind, and the key figures of the territory.
 */
import { respondentsOf } from '../collect/respondents';
import { describeFigure } from './formation';
import { consolidationFigures, fileOutcomes, type ConsolidationFigures, type FindingsApart } from '../consolidate/figures';
import { keyIndicators } from '../consolidate/keyIndicators';
import { marksOf } from '../consolidate/marks';
import type { Consolidation } from '../consolidate/types';
import type { Plan } from '../plan/schema';
import { formatNumber } from './findingsFormat';
import { defaultLang, type Lang } from './lang';
import { describeMark, markWords, type MarkContext } from './reportMarks';
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
    apart: 'à part',
    inFiles: (outcome: FindingsApart['outcome'], files: number) =>
      files > 1 ? `dans ${files} fichiers ${{ superseded: 'remplacés', unconfirmed: 'mis de côté', refused: 'refusés', unattributed: 'non attribués' }[outcome]}` : `dans le fichier ${{ superseded: 'remplacé', unconfirmed: 'mis de côté', refused: 'refusé', unattributed: 'non attribué' }[outcome]}`,
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
    apart: 'apart',
    inFiles: (outcome: FindingsApart['outcome'], files: number) =>
      `in ${files > 1 ? `${files} ` : 'the '}${{ superseded: 'replaced', unconfirmed: 'set-apart', refused: 'refused', unattributed: 'unattributed' }[outcome]} file${files > 1 ? 's' : ''}`,
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

/**
 * The findings in one count: those the completeness matrix shows (« 4 erreurs, 2 avertissements,
 * 1 information »), and apart, by file outcome, those of replaced, refused or unattributed files
 * (« 2 erreurs dans le fichier remplacé »).
 */
export function findingsInOneCount(figures: ConsolidationFigures, lang: Lang): { counted: string[]; apart: string[] } {
  const t = reportText[lang].summary;
  const w = words[lang];
  const say = (c: { error: number; warning: number; info: number }) => [t.errors(c.error), t.warnings(c.warning), t.infos(c.info)];
  const apart = figures.findings.apart.map((a) => {
    const parts = say(a.counts).filter((_p, i) => [a.counts.error, a.counts.warning, a.counts.info][i]! > 0);
    return `${parts.join(', ')} ${w.inFiles(a.outcome, a.files)}`;
  });
  return { counted: say(figures.findings.counted), apart };
}

/** « 4 erreurs, 2 avertissements, 1 information ; à part : 2 erreurs dans le fichier remplacé ». */
export function findingsSentence(figures: ConsolidationFigures, lang: Lang, separator = ', '): string {
  const { counted, apart } = findingsInOneCount(figures, lang);
  return `${counted.join(separator)}${apart.length > 0 ? ` ; ${words[lang].apart} : ${apart.join(' ; ')}` : ''}`;
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
  lines.push(`${w.findings} : ${findingsSentence(figures, lang)}.`);
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
  const label = (id: string) => plan.periods.find((p) => p.id === id)?.label ?? id;
  const context: MarkContext = { period: label, respondent: (code) => names.get(code) ?? code };
  const m = markWords[lang];
  for (const { indicator, member } of keyIndicators(plan, c)) {
    const cells = indicator.cells.filter((x) => x.member === member && x.applicable);
    const latest = [...cells].reverse().find((x) => x.total !== null) ?? cells[cells.length - 1];
    if (latest === undefined) continue;
    const figure = typeof latest.total === 'number' ? formatNumber(latest.total, lang) : latest.total === null ? w.noFigure : String(latest.total);
    const behind = latest.total !== null ? ` (${m.respondents(latest.basis.respondents.length)})` : '';
    const e = latest.evolution;
    const k = e?.constant;
    const change =
      e !== null && e.previousPeriod !== null && k !== undefined && k !== null && k.percent !== null
        ? ` ; ${m.constantScope(e.respondents.both)} : ${k.percent >= 0 ? '+' : ''}${formatNumber(Math.round(k.percent * 1000) / 10, lang)} % ${w.since(label(e.previousPeriod))}`
        : '';
    const formed = describeFigure({ formation: indicator.formation, applied: indicator.applied, formedFrom: latest.formedFrom }, lang);
    lines.push(`  FA ${indicator.fiche} · ${indicator.label} — ${label(latest.period)} : ${figure}${behind}${change} [${formed}]`);
    for (const mark of marksOf(latest)) lines.push(`      ${m.sign} ${describeMark(mark, context, lang)}`);
  }
  if (options.output !== undefined) lines.push(`${w.written} : ${options.output}`);
  return lines.join('\n');
}
