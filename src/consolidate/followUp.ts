/**
 * What the comité de pilotage follows beyond the figures, as the consolidation hands it to the bilan
 * (issue 14). The convention: the COPIL « assure le suivi de la réalisation des objectifs et
 * l'évaluation de la convention », « intervient en cas d'écart important » (article 6, annexe 4);
 * « une évaluation des actions est conduite au fur et à mesure … lors des revues du plan d'actions »
 * (article 9); annexe 5 evaluates « la démarche elle-même (gouvernance, dynamiques partenariales…) »;
 * article 5 commits the Caf and the collectivity to the facilities « listés en Annexe 2 ».
 *
 * Types only: the consolidation fills them from the returns, the bilan reads them. Codes, not
 * words: every label is rendered from the plan and the i18n catalogues at the edge.
 */

import type { ActionState } from '../plan/actionStates';

/** An action's state for a period, as its pilot reports it (a list in the collection workbook): said once, in the plan. */
export { actionStates, type ActionState } from '../plan/actionStates';

/** One pilot's account of one action for one period. */
export type ActionReport = {
  fiche: string;
  /** The action's code in the plan. */
  action: string;
  period: string;
  /** The respondent id of the pilot who reported. */
  respondent: string;
  /** Absent when the pilot left it empty. */
  state?: ActionState;
  /** What was done, in the pilot's words (plain text, never a formula). */
  account: string;
  difficulties: string;
};

/**
 * An écart the COPIL should look at, computed from the returns and the plan's dates, never typed:
 * - `actionNotStarted`: still « non engagée » (or no state) after the action's start;
 * - `milestoneMissed`: a milestone past its date and not reported reached;
 * - `indicatorFalling`: a territory figure down two periods in a row;
 * - `respondentSilent`: an expected respondent without any answer for a whole period.
 */
export type Gap =
  | { kind: 'actionNotStarted'; fiche: string; action: string; period: string; startedBy: string }
  | { kind: 'milestoneMissed'; fiche: string; action: string; period: string; milestone: string; due: string }
  | { kind: 'indicatorFalling'; fiche: string; indicator: string; member: string | null; periods: string[]; values: number[] }
  | { kind: 'respondentSilent'; respondent: string; period: string };
export type GapKind = Gap['kind'];

/** Annexe 2 (article 5): what became of a facility or service in a period, as its holder reports it. */
export type FacilityStatus = 'ouvert' | 'ferme' | 'modifie';
export type FacilityReport = {
  /** Index in the plan's `territory.facilities` (Annexe 2's order); null for a facility the respondent added. */
  facility: number | null;
  /** The facility's name (the plan's for a listed one, the respondent's for an added one). */
  name: string;
  /** INSEE code of the commune, when known. */
  commune: string | null;
  period: string;
  respondent: string;
  status?: FacilityStatus;
  /** Still supported, and by whom (free text or a party's name). */
  supported?: boolean;
  supportedBy: string;
  /** What changed (capacity, manager…), in the respondent's words. */
  change: string;
  /** The return the answer was read from: what the campaign ledger carries it by into a later run. */
  source?: FacilitySource;
};

/** A return by its file name and its version among its respondent's returns (sources.ts numbers them). */
export type FacilitySource = { file: string; version: number | null };

/** Annexe 5's governance: a comité held, as a co-pilot reports it. */
export type GovernanceBody = 'copil' | 'cotech';
export type GovernanceMeeting = {
  body: GovernanceBody;
  period: string;
  /** ISO date (AAAA-MM-JJ). */
  date: string;
  /** Who attended: party codes of the plan (`caf04`, the EPCI's), commune INSEE codes, or the codes of bodies the convention names beside them (Département, SDJES). */
  present: string[];
  respondent: string;
};

/** All of it, per consolidation: empty arrays where nothing was asked or answered. */
export type FollowUp = {
  actions: ActionReport[];
  gaps: Gap[];
  facilities: FacilityReport[];
  governance: GovernanceMeeting[];
};

export const emptyFollowUp = (): FollowUp => ({ actions: [], gaps: [], facilities: [], governance: [] });
