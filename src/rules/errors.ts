/**
 * French messages for parse errors, built in one place so they all say what went wrong and
 * where, in the same words.
 *
 * Messages count positions from 1, as people do when reading a formula (and as Excel's
 * CHERCHE/STXT do); the `position` field stays 0-based for code that slices the text.
 */
import type { ParseError, ParseErrorCode } from './types';

/** Longest excerpt quoted in a message: a pasted paragraph must not become the message. */
const MAX_QUOTED = 30;

const PRINTABLE = /^[\p{L}\p{N}\p{P}\p{S}]$/u;

function at(position: number): string {
  return `à la position ${position + 1}`;
}

function located(code: ParseErrorCode, position: number, message: string): ParseError {
  return { code, position, message };
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
 * The character at `position`, quoted when visible, else as U+XXXX: a non-breaking or
 * zero-width space pasted from a document would otherwise show as an empty quote.
 */
export function describeCharacter(text: string, position: number): string {
  const codePoint = text.codePointAt(position) ?? 0;
  const char = String.fromCodePoint(codePoint);
  if (PRINTABLE.test(char)) return `« ${char} »`;
  const hex = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  return /^\s$/u.test(char) ? `espace ${hex}` : `${hex} (caractère invisible)`;
}

/** Hints for the characters people most often type out of habit (French decimals, Excel's `=`). */
const CHARACTER_HINTS: Record<string, string> = {
  ',': ' : le séparateur décimal est le point (écrire 12.5 et non 12,5)',
  '=': ' : pour comparer, écrire « == »',
  '!': ' : pour « différent de », écrire « != »',
  '.': ' : un nombre s’écrit avec des chiffres de part et d’autre du point (0.5, 12.5)',
};

export function unexpectedCharacter(text: string, position: number): ParseError {
  const hint = CHARACTER_HINTS[text.charAt(position)] ?? '';
  return located(
    'unexpected_character',
    position,
    `Caractère inattendu ${describeCharacter(text, position)} ${at(position)}${hint}`,
  );
}

export function unexpectedToken(text: string, start: number, end: number, expected: string): ParseError {
  return located(
    'unexpected_token',
    start,
    `Symbole inattendu ${quote(text.slice(start, end))} ${at(start)} : ${expected}`,
  );
}

export function unexpectedEnd(position: number, expected: string): ParseError {
  return located('unexpected_end', position, `Fin inattendue de l’expression ${at(position)} : ${expected}`);
}

export function invalidReference(position: number, reason: string): ParseError {
  return located('invalid_reference', position, `Référence invalide ${at(position)} : ${reason}`);
}

export function emptyExpression(): ParseError {
  return located('empty', 0, `Expression vide ${at(0)} : un nombre, une référence « #{code} » ou un calcul est attendu`);
}

export function numberTooLarge(text: string, start: number, end: number): ParseError {
  return located('unexpected_token', start, `Nombre trop grand ${quote(text.slice(start, end))} ${at(start)}`);
}

export function tooDeep(position: number, maxDepth: number): ParseError {
  return located(
    'unexpected_token',
    position,
    `Expression trop imbriquée ${at(position)} : ${maxDepth} niveaux de parenthèses au plus`,
  );
}
