/**
 * Cross-indicator rules the convention implies. Each names, in `clause`, the passage it enforces
 * (quoted verbatim; several passages are joined by « […] »).
 * Percentages are fractions (100 % is 1), as in Excel.
 *
 * What the text spreads over several years is checked on sums to date (`cumul(#{…})`), never
 * year by year: the « appel à projets » is launched in 2024 and answered by projects supported
 * in 2025, a project supported one year opens its places the next.
 */
import type { Rule } from '../schema';
import { deliverableRule } from './deliverable';

const skipIfAny = { left: 'skipIfAnyMissing', right: 'skipIfAnyMissing' } as const;
/** « Nothing to date » is a finding when the condition shows there should be something. */
const noneToDateIsZero = { left: 'missingAsZero', right: 'skipIfAnyMissing' } as const;

const projectsAndPlacesA1 = "Le nombre de projets soutenus et le nombre de places créées par type d'accueil (EAJE, MAM....)";
const projectsAndPlacesA2 = "Le nombre de projets soutenus et le nombre de places créées par type d'accueil";

export const defaultRules: Rule[] = [
  {
    // FA 3.2 action 1: « le nombre de projets soutenus » is a subset of « le nombre de projets ».
    id: 'fa32.projets-soutenus-inf-projets',
    left: '#{3.2.a1.projets_soutenus}',
    operator: '<=',
    right: '#{3.2.a1.projets}',
    missing: skipIfAny,
    severity: 'error',
    message: 'Le nombre de projets soutenus dépasse le nombre de projets recensés pour ce type d’accueil.',
    fix: 'Vérifiez les deux nombres : un projet soutenu doit aussi être compté parmi les projets recensés.',
    scope: 'member',
    clause: {
      fiche: '3.2',
      action: 1,
      part: 'Descriptif des actions et dates de mise en œuvre',
      quote: 'Dès 2023 et chaque année, recenser les projets en cours sur le territoire',
    },
  },
  {
    // FA 3.2 action 2: the projects supported answer the call for projects launched « en 2024 »;
    // projects supported in 2025 may answer the 2024 call, so the check is on sums to date.
    id: 'fa32.projets-soutenus-inf-reponses-aap',
    left: 'cumul(#{3.2.a2.projets_soutenus})',
    operator: '<=',
    right: 'cumul(#{3.2.a2.reponses_aap})',
    missing: skipIfAny,
    severity: 'error',
    message: 'Depuis le lancement de l’appel à projets, plus de projets soutenus que de réponses reçues.',
    fix: 'Vérifiez les nombres de cette année et des précédentes : chaque projet soutenu est une réponse à l’appel à projets, reçue cette année ou avant.',
    scope: 'total',
    clause: {
      fiche: '3.2',
      action: 2,
      part: 'Descriptif des actions et dates de mise en œuvre',
      quote: "En 2024, lancement d'un appel à projets sur des solutions d'accueil en horaires atypiques.",
    },
  },
  ...(
    [
      ['3.2.a1', 1, projectsAndPlacesA1],
      ['3.2.a2', 2, projectsAndPlacesA2],
    ] as const
  ).map(
    ([action, number, line]): Rule => ({
      // « Le nombre de projets soutenus et le nombre de places créées par type d'accueil »: places
      // of a type are created by a project of that type supported this year or before.
      id: `fa32.places-sans-projet-soutenu.${action}`,
      when: `#{${action}.places_creees} > 0`,
      left: `cumul(#{${action}.projets_soutenus})`,
      operator: '>=',
      right: '1',
      missing: noneToDateIsZero,
      severity: 'warning',
      message: 'Des places sont créées pour ce type d’accueil sans aucun projet soutenu de ce type, cette année ni avant.',
      fix: 'Indiquez le projet soutenu qui crée ces places (cette année ou l’année où il a été soutenu), ou corrigez le type d’accueil des places.',
      scope: 'member',
      clause: { fiche: '3.2', action: number, part: 'Les indicateurs', quote: line },
    }),
  ),
  {
    // FA 3.2 action 2: every family benefiting has at least one child benefiting.
    id: 'fa32.enfants-sup-familles',
    left: '#{3.2.a2.enfants_beneficiaires}',
    operator: '>=',
    right: '#{3.2.a2.familles_beneficiaires}',
    missing: skipIfAny,
    severity: 'warning',
    message: 'Moins d’enfants que de familles bénéficiaires des accueils atypiques.',
    fix: 'Vérifiez les deux nombres : chaque famille bénéficiaire compte au moins un enfant accueilli.',
    scope: 'total',
    clause: {
      fiche: '3.2',
      action: 2,
      part: 'Les indicateurs',
      quote: "Le nombre d'enfants et de familles bénéficiaires de ces accueils atypiques",
    },
  },
  ...(
    [
      ['2.2.a1', 1],
      ['2.2.a3', 3],
    ] as const
  ).map(
    ([action, number]): Rule => ({
      // FA 2.2: once rights were opened, their mean amount is known.
      id: `fa22.montant-si-droits.${action}`,
      when: `#{${action}.droits_ouverts} > 0`,
      left: `#{${action}.droits_ouverts}`,
      operator: 'pair',
      right: `#{${action}.montant_moyen_droits}`,
      missing: skipIfAny,
      severity: 'warning',
      message: 'Des droits ont été ouverts mais leur montant moyen n’est pas renseigné.',
      fix: 'Indiquez le montant moyen des droits ouverts (en euros), ou « NC » s’il n’est pas connu.',
      scope: 'total',
      clause: {
        fiche: '2.2',
        action: number,
        part: 'Indicateurs',
        quote: "Le nombre d'ouverture de nouveaux droits […] Le montant moyen des droits ouverts",
      },
    }),
  ),
  {
    // FA 3.1 action 2: interventions by ambassadors need ambassadors, identified « printemps
    // 2024 » and intervening in the years after: ambassadors are counted to date.
    id: 'fa31.interventions-sans-ambassadeur',
    when: '#{3.1.a2.interventions_ambassadeurs} > 0',
    left: 'cumul(#{3.1.a2.ambassadeurs})',
    operator: '>=',
    right: '1',
    missing: noneToDateIsZero,
    severity: 'warning',
    message: 'Des interventions d’ambassadeurs sont déclarées sans ambassadeur identifié, cette année ni avant.',
    fix: 'Indiquez le nombre d’ambassadeurs (l’année où ils ont été identifiés), ou corrigez le nombre d’interventions.',
    scope: 'total',
    clause: {
      fiche: '3.1',
      action: 2,
      part: 'Descriptif des actions et dates de mise en œuvre',
      quote: 'Printemps 2024 : Identifier des « Ambassadeurs » pour intervenir dans les établissements scolaires',
    },
  },
  {
    // FA 6.1: the Caf's social worker accompanies allocataires in « impayés locatifs »; the
    // accompaniments of a year are at most the allocataires in impayés that year. A warning, not
    // an error: one allocataire may be accompanied twice in a year.
    id: 'fa61.accompagnements-inf-allocataires-impayes',
    left: '#{6.1.accompagnements_impayes}',
    operator: '<=',
    right: '#{6.1.allocataires_impayes}',
    missing: skipIfAny,
    severity: 'warning',
    message: 'Plus d’accompagnements sociaux pour impayés locatifs que d’allocataires en situation d’impayés.',
    fix: 'Vérifiez les deux nombres : les accompagnements concernent des allocataires comptés en situation d’impayés locatifs la même année.',
    scope: 'total',
    clause: {
      fiche: '6.1',
      part: "Critères d'évaluation",
      quote: "Nombre d'allocataires en situation d'impayés ou de mal logement. […] Nombre d'accompagnement social pour les impayés locatifs.",
    },
  },
  {
    // FA 6.1: « Nombre de questionnaires de pré diagnostic envoyés, résultats. »: results come
    // from questionnaires sent, that year or before.
    id: 'fa61.resultats-sans-questionnaire',
    when: '#{6.1.questionnaires_resultats} == 1',
    left: 'cumul(#{6.1.questionnaires_envoyes})',
    operator: '>=',
    right: '1',
    missing: noneToDateIsZero,
    severity: 'error',
    message: 'Des résultats de questionnaires de pré diagnostic sont indiqués, mais aucun questionnaire envoyé, cette année ni avant.',
    fix: 'Indiquez le nombre de questionnaires envoyés (l’année de leur envoi), ou retirez les résultats.',
    scope: 'total',
    clause: {
      fiche: '6.1',
      part: "Critères d'évaluation",
      quote: 'Nombre de questionnaires de pré diagnostic envoyés, résultats.',
    },
  },
  deliverableRule('2.1.a2.carte', 'La carte avec les coordonnées et les données essentielles', {
    fiche: '2.1',
    action: 2,
    part: 'Indicateurs',
  }),
  deliverableRule('3.1.a1.charte_animation', 'Signature de la charte locale « animation »', {
    fiche: '3.1',
    action: 1,
    part: 'Les indicateurs',
  }),
  deliverableRule('3.1.a3.cartographie_of', 'Cartographie des OF', {
    fiche: '3.1',
    action: 3,
    part: "Les indicateurs d'évaluation",
  }),
];
