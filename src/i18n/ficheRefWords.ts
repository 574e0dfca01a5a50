/** How a summary line names a fiche (src/plan/ficheRef.ts): « FA 3.1 », or « Gouvernance » for the derived governance. */
import type { FicheRef } from '../plan/ficheRef';
import type { Lang } from './lang';

export const ficheRefWords = {
  fr: { fiche: (number: string) => `FA ${number}`, governance: 'Gouvernance' },
  en: { fiche: (number: string) => `FA ${number}`, governance: 'Governance' },
} as const satisfies Record<Lang, { fiche: (number: string) => string; governance: string }>;

export function ficheName(ref: FicheRef, lang: Lang): string {
  return ref.kind === 'governance' ? ficheRefWords[lang].governance : ficheRefWords[lang].fiche(ref.number);
}
