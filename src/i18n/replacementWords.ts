/**
 * Which return replaced which, and why, in words: « CTG-…_v2.xlsx a remplacé CTG-…_v1.xlsx
 * (12 valeurs) : plus récent : généré le 01/12/2025 à 09:00 UTC ». Also the files set apart until
 * their respondent is confirmed. The reasons are data (src/consolidate/recency.ts); this only
 * words them. French first, English second.
 */
import type { FileSummary, RecencyReason, Replacement } from '../consolidate/types';
import type { IdentityDisagreement } from '../returns/submission';
import { formatDate } from './findingsFormat';
import type { Lang } from './lang';

/** `2025-12-01T09:00:00.000Z` → « 01/12/2025 à 09:00 UTC ». */
function when(instant: string, lang: Lang): string {
  const time = /T(\d{2}:\d{2})/.exec(instant)?.[1];
  return time === undefined ? formatDate(instant) : lang === 'fr' ? `${formatDate(instant)} à ${time} UTC` : `${formatDate(instant)} ${time} UTC`;
}

const s = (n: number) => (n > 1 ? 's' : '');
/** A file name as typed on a command line. */
const arg = (file: string) => (/[\s'"]/.test(file) ? `"${file.replace(/"/g, '\\"')}"` : file);

const words = {
  fr: {
    reason: (r: RecencyReason): string => {
      switch (r.kind) {
        case 'generated_later':
          return r.older !== null ? `plus récent : généré le ${when(r.newer, 'fr')} (l’autre le ${when(r.older, 'fr')})` : `plus récent : généré le ${when(r.newer, 'fr')} (l’autre sans date de génération vérifiable)`;
        case 'file_later':
          return `${r.sameTemplate ? 'même modèle, fichier plus récent' : 'fichier plus récent'} : modifié le ${when(r.newer, 'fr')}${r.older !== null ? ` (l’autre le ${when(r.older, 'fr')})` : ''}`;
        case 'imported_later':
          return 'importé après (aucune date vérifiable ne les départage)';
      }
    },
    replaced: (older: string, by: Replacement, reason: string) => `${by.file} a remplacé ${older} (${by.values} valeur${s(by.values)}) — ${reason}`,
    witness: { file_name: 'son nom de fichier', readme: 'son onglet « Lisez-moi »', manifest_name: 'le nom inscrit dans sa feuille « _ctg »' } satisfies Record<IdentityDisagreement['by'], string>,
    unconfirmed: (file: string, claimed: string, others: string) =>
      `${file} mis de côté : sa feuille « _ctg » désigne ${claimed}, mais ${others}`,
    confirmHint: (file: string) => `. Pour l’utiliser quand même : --confirm-identity ${arg(file)}`,
    confirmed: (file: string, claimed: string) => `${file} utilisé pour ${claimed}, comme vous l’avez confirmé`,
    designates: (witness: string, who: string) => `${witness} désigne ${who}`,
  },
  en: {
    reason: (r: RecencyReason): string => {
      switch (r.kind) {
        case 'generated_later':
          return `newer: generated on ${when(r.newer, 'en')}${r.older !== null ? ` (the other on ${when(r.older, 'en')})` : ' (the other has no checkable generation date)'}`;
        case 'file_later':
          return `${r.sameTemplate ? 'same template, newer file' : 'newer file'}: modified on ${when(r.newer, 'en')}${r.older !== null ? ` (the other on ${when(r.older, 'en')})` : ''}`;
        case 'imported_later':
          return 'imported later (no checkable date tells them apart)';
      }
    },
    replaced: (older: string, by: Replacement, reason: string) => `${by.file} replaced ${older} (${by.values} value${s(by.values)}) — ${reason}`,
    witness: { file_name: 'its file name', readme: 'its "Lisez-moi" sheet', manifest_name: 'the name in its "_ctg" sheet' } satisfies Record<IdentityDisagreement['by'], string>,
    unconfirmed: (file: string, claimed: string, others: string) =>
      `${file} set apart: its "_ctg" sheet names ${claimed}, but ${others}`,
    confirmHint: (file: string) => `. To use it anyway: --confirm-identity ${arg(file)}`,
    confirmed: (file: string, claimed: string) => `${file} used for ${claimed}, as you confirmed`,
    designates: (witness: string, who: string) => `${witness} names ${who}`,
  },
} as const;

export function replacementReason(reason: RecencyReason, lang: Lang): string {
  return words[lang].reason(reason);
}

/** One line per return that replaced values of `file`: « v2.xlsx a remplacé v1.xlsx (3 valeurs) — plus récent : … ». */
export function replacementLines(file: FileSummary, lang: Lang): string[] {
  const w = words[lang];
  return file.replacedBy.map((by) => w.replaced(file.file, by, w.reason(by.reason)));
}

/**
 * What the identity check did with a file, or null when its parts agreed. `nameOf` gives a
 * respondent's name from its code. `confirmHint`: whether to end with the command-line option
 * (the pane offers a checkbox instead).
 */
export function identityLine(file: FileSummary, nameOf: (code: string) => string, lang: Lang, confirmHint = true): string | null {
  const w = words[lang];
  const id = file.identity;
  if (id.status === 'agreed') return null;
  const who = (code: string, name = '') => `${name || nameOf(code)} (${code})`;
  if (id.status === 'confirmed') return w.confirmed(file.file, who(id.claimed, id.claimedName));
  const others = id.disagreements.map((d) => w.designates(w.witness[d.by], who(d.code, d.name))).join(lang === 'fr' ? ' et ' : ' and ');
  return w.unconfirmed(file.file, who(id.claimed, id.claimedName), others) + (confirmHint ? w.confirmHint(file.file) : '');
}
