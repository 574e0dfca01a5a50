/**
 * Words of the « Générer » view of the task pane: who receives a collection workbook, for which
 * periods, by when, and where the workbooks go. French is the reference.
 */
import type { RespondentKind } from '../../plan/schema';

const s = (n: number) => (n > 1 ? 's' : '');

export const generateViewWords = {
  fr: {
    respondents: 'Destinataires',
    expected: (n: number) => `Répondants attendus (${n})`,
    expectedHint: 'La Caf, l’EPCI, les partenaires du plan et les communes signataires : ceux à qui la campagne demande un retour.',
    all: (n: number) => `Tous, chaque commune comprise (${n})`,
    signatories: (n: number) => `Signataires (${n})`,
    pick: 'Choisir…',
    search: 'Rechercher un destinataire',
    searchHint: 'Nom ou code ; la Caf, l’EPCI, les partenaires (gestionnaires de l’Annexe 2) et les communes sont dans la liste.',
    groups: { parties: 'Caf et EPCI', partners: 'Partenaires (Annexe 2)', communes: 'Communes' },
    facilities: (n: number) => `${n} équipement${s(n)}`,
    picked: (n: number) => (n === 0 ? 'Aucun destinataire coché' : `${n} destinataire${s(n)} coché${s(n)}`),
    pickList: 'Destinataires à cocher',
    noMatch: (text: string) => `Aucun destinataire ne correspond à « ${text} ».`,
    clear: 'Tout décocher',
    kind: { caf: 'Caf', epci: 'EPCI', partner: 'partenaire', commune: 'commune' } satisfies Record<RespondentKind, string>,
    signatory: 'signataire',
    periods: 'Périodes',
    deadline: 'Date limite de retour',
    deadlineHint: 'Facultative : elle figure dans chaque classeur envoyé.',
    where: 'Destination des classeurs',
    download: 'Télécharger les classeurs',
    workbook: 'Écrire dans ce classeur',
    generate: (n: number) => `Générer ${n} classeur${s(n)}`,
    running: (n: number) => `Génération de ${n} classeur${s(n)}…`,
    noRespondent: 'Cochez au moins un destinataire pour générer des classeurs.',
    noPeriod: 'Cochez au moins une période pour générer des classeurs.',
    overwrite: 'Remplacer quand même',
    overwriteHint: 'Remplacer efface les saisies faites à la main dans ces feuilles.',
  },
  en: {
    respondents: 'Recipients',
    expected: (n: number) => `Expected respondents (${n})`,
    expectedHint: 'The Caf, the EPCI, the plan’s partners and the signatory communes: those the campaign asks for a return.',
    all: (n: number) => `All, every commune included (${n})`,
    signatories: (n: number) => `Signatories (${n})`,
    pick: 'Choose…',
    search: 'Search for a recipient',
    searchHint: 'Name or code; the Caf, the EPCI, the partners (managers in Annex 2) and the communes are in the list.',
    groups: { parties: 'Caf and EPCI', partners: 'Partners (Annex 2)', communes: 'Communes' },
    facilities: (n: number) => `${n} facilit${n > 1 ? 'ies' : 'y'}`,
    picked: (n: number) => (n === 0 ? 'No recipient ticked' : `${n} recipient${s(n)} ticked`),
    pickList: 'Recipients to tick',
    noMatch: (text: string) => `No recipient matches “${text}”.`,
    clear: 'Untick all',
    kind: { caf: 'Caf', epci: 'EPCI', partner: 'partner', commune: 'commune' } satisfies Record<RespondentKind, string>,
    signatory: 'signatory',
    periods: 'Periods',
    deadline: 'Return deadline',
    deadlineHint: 'Optional: it appears in every workbook sent.',
    where: 'Where the workbooks go',
    download: 'Download the workbooks',
    workbook: 'Write into this workbook',
    generate: (n: number) => `Generate ${n} workbook${s(n)}`,
    running: (n: number) => `Generating ${n} workbook${s(n)}…`,
    noRespondent: 'Tick at least one recipient to generate workbooks.',
    noPeriod: 'Tick at least one period to generate workbooks.',
    overwrite: 'Replace anyway',
    overwriteHint: 'Replacing erases what was typed by hand in these sheets.',
  },
} as const;

export type GenerateViewWords = (typeof generateViewWords)['fr'] | (typeof generateViewWords)['en'];
