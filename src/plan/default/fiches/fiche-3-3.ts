/** Fiche action 3.3 : accompagner les projets en direction des jeunes (12-25 ans). */
import type { FicheInput } from './types';
import { indicator, listedUnder } from '../indicator';
import { conventionYears, yearsFrom } from '../periods';

const allYears = [...conventionYears];

/**
 * « Le nombre de rencontres avec les partenaires »: a meeting the EPCI and a commune hold together
 * would be counted by both. Each counts the meetings it organises, and a joint one is the EPCI's.
 */
const ownMeetings = {
  kind: 'distinctSum',
  split: 'Chaque répondant compte les rencontres qu’il organise ; une rencontre organisée avec l’EPCI n’est comptée que par l’EPCI.',
  shares: false,
} as const;

export const fiche33: FicheInput = {
  number: '3.3',
  theme: { number: 3, label: 'La petite enfance, enfance, jeunesse' },
  title: 'Accompagner les projets en direction des jeunes',
  shortTitle: 'Projets jeunes',
  context: [
    "Le diagnostic a mis en évidence un manque de structures et d'actions sur le territoire en direction des 12-25 ans.",
  ],
  objectives: ["Soutenir les jeunes de 12-25 ans dans leur parcours d'accès à l'autonomie."],
  targetPublic: 'Tous les habitants et les acteurs du territoire',
  actions: [
    {
      number: 1,
      code: '3.3.a1',
      pilots: ['caf'],
      title: 'Accompagner les projets PS jeunes du territoire',
      description: ["Dès 2023 : accompagner les projets PS jeunes du territoire et favoriser l'émergence de nouveaux projets."],
      start: 'dès 2023',
      startPeriod: '2023',
      indicators: listedUnder({ fiche: '3.3', action: 1, part: 'Les indicateurs' }, [
        indicator({
          code: '3.3.a1.rencontres_partenaires',
          source: 'Le nombre de rencontres avec les partenaires',
          reporters: ['epci', 'commune'],
          formation: ownMeetings,
          periods: yearsFrom('2023'),
          unit: 'rencontres',
        }),
        // Agreements (PS Jeunes) and the joint call for projects are decided by the Caf.
        indicator({
          code: '3.3.a1.projets_ps_jeunes',
          source: 'Le nombre de projets agréés PS Jeunes',
          reporters: ['caf'],
          periods: yearsFrom('2023'),
          unit: 'projets',
        }),
        indicator({
          code: '3.3.a1.projets_aap_conjoint',
          source: 'Le nombre de projets présentés à l\'« Appel à projet » conjoint SDJES/Politique de la Ville/CAF',
          reporters: ['caf'],
          periods: yearsFrom('2023'),
          unit: 'projets',
        }),
      ]),
    },
    {
      number: 2,
      code: '3.3.a2',
      pilots: ['commune'],
      title: 'Proposer un projet éducatif de territoire',
      description: [
        'Sur l\'appui du diagnostic réalisé dans le cadre de la présente convention, les territoires pourront proposer un projet éducatif de territoire.',
        'Ces nouveaux projets pourront associer les acteurs qui œuvrent dans le champ de la parentalité.',
      ],
      // The text gives this action no date (« les territoires pourront proposer un projet éducatif
      // de territoire »): its indicators are asked for every year of the convention.
      start: '',
      indicators: listedUnder({ fiche: '3.3', action: 2, part: 'Les indicateurs' }, [
        indicator({
          code: '3.3.a2.rencontres_partenaires',
          source: 'Le nombre de rencontres avec les partenaires',
          reporters: ['epci', 'commune'],
          formation: ownMeetings,
          periods: allYears,
          unit: 'rencontres',
        }),
        indicator({
          code: '3.3.a2.projets_educatifs',
          source: 'Le nombre de projets éducatifs de territoire',
          reporters: ['epci', 'commune'],
          // « les territoires pourront proposer un projet éducatif de territoire »: each project has one
          // bearer (a commune, or the EPCI for an intercommunal one), who alone reports it.
          formation: {
            kind: 'distinctSum',
            split: 'Chaque projet éducatif de territoire est déclaré par son seul porteur : la commune, ou l’EPCI pour un projet intercommunal.',
            shares: false,
          },
          periods: allYears,
          unit: 'projets',
        }),
      ]),
    },
  ],
};
