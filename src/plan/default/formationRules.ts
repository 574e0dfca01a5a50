/**
 * Rules that go with how fiche 6.1's figures are formed: « Nombre d'allocataires en situation
 * d'impayés ou de mal logement » counts each allocataire once (« ou »), so each situation is part
 * of it, and together they cover it.
 */
import type { Rule } from '../schema';

const skipIfAny = { left: 'skipIfAnyMissing', right: 'skipIfAnyMissing' } as const;
const union = '6.1.allocataires_impayes_ou_mal_logement';
/** The convention's line these rules enforce (fiche 6.1, « Critères d'évaluation »). */
const clause = { fiche: '6.1', part: "Critères d'évaluation", quote: "Nombre d'allocataires en situation d'impayés ou de mal logement." } as const;

export const formationRules: Rule[] = [
  ...(
    [
      ['6.1.allocataires_impayes', 'en situation d’impayés locatifs'],
      ['6.1.allocataires_mal_logement', 'en situation de mal logement'],
    ] as const
  ).map(
    ([code, situation]): Rule => ({
      id: `fa61.${code.slice(4)}-inf-ensemble`,
      left: `#{${code}}`,
      operator: '<=',
      right: `#{${union}}`,
      missing: skipIfAny,
      severity: 'error',
      message: `Le nombre d’allocataires ${situation} dépasse le nombre d’allocataires en situation d’impayés ou de mal logement.`,
      fix: 'Vérifiez les deux nombres : le total compte chaque allocataire une fois, quelle que soit sa situation, et ne peut pas être inférieur à l’une des deux.',
      scope: 'total',
      clause,
    }),
  ),
  {
    id: 'fa61.ensemble-inf-somme',
    left: `#{${union}}`,
    operator: '<=',
    right: '#{6.1.allocataires_impayes} + #{6.1.allocataires_mal_logement}',
    missing: skipIfAny,
    severity: 'warning',
    message: 'Plus d’allocataires en situation d’impayés ou de mal logement que d’allocataires dans l’une et l’autre situation réunies.',
    fix: 'Vérifiez les trois nombres : un allocataire compté dans le total est en impayés, en mal logement, ou les deux.',
    scope: 'total',
    clause,
  },
];
