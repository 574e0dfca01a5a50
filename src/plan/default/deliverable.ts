/**
 * A deliverable (a charter signed, a map produced) is tracked as « Oui » / « Non » / « NC » plus
 * the date it was delivered, so that the rule « a deliverable marked oui has a date » can be
 * checked (see rules.ts). The date is a companion measure, not a new indicator of the convention:
 * it shares the convention line as its source.
 */
import type { Rule, RuleClause } from '../schema';
import { indicator, type IndicatorInput } from './indicator';

type DeliverableFields = Pick<IndicatorInput, 'code' | 'source' | 'reporters' | 'periods'> &
  Partial<Pick<IndicatorInput, 'label' | 'note'>>;

export function deliverable(fields: DeliverableFields): [IndicatorInput, IndicatorInput] {
  const status = indicator({ ...fields, type: 'deliverable', formation: { kind: 'latest' }, unit: undefined, bounds: undefined });
  const date = indicator({
    code: `${fields.code}_date`,
    source: fields.source,
    label: `Date de réalisation : ${status.label}`,
    reporters: fields.reporters,
    periods: fields.periods,
    type: 'date',
    formation: { kind: 'latest' },
    unit: undefined,
    bounds: undefined,
    note: 'Complète le livrable ci-dessus : à remplir lorsque le livrable est marqué « Oui ».',
  });
  return [status, date];
}

/**
 * The rule that goes with every deliverable: marked « oui » (1) ⇒ its date is filled in. Its
 * passage is the deliverable's own line (`label`), in the indicators of `where`'s action.
 */
export function deliverableRule(code: string, label: string, where: Omit<RuleClause, 'quote'>): Rule {
  return {
    id: `livrable-date.${code}`,
    when: `#{${code}} == 1`,
    left: `#{${code}}`,
    operator: 'pair',
    right: `#{${code}_date}`,
    missing: { left: 'skipIfAnyMissing', right: 'skipIfAnyMissing' },
    severity: 'error',
    message: `Le livrable « ${label} » est marqué « Oui » mais sa date de réalisation est vide.`,
    fix: 'Indiquez la date de réalisation (JJ/MM/AAAA), ou corrigez la réponse si le livrable n’est pas encore réalisé.',
    scope: 'total',
    clause: { ...where, quote: label },
  };
}
