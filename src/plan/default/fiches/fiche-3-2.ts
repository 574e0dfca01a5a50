/** Fiche action 3.2 : développer des solutions afin de répondre aux besoins des 0-3 ans non couverts. */
import type { FicheInput } from './types';
import { capitalise, indicator, listedUnder } from '../indicator';
import { yearsFrom } from '../periods';

/**
 * Who holds the facilities of action 1: the EPCI, and the communes that kept the early-childhood
 * competence — statuts, article 3: « les structures multi-accueil pour les 0-4 ans […] hors
 * communes de Château-Arnoux-Saint-Auban, Les Mées et Peyruis » (see territory.ts). Other
 * communes, Digne-les-Bains included, are not asked: the EPCI answers for them.
 */
const facilityOwners = ['epci', 'commune[competence_petite_enfance]'] as const;

/**
 * Action 1 is « recenser les projets en cours sur le territoire »: a project counted by the EPCI
 * and by its commune would be counted twice. The statutes (art. 3) split the competence: the
 * EPCI runs « les structures multi-accueil pour les 0-4 ans […], hors communes de
 * Château-Arnoux-Saint-Auban, Les Mées et Peyruis » — so each reports the projects of its own
 * competence, and their figures add up.
 */
const byCompetence = {
  kind: 'distinctSum',
  split:
    'L’EPCI déclare les projets et les places des communes où il exerce la compétence petite enfance ; Château-Arnoux-Saint-Auban, Les Mées et Peyruis, qui l’ont gardée, déclarent les leurs.',
  shares: false,
} as const;

/**
 * « La répartition du coût financier entre les familles et les partenaires »: amounts in € per
 * funder, so that the territory's shares are ratios of sums (a large project weighs more than a
 * small one) — never a mean of each respondent's percentages.
 */
const costLabel = 'Le coût financier des projets, réparti entre les familles et les partenaires (montant en € par financeur)';
const costNote = 'Indiquez les montants en euros ; les parts de chacun sont calculées dans la consolidation.';

const projectsAndPlacesLine =
  'Le nombre de projets soutenus et le nombre de places créées par type d\'accueil (EAJE, MAM....)';
const projectsAndPlacesLineA2 = "Le nombre de projets soutenus et le nombre de places créées par type d'accueil";
const costSharingLine = 'La répartition du coût financier entre les familles et les partenaires';

export const fiche32: FicheInput = {
  number: '3.2',
  theme: { number: 3, label: 'La petite enfance, enfance, jeunesse' },
  title: 'Développer des solutions afin de répondre aux besoins des 0-3 ans non couverts',
  shortTitle: 'Accueil 0-3 ans',
  context: [
    'Un manque de places (en collectif et en accueil individuel)',
    "Des difficultés d'accueil sur les horaires atypiques",
  ],
  objectives: ['Permettre aux familles du territoire de mieux concilier vie familiale, vie professionnelle et vie sociale.'],
  targetPublic: 'Tous les habitants et les acteurs du territoire',
  actions: [
    {
      number: 1,
      code: '3.2.a1',
      pilots: ['epci', 'caf'],
      title: 'Recenser et partager chaque année les projets en cours',
      description: [
        'Dès 2023 et chaque année, recenser les projets en cours sur le territoire et les partager collectivement afin de vérifier leur viabilité, la non-concurrence et déstabilisation des offres existantes.',
      ],
      start: 'dès 2023 et chaque année',
      startPeriod: '2023',
      indicators: listedUnder({ fiche: '3.2', action: 1, part: 'Les indicateurs' }, [
        indicator({
          code: '3.2.a1.projets',
          source: "Le nombre de projets par an et leur évolution par type d'accueil (EAJE, MAM...)",
          reporters: [...facilityOwners],
          formation: byCompetence,
          periods: yearsFrom('2023'),
          unit: 'projets',
          breakdown: ['type_accueil'],
          trackEvolution: true,
        }),
        indicator({
          code: '3.2.a1.reunions_collectives',
          source: 'Le nombre de réunions collectives',
          reporters: ['epci'],
          periods: yearsFrom('2023'),
          unit: 'réunions',
        }),
        indicator({
          code: '3.2.a1.projets_soutenus',
          source: projectsAndPlacesLine,
          label: capitalise("le nombre de projets soutenus par type d'accueil"),
          reporters: [...facilityOwners],
          formation: byCompetence,
          periods: yearsFrom('2023'),
          unit: 'projets',
          breakdown: ['type_accueil'],
        }),
        indicator({
          code: '3.2.a1.places_creees',
          source: projectsAndPlacesLine,
          label: capitalise("le nombre de places créées par type d'accueil (EAJE, MAM....)"),
          reporters: [...facilityOwners],
          formation: byCompetence,
          periods: yearsFrom('2023'),
          unit: 'places',
          breakdown: ['type_accueil'],
        }),
        indicator({
          code: '3.2.a1.cout_financier',
          source: costSharingLine,
          label: costLabel,
          note: costNote,
          reporters: [...facilityOwners],
          periods: yearsFrom('2023'),
          type: 'amount',
          unit: '€',
          bounds: { min: 0 },
          breakdown: ['financeur'],
          formation: { ...byCompetence, shares: true },
        }),
        indicator({
          code: '3.2.a1.places_fermees',
          source: 'Le nombre de places fermées (EAJE, MAM....)',
          reporters: [...facilityOwners],
          formation: byCompetence,
          periods: yearsFrom('2023'),
          unit: 'places',
          breakdown: ['type_accueil'],
        }),
      ]),
    },
    {
      number: 2,
      code: '3.2.a2',
      pilots: ['epci', 'caf'],
      milestones: [
        // « En 2024, lancement d'un appel à projets sur des solutions d'accueil en horaires atypiques. »
        { wording: "En 2024, lancement d'un appel à projets sur des solutions d'accueil en horaires atypiques", due: '2024-12-31' },
      ],
      title: 'Appel à projets sur des solutions d’accueil en horaires atypiques',
      description: ['En 2024, lancement d\'un appel à projets sur des solutions d\'accueil en horaires atypiques.'],
      start: 'en 2024',
      startPeriod: '2024',
      indicators: listedUnder({ fiche: '3.2', action: 2, part: 'Les indicateurs' }, [
        indicator({
          code: '3.2.a2.reponses_aap',
          source: "Le nombre de réponses à l'appel à projets spécifiques sur P2A",
          reporters: ['epci'],
          periods: yearsFrom('2024'),
          unit: 'réponses',
        }),
        indicator({
          code: '3.2.a2.projets_soutenus',
          source: projectsAndPlacesLineA2,
          label: capitalise("le nombre de projets soutenus par type d'accueil"),
          reporters: ['epci'],
          periods: yearsFrom('2024'),
          unit: 'projets',
          breakdown: ['type_accueil'],
        }),
        indicator({
          code: '3.2.a2.places_creees',
          source: projectsAndPlacesLineA2,
          label: capitalise("le nombre de places créées par type d'accueil"),
          reporters: ['epci'],
          periods: yearsFrom('2024'),
          unit: 'places',
          breakdown: ['type_accueil'],
        }),
        indicator({
          code: '3.2.a2.enfants_beneficiaires',
          source: "Le nombre d'enfants et de familles bénéficiaires de ces accueils atypiques",
          label: "Le nombre d'enfants bénéficiaires de ces accueils atypiques",
          reporters: ['epci'],
          periods: yearsFrom('2024'),
          unit: 'enfants',
        }),
        indicator({
          code: '3.2.a2.familles_beneficiaires',
          source: "Le nombre d'enfants et de familles bénéficiaires de ces accueils atypiques",
          label: 'Le nombre de familles bénéficiaires de ces accueils atypiques',
          reporters: ['epci'],
          periods: yearsFrom('2024'),
          unit: 'familles',
        }),
        indicator({
          code: '3.2.a2.cout_financier',
          source: costSharingLine,
          label: costLabel,
          note: costNote,
          reporters: ['epci'],
          periods: yearsFrom('2024'),
          type: 'amount',
          unit: '€',
          bounds: { min: 0 },
          breakdown: ['financeur'],
          formation: { kind: 'sum', shares: true },
        }),
      ]),
    },
  ],
};
