/** Fiche action 2.1 : conforter l'accès aux services. Measured by the Caf. */
import type { FicheInput } from './types';
import { capitalise, indicator, listedUnder } from '../indicator';
import { deliverable } from '../deliverable';
import { yearsFrom } from '../periods';

/** One convention line bundles three measures; each keeps the whole line as its source. */
const meetingsLine = 'Le nombre de rencontres, le nombre de participants, la diversité des structures';

export const fiche21: FicheInput = {
  number: '2.1',
  theme: { number: 2, label: 'L’accès aux droits' },
  title: 'Conforter l’accès aux services',
  shortTitle: 'Accès aux services',
  context: [
    'La problématique de la mobilité de certaines populations,',
    'Une offre de services étoffée pour effectuer les démarches administratives mais peut-être mal connue',
  ],
  objectives: [
    "Permettre à l'ensemble de la population de pouvoir être en contact avec un gestionnaire conseil de la Caisse d'Allocations Familiales des Alpes de Haute Provence sans se déplacer afin de faire valoir tous leurs droits.",
    'Développer l’accompagnement global des habitants',
  ],
  targetPublic: "L'ensemble de la population du territoire",
  actions: [
    {
      number: 1,
      code: '2.1.a1',
      pilots: ['caf'],
      title: 'Rencontre entre les services de la Caf et les acteurs du territoire',
      description: [
        'Organisation d’une rencontre entre les services de la Caf (prestations familiales, médiation administrative, interventions sociales) et les acteurs du territoire (EFS, CCAS, CMS...) afin de présenter les offres et répondre aux questions.',
        'Rencontres à renouveler à la demande en fonction des changements de personnel et des évolutions.',
      ],
      start: 'à partir du deuxième trimestre 2023',
      startPeriod: '2023',
      indicators: listedUnder({ fiche: '2.1', action: 1, part: 'Indicateurs' }, [
        indicator({
          code: '2.1.a1.rencontres',
          source: meetingsLine,
          label: capitalise('le nombre de rencontres'),
          reporters: ['caf'],
          periods: yearsFrom('2023'),
          unit: 'rencontres',
        }),
        indicator({
          code: '2.1.a1.participants',
          source: meetingsLine,
          label: capitalise('le nombre de participants'),
          reporters: ['caf'],
          periods: yearsFrom('2023'),
          unit: 'participants',
        }),
        indicator({
          code: '2.1.a1.diversite_structures',
          source: meetingsLine,
          label: 'La diversité des structures (nombre de types de structures représentées : EFS, CCAS, CMS…)',
          reporters: ['caf'],
          periods: yearsFrom('2023'),
          unit: 'types de structures',
          formation: { kind: 'max' },
        }),
        // The same Caf statistic is an indicator of fiche 2.2 action 2 (« Le nombre d'accompagnements
        // sociaux et son évolution », from 2022): asked once there, shown here too.
        indicator({
          code: '2.1.a1.accompagnements_sociaux',
          source: "Le nombre d'accompagnements sociaux et son évolution",
          reporters: ['caf'],
          formation: { kind: 'sameAs', indicator: '2.2.a2.accompagnements_sociaux' },
          periods: yearsFrom('2023'),
          trackEvolution: true,
          unit: 'accompagnements',
        }),
        indicator({
          code: '2.1.a1.rdv_telephoniques',
          source: 'Le nombre de Rdv téléphoniques',
          reporters: ['caf'],
          periods: yearsFrom('2023'),
          unit: 'rendez-vous',
        }),
      ]),
    },
    {
      number: 2,
      code: '2.1.a2',
      pilots: ['caf'],
      title: 'Cartographie des acteurs de l’accompagnement numérique',
      description: [
        "Réaliser une cartographie de l'ensemble des acteurs qui peuvent soutenir et accompagner les habitants dans leurs démarches numériques.",
      ],
      start: 'à partir du deuxième trimestre 2023',
      startPeriod: '2023',
      indicators: listedUnder({ fiche: '2.1', action: 2, part: 'Indicateurs' }, deliverable({
        code: '2.1.a2.carte',
        source: 'La carte avec les coordonnées et les données essentielles',
        reporters: ['caf'],
        periods: yearsFrom('2023'),
      })),
    },
  ],
};
