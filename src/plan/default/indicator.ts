/**
 * A compact way to write the default plan's indicators: most are yearly counts of one kind of
 * respondent, each reporting its own, summed over the territory — so those are the defaults; every other choice is spelled out where it is made.
 */
import type * as z from '../zod';
import type { Clause, indicatorSchema } from '../schema';

export type IndicatorInput = z.input<typeof indicatorSchema>;

type Required = Pick<IndicatorInput, 'code' | 'source' | 'reporters' | 'periods'>;

/**
 * `label` defaults to the convention's line without its closing punctuation, so that the sheet
 * shows the measure exactly as the convention words it.
 */
export function indicator(fields: Required & Partial<IndicatorInput>): IndicatorInput {
  return {
    label: fields.source.replace(/[\s.,;:]+$/u, ''),
    type: 'integer',
    unit: fields.type === undefined || fields.type === 'integer' ? 'nombre' : undefined,
    formation: { kind: 'sum' },
    bounds: fields.type === undefined || fields.type === 'integer' ? { min: 0 } : undefined,
    ...fields,
  };
}

/** « Le nombre de participants » → « Le nombre de participants » with a capital first letter. */
export function capitalise(fragment: string): string {
  return fragment.charAt(0).toLocaleUpperCase('fr-FR') + fragment.slice(1);
}

/**
 * The indicators a heading of the convention lists, each recording that clause: where its line
 * stands in the text (fiche, action, heading), next to the line itself in `source`.
 */
export function listedUnder(clause: Clause, indicators: IndicatorInput[]): IndicatorInput[] {
  return indicators.map((i) => ({ ...i, clause }));
}
