/**
 * Fiche action 4.1 : soutien et accompagnement à la parentalité. The « critères d'évaluation »
 * follow the four actions: fiche-level, three of them broken down by territory (Digne-les-Bains,
 * Seyne-les-Alpes, Château-Arnoux-Saint-Auban — the Reaap local networks of actions 2 to 4).
 */
import type { FicheInput } from './types';
import { indicator, listedUnder } from '../indicator';
import { conventionYears } from '../periods';

const territoryLevel = ['epci', 'caf'] as const;

/**
 * Only action 1 has a date (« dès 2023 »); actions 2 to 4 carry on work already under way
 * (« Pour ce faire, il est nécessaire de poursuivre le travail engagé sur les différents
 * territoires »), so the criteria are asked for every year of the convention.
 */
const allYears = [...conventionYears];

/**
 * The criteria count meetings, referents, actions and communications of the local Reaap networks,
 * in which the EPCI and the Caf take part together: added up, a meeting both attend would count
 * twice. The Caf, which coordinates the Reaap and writes « un cahier des charges à destination des
 * animateurs des réseaux locaux du Reaap » (action 1), gives the figure; the EPCI's is detail.
 */
const cafCount = { kind: 'authority', source: 'caf', shares: false } as const;

export const fiche41: FicheInput = {
  number: '4.1',
  theme: { number: 4, label: 'La parentalité' },
  title: 'Soutien et accompagnement à la parentalité',
  shortTitle: 'Parentalité',
  context: [
    "Le diagnostic a mis en évidence une méconnaissance des actions de soutien et d'accompagnement à la parentalité par les parents et les acteurs du territoire.",
  ],
  objectives: [
    "Développer l'interconnaissance des acteurs.",
    'Accompagner le portage des actions sur les différents territoires (diagnostic partagé/besoins identifiés/montage de projet/réalisation/ évaluation).',
    'Améliorer la communication des actions auprès des différents partenaires et des familles.',
  ],
  targetPublic: "Les familles et les partenaires de la communauté d'agglomération.",
  actions: [
    {
      number: 1,
      code: '4.1.a1',
      pilots: ['caf'],
      title: 'Cahier des charges pour les animateurs des réseaux locaux du Reaap',
      description: [
        'Dès 2023, élaborer un cahier des charges à destination des animateurs des réseaux locaux du Reaap afin de partager les attendus et de fédérer les différents acteurs.',
      ],
      start: 'dès 2023',
      startPeriod: '2023',
    },
    {
      number: 2,
      code: '4.1.a2',
      pilots: ['caf'],
      title: 'Co-référence Reaap sur Digne-les-Bains',
      description: ['Développer une co-référence sur le réseau de proximité Reaap sur Digne les bains.'],
    },
    {
      number: 3,
      code: '4.1.a3',
      pilots: ['caf'],
      title: 'Référence Reaap sur Seyne-les-Alpes',
      description: ['Développer une référence sur le réseau de proximité Reaap sur Seyne les Alpes.'],
    },
    {
      number: 4,
      code: '4.1.a4',
      pilots: ['caf'],
      title: 'Dynamique locale sur Château-Arnoux-Saint-Auban',
      description: ['Maintenir la dynamique locale sur Château-Arnoux Saint-Auban (carrefour Durance).'],
    },
  ],
  indicators: listedUnder({ fiche: '4.1', part: "Critères d'évaluation" }, [
    indicator({
      code: '4.1.reunions',
      source: 'Nombre de réunions par territoires,',
      reporters: [...territoryLevel],
      formation: cafCount,
      periods: allYears,
      unit: 'réunions',
      breakdown: ['territoire'],
    }),
    indicator({
      code: '4.1.referents_proximite',
      source: 'Nombre de référents de proximité par territoires,',
      reporters: [...territoryLevel],
      formation: cafCount,
      periods: allYears,
      unit: 'référents',
      breakdown: ['territoire'],
    }),
    indicator({
      code: '4.1.actions_collectives',
      source: 'Le nombre d\'actions portées collectivement par territoires,',
      reporters: [...territoryLevel],
      formation: cafCount,
      periods: allYears,
      unit: 'actions',
      breakdown: ['territoire'],
    }),
    indicator({
      code: '4.1.communications',
      source: 'Nombre de communications différentes faites aux familles et aux partenaires.',
      reporters: [...territoryLevel],
      formation: cafCount,
      periods: allYears,
      unit: 'communications',
    }),
  ]),
};
