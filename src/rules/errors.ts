/**
 * Parse errors as data, built in one place so that each kind of mistake always carries the
 * same facts; src/i18n/rules words them (positions counted from 1 there, as people do when
 * reading a formula). The `position` field stays 0-based for code that slices the text.
 */
import type { ClosingCode, ExpectedCode, ParseDetail, ParseError, ParseErrorCode, ReferencePart } from './types';

function located(code: ParseErrorCode, position: number, detail: ParseDetail): ParseError {
  return { code, position, detail };
}

/** The whole character at `position` (a surrogate pair stays one character). */
function characterAt(text: string, position: number): string {
  return String.fromCodePoint(text.codePointAt(position) ?? 0);
}

/** What is expected instead: a sentence code, or an opening still waiting for its closing. */
export type Expected = { expected: ExpectedCode } | { closing: ClosingCode; opened: number };

export function unexpectedCharacter(text: string, position: number): ParseError {
  return located('unexpected_character', position, { why: 'character', character: characterAt(text, position) });
}

export function unexpectedToken(text: string, start: number, end: number, expected: Expected): ParseError {
  const excerpt = text.slice(start, end);
  return located(
    'unexpected_token',
    start,
    'expected' in expected ? { why: 'token', excerpt, ...expected } : { why: 'token_unclosed', excerpt, ...expected },
  );
}

export function unexpectedEnd(position: number, expected: Expected): ParseError {
  return located('unexpected_end', position, 'expected' in expected ? { why: 'end', ...expected } : { why: 'end_unclosed', ...expected });
}

export function referenceWithoutBraces(position: number): ParseError {
  return located('invalid_reference', position, { why: 'reference_braces' });
}

export function emptyReference(position: number): ParseError {
  return located('invalid_reference', position, { why: 'reference_empty' });
}

export function emptyReferencePart(position: number, part: ReferencePart): ParseError {
  return located('invalid_reference', position, { why: 'reference_part_empty', part });
}

export function forbiddenInReference(text: string, position: number, part: ReferencePart, first: boolean): ParseError {
  return located('invalid_reference', position, {
    why: 'reference_character',
    part,
    character: characterAt(text, position),
    first: first ? 'yes' : 'no',
  });
}

export function emptyExpression(): ParseError {
  return located('empty', 0, { why: 'empty' });
}

export function numberTooLarge(text: string, start: number, end: number): ParseError {
  return located('unexpected_token', start, { why: 'number_too_large', excerpt: text.slice(start, end) });
}

export function tooDeep(position: number, maxDepth: number): ParseError {
  return located('unexpected_token', position, { why: 'too_deep', maxDepth });
}
