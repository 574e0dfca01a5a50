/**
 * The demo's follow-up: plausible states, accounts and comités, scripted so that the convention's
 * own dates make écarts arise (issue 14 point 3):
 * - 3.2 action 2, « En 2024, lancement d'un appel à projets … », is still « non engagée » in 2025:
 *   an action not started after its start, and its milestone missed;
 * - 3.1 action 2's « Ambassadeurs » (« Printemps 2024 ») never reported reached: a milestone missed;
 * - theme 5's amendment « au plus tard le 31 mars 2023 » is still announced in the plan: missed;
 * - the partners send nothing: respondents silent for whole years.
 * Both co-pilots report the same comités (same dates), as they would after a shared meeting.
 */
import { actionStateLabels } from '../i18n/followUpWords';
import { demoFollowUpText } from '../i18n/demoFollowUp';
import type { ActionState } from '../plan/actionStates';
import { governanceDateCode, isGovernanceCode, type MeetingSlot } from '../plan/governance';

/** undefined: not a follow-up cell; otherwise what the pilot typed. */
export type FollowUpValue = string | undefined;

const stories: Record<string, readonly ActionState[]> = {
  '1.1.a1': ['en_cours', 'en_cours', 'reportee', 'en_cours'],
  '1.1.a2': ['en_cours', 'realisee', 'realisee'],
  '3.2.a2': ['non_engagee', 'non_engagee'],
  '2.1.a1': ['en_cours', 'realisee', 'realisee'],
  '6.1.a2': ['en_cours', 'en_cours', 'en_cours', 'abandonnee'],
};
/** Milestones the demo never reaches (action code and milestone number). */
const unreached = new Set(['3.1.a2.suivi.echeance_2', '3.2.a2.suivi.echeance_1']);

function stateOf(action: string, index: number): ActionState {
  const story = stories[action];
  if (story !== undefined) return story[Math.min(index, story.length - 1)]!;
  return index >= 3 ? 'realisee' : 'en_cours';
}

/** When each held comité met in a year (month-day); slots absent here were not held. */
const held: Partial<Record<MeetingSlot, string>> = { cotech1: '03-14', copil1: '06-20', cotech2: '10-10' };

function governanceValue(code: string, member: string, year: string): FollowUpValue {
  const day = held[member as MeetingSlot];
  // A comité not held is « non concerné », as the sheet's note asks: empty would read as not filled in.
  if (day === undefined) return 'NC';
  if (code === governanceDateCode) return `${year}-${day}`;
  const partner = code.slice('gouv.'.length);
  const copil = member.startsWith('copil');
  if (partner === 'departement') return copil ? 'Oui' : 'Non';
  if (partner === 'sdjes') return copil && year !== '2022' ? 'Oui' : 'Non';
  return 'Oui';
}

/** The value of a follow-up cell for a period of the action (`index`: 0 for its first period). */
export function simulateFollowUp(code: string, member: string, period: string, index: number): FollowUpValue {
  if (isGovernanceCode(code)) return governanceValue(code, member, period);
  const match = /^(.+)\.suivi\.(etat|compte_rendu|difficultes|echeance_\d+)$/.exec(code);
  if (match === null) return undefined;
  const [, action, part] = match as unknown as [string, string, string];
  const state = stateOf(action, index);
  if (part === 'etat') return actionStateLabels[state];
  if (part === 'compte_rendu') return demoFollowUpText.account[state];
  if (part === 'difficultes') return (index % 2 === 0 ? demoFollowUpText.difficulties[state] : undefined) ?? demoFollowUpText.noDifficulty;
  return unreached.has(code) ? 'Non' : 'Oui';
}
