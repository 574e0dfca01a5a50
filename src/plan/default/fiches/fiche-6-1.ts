/** Fiche action 6.1 : favoriser l'accès et le maintien dans des logements de qualité. */
import type { FicheInput } from './types';
import { indicator, listedUnder } from '../indicator';
import { conventionYears } from '../periods';

const allYears = [...conventionYears];
const questionnairesLine = 'Nombre de questionnaires de pré diagnostic envoyés, résultats.';

export const fiche61: FicheInput = {
  number: '6.1',
  theme: { number: 6, label: 'Le logement' },
  title: 'Favoriser l’accès et le maintien dans des logements de qualité',
  shortTitle: 'Logement',
  context: [
    'Au vu des différents programmes en cours (PIG, études pré-opérationnelles) nous constatons un parc de logements vieillissants et une offre locative restreinte.',
    "Commune de Digne les Bains : il existe une opération PIG pour la lutte contre l'habitat indigne sur 3 ans (2019-2022). La poursuite par une OPAH est en cours de réflexion.",
    'Commune de Château-Arnoux Saint-Auban : une étude pré-opérationnelle pour la mise en place d\'une OPAH Rénovation Urbaine est en cours.',
    "Commune des Mées : une étude pré-opérationnelle pour la mise en place d'une OPAH Rénovation Urbaine est en cours.",
  ],
  objectives: [
    "Améliorer les conditions d'habitation de la population par la réduction des risques sanitaires liés à l'habitat, lutter contre l'habitat indigne et contribuer à la réhabilitation des logements.",
    'Eviter les expulsions locatives en agissant sur les impayés locatifs.',
  ],
  targetPublic: 'Les allocataires du territoire',
  actions: [
    {
      number: 1,
      code: '6.1.a1',
      pilots: ['epci', 'caf'],
      title: 'Participer aux réunions partenariales',
      description: ['Participer aux réunions partenariales qui permettent de coconstruire les programmes.'],
      start: 'dès 2022 et selon les calendriers de mise en œuvre',
      startPeriod: '2022',
    },
    {
      number: 2,
      code: '6.1.a2',
      pilots: ['caf'],
      title: 'Soutenir financièrement les équipes d’animation des programmes',
      description: ['Soutenir financièrement les équipes d\'animation des programmes (OPAH et PIG).'],
      start: 'dès 2022 et selon les calendriers de mise en œuvre',
      startPeriod: '2022',
    },
    {
      number: 3,
      code: '6.1.a3',
      pilots: ['caf'],
      title: 'Identifier les allocataires en situation d’habitat indigne ou d’impayés locatifs',
      description: [
        'Réalisation de requêtes sur la base des allocataires Caf concernés par le périmètre d\'intervention du programme',
        "Mise à disposition d'un travailleur social de la CAF dans le cadre de l'offre globale de service « impayés locatifs »",
        "Participation du pôle logement de la CAF à toutes les opérations en cours dans le cadre de la résorption de l'habitat indigne",
        'Envoi d\'un questionnaire de pré diagnostic sur les périmètres des OPAH ou des PIG',
      ],
      start: 'dès 2022 et selon les calendriers de mise en œuvre',
      startPeriod: '2022',
    },
  ],
  indicators: listedUnder({ fiche: '6.1', part: "Critères d'évaluation" }, [
    indicator({
      code: '6.1.reunions_partenariales',
      source: 'Nombre de réunions partenariales',
      // The communes with a PIG or OPAH (« Pour rappel » of the fiche: Digne-les-Bains,
      // Château-Arnoux-Saint-Auban, Les Mées), the EPCI (statuts, « Equilibre social de
      // l'habitat ») and the Caf: « Participation du pôle logement de la CAF à toutes les
      // opérations en cours dans le cadre de la résorption de l'habitat indigne ».
      reporters: ['epci', 'caf', 'commune[perimetre_pig_opah]'],
      // The Caf attends every partnership meeting, so its count is the territory's; the others' are
      // detail (added up, a meeting would count several times).
      formation: { kind: 'authority', source: 'caf', shares: false },
      periods: allYears,
      unit: 'réunions',
    }),
    // « Nombre d'allocataires en situation d'impayés ou de mal logement »: « ou » — an allocataire
    // can be in both, so the two counts never add up. The Caf's query gives each allocataire once
    // (the figure the text asks for), and each situation apart.
    indicator({
      code: '6.1.allocataires_impayes_ou_mal_logement',
      source: "Nombre d'allocataires en situation d'impayés ou de mal logement.",
      label: "Nombre d'allocataires en situation d'impayés ou de mal logement (chaque allocataire compté une fois)",
      reporters: ['caf'],
      periods: allYears,
      unit: 'allocataires',
    }),
    indicator({
      code: '6.1.allocataires_impayes',
      source: "Nombre d'allocataires en situation d'impayés ou de mal logement.",
      label: "Dont allocataires en situation d'impayés locatifs",
      reporters: ['caf'],
      periods: allYears,
      unit: 'allocataires',
    }),
    indicator({
      code: '6.1.allocataires_mal_logement',
      source: "Nombre d'allocataires en situation d'impayés ou de mal logement.",
      label: 'Dont allocataires en situation de mal logement',
      reporters: ['caf'],
      periods: allYears,
      unit: 'allocataires',
    }),
    indicator({
      code: '6.1.accompagnements_impayes',
      source: 'Nombre d\'accompagnement social pour les impayés locatifs.',
      reporters: ['caf'],
      periods: allYears,
      unit: 'accompagnements',
    }),
    indicator({
      code: '6.1.questionnaires_envoyes',
      source: questionnairesLine,
      label: 'Nombre de questionnaires de pré diagnostic envoyés',
      reporters: ['caf'],
      periods: allYears,
      unit: 'questionnaires',
    }),
    indicator({
      code: '6.1.questionnaires_resultats',
      source: questionnairesLine,
      label: 'Résultats des questionnaires de pré diagnostic',
      reporters: ['caf'],
      periods: allYears,
      type: 'text',
      formation: { kind: 'listed' },
      unit: undefined,
      bounds: undefined,
    }),
  ]),
};
