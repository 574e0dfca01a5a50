/**
 * The consolidation told in a few lines, for the terminal (command and demo): files, findings by
 * severity, completeness and who to remind, and the key figures of the territory. The figures are
 * gathered by src/consolidate/summary.ts (and figures.ts); this file only words them.
 */
import { describeFigure } from './formation';
import type { ConsolidationFigures, FindingsApart } from '../consolidate/figures';
import type { ConsolidationSummaryData } from '../consolidate/summary';
import { ficheName } from './ficheRefWords';
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

/** « 3 retenus, 1 refusé (illisible) »: the outcomes the figures tell, in their order. */
export function filesByOutcome(figures: ConsolidationFigures, lang: Lang): string[] {
  const t = reportText[lang].summary;
  const said = { used: t.filesUsed, superseded: t.filesSuperseded, quarantined: t.filesQuarantined, unconfirmed: t.filesUnconfirmed, refused: t.filesRefused, unattributed: t.filesUnattributed };
  return figures.outcomesTold.map(({ outcome, files }) => said[outcome](files));
}

/**
 * The findings in one count: those the completeness matrix shows (« 4 erreurs, 2 avertissements,
 * 1 information »), and apart, by file outcome, those of replaced, refused or unattributed files
 * (« 2 erreurs dans le fichier remplacé »).
 */
export function findingsInOneCount(figures: ConsolidationFigures, lang: Lang): { counted: string[]; apart: string[] } {
  const t = reportText[lang].summary;
  const w = words[lang];
  const say = { error: t.errors, warning: t.warnings, info: t.infos };
  const { counted, apartTold } = figures.findings;
  const apart = apartTold.map((a) => `${a.severities.map(({ severity, count }) => say[severity](count)).join(', ')} ${w.inFiles(a.outcome, a.files)}`);
  return { counted: [say.error(counted.error), say.warning(counted.warning), say.info(counted.info)], apart };
}

/** « 4 erreurs, 2 avertissements, 1 information ; à part : 2 erreurs dans le fichier remplacé ». */
export function findingsSentence(figures: ConsolidationFigures, lang: Lang, separator = ', '): string {
  const { counted, apart } = findingsInOneCount(figures, lang);
  return `${counted.join(separator)}${apart.length > 0 ? ` ; ${words[lang].apart} : ${apart.join(' ; ')}` : ''}`;
}

export type SummaryOptions = { lang?: Lang; output?: string };

/** The summary src/consolidate/summary.ts gathers (`consolidationSummaryData`), in words. */
export function formatConsolidationSummary(data: ConsolidationSummaryData, options: SummaryOptions = {}): string {
  const lang = options.lang ?? defaultLang;
  const w = words[lang];
  const rw = reportWords[lang];
  const { figures, names } = data;
  const nameOf = (code: string) => names.get(code) ?? code;
  const lines: string[] = [];
  lines.push(`${w.files(data.files.length)} : ${filesByOutcome(figures, lang).join(', ')}.`);
  // Which file replaced which and why, and which were set apart for their identity: never silently.
  for (const f of data.files) {
    const identity = identityLine(f, nameOf, lang);
    if (identity !== null) lines.push(`  - ${identity}.`);
    for (const line of replacementLines(f, lang)) lines.push(`  - ${line}.`);
  }
  lines.push(`${w.findings} : ${findingsSentence(figures, lang)}.`);
  lines.push(`${w.policy} : ${rw.policy[data.errorPolicy.choice]}${data.errorPolicy.isDefault ? w.byDefault : ''}.`);
  if (data.replacedValues !== null) lines.push(`${w.replaced(data.replacedValues)}.`);

  const r = figures.respondents;
  lines.push(`${w.completeness} : ${w.respondents(r.answered, r.partial, r.missing, r.excluded, r.expected)}.`);
  if (data.reminders.length > 0) {
    lines.push(`${w.remind} :`);
    for (const reminder of data.reminders) {
      const shown = reminder.items.map((item) => `${ficheName(item.fiche, lang)} ${item.period}`).join(', ');
      lines.push(`  - ${reminder.name} : ${shown}${reminder.more ? ', …' : ''}`);
    }
    if (data.moreReminders > 0) lines.push(`  ${w.more(data.moreReminders)}`);
  }

  lines.push(`${w.keyFigures} :`);
  const context: MarkContext = { period: (id) => data.periods.get(id) ?? id, respondent: nameOf };
  const m = markWords[lang];
  for (const k of data.keyFigures) {
    const figure = typeof k.total === 'number' ? formatNumber(k.total, lang) : k.total === null ? w.noFigure : String(k.total);
    const behind = k.total !== null ? ` (${m.respondents(k.respondents)})` : '';
    const change = k.change !== null ? ` ; ${m.constantScope(k.change.both)} : ${k.change.percent >= 0 ? '+' : ''}${formatNumber(k.change.percent, lang)} % ${w.since(k.change.sinceLabel)}` : '';
    lines.push(`  ${ficheName(k.fiche, lang)} · ${k.label} — ${k.periodLabel} : ${figure}${behind}${change} [${describeFigure(k.formation, lang)}]`);
    for (const mark of k.marks) lines.push(`      ${m.sign} ${describeMark(mark, context, lang)}`);
  }
  if (options.output !== undefined) lines.push(`${w.written} : ${options.output}`);
  return lines.join('\n');
}
