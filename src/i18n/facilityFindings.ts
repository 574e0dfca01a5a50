/**
 * Messages for the findings of a return's « Annexe 2 » tab (src/returns/facilities.ts): what is
 * wrong, where (the facility and the year), how to fix it. French first, English second; spread
 * into the catalogues of findings.ts.
 */
import type { Finding } from '../returns/findings';
import { formatValue, shorten } from './findingsFormat';

type FacilityCode =
  | 'facility_sheet_missing'
  | 'facility_header_missing'
  | 'facility_row_missing'
  | 'facility_row_unknown'
  | 'facility_answer_missing'
  | 'facility_not_in_list'
  | 'facility_closed_supported'
  | 'facility_change_missing'
  | 'facility_name_missing'
  | 'facility_period_missing';

type Messages = Record<FacilityCode, (f: Finding) => string>;

const txt = (v: unknown) => shorten(String(v ?? ''));
/** « « La Maisonnée » (HLM Les Augiers), 2024 » — the facility, where it stands, and the year. */
const which = (f: Finding) => `« ${txt(f.params.facility)} »${f.params.place ? ` (${txt(f.params.place)})` : ''}${f.period !== null ? `, ${f.period}` : ''}`;
const whichEn = (f: Finding) => `"${txt(f.params.facility)}"${f.params.place ? ` (${txt(f.params.place)})` : ''}${f.period !== null ? `, ${f.period}` : ''}`;
const fieldFr: Record<string, string> = { status: 'Statut', supported: 'Soutenu', period: 'Année' };
const fieldEn: Record<string, string> = { status: 'Status', supported: 'Supported', period: 'Year' };

export const facilityFindingsFr: Messages = {
  facility_sheet_missing: (f) =>
    `L’onglet « ${txt(f.params.expected)} » est absent : le suivi des ${f.params.facilities} équipement(s) de l’Annexe 2 dont ce répondant répond n’a pas pu être lu. Envoyez-lui un classeur de recueil neuf, qui contient cet onglet, ou demandez-lui de ne supprimer aucun onglet.`,
  facility_header_missing: (f) =>
    `La ligne d’en-tête de l’onglet « ${txt(f.params.expected)} » (« Code | Équipement | … | Statut | Soutenu | Soutenu par | Changements ») est introuvable : le suivi des équipements n’a pas pu être lu. Rétablissez la ligne d’en-tête d’origine.`,
  facility_row_missing: (f) =>
    `La ligne ${txt(f.params.code)} de ${which(f)} est introuvable (ligne supprimée ou code modifié) : son suivi n’a pas pu être lu. Rétablissez la ligne, ou demandez au répondant de remplir un classeur neuf.`,
  facility_row_unknown: (f) =>
    f.params.reason === 'duplicate'
      ? `Le code ${formatValue(f.value)} figure deux fois dans l’onglet « Annexe 2 » : seule la première ligne a été lue. Supprimez la ligne en double, ou reportez ses réponses sur la première.`
      : `Le code ${formatValue(f.value)} ne désigne aucun équipement dont ce répondant répond pour ces années : la ligne n’a pas été lue. Vérifiez le code ; un nouvel équipement se saisit sur une ligne « Nouvel équipement ».`,
  facility_answer_missing: (f) =>
    f.params.field === 'supported'
      ? `${which(f)} : la colonne « ${fieldFr.supported} » est vide pour une année écoulée. Choisissez « Oui » s’il est toujours soutenu, « Non » sinon (et dites par qui dans « Soutenu par »).`
      : `${which(f)} : la colonne « ${fieldFr.status} » est vide pour une année écoulée. Choisissez « Ouvert », « Modifié » ou « Fermé » dans la liste.`,
  facility_not_in_list: (f) =>
    `${which(f)} : ${formatValue(f.value)} n’est pas une réponse de la liste de la colonne « ${fieldFr[String(f.params.field)] ?? txt(f.params.field)} » (${txt(f.params.options)}). Choisissez une réponse dans la liste déroulante.`,
  facility_closed_supported: (f) =>
    `${which(f)} est déclaré « Fermé » et « Soutenu » : un équipement fermé n’est plus soutenu. Corrigez le statut (« Ouvert » ou « Modifié » s’il fonctionne encore), ou répondez « Non » à « Soutenu » et dites dans « Changements » quand il a fermé.`,
  facility_change_missing: (f) =>
    `${which(f)} est déclaré « Modifié » sans dire ce qui a changé. Saisissez dans « Changements » la capacité, le gestionnaire ou ce qui a changé depuis la signature.`,
  facility_name_missing: (f) =>
    `La ligne ${txt(f.params.code)} (nouvel équipement) est remplie sans nom d’équipement : elle n’a pas été lue. Saisissez le nom de l’équipement dans la colonne « Équipement », ou videz la ligne.`,
  facility_period_missing: (f) =>
    `La ligne ${txt(f.params.code)} (nouvel équipement ${which(f)}) ne dit pas l’année de la réponse : elle n’a pas été lue. Choisissez l’année dans la colonne « ${fieldFr.period} ».`,
};

export const facilityFindingsEn: Messages = {
  facility_sheet_missing: (f) => `Sheet "${txt(f.params.expected)}" is missing: the follow-up of the respondent's ${f.params.facilities} Annex 2 facilities could not be read. Send a new collection workbook.`,
  facility_header_missing: (f) => `The header row of sheet "${txt(f.params.expected)}" was not found; the facilities could not be read. Restore it.`,
  facility_row_missing: (f) => `Row ${txt(f.params.code)} of ${whichEn(f)} was not found (deleted row or changed code); not read.`,
  facility_row_unknown: (f) =>
    f.params.reason === 'duplicate' ? `Code ${formatValue(f.value, 'en')} appears twice in sheet "Annexe 2"; only the first row was read.` : `Code ${formatValue(f.value, 'en')} names no facility this respondent answers for; not read.`,
  facility_answer_missing: (f) => `${whichEn(f)}: column "${fieldEn[String(f.params.field)] ?? txt(f.params.field)}" is empty for a period that is over.`,
  facility_not_in_list: (f) => `${whichEn(f)}: ${formatValue(f.value, 'en')} is not in the list of column "${fieldEn[String(f.params.field)] ?? txt(f.params.field)}" (${txt(f.params.options)}).`,
  facility_closed_supported: (f) => `${whichEn(f)} is both "closed" and "supported": a closed facility is no longer supported.`,
  facility_change_missing: (f) => `${whichEn(f)} is "changed" without saying what changed (capacity, manager…).`,
  facility_name_missing: (f) => `Row ${txt(f.params.code)} (new facility) is filled in without a name; not read.`,
  facility_period_missing: (f) => `Row ${txt(f.params.code)} (new facility ${whichEn(f)}) does not say its year; not read.`,
};
