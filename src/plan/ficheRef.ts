/**
 * A fiche as a summary line names it: a fiche of the convention by its number, or the governance
 * the follow-up derives (annexe 5), which has no number of the convention — its internal « 0 » is
 * never shown (« FA 0 » would name a fiche that does not exist).
 */
import { isGovernanceFiche } from './governance';

export type FicheRef = { kind: 'fiche'; number: string } | { kind: 'governance' };

export function ficheRef(number: string): FicheRef {
  return isGovernanceFiche({ number }) ? { kind: 'governance' } : { kind: 'fiche', number };
}
