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
        prompt: { title: words.integer.prompt.title, text: words.integer.prompt.text(range) },
        error: { title: words.integer.error.title, text: words.integer.error.text(range), style: 'stop' },
      };
    case 'decimal':
    case 'amount': {
      const amount = indicator.type === 'amount';
      return {
        ...base,
        kind: 'custom',
        formula: orNc(cell, `AND(ISNUMBER(${cell}),${cell}>=${bound(min, 0)}${maxClause(cell)})`),
        prompt: { title: words.decimal.prompt.title(amount), text: words.decimal.prompt.text(amount) },
        error: { title: words.decimal.error.title, text: words.decimal.error.text(range), style: 'stop' },
      };
    }
    case 'percentage':
      return {
        ...base,
        kind: 'custom',
        formula: orNc(cell, `AND(ISNUMBER(${cell}),${cell}>=${bound(min, 0)},${cell}<=${bound(max, 1)})`),
        prompt: { title: words.percentage.prompt.title, text: words.percentage.prompt.text },
        error: { title: words.percentage.error.title, text: words.percentage.error.text, style: 'stop' },
      };
    case 'date':
      return {
        ...base,
        kind: 'custom',
        formula: orNc(cell, `AND(ISNUMBER(${cell}),${cell}>=${dateOf(period.start)},${cell}<=${dateOf(period.end)})`),
        prompt: { title: words.date.prompt.title, text: words.date.prompt.text(period.start, period.end) },
        error: { title: words.date.error.title, text: words.date.error.text(period.start, period.end), style: 'stop' },
      };
    case 'yesNo':
    case 'deliverable':
      return {
        ...base,
        kind: 'list',
        options: ['Oui', 'Non', 'NC'],
        prompt: { title: words.yesNo.prompt.title(indicator.type === 'deliverable'), text: words.yesNo.prompt.text(indicator.type === 'deliverable') },
        error: { title: words.yesNo.error.title, text: words.yesNo.error.text, style: 'stop' },
      };
    case 'choice':
      return {
        ...base,
        kind: 'listRange',
        // The options live on the hidden « _listes » sheet (an inline list is limited to 255 characters).
        source: listRangeName(indicator.list ?? ''),
        prompt: { title: words.choice.prompt.title, text: words.choice.prompt.text },
        error: { title: words.choice.error.title, text: words.choice.error.text, style: 'stop' },
      };
    case 'text':
      return {
        ...base,
        kind: 'textLength',
        max: 2000,
        prompt: { title: words.text.prompt.title, text: words.text.prompt.text },
        error: { title: words.text.error.title, text: words.text.error.text, style: 'stop' },
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
  prompt: { title: words.comment.prompt.title, text: words.comment.prompt.text },
  error: { title: words.comment.error.title, text: words.comment.error.text, style: 'stop' },
};
