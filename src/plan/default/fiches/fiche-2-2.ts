/** Fiche action 2.2 : détection proactive des allocataires n'ayant pas fait valoir leurs droits (Caf). */
import type { FicheInput } from './types';
import { indicator, type IndicatorInput, listedUnder } from '../indicator';
import { conventionYears, yearsFrom } from '../periods';

/** Actions 1 and 3 are measured by the same three lines; each action keeps its own indicators. */
function rightsIndicators(action: string, periods: string[]): IndicatorInput[] {
  return [
    indicator({
      code: `${action}.personnes_contactees`,
      source: 'Le nombre de personnes contactées',
      reporters: ['caf'],
      periods,
      unit: 'personnes',
    }),
    indicator({
      code: `${action}.droits_ouverts`,
      source: "Le nombre d'ouverture de nouveaux droits",
      reporters: ['caf'],
      periods,
      unit: 'droits',
    }),
    indicator({
      code: `${action}.montant_moyen_droits`,
      source: 'Le montant moyen des droits ouverts',
      reporters: ['caf'],
      periods,
      type: 'amount',
      unit: '€',
      bounds: { min: 0 },
      // A mean the Caf computes over the rights it opened: its figure, never a mean of means.
      formation: { kind: 'authority', source: 'caf' },
    }),
  ];
}

export const fiche22: FicheInput = {
  number: '2.2',
  theme: { number: 2, label: 'L’accès aux droits' },
  title: 'Mettre en œuvre une démarche proactive de détection des allocataires n’ayant pas fait valoir leurs droits',
  shortTitle: 'Accès aux droits',
  context: [
    "Malgré les diverses campagnes d'information et l'action des travailleurs sociaux des allocataires potentiels ne font pas valoir leur droit à toutes les prestations auxquelles ils pourraient prétendre. Des difficultés sont rencontrées par les personnes à faire valoir tous leurs droits par méconnaissance de l'ensemble des prestations servies par la Caisse d'Allocation Familiales.",
  ],
  objectives: ['Détecter par requêtes et contacter ces allocataires potentiels et les inviter à engager leurs démarches.'],
  targetPublic: "L'ensemble de la population du territoire",
  actions: [
    {
      number: 1,
      code: '2.2.a1',
      pilots: ['caf'],
      title: 'Intensifier le déploiement du « Datamining » accès aux droits',
      description: [
        'Intensifier le déploiement du « Datamaning » accès aux droits (déjà en cours). Ce dispositif cible les allocataires potentiellement éligibles à certaines prestations (prime d\'activité notamment). Les allocataires ainsi détectés, seront invités par SMS, courriel ou contact téléphonique à engager les démarches pour faire valoir leur droit via le caf.fr.',
      ],
      start: 'déjà en cours',
      startPeriod: '2022',
      indicators: listedUnder({ fiche: '2.2', action: 1, part: 'Indicateurs' }, rightsIndicators('2.2.a1', [...conventionYears])),
    },
    {
      number: 2,
      code: '2.2.a2',
      pilots: ['caf'],
      title: 'Mise à disposition des travailleurs sociaux de la Caf 04',
      description: [
        "Poursuivre la mise à disposition des travailleurs sociaux de la Caf 04 auprès des familles dès connaissance d'un événement de vie impactant la cellule familiale et l'environnement social.",
      ],
      start: 'en cours (poursuite)',
      startPeriod: '2022',
      indicators: listedUnder({ fiche: '2.2', action: 2, part: 'Indicateurs' }, [
        indicator({
          code: '2.2.a2.accompagnements_sociaux',
          source: "Le nombre d'accompagnements sociaux et son évolution",
          reporters: ['caf'],
          periods: [...conventionYears],
          trackEvolution: true,
          unit: 'accompagnements',
        }),
      ]),
    },
    {
      number: 3,
      code: '2.2.a3',
      pilots: ['caf'],
      title: 'Détecter les droits potentiels non sollicités',
      description: [
        "Identifier l'ensemble des allocataires du territoire (requête)",
        'Cibler conjointement les allocataires les plus éloignés géographiquement des services (filtre par commune)',
        "Contacter ces allocataires afin d'étudier l'ensemble des droits",
      ],
      start: 'dès 2023',
      startPeriod: '2023',
      indicators: listedUnder({ fiche: '2.2', action: 3, part: 'Indicateurs' }, rightsIndicators('2.2.a3', yearsFrom('2023'))),
    },
  ],
};
