/** The kinds of respondent a plan knows: the Caf, the EPCI, each member commune, each partner. */
export const respondentKinds = ['caf', 'epci', 'commune', 'partner'] as const;
export type RespondentKind = (typeof respondentKinds)[number];
