/**
 * The consolidation told in French for the pane: one sentence (what was downloaded, which returns
 * went in, who answered) and short details (each file's fate, who to remind). The workbook itself
 * says the rest (« Synthèse », « Relances », « Anomalies »).
 */
import type { Consolidation, FileOutcome, FileSummary } from '../../consolidate/types';
import type { Lang } from '../../i18n/lang';
import { reportText } from '../../i18n/reportText';
import { reportWords } from '../../i18n/reportWords';
import { formatFileSize } from './fileSize';

const t = reportText.fr.summary;
const said: Record<FileOutcome, (n: number) => string> = {
  used: t.filesUsed,
  superseded: t.filesSuperseded,
  quarantined: t.filesQuarantined,
  refused: t.filesRefused,
  unattributed: t.filesUnattributed,
};
const order: FileOutcome[] = ['used', 'superseded', 'quarantined', 'refused', 'unattributed'];
const fate: Record<FileOutcome, string> = {
  used: 'retenu',
  superseded: 'remplacé par un retour plus récent',
  quarantined: 'écarté (il comporte des erreurs)',
  refused: 'refusé (illisible)',
  unattributed: 'non attribué (aucun répondant de ce plan reconnu)',
};
const maxReminded = 8;
const s = (n: number) => (n > 1 ? 's' : '');

export function consolidationMessage(c: Consolidation, output: string, bytes: number): string {
  const n = c.files.length;
  const outcomes = order.map((o) => [o, c.files.filter((f) => f.outcome === o).length] as const).filter(([o, k]) => k > 0 || o === 'used');
  const files = `${n} retour${s(n)} : ${outcomes.map(([o, k]) => said[o](k)).join(', ')}`;
  return `Consolidation téléchargée : ${output} (${formatFileSize(bytes)}). ${files}. Complétude : ${completeness(c)}.`;
}

/** Expected respondents only (the parties and signatory communes, plus whoever sent a return). */
function completeness(c: Consolidation): string {
  const expected = new Set(c.respondents.filter((r) => r.expected).map((r) => r.code));
  const mine = c.completeness.respondents.filter((r) => expected.has(r.respondent));
  const count = (status: string) => mine.filter((r) => r.status === status).length;
  const excluded = count('excluded');
  return [
    t.complete(count('answered')),
    t.partial(count('partial')),
    t.missing(count('missing')),
    ...(excluded > 0 ? [t.excluded(excluded)] : []),
  ].join(', ') + ` (sur ${mine.length} répondant${s(mine.length)} attendu${s(mine.length)})`;
}

/** `lang`: the workbook's language, for the name of its reminders sheet. */
export function consolidationDetails(c: Consolidation, lang: Lang): string[] {
  const names = new Map(c.respondents.map((r) => [r.code, r.name]));
  const lines = c.files.map((f) => fileLine(f, names));
  const late = [...new Set(c.completeness.outstanding.map((o) => o.respondent))].map((code) => names.get(code) ?? code);
  if (late.length > 0) {
    const shown = late.slice(0, maxReminded).join(', ');
    const more = late.length > maxReminded ? ` et ${late.length - maxReminded} autre${s(late.length - maxReminded)}` : '';
    lines.push(`À relancer : ${shown}${more} (détail dans l’onglet « ${reportWords[lang].sheets.outstanding} »).`);
  }
  return lines;
}

function fileLine(f: FileSummary, names: ReadonlyMap<string, string>): string {
  const who = f.respondent !== null ? (names.get(f.respondent) ?? f.respondent) : 'répondant non reconnu';
  const counts = [
    ...(f.counts.error > 0 ? [t.errors(f.counts.error)] : []),
    ...(f.counts.warning > 0 ? [t.warnings(f.counts.warning)] : []),
  ];
  return `${f.file} — ${who} : ${fate[f.outcome]}${counts.length > 0 ? ` ; ${counts.join(', ')}` : ''}.`;
}
