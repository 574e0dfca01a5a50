/**
 * Parse errors of the rule language (src/rules/errors.ts) in French, for the person who wrote
 * the rule: what is wrong and where, counting positions from 1 as people do when reading a
 * formula (and as Excel's CHERCHE/STXT do).
 */
import type { ClosingCode, ExpectedCode, ParseDetail, ParseError, ReferencePart } from '../../rules/types';

/** Longest excerpt quoted in a message: a pasted paragraph must not become the message. */
const MAX_QUOTED = 30;

const PRINTABLE = /^[\p{L}\p{N}\p{P}\p{S}]$/u;

/** The function of the language that sums to date (src/rules/tokenize.ts `CUMUL`). */
const CUMUL = 'cumul';
const CUMUL_EXAMPLE = `« ${CUMUL}(#{code}) »`;

function at(position: number): string {
  return `à la position ${position + 1}`;
}

/** `« text »`, cut short when long (by code points, so an emoji is never split in half). */
export function quote(text: string): string {
  const chars = Array.from(text.slice(0, MAX_QUOTED * 2));
  const shown = chars.length > MAX_QUOTED || text.length > MAX_QUOTED * 2
    ? `${chars.slice(0, MAX_QUOTED).join('')}…`
    : chars.join('');
  return `« ${shown} »`;
}

/**
 * A character, quoted when visible, else as U+XXXX: a non-breaking or zero-width space pasted
 * from a document would otherwise show as an empty quote.
 */
export function describeCharacter(char: string): string {
  if (PRINTABLE.test(char)) return `« ${char} »`;
  const hex = `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  return /^\s$/u.test(char) ? `espace ${hex}` : `${hex} (caractère invisible)`;
}

/** Hints for the characters people most often type out of habit (French decimals, Excel's `=`). */
const CHARACTER_HINTS: Record<string, string> = {
  ',': ' : le séparateur décimal est le point (écrire 12.5 et non 12,5)',
  '=': ' : pour comparer, écrire « == »',
  '!': ' : pour « différent de », écrire « != »',
  '.': ' : un nombre s’écrit avec des chiffres de part et d’autre du point (0.5, 12.5)',
};

const expected: Record<ExpectedCode, string> = {
  operand: 'un nombre, une référence « #{code} » ou « ( » est attendu',
  comparison: 'un opérateur de comparaison est attendu (==, !=, <, <=, >, >=)',
  operator_or_end: 'un opérateur (+, -, *, /) ou la fin de l’expression est attendu',
  single_comparison: 'une condition ne compte qu’une seule comparaison',
  comparison_outside_condition: 'une comparaison n’est permise que dans une condition',
  percent_after_number: '« % » ne peut suivre qu’un nombre (écrire 50 % et non (25 + 25) %)',
  unopened_parenthesis: 'parenthèse fermante sans parenthèse ouvrante',
  cumul_open: `« ( » attendu après « ${CUMUL} », par exemple ${CUMUL_EXAMPLE}`,
  cumul_reference: `une référence « #{code} » est attendue dans ${CUMUL_EXAMPLE}`,
};

const closing: Record<ClosingCode, (opened: number) => string> = {
  parenthesis: (opened) => `« ) » attendu pour fermer la parenthèse ouverte à la position ${opened + 1}`,
  cumul: (opened) => `« ) » attendu pour fermer « ${CUMUL}( » ouvert à la position ${opened + 1}`,
  reference: (opened) => `« } » attendu pour fermer la référence ouverte à la position ${opened + 1}`,
};

const CODE_RULE = 'lettres minuscules, chiffres, « . », « _ » ou « - »';
const partName: Record<ReferencePart, string> = { code: 'code', member: 'membre (après « : »)' };
const partWord: Record<ReferencePart, string> = { code: 'code', member: 'membre' };

function invalidReference(position: number, reason: string): string {
  return `Référence invalide ${at(position)} : ${reason}`;
}

function unexpectedToken(position: number, excerpt: string, what: string): string {
  return `Symbole inattendu ${quote(excerpt)} ${at(position)} : ${what}`;
}

function unexpectedEnd(position: number, what: string): string {
  return `Fin inattendue de l’expression ${at(position)} : ${what}`;
}

const catalogue: { [W in ParseDetail['why']]: (d: Extract<ParseDetail, { why: W }>, position: number) => string } = {
  character: (d, position) =>
    `Caractère inattendu ${describeCharacter(d.character)} ${at(position)}${CHARACTER_HINTS[d.character] ?? ''}`,
  token: (d, position) => unexpectedToken(position, d.excerpt, expected[d.expected]),
  token_unclosed: (d, position) => unexpectedToken(position, d.excerpt, closing[d.closing](d.opened)),
  end: (d, position) => unexpectedEnd(position, expected[d.expected]),
  end_unclosed: (d, position) => unexpectedEnd(position, closing[d.closing](d.opened)),
  reference_braces: (_d, position) => invalidReference(position, '« #{code} » attendu, par exemple « #{1.1.a1.nombre} »'),
  reference_empty: (_d, position) => invalidReference(position, 'code vide entre « #{ » et « } »'),
  reference_part_empty: (d, position) => invalidReference(position, `${partName[d.part]} vide dans la référence`),
  reference_character: (d, position) => {
    const what = partWord[d.part];
    const reason = d.first === 'yes'
      ? `un ${what} commence par une lettre minuscule ou un chiffre`
      : `un ${what} ne contient que des ${CODE_RULE}`;
    return invalidReference(position, `${describeCharacter(d.character)} interdit dans le ${partName[d.part]} de la référence (${reason})`);
  },
  empty: (_d, position) => `Expression vide ${at(position)} : un nombre, une référence « #{code} » ou un calcul est attendu`,
  number_too_large: (d, position) => `Nombre trop grand ${quote(d.excerpt)} ${at(position)}`,
  too_deep: (d, position) => `Expression trop imbriquée ${at(position)} : ${d.maxDepth} niveaux de parenthèses au plus`,
};

/** A parse error in French: what is wrong, where, and (for the usual slips) how to write it. */
export function parseErrorFr(error: Pick<ParseError, 'position' | 'detail'>): string {
  const word = catalogue[error.detail.why] as (d: ParseDetail, position: number) => string;
  return word(error.detail, error.position);
}
