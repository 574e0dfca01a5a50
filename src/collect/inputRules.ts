/**
 * Excel's own data validation for each indicator type, with an input message and error alert
 * (their words: src/i18n/workbookWords.ts). Every cell also accepts « NC » (non concerné), so
 * numeric rules are custom formulas: Excel's whole-number rule would refuse the text.
 */
import { collectionWords } from '../i18n/workbookWords';
import type { Indicator, Period } from '../plan/schema';
import { selfCell, type InputRule } from '../workbook/spec';

const words = collectionWords.input;

/** `OR(<condition>, « NC »)` — written for the rule's top-left cell; Excel shifts it for the others. */
function orNc(cell: string, condition: string): string {
  return `OR(${condition},UPPER(TRIM(${cell}))="NC")`;
}

function dateOf(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `DATE(${y},${m},${d})`;
}

export type Said = { title: string; text: string };

/** Excel's input message, and its alert as a stop: a value of the wrong type is refused, not merely warned about. */
export function inputMessages(prompt: Said, error: Said): { prompt: Said; error: Said & { style: 'stop' } } {
  return { prompt: { title: prompt.title, text: prompt.text }, error: { title: error.title, text: error.text, style: 'stop' } };
}

function bound(value: number | undefined, fallback: number): number {
  return value ?? fallback;
}

export function inputRuleFor(indicator: Indicator, period: Period): InputRule {
  const cell = selfCell;
  const min = indicator.bounds?.min;
  const max = indicator.bounds?.max;
  const maxClause = (ref: string) => (max !== undefined ? `,${ref}<=${max}` : '');
  const base = { allowBlank: true } as const;
  const range = { min: bound(min, 0), ...(max !== undefined ? { max } : {}) };
  switch (indicator.type) {
    case 'integer':
      return {
        ...base,
        kind: 'custom',
        formula: orNc(cell, `AND(ISNUMBER(${cell}),${cell}=INT(${cell}),${cell}>=${bound(min, 0)}${maxClause(cell)})`),
        ...inputMessages({ title: words.integer.prompt.title, text: words.integer.prompt.text(range) }, { title: words.integer.error.title, text: words.integer.error.text(range) }),
      };
    case 'decimal':
    case 'amount': {
      const amount = indicator.type === 'amount';
      return {
        ...base,
        kind: 'custom',
        formula: orNc(cell, `AND(ISNUMBER(${cell}),${cell}>=${bound(min, 0)}${maxClause(cell)})`),
        ...inputMessages({ title: words.decimal.prompt.title(amount), text: words.decimal.prompt.text(amount) }, { title: words.decimal.error.title, text: words.decimal.error.text(range) }),
      };
    }
    case 'percentage':
      return {
        ...base,
        kind: 'custom',
        formula: orNc(cell, `AND(ISNUMBER(${cell}),${cell}>=${bound(min, 0)},${cell}<=${bound(max, 1)})`),
        ...inputMessages(words.percentage.prompt, words.percentage.error),
      };
    case 'date':
      return {
        ...base,
        kind: 'custom',
        formula: orNc(cell, `AND(ISNUMBER(${cell}),${cell}>=${dateOf(period.start)},${cell}<=${dateOf(period.end)})`),
        ...inputMessages({ title: words.date.prompt.title, text: words.date.prompt.text(period.start, period.end) }, { title: words.date.error.title, text: words.date.error.text(period.start, period.end) }),
      };
    case 'yesNo':
    case 'deliverable':
      return {
        ...base,
        kind: 'list',
        options: ['Oui', 'Non', 'NC'],
        ...inputMessages({ title: words.yesNo.prompt.title(indicator.type === 'deliverable'), text: words.yesNo.prompt.text(indicator.type === 'deliverable') }, { title: words.yesNo.error.title, text: words.yesNo.error.text }),
      };
    case 'choice':
      return {
        ...base,
        kind: 'listRange',
        // The options live on the hidden « _listes » sheet (an inline list is limited to 255 characters).
        source: listRangeName(indicator.list ?? ''),
        ...inputMessages(words.choice.prompt, words.choice.error),
      };
    case 'text':
      return {
        ...base,
        kind: 'textLength',
        max: 2000,
        ...inputMessages(words.text.prompt, words.text.error),
      };
  }
}

/** The defined name of a choice list's options: letters, digits, « _ » and « . » only, as Excel requires. */
export function listRangeName(listId: string): string {
  return `_listes_${listId.replace(/[^A-Za-z0-9_.]/g, '_')}`;
}

export const commentRule: InputRule = {
  kind: 'textLength',
  max: 2000,
  allowBlank: true,
  ...inputMessages(words.comment.prompt, words.comment.error),
};
