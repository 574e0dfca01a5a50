/** Fiche action 1.1 : la coordination. Its four indicators follow both actions: fiche-level. */
import type { FicheInput } from './types';
import { indicator, listedUnder } from '../indicator';
import { conventionYears, yearsFrom } from '../periods';

export const fiche11: FicheInput = {
  number: '1.1',
  theme: { number: 1, label: 'La coordination territoriale' },
  title: 'La coordination',
  shortTitle: 'Coordination',
  context: [
    "Afin de soutenir le déploiement de la convention territoriale globale et la mise en œuvre du plan d'actions, la mise en place d'une fonction de chargé de coopération CTG et des coordinations locales sont indispensables.",
  ],
  objectives: [
    'Mettre en œuvre les orientations stratégiques des collectivités locales en matière de développement et de redynamisation des territoires.',
    'Assurer la coordination des actions menées et fédérer les professionnels.',
    "Favoriser l'interconnaissance et la connaissance du territoire.",
    'Développer la mise en réseau des acteurs du territoire.',
  ],
  targetPublic: 'Tous les habitants et les acteurs du territoire',
  actions: [
    {
      number: 1,
      code: '1.1.a1',
      pilots: ['epci'],
      title: 'Étudier la création d’une fonction de chargé de coopération CTG',
      description: [
        "Étudier la possibilité de créer une fonction de chargé de coopération CTG, au niveau de P2A, dont les missions comprendraient notamment l'animation du réseau des partenaires, la coordination des actions, la mise en œuvre du plan d'action, etc.",
      ],
      start: '',
    },
    {
      number: 2,
      code: '1.1.a2',
      pilots: ['epci'],
      milestones: [
        // « un groupe de travail se réunira en 2023 » ; « La mise en place devra être effective courant 2024 ».
        { wording: 'un groupe de travail se réunira en 2023', due: '2023-12-31' },
        { wording: 'La mise en place devra être effective courant 2024', due: '2024-12-31' },
      ],
      title: 'Identifier un coordinateur sur chaque bassin de vie',
      description: [
        "Engager une réflexion autour de l'identification d'un coordinateur sur chaque bassin de vie pour faire le lien avec un éventuel chargé de coopération CTG (en s'appuyant sur les équipements EVS et CS...)",
        'Un groupe de travail se réunira en 2023 afin de finaliser l’organisation de cette coordination. La mise en place devra être effective courant 2024.',
      ],
      start: 'en 2023 (groupe de travail), mise en place effective courant 2024',
      startPeriod: '2023',
    },
  ],
  indicators: listedUnder({ fiche: '1.1', part: 'Les indicateurs' }, [
    indicator({
      code: '1.1.reunions_groupe_travail',
      source: 'Le nombre de réunions du groupe de travail',
      reporters: ['epci'],
      periods: yearsFrom('2023'),
      unit: 'réunions',
    }),
    indicator({
      code: '1.1.participants_groupe_travail',
      source: 'Les participants au groupe de travail',
      label: 'Les participants au groupe de travail (nombre)',
      reporters: ['epci'],
      periods: yearsFrom('2023'),
      unit: 'participants',
      note: 'Le nombre de participants ; la liste des structures peut être portée en commentaire.',
    }),
    // Action 1 (« Étudier la possibilité de créer une fonction de chargé de coopération CTG ») has
    // no date in the text: asked every year. The working group and the coordination of action 2
    // start « en 2023 ».
    indicator({
      code: '1.1.etp_charge_cooperation',
      source: 'Le nombre d\'ETP « chargé de coopération CTG » en fonction des thématiques',
      reporters: ['epci'],
      periods: [...conventionYears],
      type: 'decimal',
      unit: 'ETP',
      bounds: { min: 0 },
      breakdown: ['thematique'],
    }),
    indicator({
      code: '1.1.etp_coordination',
      source: 'Le nombre d\'ETP « coordination » et leurs répartitions territoriales',
      reporters: ['epci'],
      periods: yearsFrom('2023'),
      type: 'decimal',
      unit: 'ETP',
      bounds: { min: 0 },
      breakdown: ['territoire'],
    }),
  ]),
};
