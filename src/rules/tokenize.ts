/**
 * The tokenizer: turns the text at a given offset into the next token.
 *
 * It is pulled one token at a time by the parser rather than run over the whole text first, so
 * that the error reported is always the first one in reading order: in `1 1 $` the author is
 * told about the second `1`, not about a `$` further on.
 */
import { emptyReference, emptyReferencePart, forbiddenInReference, numberTooLarge, referenceWithoutBraces, unexpectedCharacter, unexpectedEnd } from './errors';
import type { ComparisonOperator, ParseResult, ReferencePart } from './types';

export type SymbolKind = '+' | '-' | '*' | '/' | '%' | '(' | ')' | ComparisonOperator;

/** `start`/`end` delimit the token in the text (end excluded), for messages and the next read. */
export type Token =
  | { kind: 'number'; value: number; start: number; end: number }
  | { kind: 'ref'; code: string; member: string | null; start: number; end: number }
  /** A function name; `cumul` is the only one. */
  | { kind: 'name'; name: string; start: number; end: number }
  | { kind: SymbolKind; start: number; end: number }
  | { kind: 'end'; start: number; end: number };

/**
 * Any Unicode space separates tokens: rules are typed in Excel or pasted from documents where
 * French typography puts a (narrow) non-breaking space before `%`.
 */
const SPACE = /\s/;

/** Longest first, so that `<=` is never read as `<` followed by `=`. */
const SYMBOLS: readonly SymbolKind[] = ['==', '!=', '<=', '>=', '<', '>', '+', '-', '*', '/', '%', '(', ')'];

const CODE_FIRST = /[a-z0-9]/;
const CODE_NEXT = /[a-z0-9._-]/;

/** The one function of the language: the sum of an indicator over the periods up to this one. */
export const CUMUL = 'cumul';
const WORD = /[\p{L}\p{N}_]/u;
/** Between a code and a breakdown member: `#{6.1.allocataires:impayes}`. */
const MEMBER_SEPARATOR = ':';

function isDigit(text: string, position: number): boolean {
  const c = text.charCodeAt(position);
  return c >= 48 && c <= 57; // ASCII only: other scripts' digits are not numbers here
}

export function readToken(text: string, from: number): ParseResult<Token> {
  let start = from;
  while (start < text.length && SPACE.test(text.charAt(start))) start++;
  if (start >= text.length) return { ok: true, value: { kind: 'end', start: text.length, end: text.length } };

  if (isDigit(text, start)) return readNumber(text, start);
  if (text.charAt(start) === '#') return readReference(text, start);
  if (text.startsWith(CUMUL, start) && !WORD.test(text.charAt(start + CUMUL.length))) {
    return { ok: true, value: { kind: 'name', name: CUMUL, start, end: start + CUMUL.length } };
  }
  for (const symbol of SYMBOLS) {
    if (text.startsWith(symbol, start)) {
      return { ok: true, value: { kind: symbol, start, end: start + symbol.length } };
    }
  }
  return { ok: false, error: unexpectedCharacter(text, start) };
}

/**
 * `12` or `12.5`. A dot must be followed by a digit to belong to the number, so `12.` stops
 * before the dot and the dot is then reported where it stands.
 */
function readNumber(text: string, start: number): ParseResult<Token> {
  let end = start;
  while (isDigit(text, end)) end++;
  if (text.charAt(end) === '.' && isDigit(text, end + 1)) {
    end++;
    while (isDigit(text, end)) end++;
  }
  const value = Number(text.slice(start, end));
  // Hundreds of digits overflow to Infinity, which no comparison could use sensibly.
  if (!Number.isFinite(value)) return { ok: false, error: numberTooLarge(text, start, end) };
  return { ok: true, value: { kind: 'number', value, start, end } };
}

/**
 * `#{code}`, with nothing else between the braces (spaces inside are an error, not padding:
 * codes never contain spaces, so a space there means a mistyped code). The error points at
 * the first character that cannot be part of a code.
 */
function readReference(text: string, start: number): ParseResult<Token> {
  if (text.charAt(start + 1) !== '{') {
    return { ok: false, error: referenceWithoutBraces(start) };
  }
  const codeStart = start + 2;
  const close = text.indexOf('}', codeStart);
  if (close < 0) {
    return { ok: false, error: unexpectedEnd(text.length, { closing: 'reference', opened: start }) };
  }
  if (close === codeStart) return { ok: false, error: emptyReference(close) };
  const separator = text.indexOf(MEMBER_SEPARATOR, codeStart);
  const codeEnd = separator >= 0 && separator < close ? separator : close;
  const codeError = checkCode(text, codeStart, codeEnd, 'code');
  if (codeError !== undefined) return { ok: false, error: codeError };
  if (codeEnd === close) return { ok: true, value: { kind: 'ref', code: text.slice(codeStart, close), member: null, start, end: close + 1 } };
  const memberError = checkCode(text, codeEnd + 1, close, 'member');
  if (memberError !== undefined) return { ok: false, error: memberError };
  return {
    ok: true,
    value: { kind: 'ref', code: text.slice(codeStart, codeEnd), member: text.slice(codeEnd + 1, close), start, end: close + 1 },
  };
}

/** A code or a member code between `from` and `to`: the first character that cannot be part of one. */
function checkCode(text: string, from: number, to: number, part: ReferencePart) {
  if (from === to) return emptyReferencePart(from, part);
  for (let i = from; i < to; i++) {
    const allowed = i === from ? CODE_FIRST : CODE_NEXT;
    if (!allowed.test(text.charAt(i))) return forbiddenInReference(text, i, part, i === from);
  }
  return undefined;
}
