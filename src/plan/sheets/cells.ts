/**
 * How lists, numbers, booleans and targets are written in a cell, and read back from what a
 * person may have typed. Readers return `{ ok: false }` for a cell they cannot understand; the
 * caller reports it with its sheet and cell.
 */
import type { CellValue } from '../../workbook/grid';
import { normaliseTitle } from './columns';

export type Parsed<T> = { ok: true; value: T } | { ok: false };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = { ok: false } as const;

/** An empty cell: null, or text made only of spaces. */
export function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** The text of a cell, trimmed; a number is written as JavaScript writes it (3.2 → « 3.2 »). */
export function cellText(value: CellValue | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  const text = String(value).trim();
  return text === '' ? undefined : text;
}

/** An INSEE code or a postcode typed as a number in Excel (4070) gets its leading zero back. */
export function readCode5(value: CellValue | undefined): string | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 100000) {
    return String(value).padStart(5, '0');
  }
  return cellText(value);
}

/** One item per line; blank lines are dropped. */
export function readLines(value: CellValue | undefined): string[] {
  const text = cellText(value);
  if (text === undefined) return [];
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export function writeLines(lines: readonly string[]): CellValue {
  return lines.length === 0 ? null : lines.join('\n');
}

/** « epci, commune » → ['epci', 'commune']; commas, semicolons and line breaks separate. */
export function readCodes(value: CellValue | undefined): string[] {
  const text = cellText(value);
  if (text === undefined) return [];
  return text
    .split(/[,;\r\n]+/)
    .map((code) => code.trim())
    .filter((code) => code !== '');
}

export function writeCodes(codes: readonly string[]): CellValue {
  return codes.length === 0 ? null : codes.join(', ');
}

/**
 * A number cell, or text that reads as one: « 1,5 », « 1.5 », « 1 000 », « -2 », « 50 % » (0.5,
 * as in Excel where percentages are fractions).
 */
export function parseNumber(value: CellValue | undefined): Parsed<number | undefined> {
  if (isBlank(value)) return ok(undefined);
  if (typeof value === 'number') return Number.isFinite(value) ? ok(value) : bad;
  if (typeof value === 'boolean') return bad;
  return parseNumberText(String(value));
}

function parseNumberText(raw: string): Parsed<number> {
  let text = raw.replace(/[\s\u00a0\u202f]/g, '');
  let scale = 1;
  if (text.endsWith('%')) {
    scale = 100;
    text = text.slice(0, -1);
  }
  text = text.replace(',', '.');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text)) return bad;
  const number = Number(text) / scale;
  return Number.isFinite(number) ? ok(number) : bad;
}

/** Numbers in text (targets) are written the French way: 0,5. */
export function formatNumber(value: number): string {
  return String(value).replace('.', ',');
}

const trueWords = new Set(['oui', 'o', 'vrai', 'true', 'yes', 'y', '1', 'x']);
const falseWords = new Set(['non', 'n', 'faux', 'false', 'no', '0']);

/** « oui » / « non » (and the usual variants, Excel's TRUE/FALSE, 1/0). */
export function parseBoolean(value: CellValue | undefined): Parsed<boolean | undefined> {
  if (isBlank(value)) return ok(undefined);
  if (typeof value === 'boolean') return ok(value);
  if (typeof value === 'number') return value === 1 ? ok(true) : value === 0 ? ok(false) : bad;
  const word = normaliseTitle(String(value));
  if (trueWords.has(word)) return ok(true);
  if (falseWords.has(word)) return ok(false);
  return bad;
}

export function writeBoolean(value: boolean): CellValue {
  return value ? 'oui' : 'non';
}

/**
 * A date as AAAA-MM-JJ. Readers give Excel dates as ISO text already; an Excel serial number or
 * « JJ/MM/AAAA » is converted. Anything else is passed on as text for the schema to judge.
 */
export function readDate(value: CellValue | undefined): string | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value > 0 && value < 2958466) {
    return new Date(Date.UTC(1899, 11, 30) + value * 86_400_000).toISOString().slice(0, 10);
  }
  const text = cellText(value);
  if (text === undefined) return undefined;
  const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (french) return `${french[3]}-${french[2]!.padStart(2, '0')}-${french[1]!.padStart(2, '0')}`;
  // A date with a midnight time part, as some readers give it.
  const midnight = /^(\d{4}-\d{2}-\d{2})T00:00(:00(\.0+)?)?Z?$/.exec(text);
  return midnight ? midnight[1] : text;
}

/** « 2024=10 ; 2025=12,5 » ⇄ { '2024': 10, '2025': 12.5 }. */
export function parseTargets(value: CellValue | undefined): Parsed<Record<string, number> | undefined> {
  const text = cellText(value);
  if (text === undefined) return ok(undefined);
  const targets: Record<string, number> = {};
  for (const part of text.split(/[;\r\n]+/)) {
    if (part.trim() === '') continue;
    const match = /^\s*([^=:]+?)\s*[=:]\s*(.+?)\s*$/.exec(part);
    if (!match) return bad;
    const number = parseNumberText(match[2]!);
    if (!number.ok) return bad;
    targets[match[1]!] = number.value;
  }
  return ok(targets);
}

export function writeTargets(targets: Readonly<Record<string, number>> | undefined): CellValue {
  if (targets === undefined) return null;
  const entries = Object.entries(targets);
  return entries.length === 0 ? null : entries.map(([period, value]) => `${period}=${formatNumber(value)}`).join(' ; ');
}

/**
 * Milestones, one per line: « 2024-06-20 = printemps 2024 » ⇄ { due: '2024-06-20', wording: 'printemps 2024' }.
 * The date may be typed JJ/MM/AAAA; the wording is kept verbatim (the first « = » separates).
 */
export function parseMilestones(value: CellValue | undefined): Parsed<Array<{ due: string; wording: string }> | undefined> {
  const lines = readLines(value);
  if (lines.length === 0) return ok(undefined);
  const milestones: Array<{ due: string; wording: string }> = [];
  for (const line of lines) {
    const match = /^([^=]+?)\s*=\s*(.+)$/.exec(line);
    if (!match) return bad;
    const due = readDate(match[1]);
    if (due === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(due)) return bad;
    milestones.push({ due, wording: match[2]! });
  }
  return ok(milestones);
}

export function writeMilestones(milestones: ReadonlyArray<{ due: string; wording: string }> | undefined): CellValue {
  return milestones === undefined || milestones.length === 0 ? null : milestones.map((m) => `${m.due} = ${m.wording}`).join('\n');
}

/**
 * An enumeration's code as typed: « YesNo », « yes no » or « announced » → the code itself. A value
 * that matches no code is passed on unchanged, for the schema to report with the accepted values.
 */
export function readEnum(value: CellValue | undefined, values: readonly string[] | undefined): string | undefined {
  const text = cellText(value);
  if (text === undefined || values === undefined) return text;
  const key = normaliseTitle(text).replace(/[\s_-]/g, '');
  return values.find((code) => normaliseTitle(code).replace(/[\s_-]/g, '') === key) ?? text;
}

/** Where a line stands in the convention, as a cell shows it: the fiche, the action, the heading. */
export type ClauseCell = { fiche: string; action?: number; part: string };

const CLAUSE = /^\s*(?:fiche\s+(?:action\s+)?)?(\d+(?:\.\d+)?)\s*(?:,\s*action\s+(\d+))?\s*:\s*(.*?)\s*$/iu;

/** « Fiche 3.2, action 2 : Les indicateurs » or « Fiche 4.1 : Critères d'évaluation » (a fiche's own list). */
export function writeClause(clause: ClauseCell | undefined): CellValue {
  if (clause === undefined) return null;
  return `Fiche ${clause.fiche}${clause.action !== undefined ? `, action ${clause.action}` : ''} : ${clause.part}`;
}

/** The reverse of `writeClause`; « fiche » may be left out, case does not matter. */
export function parseClause(value: CellValue | undefined): Parsed<ClauseCell | undefined> {
  const text = cellText(value);
  if (text === undefined) return ok(undefined);
  const match = CLAUSE.exec(text);
  if (!match || match[3] === '') return bad;
  return ok({ fiche: match[1]!, ...(match[2] !== undefined ? { action: Number(match[2]) } : {}), part: match[3]! });
}
