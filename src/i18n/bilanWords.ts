/**
 * The words of the COPIL's bilan and of the 2022–2025 evaluation (issue 14, points 4 and 5): titles,
 * headings, table headers, the sentences of « En bref », the écarts, Annexe 2 and the governance.
 * The document model (src/report/bilan) chooses what to say; this only words it. French for the
 * committee; English second.
 */
import type { ActionState, FacilityStatus, GovernanceBody } from '../consolidate/followUp';
import { documentNumber } from './documentNumbers';
import { formatDate } from './findingsFormat';
import type { Lang } from './lang';

const s = (n: number) => (n > 1 ? 's' : '');

export type BilanWords = {
  /** Document properties and cover. */
  convention: string;
  annualTitle: (period: string) => string;
  evaluationTitle: (first: string, last: string) => string;
  forCommittee: string;
  preparedOn: (isoDate: string) => string;
  consolidatedOn: (isoDate: string) => string;
  planVersion: (version: string) => string;
  page: { before: string; between: string };
  /** Headings. */
  inBrief: string;
  fiche: (number: string, title: string) => string;
  objectives: string;
  actions: string;
  action: (number: number, title: string) => string;
  /** An action named outside its fiche's section (the écarts). */
  actionRef: (fiche: string, number: number, title: string) => string;
  indicators: string;
  keyFigures: string;
  gapsOfFiche: string;
  facilities: string;
  governance: string;
  silentAnnex: string;
  actionsOverConvention: string;
  seriesOverConvention: string;
  /** Sentences. */
  noInformation: string;
  noGap: string;
  noObjective: string;
  start: (wording: string) => string;
  state: Record<ActionState, string>;
  stateMissing: string;
  reportedBy: (who: string) => string;
  account: (text: string) => string;
  difficulties: (text: string) => string;
  respondentsAnswered: (answered: number, expected: number, period: string) => string;
  cellsFilled: (filled: number, expected: number) => string;
  partialAndSilent: (partial: number, missing: number) => string;
  gapsCount: (n: number) => string;
  figuresFlagged: (n: number) => string;
  gap: {
    actionNotStarted: (action: string, period: string, start: string) => string;
    milestoneMissed: (action: string, milestone: string, due: string) => string;
    indicatorFalling: (indicator: string, series: string) => string;
    respondentSilent: (respondent: string, period: string) => string;
  };
  indicatorHeaders: { indicator: string; value: (period: string) => string; evolution: string; formation: string };
  seriesHeaders: { indicator: string; change: string };
  notAsked: string;
  noAnswer: string;
  answers: (n: number) => string;
  evolution: (absolute: string, percent: string | null, previous: string) => string;
  evolutionScope: (both: number) => string;
  noEvolution: string;
  change: (absolute: string, percent: string | null, first: string, last: string) => string;
  scopeChanged: string;
  chartCaption: (indicator: string, member: string | null) => string;
  chartAlt: (indicator: string) => string;
  /** Annexe 2. */
  facilitiesSummary: (listed: number, reported: number, changes: number) => string;
  facilityHeaders: { name: string; commune: string; status: string; supported: string; change: string };
  facilityStatus: Record<FacilityStatus, string>;
  added: string;
  supported: (by: string) => string;
  notSupported: string;
  facilitiesPerYear: { period: string; reported: string; closed: string; changed: string; added: string; notSupported: string };
  /** Governance. */
  governanceHeaders: { body: string; date: string; present: string };
  /** Those present who are not a respondent of the plan (annexe 4's partners). */
  governanceGuests: Record<'communes' | 'departement' | 'sdjes', string>;
  body: Record<GovernanceBody, string>;
  governancePerYear: { period: string; copil: string; cotech: string };
  /** Who has not answered. */
  silentHeaders: { respondent: string; period: string; status: string; fiches: string; cells: string };
  silentStatus: Record<'partial' | 'missing' | 'excluded', string>;
  everyoneAnswered: string;
  completenessHeaders: { period: string; answered: string; partial: string; missing: string };
  yes: string;
  no: string;
  dash: string;
};

const signed = (text: string) => (text.startsWith('-') ? `−${text.slice(1)}` : `+${text}`);

const fr: BilanWords = {
  convention: 'Convention territoriale globale',
  annualTitle: (period) => `Bilan — ${period}`,
  evaluationTitle: (first, last) => `Évaluation de la convention ${first}–${last}`,
  forCommittee: 'Document préparé pour le comité de pilotage',
  preparedOn: (iso) => `Préparé le ${formatDate(iso)}`,
  consolidatedOn: (iso) => `D’après la consolidation du ${formatDate(iso)}`,
  planVersion: (version) => `Plan suivi : version ${version}`,
  page: { before: 'Page ', between: ' sur ' },
  inBrief: 'En bref',
  fiche: (n, title) => `Fiche ${n} — ${title}`,
  objectives: 'Objectifs',
  actions: 'Actions',
  action: (n, title) => `Action ${n} — ${title}`,
  actionRef: (fiche, n, title) => `Fiche ${fiche}, action ${n} « ${title} »`,
  indicators: 'Indicateurs',
  keyFigures: 'Chiffres clés',
  gapsOfFiche: 'Écarts à examiner',
  facilities: 'Annexe 2 : équipements et services soutenus',
  governance: 'Gouvernance',
  silentAnnex: 'Annexe : qui n’a pas répondu',
  actionsOverConvention: 'Les actions sur la durée de la convention',
  seriesOverConvention: 'Les indicateurs, de la première à la dernière année',
  noInformation: 'Aucune information reçue.',
  noGap: 'Aucun écart relevé.',
  noObjective: 'La convention ne fixe pas d’objectif à cette fiche.',
  start: (wording) => `Démarrage prévu : ${wording}.`,
  state: { non_engagee: 'non engagée', en_cours: 'en cours', realisee: 'réalisée', reportee: 'reportée', abandonnee: 'abandonnée' },
  stateMissing: 'état non renseigné',
  reportedBy: (who) => `selon ${who}`,
  account: (text) => `Réalisé : ${text}`,
  difficulties: (text) => `Difficultés : ${text}`,
  respondentsAnswered: (answered, expected, period) =>
    `${period} : ${documentNumber(answered)} répondant${s(answered)} sur ${documentNumber(expected)} attendu${s(expected)} ${answered > 1 ? 'ont' : 'a'} répondu complètement.`,
  cellsFilled: (filled, expected) => `${documentNumber(filled)} cellule${s(filled)} remplie${s(filled)} sur ${documentNumber(expected)} attendue${s(expected)}.`,
  partialAndSilent: (partial, missing) => `Réponses partielles : ${documentNumber(partial)} ; sans réponse : ${documentNumber(missing)} (détail en annexe).`,
  gapsCount: (n) => (n === 0 ? 'Aucun écart relevé.' : `${documentNumber(n)} écart${s(n)} à examiner :`),
  figuresFlagged: (n) => (n === 0 ? 'Aucun chiffre du territoire ne porte de valeur signalée par les contrôles.' : `${documentNumber(n)} chiffre${s(n)} du territoire repose${n > 1 ? 'nt' : ''} sur une valeur signalée par les contrôles (voir la consolidation).`),
  gap: {
    actionNotStarted: (action, period, start) => `${action} : non engagée en ${period}, alors que son démarrage était prévu ${start}.`,
    milestoneMissed: (action, milestone, due) => `${action} : l’étape « ${milestone} », prévue au plus tard le ${formatDate(due)}, n’est pas atteinte.`,
    indicatorFalling: (indicator, series) => `${indicator} : en baisse deux années de suite (${series}).`,
    respondentSilent: (respondent, period) => `${respondent} n’a rien renvoyé pour ${period}.`,
  },
  indicatorHeaders: { indicator: 'Indicateur', value: (period) => period, evolution: 'Évolution à périmètre constant', formation: 'Comment le chiffre est formé' },
  seriesHeaders: { indicator: 'Indicateur', change: 'Évolution sur la convention' },
  notAsked: 'non demandé',
  noAnswer: 'aucune réponse',
  answers: (n) => `${documentNumber(n)} réponse${s(n)}`,
  evolution: (absolute, percent, previous) => `${signed(absolute)}${percent !== null ? ` (${signed(percent)})` : ''} depuis ${previous}`,
  evolutionScope: (both) => `sur les ${documentNumber(both)} répondant${s(both)} présent${s(both)} les deux années`,
  noEvolution: '—',
  change: (absolute, percent, first, last) => `${signed(absolute)}${percent !== null ? ` (${signed(percent)})` : ''} de ${first} à ${last}`,
  scopeChanged: 'répondants différents d’une année à l’autre : à lire avec prudence',
  chartCaption: (indicator, member) => `${indicator}${member !== null ? ` — ${member}` : ''}`,
  chartAlt: (indicator) => `Graphique : ${indicator}, par année`,
  facilitiesSummary: (listed, reported, changes) =>
    `L’Annexe 2 liste ${documentNumber(listed)} équipement${s(listed)} et service${s(listed)} ; ${documentNumber(reported)} déclaration${s(reported)} reçue${s(reported)} pour l’année, dont ${documentNumber(changes)} changement${s(changes)} (fermeture, modification, soutien arrêté, ajout).`,
  facilityHeaders: { name: 'Équipement ou service', commune: 'Commune', status: 'Situation', supported: 'Soutien', change: 'Ce qui a changé' },
  facilityStatus: { ouvert: 'ouvert', ferme: 'fermé', modifie: 'modifié' },
  added: 'ajouté par le répondant',
  supported: (by) => (by === '' ? 'soutenu' : `soutenu par ${by}`),
  notSupported: 'plus soutenu',
  facilitiesPerYear: { period: 'Année', reported: 'Déclarations', closed: 'Fermetures', changed: 'Modifications', added: 'Ajouts', notSupported: 'Soutiens arrêtés' },
  governanceHeaders: { body: 'Instance', date: 'Date', present: 'Présents' },
  governanceGuests: { communes: 'communes', departement: 'Département', sdjes: 'SDJES' },
  body: { copil: 'Comité de pilotage', cotech: 'Comité technique' },
  governancePerYear: { period: 'Année', copil: 'Comités de pilotage', cotech: 'Comités techniques' },
  silentHeaders: { respondent: 'Répondant', period: 'Année', status: 'État', fiches: 'Fiches concernées', cells: 'Cellules sans réponse' },
  silentStatus: { partial: 'partiel', missing: 'sans réponse', excluded: 'écarté (erreurs)' },
  everyoneAnswered: 'Tous les répondants attendus ont répondu.',
  completenessHeaders: { period: 'Année', answered: 'Complets', partial: 'Partiels', missing: 'Sans réponse' },
  yes: 'oui',
  no: 'non',
  dash: '—',
};

const en: BilanWords = {
  convention: 'Convention territoriale globale',
  annualTitle: (period) => `Review — ${period}`,
  evaluationTitle: (first, last) => `Evaluation of the convention ${first}–${last}`,
  forCommittee: 'Prepared for the steering committee',
  preparedOn: (iso) => `Prepared on ${formatDate(iso)}`,
  consolidatedOn: (iso) => `From the consolidation of ${formatDate(iso)}`,
  planVersion: (version) => `Plan followed: version ${version}`,
  page: { before: 'Page ', between: ' of ' },
  inBrief: 'In brief',
  fiche: (n, title) => `Fiche ${n} — ${title}`,
  objectives: 'Objectives',
  actions: 'Actions',
  action: (n, title) => `Action ${n} — ${title}`,
  actionRef: (fiche, n, title) => `Fiche ${fiche}, action ${n} "${title}"`,
  indicators: 'Indicators',
  keyFigures: 'Key figures',
  gapsOfFiche: 'Gaps to look at',
  facilities: 'Annexe 2: facilities and services supported',
  governance: 'Governance',
  silentAnnex: 'Annex: who has not answered',
  actionsOverConvention: 'The actions over the convention',
  seriesOverConvention: 'The indicators, first year to last',
  noInformation: 'No information received.',
  noGap: 'No gap found.',
  noObjective: 'The convention sets no objective for this fiche.',
  start: (wording) => `Planned start: ${wording}.`,
  state: { non_engagee: 'not started', en_cours: 'in progress', realisee: 'done', reportee: 'postponed', abandonnee: 'dropped' },
  stateMissing: 'state not given',
  reportedBy: (who) => `according to ${who}`,
  account: (text) => `Done: ${text}`,
  difficulties: (text) => `Difficulties: ${text}`,
  respondentsAnswered: (answered, expected, period) => `${period}: ${documentNumber(answered, 'en')} of ${documentNumber(expected, 'en')} expected respondents answered fully.`,
  cellsFilled: (filled, expected) => `${documentNumber(filled, 'en')} of ${documentNumber(expected, 'en')} expected cells filled.`,
  partialAndSilent: (partial, missing) => `Partial answers: ${documentNumber(partial, 'en')}; no answer: ${documentNumber(missing, 'en')} (see the annex).`,
  gapsCount: (n) => (n === 0 ? 'No gap found.' : `${documentNumber(n, 'en')} gap${s(n)} to look at:`),
  figuresFlagged: (n) => (n === 0 ? 'No territory figure rests on a value the checks flagged.' : `${documentNumber(n, 'en')} territory figure${s(n)} rest on a value the checks flagged (see the consolidation).`),
  gap: {
    actionNotStarted: (action, period, start) => `${action}: not started in ${period}, although planned to start ${start}.`,
    milestoneMissed: (action, milestone, due) => `${action}: the milestone "${milestone}", due by ${formatDate(due)}, is not reached.`,
    indicatorFalling: (indicator, series) => `${indicator}: down two years in a row (${series}).`,
    respondentSilent: (respondent, period) => `${respondent} sent nothing for ${period}.`,
  },
  indicatorHeaders: { indicator: 'Indicator', value: (period) => period, evolution: 'Change on the same respondents', formation: 'How the figure is formed' },
  seriesHeaders: { indicator: 'Indicator', change: 'Change over the convention' },
  notAsked: 'not asked',
  noAnswer: 'no answer',
  answers: (n) => `${documentNumber(n, 'en')} answer${s(n)}`,
  evolution: (absolute, percent, previous) => `${signed(absolute)}${percent !== null ? ` (${signed(percent)})` : ''} since ${previous}`,
  evolutionScope: (both) => `on the ${documentNumber(both, 'en')} respondent${s(both)} present both years`,
  noEvolution: '—',
  change: (absolute, percent, first, last) => `${signed(absolute)}${percent !== null ? ` (${signed(percent)})` : ''} from ${first} to ${last}`,
  scopeChanged: 'respondents differ from year to year: read with care',
  chartCaption: (indicator, member) => `${indicator}${member !== null ? ` — ${member}` : ''}`,
  chartAlt: (indicator) => `Chart: ${indicator}, by year`,
  facilitiesSummary: (listed, reported, changes) => `Annexe 2 lists ${documentNumber(listed, 'en')} facilities and services; ${documentNumber(reported, 'en')} reports received for the year, ${documentNumber(changes, 'en')} of them changes (closed, changed, support ended, added).`,
  facilityHeaders: { name: 'Facility or service', commune: 'Commune', status: 'Status', supported: 'Support', change: 'What changed' },
  facilityStatus: { ouvert: 'open', ferme: 'closed', modifie: 'changed' },
  added: 'added by the respondent',
  supported: (by) => (by === '' ? 'supported' : `supported by ${by}`),
  notSupported: 'no longer supported',
  facilitiesPerYear: { period: 'Year', reported: 'Reports', closed: 'Closed', changed: 'Changed', added: 'Added', notSupported: 'Support ended' },
  governanceHeaders: { body: 'Body', date: 'Date', present: 'Present' },
  governanceGuests: { communes: 'communes', departement: 'Département (county council)', sdjes: 'SDJES (youth and sports service)' },
  body: { copil: 'Steering committee', cotech: 'Technical committee' },
  governancePerYear: { period: 'Year', copil: 'Steering committees', cotech: 'Technical committees' },
  silentHeaders: { respondent: 'Respondent', period: 'Year', status: 'Status', fiches: 'Fiches concerned', cells: 'Cells without answer' },
  silentStatus: { partial: 'partial', missing: 'no answer', excluded: 'excluded (errors)' },
  everyoneAnswered: 'Every expected respondent answered.',
  completenessHeaders: { period: 'Year', answered: 'Complete', partial: 'Partial', missing: 'No answer' },
  yes: 'yes',
  no: 'no',
  dash: '—',
};

export const bilanWords: Record<Lang, BilanWords> = { fr, en };

