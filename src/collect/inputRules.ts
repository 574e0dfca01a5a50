/**
 * Excel's own data validation for each indicator type, with a French input message and error
 * alert. Every cell also accepts « NC » (non concerné), so numeric rules are custom formulas:
 * Excel's whole-number rule would refuse the text. Excel limits prompt titles to 32 characters
 * and texts to 255: the messages stay within.
 */
import type { Indicator, Period } from '../plan/schema';
import { selfCell, type InputRule } from '../workbook/spec';
import { frenchDate } from '../workbook/dates';

/** `OR(<condition>, « NC »)` — written for the rule's top-left cell; Excel shifts it for the others. */
function orNc(cell: string, condition: string): string {
  return `OR(${condition},UPPER(TRIM(${cell}))="NC")`;
}

const ncHint = 'Laissez vide si inconnu, « NC » si non concerné.';

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
  switch (indicator.type) {
    case 'integer':
      return {
        ...base,
        kind: 'custom',
        formula: orNc(cell, `AND(ISNUMBER(${cell}),${cell}=INT(${cell}),${cell}>=${bound(min, 0)}${maxClause(cell)})`),
        prompt: { title: 'Nombre entier', text: `Un nombre entier${max !== undefined ? ` entre ${bound(min, 0)} et ${max}` : `, ${bound(min, 0)} ou plus`}. Zéro est une valeur. ${ncHint}` },
        error: { title: 'Nombre entier attendu', text: `Saisissez un nombre entier (sans décimale)${max !== undefined ? ` entre ${bound(min, 0)} et ${max}` : ` supérieur ou égal à ${bound(min, 0)}`}, ou « NC ».`, style: 'stop' },
      };
    case 'decimal':
    case 'amount': {
      const what = indicator.type === 'amount' ? 'Un montant en euros' : 'Un nombre';
      return {
        ...base,
        kind: 'custom',
        formula: orNc(cell, `AND(ISNUMBER(${cell}),${cell}>=${bound(min, 0)}${maxClause(cell)})`),
        prompt: { title: indicator.type === 'amount' ? 'Montant (€)' : 'Nombre décimal', text: `${what}, décimales avec une virgule (ex. 1 234,50). ${ncHint}` },
        error: { title: 'Nombre attendu', text: `Saisissez un nombre supérieur ou égal à ${bound(min, 0)}${max !== undefined ? ` et au plus ${max}` : ''}, ou « NC ».`, style: 'stop' },
      };
    }
    case 'percentage':
      return {
        ...base,
        kind: 'custom',
        formula: orNc(cell, `AND(ISNUMBER(${cell}),${cell}>=${bound(min, 0)},${cell}<=${bound(max, 1)})`),
        prompt: { title: 'Pourcentage', text: `Un pourcentage entre 0 % et 100 % (ex. 12,5 %). ${ncHint}` },
        error: { title: 'Pourcentage attendu', text: 'Saisissez un pourcentage entre 0 % et 100 % (tapez 12,5 %), ou « NC ».', style: 'stop' },
      };
    case 'date':
      return {
        ...base,
        kind: 'custom',
        formula: orNc(cell, `AND(ISNUMBER(${cell}),${cell}>=${dateOf(period.start)},${cell}<=${dateOf(period.end)})`),
        prompt: { title: 'Date', text: `Une date du ${frenchDate(period.start)} au ${frenchDate(period.end)}, au format JJ/MM/AAAA. ${ncHint}` },
        error: { title: 'Date attendue', text: `Saisissez une date entre le ${frenchDate(period.start)} et le ${frenchDate(period.end)} (JJ/MM/AAAA), ou « NC ».`, style: 'stop' },
      };
    case 'yesNo':
    case 'deliverable':
      return {
        ...base,
        kind: 'list',
        options: ['Oui', 'Non', 'NC'],
        prompt: { title: indicator.type === 'deliverable' ? 'Livrable réalisé ?' : 'Oui ou non', text: `Choisissez « Oui », « Non » ou « NC » dans la liste. ${indicator.type === 'deliverable' ? 'Si « Oui », indiquez la date de réalisation à la ligne suivante.' : ''}`.trim() },
        error: { title: 'Réponse de la liste', text: 'Choisissez « Oui », « Non » ou « NC » dans la liste déroulante.', style: 'stop' },
      };
    case 'choice':
      return {
        ...base,
        kind: 'listRange',
        // The options live on the hidden « _listes » sheet (an inline list is limited to 255 characters).
        source: listRangeName(indicator.list ?? ''),
        prompt: { title: 'Choix dans la liste', text: `Choisissez une réponse dans la liste déroulante. ${ncHint}` },
        error: { title: 'Réponse de la liste', text: 'Choisissez une réponse proposée par la liste déroulante, ou « NC ».', style: 'stop' },
      };
    case 'text':
      return {
        ...base,
        kind: 'textLength',
        max: 2000,
        prompt: { title: 'Texte libre', text: `Texte libre (2 000 caractères au plus). ${ncHint}` },
        error: { title: 'Texte trop long', text: 'Le texte dépasse 2 000 caractères : résumez-le ou joignez un document.', style: 'stop' },
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
  prompt: { title: 'Commentaire', text: 'Commentaire libre sur cet indicateur : précision, source, difficulté (2 000 caractères au plus).' },
  error: { title: 'Commentaire trop long', text: 'Le commentaire dépasse 2 000 caractères : résumez-le.', style: 'stop' },
};
