/**
 * Cross-indicator rules the convention implies. Each names the clause it comes from.
 * Percentages are fractions (100 % is 1), as in Excel.
 */
import type { Rule } from '../schema';
import { deliverableRule } from './deliverable';

const skipIfAny = { left: 'skipIfAnyMissing', right: 'skipIfAnyMissing' } as const;

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
  },
  {
    // FA 3.2 action 2: the projects supported come from the answers to the call for projects.
    id: 'fa32.projets-soutenus-inf-reponses-aap',
    left: '#{3.2.a2.projets_soutenus}',
    operator: '<=',
    right: '#{3.2.a2.reponses_aap}',
    missing: skipIfAny,
    severity: 'error',
    message: 'Le nombre de projets soutenus dépasse le nombre de réponses à l’appel à projets.',
    fix: 'Vérifiez les deux nombres : un projet soutenu est une réponse retenue à l’appel à projets.',
    scope: 'total',
  },
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
  },
  ...(['2.2.a1', '2.2.a3'] as const).map(
    (action): Rule => ({
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
    }),
  ),
  {
    // FA 3.1 action 2: interventions by ambassadors need ambassadors.
    id: 'fa31.interventions-sans-ambassadeur',
    when: '#{3.1.a2.interventions_ambassadeurs} > 0',
    left: '#{3.1.a2.ambassadeurs}',
    operator: '>=',
    right: '1',
    missing: skipIfAny,
    severity: 'warning',
    message: 'Des interventions d’ambassadeurs sont déclarées sans ambassadeur identifié.',
    fix: 'Indiquez le nombre d’ambassadeurs, ou corrigez le nombre d’interventions.',
    scope: 'total',
  },
  deliverableRule('2.1.a2.carte', 'La carte avec les coordonnées et les données essentielles'),
  deliverableRule('3.1.a1.charte_animation', 'Signature de la charte locale « animation »'),
  deliverableRule('3.1.a3.cartographie_of', 'Cartographie des OF'),
];
