/**
 * The consolidation told in the pane's language: one sentence (what was downloaded, which returns
 * went in, who answered) and short details (each file's fate, who to remind). The workbook itself
 * says the rest (« Synthèse », « Relances », « Anomalies »). The words: src/i18n/pane/consolidationSummary.
 */
import { consolidationFigures } from '../../consolidate/figures';
import { keyIndicators } from '../../consolidate/keyIndicators';
import type { Consolidation, FileSummary } from '../../consolidate/types';
import { formatNumber } from '../../i18n/findingsFormat';
import { describeFigure } from '../../i18n/formation';
import type { Lang } from '../../i18n/lang';
import type { Plan } from '../../plan/schema';
import { consolidationSummaryWords } from '../../i18n/pane/consolidationSummary';
import { identityLine, replacementLines } from '../../i18n/replacementWords';
import { filesByOutcome } from '../../i18n/reportSummary';
import { reportText } from '../../i18n/reportText';
import { reportWords } from '../../i18n/reportWords';
import { formatFileSize } from './fileSize';

const maxReminded = 8;

/**
 * Where the consolidation went; how many returns it holds, the files' fates and the completeness
 * are said once, below it (`filesSentence`, `completenessSentence`), in the workbook's words.
 */
export function consolidationMessage(output: string, bytes: number, lang: Lang): string {
  return consolidationSummaryWords[lang].downloaded(output, formatFileSize(bytes, lang));
}

/** « 4 retours : 3 retenus, 1 refusé (illisible) »: the outcomes that happened, as « En bref » says them. */
export function filesSentence(c: Consolidation, lang: Lang): string {
  return consolidationSummaryWords[lang].files(c.files.length, filesByOutcome(consolidationFigures(c), lang));
}

/** Expected respondents only (the parties and signatory communes, plus whoever sent a return), as « En bref » says them. */
export function completenessSentence(c: Consolidation, lang: Lang): string {
  const t = reportText[lang].summary;
  const r = consolidationFigures(c).respondents;
  return [t.complete(r.answered), t.partial(r.partial), t.missing(r.missing), ...(r.excluded > 0 ? [t.excluded(r.excluded)] : [])].join(', ') + consolidationSummaryWords[lang].expected(r.expected);
}

/**
 * `lang`: the pane's and the workbook's language (the name of its reminders sheet). With the plan,
 * the key figures follow, each saying how it was formed (« somme des 10 communes »).
 */
export function consolidationDetails(c: Consolidation, lang: Lang, plan?: Plan): string[] {
  const names = new Map(c.respondents.map((r) => [r.code, r.name]));
  // Each file's fate, then which return replaced it and why, or why it was set apart: never silently.
  const lines = c.files.flatMap((f) => {
    const identity = identityLine(f, (code) => names.get(code) ?? code, lang, false);
    return [fileLine(f, names, lang), ...(identity !== null ? [`${identity}.`] : []), ...replacementLines(f, lang).map((l) => `${l}.`)];
  });
  const late = [...new Set(c.completeness.outstanding.map((o) => o.respondent))].map((code) => names.get(code) ?? code);
  if (late.length > 0) {
    const more = Math.max(0, late.length - maxReminded);
    lines.push(consolidationSummaryWords[lang].remind(late.slice(0, maxReminded), more, reportWords[lang].sheets.outstanding));
  }
  return plan !== undefined ? [...lines, ...keyFigureLines(plan, c, lang)] : lines;
}

/** The latest figure of each key indicator, and how it was formed. */
function keyFigureLines(plan: Plan, c: Consolidation, lang: Lang): string[] {
  const words = consolidationSummaryWords[lang];
  return keyIndicators(plan, c).flatMap(({ indicator, member }) => {
    const cells = indicator.cells.filter((x) => x.member === member && x.applicable);
    const latest = [...cells].reverse().find((x) => x.total !== null) ?? cells[cells.length - 1];
    if (latest === undefined) return [];
    const period = plan.periods.find((p) => p.id === latest.period)?.label ?? latest.period;
    const figure = typeof latest.total === 'number' ? formatNumber(latest.total, lang) : latest.total === null ? words.noFigure : String(latest.total);
    const formed = describeFigure({ formation: indicator.formation, applied: indicator.applied, formedFrom: latest.formedFrom }, lang);
    return [words.keyFigure(`FA ${indicator.fiche} · ${indicator.label}`, period, figure, formed)];
  });
}

function fileLine(f: FileSummary, names: ReadonlyMap<string, string>, lang: Lang): string {
  const words = consolidationSummaryWords[lang];
  const t = reportText[lang].summary;
  const who = f.respondent !== null ? (names.get(f.respondent) ?? f.respondent) : words.unknownRespondent;
  const counts = [
    ...(f.counts.error > 0 ? [t.errors(f.counts.error)] : []),
    ...(f.counts.warning > 0 ? [t.warnings(f.counts.warning)] : []),
  ];
  return words.fileLine(f.file, who, words.fate[f.outcome], counts);
}
