/**
 * The corpus, part 1: what is typed in a cell. Each refusal of the issue (text for a number, a
 * negative count, a decimal in a whole number, more than 100 %, a date outside its period, a
 * value outside the plan's bounds or its periods, a choice not in the list, a formula, an error
 * value) and each accepted French way of typing, each at its cell, nothing else reported.
 */
import type { Case } from './corpus';
import { expectFindings, runCase } from './corpus';
import { valuesOf } from './support';

const A = '3.2.a1.reunions_collectives';

const cases: Case[] = [
  // --- refused values (errors) ---
  { name: 'text where a number is expected', alter: (_w, at) => void (at(A, '2024').value = 'beaucoup'), expect: [{ code: 'not_a_number', at: [A, '2024'] }], status: 'errors' },
  { name: 'a negative count', alter: (_w, at) => void (at(A, '2024').value = -4), expect: [{ code: 'negative_count', at: [A, '2024'] }] },
  { name: 'a decimal in a whole-number cell', alter: (_w, at) => void (at('3.2.a1.projets', '2024', 'eaje').value = 2.5), expect: [{ code: 'not_whole_number', at: ['3.2.a1.projets', '2024', 'eaje'] }] },
  { name: 'a percentage above 100 %', plan: 'variant', alter: (_w, at) => void (at('3.2.a1.repartition_cout', '2024', 'familles').value = 1.35), expect: [{ code: 'percentage_above_100', at: ['3.2.a1.repartition_cout', '2024', 'familles'] }] },
  { name: '30 typed for 30 % (3 000 %)', plan: 'variant', alter: (_w, at) => void (at('3.2.a1.repartition_cout', '2023', 'familles').value = 30), expect: [{ code: 'percentage_above_100', at: ['3.2.a1.repartition_cout', '2023', 'familles'] }] },
  {
    name: 'a date outside its period',
    alter: (_w, at) => void (at('3.1.a3.cartographie_of_date', '2024').value = new Date(Date.UTC(2023, 5, 15))),
    expect: [{ code: 'date_out_of_period', at: ['3.1.a3.cartographie_of_date', '2024'] }],
  },
  { name: 'text where a date is expected', alter: (_w, at) => void (at('3.1.a3.cartographie_of_date', '2025').value = 'bientôt'), expect: [{ code: 'not_a_date', at: ['3.1.a3.cartographie_of_date', '2025'] }] },
  { name: 'a negative decimal (below the minimum)', alter: (_w, at) => void (at('1.1.etp_coordination', '2024', 'seyne').value = -1), expect: [{ code: 'below_minimum', at: ['1.1.etp_coordination', '2024', 'seyne'] }] },
  { name: 'a value above the plan’s maximum', plan: 'variant', alter: (_w, at) => void (at(A, '2024').value = 80), expect: [{ code: 'above_maximum', at: [A, '2024'] }] },
  {
    name: 'a value in a period where the indicator does not apply',
    alter: (w, at) => {
      const cell = at(A, '2024');
      w.getWorksheet(cell.worksheet.name)!.getCell(`D${cell.row}`).value = 5;
    },
    expect: (g) => [{ code: 'value_in_inapplicable_period', sheet: inputOfSheet(g), cell: `D${Number(cellOf(g, A, '2024').slice(1))}` }],
  },
  { name: 'an answer not in the yes/no list', alter: (_w, at) => void (at('3.1.a3.cartographie_of', '2024').value = 'Peut-être'), expect: [{ code: 'not_in_list', at: ['3.1.a3.cartographie_of', '2024'] }] },
  { name: 'a choice not in the list', plan: 'variant', alter: (_w, at) => void (at('1.1.thematique_principale', '2024').value = 'Le sport'), expect: [{ code: 'not_in_list', at: ['1.1.thematique_principale', '2024'] }] },
  { name: 'a formula typed in an input cell (cached value used)', alter: (_w, at) => void (at(A, '2024').value = { formula: '2+3', result: 5 } as never), expect: [{ code: 'formula_in_input', at: [A, '2024'] }], status: 'warnings', then: (r) => expect(valuesOf(r)[`${A}|2024|`]).toBe('value:5') },
  { name: 'a formula with no cached value', alter: (_w, at) => void (at(A, '2024').value = { formula: 'E13*2' } as never), expect: [{ code: 'formula_uncached', at: [A, '2024'] }] },
  { name: 'an error value (#DIV/0!)', alter: (_w, at) => void (at(A, '2024').value = { error: '#DIV/0!' } as never), expect: [{ code: 'error_value', at: [A, '2024'] }] },
  { name: 'an error value (#REF!) in a broken-down cell', alter: (_w, at) => void (at('3.2.a1.places_creees', '2024', 'mam').value = { error: '#REF!' } as never), expect: [{ code: 'error_value', at: ['3.2.a1.places_creees', '2024', 'mam'] }] },
  { name: 'a required indicator left empty', plan: 'variant', alter: (_w, at) => void (at(A, '2024').value = null), expect: [{ code: 'required_missing', at: [A, '2024'] }] },

  // --- accepted, normalised (information only) ---
  {
    name: '« 1 234 » with non-breaking, narrow and thin spaces',
    alter: (_w, at) => {
      at('3.1.a1.jours_arret_travail', '2023').value = '1\u00a0234';
      at('3.1.a1.jours_arret_travail', '2024').value = '1\u202f234';
      at('3.1.a1.jours_arret_travail', '2025').value = '1\u2009234';
    },
    expect: [
      { code: 'number_from_text', at: ['3.1.a1.jours_arret_travail', '2023'] },
      { code: 'number_from_text', at: ['3.1.a1.jours_arret_travail', '2024'] },
      { code: 'number_from_text', at: ['3.1.a1.jours_arret_travail', '2025'] },
    ],
    status: 'ok',
    then: (r) => expect(valuesOf(r)['3.1.a1.jours_arret_travail|2024|']).toBe('value:1234'),
  },
  {
    name: '« 1,5 » and « 1 234,5 »: decimal commas, numbers stored as text, leading and trailing spaces',
    alter: (_w, at) => {
      at('1.1.etp_coordination', '2024', 'digne').value = ' 1,5 ';
      at('1.1.etp_charge_cooperation', '2024', 'logement').value = '1,5';
    },
    expect: [
      { code: 'number_from_text', at: ['1.1.etp_coordination', '2024', 'digne'] },
      { code: 'number_from_text', at: ['1.1.etp_charge_cooperation', '2024', 'logement'] },
    ],
    then: (r) => expect(valuesOf(r)['1.1.etp_coordination|2024|digne']).toBe('value:1.5'),
  },
  {
    name: '« 12,5 % » typed as text in a percentage cell',
    plan: 'variant',
    alter: (_w, at) => {
      at('3.2.a1.repartition_cout', '2024', 'familles').value = '12,5 %';
      at('3.2.a1.repartition_cout', '2024', 'partenaires').value = '87,5\u00a0%';
    },
    expect: [
      { code: 'percentage_from_text', at: ['3.2.a1.repartition_cout', '2024', 'familles'] },
      { code: 'percentage_from_text', at: ['3.2.a1.repartition_cout', '2024', 'partenaires'] },
    ],
    then: (r) => expect(valuesOf(r)['3.2.a1.repartition_cout|2024|familles']).toBe('value:0.125'),
  },
  {
    name: '« oui », « X », « non » for yes/no',
    alter: (w, at) => {
      at('3.1.a3.cartographie_of', '2023').value = 'oui';
      at('3.1.a3.cartographie_of', '2024').value = 'X';
      at('3.1.a1.charte_animation', '2024').value = ' non';
      at('3.1.a1.charte_animation_date', '2024').value = null;
      void w;
    },
    expect: [
      { code: 'yes_no_from_text', at: ['3.1.a3.cartographie_of', '2023'] },
      { code: 'yes_no_from_text', at: ['3.1.a3.cartographie_of', '2024'] },
      { code: 'yes_no_from_text', at: ['3.1.a1.charte_animation', '2024'] },
    ],
    then: (r) => {
      expect(valuesOf(r)['3.1.a3.cartographie_of|2024|']).toBe('value:true');
      expect(valuesOf(r)['3.1.a1.charte_animation|2024|']).toBe('value:false');
    },
  },
  {
    name: '« non concerné », « n.c. », « NC »',
    alter: (_w, at) => {
      at(A, '2023').value = 'non concerné';
      at(A, '2024').value = 'n.c.';
      at(A, '2025').value = 'NC';
    },
    expect: [
      { code: 'nc_from_text', at: [A, '2023'] },
      { code: 'nc_from_text', at: [A, '2024'] },
    ],
    then: (r) => expect([`${A}|2023|`, `${A}|2024|`, `${A}|2025|`].map((k) => valuesOf(r)[k])).toEqual(['nc', 'nc', 'nc']),
  },
  {
    name: '« 15/03/2024 » typed as text',
    alter: (_w, at) => void (at('3.1.a3.cartographie_of_date', '2024').value = '15/03/2024'),
    expect: [{ code: 'date_from_text', at: ['3.1.a3.cartographie_of_date', '2024'] }],
    then: (r) => expect(valuesOf(r)['3.1.a3.cartographie_of_date|2024|']).toBe('value:"2024-03-15"'),
  },
  {
    name: 'an Excel date serial in a cell without date format',
    alter: (_w, at) => {
      const cell = at('3.1.a3.cartographie_of_date', '2024');
      cell.value = 45366;
      // A style of its own: ExcelJS shares style objects between the cells it read.
      cell.style = { ...cell.style, numFmt: 'General' };
    },
    expect: [{ code: 'date_from_serial', at: ['3.1.a3.cartographie_of_date', '2024'] }],
    then: (r) => expect(valuesOf(r)['3.1.a3.cartographie_of_date|2024|']).toBe('value:"2024-03-15"'),
  },
  { name: '« 1 200 € » in an amount cell', who: 'caf', alter: (_w, at) => void (at('2.2.a1.montant_moyen_droits', '2024').value = '1 200 €'), expect: [{ code: 'amount_from_text', at: ['2.2.a1.montant_moyen_droits', '2024'] }], then: (r) => expect(valuesOf(r)['2.2.a1.montant_moyen_droits|2024|']).toBe('value:1200') },
  { name: 'leading and trailing spaces in a text', who: 'caf', alter: (_w, at) => void (at('6.1.questionnaires_resultats', '2024').value = '  Bilan en cours  '), expect: [{ code: 'spaces_trimmed', at: ['6.1.questionnaires_resultats', '2024'] }], then: (r) => expect(valuesOf(r)['6.1.questionnaires_resultats|2024|']).toBe('value:"Bilan en cours"') },
  { name: 'a choice typed in lower case', plan: 'variant', alter: (_w, at) => void (at('1.1.thematique_principale', '2024').value = 'la petite enfance, l’enfance et la jeunesse'), expect: [{ code: 'choice_from_text', at: ['1.1.thematique_principale', '2024'] }], then: (r) => expect(valuesOf(r)['1.1.thematique_principale|2024|']).toBe('value:"enfance-jeunesse"') },
  { name: 'a boolean TRUE in a yes/no cell, taken as is', alter: (_w, at) => void (at('3.1.a3.cartographie_of', '2024').value = true), expect: [], status: 'ok', then: (r) => expect(valuesOf(r)['3.1.a3.cartographie_of|2024|']).toBe('value:true') },
];

function cellOf(g: import('./support').Generated, code: string, period: string): string {
  return g.inputs.find((c) => c.code === code && c.period === period)!.cell;
}
function inputOfSheet(g: import('./support').Generated): string {
  return g.inputs.find((c) => c.code === A)!.sheet;
}

describe('returns corpus: cells', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { result, generated } = await runCase(c);
    expectFindings(result, c, generated);
    await c.then?.(result, generated);
  });
});
