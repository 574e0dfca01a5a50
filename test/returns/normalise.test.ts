/** One cell → a typed value, « NC », empty or invalid, with a note for every liberty taken. Table-driven. */
import { defaultPlan, type Indicator, type IndicatorType } from '../../src/plan';
import { normalise, type Normalised } from '../../src/returns';
import type { CellValue } from '../../src/workbook/grid';

const plan = defaultPlan();
const period = plan.periods.find((p) => p.id === '2024')!;
const list = plan.lists.find((l) => l.id === 'statut_vae')!;

function indicator(type: IndicatorType, bounds?: Indicator['bounds']): Indicator {
  return { code: 'x.y', label: 'X', source: 'X', type, breakdown: [], reporters: ['commune'], periods: ['2024'], required: false, formation: { kind: 'sum', shares: false }, trackEvolution: false, ...(bounds ? { bounds } : {}), ...(type === 'choice' ? { list: list.id } : {}) };
}

function run(type: IndicatorType, raw: CellValue, bounds?: Indicator['bounds']): Normalised {
  return normalise(raw, { indicator: indicator(type, bounds), period, list: type === 'choice' ? list : undefined });
}

/** [type, as typed, expected kind, value or error code, note codes] */
const table: Array<[IndicatorType, CellValue, Normalised['kind'], unknown, string[]]> = [
  // integers
  ['integer', 12, 'value', 12, []],
  ['integer', 0, 'value', 0, []],
  ['integer', '12', 'value', 12, ['number_from_text']],
  ['integer', ' 12 ', 'value', 12, ['number_from_text']],
  ['integer', '1 234', 'value', 1234, ['number_from_text']],
  ['integer', '1\u00a0234', 'value', 1234, ['number_from_text']],
  ['integer', '1\u202f234', 'value', 1234, ['number_from_text']],
  ['integer', '1\u2009234', 'value', 1234, ['number_from_text']],
  ['integer', '1.234.567,0', 'value', 1234567, ['number_from_text']],
  ['integer', 'beaucoup', 'invalid', 'not_a_number', []],
  ['integer', '12 %', 'invalid', 'not_a_number', []],
  ['integer', '12 €', 'invalid', 'not_a_number', []],
  ['integer', true, 'invalid', 'not_a_number', []],
  ['integer', -4, 'invalid', 'negative_count', []],
  ['integer', '−4', 'invalid', 'negative_count', ['number_from_text']],
  ['integer', 2.5, 'invalid', 'not_whole_number', []],
  ['integer', '2,5', 'invalid', 'not_whole_number', ['number_from_text']],
  ['integer', 'NC', 'nc', undefined, []],
  ['integer', 'nc', 'nc', undefined, ['nc_from_text']],
  ['integer', 'n.c.', 'nc', undefined, ['nc_from_text']],
  ['integer', 'N/C', 'nc', undefined, ['nc_from_text']],
  ['integer', 'Non concerné', 'nc', undefined, ['nc_from_text']],
  ['integer', ' non concernée ', 'nc', undefined, ['nc_from_text']],
  ['integer', null, 'empty', undefined, []],
  ['integer', '   ', 'empty', undefined, ['spaces_trimmed']],
  // decimals and amounts
  ['decimal', '1 234,5', 'value', 1234.5, ['number_from_text']],
  ['decimal', '0,25', 'value', 0.25, ['number_from_text']],
  ['decimal', ',5', 'value', 0.5, ['number_from_text']],
  ['decimal', '1,234.5', 'value', 1234.5, ['number_from_text']],
  ['decimal', -1, 'invalid', 'below_minimum', []],
  ['amount', '1 200 €', 'value', 1200, ['amount_from_text']],
  ['amount', '1 200,50€', 'value', 1200.5, ['amount_from_text']],
  ['amount', '€ 80', 'value', 80, ['amount_from_text']],
  ['amount', '350 euros', 'value', 350, ['amount_from_text']],
  ['amount', '1 200', 'value', 1200, ['number_from_text']],
  ['amount', '12 %', 'invalid', 'not_a_number', []],
  // percentages are fractions
  ['percentage', 0.125, 'value', 0.125, []],
  ['percentage', '12,5 %', 'value', 0.125, ['percentage_from_text']],
  ['percentage', '12,5%', 'value', 0.125, ['percentage_from_text']],
  ['percentage', '100 %', 'value', 1, ['percentage_from_text']],
  ['percentage', '0,3', 'value', 0.3, ['number_from_text']],
  ['percentage', 1.5, 'invalid', 'percentage_above_100', []],
  ['percentage', '150 %', 'invalid', 'percentage_above_100', ['percentage_from_text']],
  ['percentage', 30, 'invalid', 'percentage_above_100', []],
  ['percentage', -0.1, 'invalid', 'below_minimum', []],
  ['percentage', '12,5 €', 'invalid', 'not_a_number', []],
  // yes / no
  ['yesNo', 'Oui', 'value', true, []],
  ['yesNo', 'Non', 'value', false, []],
  ['yesNo', 'oui', 'value', true, ['yes_no_from_text']],
  ['yesNo', 'OUI ', 'value', true, ['yes_no_from_text']],
  ['yesNo', 'X', 'value', true, ['yes_no_from_text']],
  ['yesNo', 'x', 'value', true, ['yes_no_from_text']],
  ['yesNo', 'non', 'value', false, ['yes_no_from_text']],
  ['yesNo', true, 'value', true, []],
  ['yesNo', 1, 'value', true, ['yes_no_from_text']],
  ['deliverable', 'Peut-être', 'invalid', 'not_in_list', []],
  ['deliverable', 'NC', 'nc', undefined, []],
  // dates
  ['date', '2024-03-15', 'value', '2024-03-15', []],
  ['date', '2024-03-15T10:30:00', 'value', '2024-03-15', []],
  ['date', '15/03/2024', 'value', '2024-03-15', ['date_from_text']],
  ['date', '5/3/2024', 'value', '2024-03-05', ['date_from_text']],
  ['date', '15.03.24', 'value', '2024-03-15', ['date_from_text']],
  ['date', 45366, 'value', '2024-03-15', ['date_from_serial']],
  ['date', '31/02/2024', 'invalid', 'not_a_date', []],
  ['date', 'mars 2024', 'invalid', 'not_a_date', []],
  ['date', '15/03/2023', 'invalid', 'date_out_of_period', ['date_from_text']],
  ['date', '2025-01-01', 'invalid', 'date_out_of_period', []],
  // text and choices
  ['text', 'Bilan', 'value', 'Bilan', []],
  ['text', '  Bilan  ', 'value', 'Bilan', ['spaces_trimmed']],
  ['text', 42, 'value', '42', []],
  ['text', '=1+1', 'value', '=1+1', []],
  ['text', 'x'.repeat(2001), 'value', 'x'.repeat(2001), ['text_too_long']],
  // More than an Excel cell holds (32 767): refused, never taken into the consolidation.
  ['text', 'x'.repeat(32_768), 'invalid', 'text_too_long', []],
  ['text', 'x'.repeat(32_767), 'value', 'x'.repeat(32_767), ['text_too_long']],
  ['choice', 'Réussie', 'value', 'reussie', []],
  ['choice', 'reussie', 'value', 'reussie', ['choice_from_text']],
  ['choice', 'REUSSIE', 'value', 'reussie', ['choice_from_text']],
  ['choice', 'Abandonnée', 'invalid', 'not_in_list', []],
];

describe('normalise', () => {
  it.each(table)('%s %j → %s %j', (type, raw, kind, expected, notes) => {
    const result = run(type, raw);
    expect(result.kind).toBe(kind);
    if (result.kind === 'value') expect(result.value).toEqual(expected);
    if (result.kind === 'invalid') expect(result.code).toBe(expected);
    expect(result.notes.map((n) => n.code)).toEqual(notes);
  });

  it.each([
    [{ min: 0, max: 50 }, 51, 'above_maximum'],
    [{ min: 10 }, 9, 'below_minimum'],
    [{ min: -5 }, -3, undefined],
  ] as const)('applies the plan’s bounds %j to %d', (bounds, value, code) => {
    const result = run('integer', value, bounds);
    expect(result.kind === 'invalid' ? result.code : undefined).toBe(code);
  });

  it('a text over 32 767 characters is an error, not a warning', () => {
    expect(run('text', 'x'.repeat(40_000))).toMatchObject({ kind: 'invalid', code: 'text_too_long', severity: 'error', params: { length: 40_000, max: 32_767 } });
  });

  it('keeps what was typed in the note, for the message', () => {
    const result = run('percentage', '12,5 %');
    expect(result.notes).toEqual([{ code: 'percentage_from_text', params: { text: '12,5 %', read: 0.125 } }]);
  });
});
