/**
 * The consolidation told in the pane (src/taskpane/effects/fileConsolidationSummary): one sentence
 * (what was downloaded, how many returns went in), the files' fates and who answered said once in
 * the view's summary, and one line per file (its fate) plus
 * who to remind. The counts themselves (« 2 retenus ») are the workbook's words (reportText).
 * French is the reference.
 */
import type { FileOutcome } from '../../consolidate/types';

const s = (n: number) => (n > 1 ? 's' : '');

export const consolidationSummaryWords = {
  fr: {
    /** `size` is formatted (formatFileSize). How many returns went in is the summary's to say, once. */
    downloaded: (output: string, size: string) => `Consolidation téléchargée : ${output} (${size}).`,
    /** « 5 retours : 2 retenus, 3 refusés (illisibles) ». */
    files: (n: number, outcomes: readonly string[]) => `${n} retour${s(n)} : ${outcomes.join(', ')}`,
    /** Appended to the completeness counts. */
    expected: (n: number) => ` (sur ${n} répondant${s(n)} attendu${s(n)})`,
    fate: {
      used: 'retenu',
      superseded: 'remplacé par un retour plus récent',
      quarantined: 'écarté (il comporte des erreurs)',
      unconfirmed: 'mis de côté : son nom ou ses onglets désignent un autre répondant (cochez « Utiliser quand même » pour le consolider)',
      refused: 'refusé (illisible)',
      unattributed: 'non attribué (aucun répondant de ce plan reconnu)',
    } satisfies Record<FileOutcome, string>,
    unknownRespondent: 'répondant non reconnu',
    /** « fichier.xlsx — Digne-les-Bains : retenu ; 1 erreur. » */
    fileLine: (file: string, who: string, fate: string, counts: readonly string[]) =>
      `${file} — ${who} : ${fate}${counts.length > 0 ? ` ; ${counts.join(', ')}` : ''}.`,
    /** `more`: how many late respondents are not named (0: all are); `sheet`: the reminders sheet. */
    remind: (shown: readonly string[], more: number, sheet: string) =>
      `À relancer : ${shown.join(', ')}${more > 0 ? ` et ${more} autre${s(more)}` : ''} (détail dans l’onglet « ${sheet} »).`,
    /** « Chiffre clé — FA 2.1 · Le nombre d’accompagnements sociaux, Année 2025 : 1 597 (chiffre de la Caf). » */
    keyFigure: (indicator: string, period: string, figure: string, formed: string) => `Chiffre clé — ${indicator}, ${period} : ${figure} (${formed}).`,
    noFigure: 'pas de chiffre',
  },
  en: {
    downloaded: (output: string, size: string) => `Consolidation downloaded: ${output} (${size}).`,
    files: (n: number, outcomes: readonly string[]) => `${n} return${s(n)}: ${outcomes.join(', ')}`,
    expected: (n: number) => ` (out of ${n} expected respondent${s(n)})`,
    fate: {
      used: 'used',
      superseded: 'replaced by a newer return',
      quarantined: 'excluded (it has errors)',
      unconfirmed: 'set apart: its name or sheets name another respondent (tick “Use anyway” to consolidate it)',
      refused: 'refused (unreadable)',
      unattributed: 'unattributed (no respondent of this plan recognised)',
    } satisfies Record<FileOutcome, string>,
    unknownRespondent: 'unrecognised respondent',
    fileLine: (file: string, who: string, fate: string, counts: readonly string[]) =>
      `${file} — ${who}: ${fate}${counts.length > 0 ? `; ${counts.join(', ')}` : ''}.`,
    remind: (shown: readonly string[], more: number, sheet: string) =>
      `To remind: ${shown.join(', ')}${more > 0 ? ` and ${more} other${s(more)}` : ''} (details in the “${sheet}” sheet).`,
    keyFigure: (indicator: string, period: string, figure: string, formed: string) => `Key figure — ${indicator}, ${period}: ${figure} (${formed}).`,
    noFigure: 'no figure',
  },
} as const;

export type ConsolidationSummaryWords = (typeof consolidationSummaryWords)['fr'] | (typeof consolidationSummaryWords)['en'];
