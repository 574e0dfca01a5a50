/** Fiche action 3.1 : valoriser les métiers, les formations et les montées en compétence. */
import type { FicheInput } from './types';
import { indicator, listedUnder } from '../indicator';
import { deliverable } from '../deliverable';
import { yearsFrom } from '../periods';

export const fiche31: FicheInput = {
  number: '3.1',
  theme: { number: 3, label: 'La petite enfance, enfance, jeunesse' },
  title: 'Valoriser les métiers, les formations et les montées en compétence',
  shortTitle: 'Métiers, formations',
  context: [
    'Une pénurie du personnel qualifié,',
    'Une offre de formation insuffisante à proximité,',
    'Une méconnaissance et un manque de reconnaissance des différents métiers.',
  ],
  objectives: [
    'Reconnaitre ces professions, notamment leur « pénibilité » et améliorer les conditions de travail',
    'Communiquer sur la diversité des métiers Petite Enfance et Animation',
    "Favoriser l'accès aux formations et la montée en compétences du personnel",
  ],
  targetPublic: 'Tous les habitants et les acteurs du territoire',
  actions: [
    {
      number: 1,
      code: '3.1.a1',
      pilots: ['epci'],
      title: 'Améliorer les conditions de travail et salariales des professionnels',
      description: [
        'A partir de 2023 : au niveau de P2A, développer la GPEC (gestion prévisionnelle des emplois et des compétences) pour anticiper les besoins et pallier les arrêts maladie (cette démarche serait, si possible, à dupliquer par chaque employeur).',
        "A partir de 2024 : sur le secteur de l'animation, créer une charte locale (P2A).",
      ],
      start: 'à partir de 2023 (GPEC), à partir de 2024 (charte)',
      startPeriod: '2023',
      indicators: listedUnder({ fiche: '3.1', action: 1, part: 'Les indicateurs' }, [
        // « par employeur »: every employer (the EPCI, each commune, each partner association)
        // reports its own figure in its own workbook, so the respondent is the employer.
        indicator({
          code: '3.1.a1.jours_arret_travail',
          source:
            'Nombre de jours « arrêts de travail » et son évolution par employeur. *Cet indicateur permettrait d\'affiner un diagnostic et proposer un accompagnement spécifique.*',
          label: 'Nombre de jours « arrêts de travail » et son évolution par employeur',
          note: "Cet indicateur permettrait d'affiner un diagnostic et proposer un accompagnement spécifique.",
          reporters: ['epci', 'commune', 'partner'],
          // « par employeur »: each employer counts the days of its own staff, so the parts are distinct.
          formation: { kind: 'distinctSum', split: 'Chaque employeur déclare les jours d’arrêt de travail de son propre personnel.' },
          periods: yearsFrom('2023'),
          unit: 'jours',
          trackEvolution: true,
        }),
        ...deliverable({
          code: '3.1.a1.charte_animation',
          source: 'Signature de la charte locale « animation »',
          reporters: ['epci'],
          periods: yearsFrom('2024'),
        }),
      ]),
    },
    {
      number: 2,
      code: '3.1.a2',
      pilots: ['epci', 'caf'],
      milestones: [
        // « Printemps 2024 : Organiser un forum des métiers … » ; « Printemps 2024 : Identifier des « Ambassadeurs » … »:
        // spring ends on 20 June.
        { wording: "Printemps 2024 : Organiser un forum des métiers Petite Enfance & Animation à l'échelle du territoire P2A", due: '2024-06-20' },
        { wording: 'Printemps 2024 : Identifier des « Ambassadeurs » pour intervenir dans les établissements scolaires', due: '2024-06-20' },
      ],
      title: 'Faire connaître les différents métiers et renforcer leur attractivité',
      description: [
        "Dès 2023 : développer le partenariat avec l'IRTS et les organismes de formations",
        'Printemps 2024 : organiser un forum des métiers Petite Enfance & Animation à l’échelle du territoire P2A',
        'Printemps 2024 : identifier des « Ambassadeurs » pour intervenir dans les établissements scolaires',
      ],
      start: 'dès 2023 ; printemps 2024',
      startPeriod: '2023',
      indicators: listedUnder({ fiche: '3.1', action: 2, part: 'Les indicateurs' }, [
        indicator({
          code: '3.1.a2.rencontres_irts_of',
          source: "Nombre de rencontres avec l'IRTS et les organismes de formations",
          reporters: ['epci'],
          periods: yearsFrom('2023'),
          unit: 'rencontres',
        }),
        indicator({
          code: '3.1.a2.participants_forum',
          source: 'Nombre de participants au forum des métiers',
          reporters: ['epci'],
          periods: yearsFrom('2024'),
          unit: 'participants',
        }),
        indicator({
          code: '3.1.a2.ambassadeurs',
          source: "Nombre d'ambassadeurs",
          reporters: ['epci'],
          periods: yearsFrom('2024'),
          unit: 'ambassadeurs',
        }),
        indicator({
          code: '3.1.a2.interventions_ambassadeurs',
          source: 'Nombre d\'interventions des ambassadeurs',
          reporters: ['epci'],
          periods: yearsFrom('2024'),
          unit: 'interventions',
        }),
      ]),
    },
    {
      number: 3,
      code: '3.1.a3',
      pilots: ['epci'],
      milestones: [
        // « En 2023 : Identifier les organismes de formation (OF) en proximité … ».
        { wording: 'En 2023 : Identifier les organismes de formation (OF) en proximité pour développer des partenariats', due: '2023-12-31' },
      ],
      title: 'Valoriser la montée en compétences des professionnels',
      description: [
        'En 2023 : identifier les organismes de formation (OF) en proximité pour développer des partenariats.',
        "En 2024 et à la suite du forum : proposer des temps d'immersion au sein des structures aux jeunes en recherche d'emploi.",
        "Dès 2024 : encourager les parcours de validation des acquis de l'expérience (VAE).",
      ],
      start: 'en 2023 ; dès 2024 (VAE)',
      startPeriod: '2023',
      indicators: listedUnder({ fiche: '3.1', action: 3, part: "Les indicateurs d'évaluation" }, [
        ...deliverable({
          code: '3.1.a3.cartographie_of',
          source: 'Cartographie des OF',
          reporters: ['epci'],
          periods: yearsFrom('2023'),
        }),
        indicator({
          code: '3.1.a3.rencontres_of',
          source: 'Nombre de rencontres avec les OF',
          reporters: ['epci'],
          periods: yearsFrom('2023'),
          unit: 'rencontres',
        }),
        indicator({
          code: '3.1.a3.vae',
          source: 'Nombre de VAE (en cours, réussies ou arrêtées) et son évolution',
          reporters: ['epci'],
          periods: yearsFrom('2024'),
          unit: 'VAE',
          breakdown: ['statut_vae'],
          trackEvolution: true,
        }),
      ]),
    },
  ],
};
