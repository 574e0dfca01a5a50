/**
 * An action's state for a period, as its pilot reports it (a list in the collection workbook). Said
 * here, in the plan, because the plan derives the list the workbooks offer (actionFollowUp.ts);
 * consolidate/followUp.ts hands the same codes on to the bilan.
 */
export const actionStates = ['non_engagee', 'en_cours', 'realisee', 'reportee', 'abandonnee'] as const;
export type ActionState = (typeof actionStates)[number];
