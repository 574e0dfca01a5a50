/**
 * The consolidation told in the pane's language: one sentence (what was downloaded, which returns
 * went in, who answered) and short details (each file's fate, who to remind). The workbook itself
 * says the rest (« Synthèse », « Relances », « Anomalies »). The words: src/i18n/pane/consolidationSummary.
 */
import type { Consolidation, FileOutcome, FileSummary } from '../../consolidate/types';
import type { Lang } from '../../i18n/lang';
import { consolidationSummaryWords } from '../../i18n/pane/consolidationSummary';
import { reportText, type ReportText } from '../../i18n/reportText';
import { reportWords } from '../../i18n/reportWords';
import { formatFileSize } from './fileSize';

const said = (t: ReportText['summary']): Record<FileOutcome, (n: number) => string> => ({
  used: t.filesUsed,
  superseded: t.filesSuperseded,
  quarantined: t.filesQuarantined,
  refused: t.filesRefused,
  unattributed: t.filesUnattributed,
});
const order: FileOutcome[] = ['used', 'superseded', 'quarantined', 'refused', 'unattributed'];
const maxReminded = 8;

export function consolidationMessage(c: Consolidation, output: string, bytes: number, lang: Lang): string {
  const words = consolidationSummaryWords[lang];
  const counted = said(reportText[lang].summary);
  const outcomes = order.map((o) => [o, c.files.filter((f) => f.outcome === o).length] as const).filter(([o, k]) => k > 0 || o === 'used');
  const files = words.files(c.files.length, outcomes.map(([o, k]) => counted[o](k)));
  return words.downloaded(output, formatFileSize(bytes, lang), files, completeness(c, lang));
}

/** Expected respondents only (the parties and signatory communes, plus whoever sent a return). */
function completeness(c: Consolidation, lang: Lang): string {
  const t = reportText[lang].summary;
  const expected = new Set(c.respondents.filter((r) => r.expected).map((r) => r.code));
  const mine = c.completeness.respondents.filter((r) => expected.has(r.respondent));
  const count = (status: string) => mine.filter((r) => r.status === status).length;
  const excluded = count('excluded');
  return [
    t.complete(count('answered')),
    t.partial(count('partial')),
    t.missing(count('missing')),
    ...(excluded > 0 ? [t.excluded(excluded)] : []),
  ].join(', ') + consolidationSummaryWords[lang].expected(mine.length);
}

/** `lang`: the pane's and the workbook's language (the name of its reminders sheet). */
export function consolidationDetails(c: Consolidation, lang: Lang): string[] {
  const names = new Map(c.respondents.map((r) => [r.code, r.name]));
  const lines = c.files.map((f) => fileLine(f, names, lang));
  const late = [...new Set(c.completeness.outstanding.map((o) => o.respondent))].map((code) => names.get(code) ?? code);
  if (late.length > 0) {
    const more = Math.max(0, late.length - maxReminded);
    lines.push(consolidationSummaryWords[lang].remind(late.slice(0, maxReminded), more, reportWords[lang].sheets.outstanding));
  }
  return lines;
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
