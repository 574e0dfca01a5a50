/**
 * The words of the consolidation's « Suivi de l'Annexe 2 » tab (report/facilitySheet.ts): French
 * for the comité de pilotage, English second. Words only: the counts are computed by the report.
 */
import type { FacilityStatus } from '../consolidate/followUp';
import type { Lang } from './lang';

export type FacilityReportWords = {
  sheet: string;
  title: string;
  /** « 58 équipements sur 64 toujours ouverts et soutenus » — article 5's commitment at a glance. */
  held: (count: number, of: number) => string;
  /** What the summary line counts: each facility's latest answer, and how many never answered. */
  heldBasis: (unanswered: number) => string;
  since: (closed: number, changed: number, added: number) => string;
  legend: string;
  columns: { number: string; name: string; commune: string; respondent: string; supportedBy: string; changes: string };
  status: Record<FacilityStatus, string>;
  supported: string;
  notSupported: string;
  noAnswer: string;
  /** « sans réponse (attendu : Les Mées) ». */
  expected: (holder: string) => string;
  added: string;
  /** « 2024 : 12 places au lieu de 10 ». */
  dated: (period: string, text: string) => string;
};

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

const fr: FacilityReportWords = {
  // The typographic apostrophe: ExcelJS writes a sheet's print titles without doubling a straight one (« 'Suivi de l'Annexe 2'!$6:$6 »), which no reader takes.
  sheet: 'Suivi de l’Annexe 2',
  title: 'Suivi de l’Annexe 2 : équipements et services soutenus par la collectivité locale (convention, article 5)',
  held: (count, of) => `${count} équipement${count > 1 ? 's' : ''} sur ${of} toujours ouvert${count > 1 ? 's' : ''} et soutenu${count > 1 ? 's' : ''}`,
  heldBasis: (unanswered) =>
    `Selon la dernière réponse reçue pour chacun${unanswered > 0 ? ` ; ${plural(unanswered, 'équipement', 'équipements')} sans aucune réponse` : ''}.`,
  since: (closed, changed, added) =>
    `Depuis la signature : ${plural(closed, 'fermé', 'fermés')}, ${plural(changed, 'modifié', 'modifiés')} (capacité, gestionnaire…), ${plural(added, 'nouvel équipement', 'nouveaux équipements')}.`,
  legend: 'Lignes colorées : ce qui a changé depuis la signature (rouge : fermé ; orange : modifié ou plus soutenu ; vert : nouvel équipement).',
  columns: { number: 'N°', name: 'Équipement', commune: 'Commune', respondent: 'Réponse de', supportedBy: 'Soutenu par (dernière réponse)', changes: 'Changements' },
  status: { ouvert: 'Ouvert', modifie: 'Modifié', ferme: 'Fermé' },
  supported: 'soutenu',
  notSupported: 'non soutenu',
  noAnswer: '—',
  expected: (holder) => `sans réponse (répondant attendu : ${holder})`,
  added: 'nouveau',
  dated: (period, text) => `${period} : ${text}`,
};

const en: FacilityReportWords = {
  sheet: 'Annex 2 follow-up',
  title: 'Annex 2 follow-up: facilities and services supported by the local authority (agreement, article 5)',
  held: (count, of) => `${count} of ${of} facilities still open and supported`,
  heldBasis: (unanswered) => `From the latest answer for each${unanswered > 0 ? `; ${unanswered} without any answer` : ''}.`,
  since: (closed, changed, added) => `Since signature: ${closed} closed, ${changed} changed (capacity, manager…), ${added} new.`,
  legend: 'Coloured rows: what changed since signature (red: closed; orange: changed or no longer supported; green: new facility).',
  columns: { number: 'No.', name: 'Facility', commune: 'Municipality', respondent: 'Answered by', supportedBy: 'Supported by (latest answer)', changes: 'Changes' },
  status: { ouvert: 'Open', modifie: 'Changed', ferme: 'Closed' },
  supported: 'supported',
  notSupported: 'not supported',
  noAnswer: '—',
  expected: (holder) => `no answer (expected from ${holder})`,
  added: 'new',
  dated: (period, text) => `${period}: ${text}`,
};

export const facilityReportWords: Record<Lang, FacilityReportWords> = { fr, en };
