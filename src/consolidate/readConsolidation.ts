/**
 * A consolidation workbook read back (pure, over grids): its ledger (`_campagne`), « Données » and
 * « Historique » → what `consolidate(…, { earlier })` continues from, and the files already taken
 * in (by content hash). The file reader (src/xlsx) and the Excel adapter both feed it grids.
 * A workbook is recognised by its ledger's marker and plan; anything else is refused with an issue.
 */
import { breakdownMembers } from '../plan/breakdown';
import type { Plan } from '../plan/schema';
import { indicatorSites } from '../plan/walk';
import { reportWords, type ReportWords } from '../i18n/reportWords';
import type { Lang } from '../i18n/lang';
import type { EntryState, TypedValue } from '../returns/submission';
import { serialToIso } from '../workbook/dates';
import { cellAt, type CellValue, type Grid } from '../workbook/grid';
import { a1 } from '../workbook/a1';
import { flagIndex, flagOf, type FlagIndex } from './flags';
import { ledgerColumns, ledgerFormat, ledgerMarker, ledgerSheetName, type LedgerFacilityAnswer, type LedgerRecord } from './ledger';
import { parseLedgerRecord } from './ledgerRecord';
import type { EarlierConsolidation, FileSummary, HistoryEntry, RespondentValue, Source } from './types';

/** Why a workbook cannot be continued as a consolidation (rendered by src/i18n/campaign.ts). */
export type ConsolidationIssue =
  | { code: 'not_a_consolidation' }
  | { code: 'ledger_format'; params: { format: string } }
  | { code: 'other_plan'; params: { found: string; expected: string } }
  | { code: 'damaged'; params: { sheet: string; cell: string } };

/** A file the campaign took in, as its ledger row says. */
export type TakenFile = { file: string; respondent: string | null; hash: string | null; takenAt: string; outcome: FileSummary['outcome'] };

export type ReadConsolidation =
  | { ok: true; earlier: EarlierConsolidation; taken: TakenFile[]; writtenAt: string; lang: Lang }
  | { ok: false; issue: ConsolidationIssue };

const at = a1;
const isLang = (v: string): v is Lang => v === 'fr' || v === 'en';
const fail = (issue: ConsolidationIssue): ReadConsolidation => ({ ok: false, issue });
const damaged = (sheet: string, row: number, column: number) => fail({ code: 'damaged', params: { sheet, cell: at(row, column) } });

/** A damaged cell found while reading a table: thrown inside this module only, caught by readConsolidation. */
class Damaged {
  constructor(readonly sheet: string, readonly row: number, readonly column: number) {}
}

export function readConsolidation(plan: Plan, grids: readonly Grid[]): ReadConsolidation {
  const ledger = grids.find((g) => g.name === ledgerSheetName);
  if (ledger === undefined || cellAt(ledger, 0, 0) !== ledgerMarker) return fail({ code: 'not_a_consolidation' });
  const format = cellAt(ledger, 0, 1);
  if (format !== ledgerFormat) return fail({ code: 'ledger_format', params: { format: String(format) } });
  const planId = cellAt(ledger, 0, 2);
  if (planId !== plan.id) return fail({ code: 'other_plan', params: { found: String(planId ?? ''), expected: plan.id } });
  const lang = cellAt(ledger, 0, 4);
  const writtenAt = cellAt(ledger, 0, 5);
  if (typeof lang !== 'string' || !isLang(lang)) return damaged(ledgerSheetName, 0, 4);
  if (typeof writtenAt !== 'string') return damaged(ledgerSheetName, 0, 5);
  if (ledgerColumns.some((name, c) => cellAt(ledger, 1, c) !== name)) return damaged(ledgerSheetName, 1, 0);

  // An Annexe 2 answer the ledger writes is of a facility and a period of the plan it names.
  const periods = new Set(plan.periods.map((p) => p.id));
  const inPlan = (a: LedgerFacilityAnswer) => periods.has(a.period) && (a.facility === null || a.facility < plan.territory.facilities.length);
  const records: LedgerRecord[] = [];
  for (let r = 2; r < ledger.rows.length; r++) {
    const row = ledger.rows[r] ?? [];
    if (row.every((v) => v === null || v === '')) continue;
    const chunks = row.slice(ledgerColumns.length - 1);
    if (chunks.some((c) => c !== null && typeof c !== 'string')) return damaged(ledgerSheetName, r, ledgerColumns.length - 1);
    const record = parseLedgerRecord(chunks.join(''));
    if (record === null || !(record.facilities ?? []).every(inPlan)) return damaged(ledgerSheetName, r, ledgerColumns.length - 1);
    records.push(record);
  }
  const words = reportWords[lang];
  try {
    const origins = new Map(records.map((r) => [`${r.summary.file}\u0000${r.summary.version ?? ''}`, r]));
    const flags = new Map([...origins].map(([origin, r]) => [origin, flagIndex(r.summary.file, r.findings.map((f) => f.finding))]));
    const values = readValues(plan, grids, words, origins, flags);
    const history = readHistory(plan, grids, words, origins, values);
    const earlier: EarlierConsolidation = {
      values,
      history,
      files: records.map((r) => r.summary),
      findings: records.flatMap((r) => r.findings.map((f) => ({ ...f, version: r.summary.version }))),
      comments: records.flatMap((r) => r.comments),
      facilities: records.flatMap(({ summary: s, facilities }) =>
        s.respondent === null ? [] : (facilities ?? []).map((answer) => ({ ...answer, respondent: s.respondent!, source: { file: s.file, version: s.version } })),
      ),
    };
    const taken = records.map(({ summary: s }): TakenFile => ({ file: s.file, respondent: s.respondent, hash: s.hash ?? null, takenAt: s.importedAt, outcome: s.outcome }));
    return { ok: true, earlier, taken, writtenAt, lang };
  } catch (error) {
    if (error instanceof Damaged) return damaged(error.sheet, error.row, error.column);
    throw error;
  }
}

/**
 * The sheets the read-back needs beside the ledger, named in the language the ledger says the
 * workbook is worded in (a surface that reads sheets by name reads the ledger first); null when
 * the ledger is not one.
 */
export function campaignSheetNames(ledger: Grid): string[] | null {
  const lang = cellAt(ledger, 0, 4);
  if (cellAt(ledger, 0, 0) !== ledgerMarker || typeof lang !== 'string' || !isLang(lang)) return null;
  return [reportWords[lang].sheets.data, reportWords[lang].sheets.history];
}

type Origins = ReadonlyMap<string, LedgerRecord>;

/** The plan's words for a sheet's values, read back into codes. */
type Vocabulary = {
  indicators: Map<string, { type: string; list: string | undefined; members: Map<string, string> }>;
  periods: Map<string, string>;
  states: Map<string, EntryState>;
};

function vocabulary(plan: Plan, words: ReportWords): Vocabulary {
  const indicators = new Map(
    indicatorSites(plan).map(({ indicator }) => [
      indicator.code,
      { type: indicator.type, list: indicator.list, members: new Map(breakdownMembers(indicator, plan.lists).map((m) => [m.label, m.code])) },
    ]),
  );
  return {
    indicators,
    periods: new Map(plan.periods.map((p) => [p.label, p.id])),
    states: new Map(Object.entries(words.state).map(([state, word]) => [word, state as EntryState])),
  };
}

/** A table read by its header row (row 1): each named column's index, or the sheet is damaged. */
function tableOf(grids: readonly Grid[], name: string, headers: readonly string[]): { grid: Grid; column: (i: number) => number } | null {
  const grid = grids.find((g) => g.name === name);
  if (grid === undefined) throw new Damaged(name, 0, 0);
  const header = grid.rows[0] ?? [];
  // An empty table is written as one note, no header: nothing to read.
  if (header.length <= 1) return null;
  const indices = headers.map((h) => header.indexOf(h));
  const missing = indices.indexOf(-1);
  if (missing >= 0) throw new Damaged(name, 0, missing);
  return { grid, column: (i) => indices[i]! };
}

function typedValue(cell: CellValue, indicator: { type: string; list: string | undefined } | undefined, plan: Plan, words: ReportWords): TypedValue | null {
  if (cell === null) return null;
  if ((indicator?.type === 'yesNo' || indicator?.type === 'deliverable') && (cell === words.yes || cell === words.no)) return cell === words.yes;
  if (indicator?.type === 'date') return typeof cell === 'number' ? (serialToIso(cell) ?? null) : String(cell).slice(0, 10);
  if (indicator?.type === 'choice') {
    const options = plan.lists.find((l) => l.id === indicator.list)?.options ?? [];
    return options.find((o) => o.label === cell)?.code ?? String(cell);
  }
  return typeof cell === 'boolean' ? cell : cell;
}

/** An Excel serial (or an ISO text) back to an ISO instant. */
function instantOf(cell: CellValue): string | null {
  if (typeof cell === 'number') return new Date(Date.UTC(1899, 11, 30) + Math.round(cell * 86_400) * 1000).toISOString();
  return typeof cell === 'string' && cell !== '' ? cell : null;
}

type Row = { sheet: string; r: number; get: (i: number) => CellValue };

function text(row: Row, i: number, column: number): string {
  const v = row.get(i);
  if (typeof v !== 'string' || v === '') throw new Damaged(row.sheet, row.r, column);
  return v;
}
function optionalText(row: Row, i: number): string | null {
  const v = row.get(i);
  return v === null || v === '' ? null : String(v);
}
function versionOf(row: Row, i: number, column: number): number {
  const v = row.get(i);
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) throw new Damaged(row.sheet, row.r, column);
  return v;
}

function rowsOf(table: { grid: Grid; column: (i: number) => number }): Row[] {
  return table.grid.rows.slice(1).flatMap((cells, k) => (cells.every((c) => c === null) ? [] : [{ sheet: table.grid.name, r: k + 1, get: (i: number) => cells[table.column(i)] ?? null }]));
}

/** Column positions in `words.dataColumns`. */
const data = { code: 2, respondent: 4, member: 6, period: 7, value: 8, state: 9, file: 10, sheet: 11, cell: 12, version: 13, imported: 14 } as const;
/** Column positions in `words.historyColumns`. */
const hist = { respondent: 0, code: 2, member: 4, period: 5, before: 6, state: 7, file: 8, sheet: 9, cell: 10, version: 11, fileDate: 12, imported: 13, by: 14, byVersion: 15, after: 16 } as const;

function sourceOf(origins: Origins, file: string, sheet: string | null, cell: string | null, version: number, dates: { fileDate: string | null; importedAt: string | null }): Source {
  const known = origins.get(`${file}\u0000${version}`)?.summary;
  return {
    file,
    sheet,
    cell,
    version,
    generatedAt: known?.generatedAt ?? null,
    fileDate: known?.fileDate ?? dates.fileDate,
    importedAt: known?.importedAt ?? dates.importedAt ?? '',
    // Carried from an earlier consolidation: older than any file of this run at equal dates.
    order: -1,
  };
}

function readValues(plan: Plan, grids: readonly Grid[], words: ReportWords, origins: Origins, flags: ReadonlyMap<string, FlagIndex>): RespondentValue[] {
  const table = tableOf(grids, words.sheets.data, words.dataColumns);
  if (table === null) return [];
  const vocab = vocabulary(plan, words);
  return rowsOf(table).map((row) => {
    const code = text(row, data.code, table.column(data.code));
    const indicator = vocab.indicators.get(code);
    const state = vocab.states.get(String(row.get(data.state)));
    if (state === undefined) throw new Damaged(row.sheet, row.r, table.column(data.state));
    const memberLabel = optionalText(row, data.member);
    const member = memberLabel === null ? '' : (indicator?.members.get(memberLabel) ?? memberLabel);
    const periodLabel = text(row, data.period, table.column(data.period));
    const period = vocab.periods.get(periodLabel) ?? periodLabel;
    const cell = row.get(data.value);
    const file = text(row, data.file, table.column(data.file));
    const version = versionOf(row, data.version, table.column(data.version));
    const where = { sheet: optionalText(row, data.sheet), cell: optionalText(row, data.cell) };
    const index = flags.get(`${file}\u0000${version}`);
    return {
      respondent: text(row, data.respondent, table.column(data.respondent)),
      code,
      period,
      member,
      state,
      value: state === 'value' ? typedValue(cell, indicator, plan, words) : null,
      raw: state === 'invalid' || state === 'value' ? cell : null,
      source: sourceOf(origins, file, where.sheet, where.cell, version, { fileDate: null, importedAt: instantOf(row.get(data.imported)) }),
      flag: index !== undefined ? flagOf(index, file, where.sheet !== null && where.cell !== null ? { sheet: where.sheet, cell: where.cell } : null, code, period, member) : null,
    };
  });
}

function readHistory(plan: Plan, grids: readonly Grid[], words: ReportWords, origins: Origins, values: readonly RespondentValue[]): HistoryEntry[] {
  const table = tableOf(grids, words.sheets.history, words.historyColumns);
  if (table === null) return [];
  const vocab = vocabulary(plan, words);
  const entries = rowsOf(table).map((row): HistoryEntry => {
    const code = text(row, hist.code, table.column(hist.code));
    const indicator = vocab.indicators.get(code);
    const state = vocab.states.get(String(row.get(hist.state)));
    if (state === undefined) throw new Damaged(row.sheet, row.r, table.column(hist.state));
    const memberLabel = optionalText(row, hist.member);
    const periodLabel = text(row, hist.period, table.column(hist.period));
    const before = row.get(hist.before);
    const after = row.get(hist.after);
    const file = text(row, hist.file, table.column(hist.file));
    const version = versionOf(row, hist.version, table.column(hist.version));
    const by = { file: text(row, hist.by, table.column(hist.by)), version: versionOf(row, hist.byVersion, table.column(hist.byVersion)) };
    const afterValue = typedValue(after, indicator, plan, words);
    return {
      respondent: text(row, hist.respondent, table.column(hist.respondent)),
      code,
      period: vocab.periods.get(periodLabel) ?? periodLabel,
      member: memberLabel === null ? '' : (indicator?.members.get(memberLabel) ?? memberLabel),
      state,
      value: state === 'value' ? typedValue(before, indicator, plan, words) : null,
      raw: state === 'invalid' || state === 'value' ? before : null,
      source: sourceOf(origins, file, optionalText(row, hist.sheet), optionalText(row, hist.cell), version, {
        fileDate: instantOf(row.get(hist.fileDate)),
        importedAt: instantOf(row.get(hist.imported)),
      }),
      // The sheet shows the new value; its state is that of the value the replacing return gave (found below).
      replacedBy: { ...by, state: after === null ? 'empty' : 'value', value: afterValue, raw: after },
    };
  });
  // What replaced a value is itself current, or replaced in turn: its state and typed value are there.
  const given = new Map<string, { state: EntryState; value: TypedValue | null; raw: CellValue }>();
  for (const v of [...values, ...entries]) given.set(`${v.respondent}\u0000${v.code}\u0000${v.period}\u0000${v.member}\u0000${v.source.file}\u0000${v.source.version}`, v);
  return entries.map((h) => {
    const replacing = given.get(`${h.respondent}\u0000${h.code}\u0000${h.period}\u0000${h.member}\u0000${h.replacedBy.file}\u0000${h.replacedBy.version}`);
    return replacing !== undefined ? { ...h, replacedBy: { ...h.replacedBy, state: replacing.state, value: replacing.value, raw: replacing.raw } } : h;
  });
}
