/**
 * An untrusted .xlsx file's bytes → one `Grid` per worksheet (hidden ones included).
 *
 * In this order, and refusing with an `UntrustedFileError` (French message) at the first problem:
 * 1. `guardXlsx`: the zip directory, parsed by hand (sizes, counts, ratio, macros, encryption…).
 * 2. Every entry is inflated once, bounded by the size the directory declares (an entry lying
 *    about its size is refused), and the workbook and worksheet XML are scanned for what ExcelJS
 *    would expand cell by cell: data validation ranges, defined names, merges, column definitions.
 * 3. Only then ExcelJS loads the file. Cached values only: formulas are never evaluated.
 */
import ExcelJS from 'exceljs';
import { maxColumns, maxRows } from '../workbook/a1';
import type { CellValue, Grid } from '../workbook/grid';
import { entryData, guardXlsx, UntrustedFileError, type GuardCaps, type UntrustedFileIssue, type ZipEntry } from './guards';
import { InflateLimitError, streamInflate, type Inflate } from './inflate';
import { scanRelationships, scanWorkbookXml, scanWorksheetXml } from './xmlScan';

export type ReadGridsOptions = {
  /** Zip caps (file size, entries, uncompressed size, ratio); see `defaultGuardCaps`. */
  guards?: Partial<GuardCaps>;
  /** Cells covered by data validations, defined names and merges, all added up. */
  maxRangeCells?: number;
  /** Merged ranges per sheet (ExcelJS compares each new merge with every earlier one). */
  maxMerges?: number;
  /** Bounded inflate; defaults to `DecompressionStream` (Node ≥ 18 and browsers). */
  inflate?: Inflate;
};

export const defaultReadCaps = { maxRangeCells: 100_000, maxMerges: 10_000 } as const;

export async function readGrids(bytes: Uint8Array, options: ReadGridsOptions = {}): Promise<Grid[]> {
  const entries = guardXlsx(bytes, options.guards);
  await scanEntries(bytes, entries, options);
  let workbook: ExcelJS.Workbook;
  try {
    workbook = new ExcelJS.Workbook();
    // JSZip, under ExcelJS, reads a Uint8Array as it is (no Buffer needed in the browser).
    await workbook.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  } catch (error) {
    throw new UntrustedFileError({ code: 'corrupt', params: { reason: 'excel', detail: String((error as Error)?.message ?? error).slice(0, 200) } });
  }
  return workbook.worksheets.map(worksheetToGrid);
}

const refuse = (code: UntrustedFileIssue['code'], params: UntrustedFileIssue['params']): never => {
  throw new UntrustedFileError({ code, params });
};

/** Worksheet parts, as ExcelJS finds them (its own pattern is unanchored) and as a zip may name them. */
const worksheetPart = (name: string) => /xl\/worksheets\/[^/]+\.xml$/.test(name) || /xl\/worksheets\/sheet\d+[.]xml/.test(name);

async function scanEntries(bytes: Uint8Array, entries: ZipEntry[], options: ReadGridsOptions): Promise<void> {
  const inflate = options.inflate ?? streamInflate;
  const maxRangeCells = options.maxRangeCells ?? defaultReadCaps.maxRangeCells;
  const maxMerges = options.maxMerges ?? defaultReadCaps.maxMerges;
  const decoder = new TextDecoder('utf-8');
  const texts = new Map<string, string>();

  for (const entry of entries) {
    const name = entry.name.replace(/^\/+/, '');
    let data: Uint8Array;
    try {
      data = entry.method === 0 ? entryData(bytes, entry) : await inflate(entryData(bytes, entry), entry.uncompressedSize);
    } catch (error) {
      if (error instanceof InflateLimitError) refuse('corrupt', { reason: 'size_mismatch', detail: entry.name });
      return refuse('corrupt', { reason: 'inflate', detail: entry.name });
    }
    if (data.length !== entry.uncompressedSize) refuse('corrupt', { reason: 'size_mismatch', detail: entry.name });
    if (name === 'xl/workbook.xml' || name === 'xl/_rels/workbook.xml.rels' || worksheetPart(name)) {
      texts.set(name, decoder.decode(data));
    }
  }

  const workbook = scanWorkbookXml(texts.get('xl/workbook.xml') ?? '');
  if (workbook.hasDoctype) refuse('corrupt', { reason: 'doctype', detail: 'xl/workbook.xml' });
  const targets = scanRelationships(texts.get('xl/_rels/workbook.xml.rels') ?? '');
  const sheetNameOf = new Map<string, string>();
  for (const sheet of workbook.sheets) {
    const target = targets.get(sheet.relationshipId);
    if (target !== undefined) sheetNameOf.set(target.startsWith('/') ? target.slice(1) : `xl/${target}`, sheet.name);
  }

  let total = 0;
  const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);
  for (const name of workbook.definedNames) {
    total += name.cells;
    if (total > maxRangeCells) {
      refuse('validation_range_too_large', { kind: 'definedName', name: name.name, range: shorten(name.text), cells: total, max: maxRangeCells });
    }
  }
  for (const [part, xml] of texts) {
    if (!worksheetPart(part)) continue;
    const sheet = sheetNameOf.get(part) ?? part;
    const scan = scanWorksheetXml(xml);
    if (scan.hasDoctype) refuse('corrupt', { reason: 'doctype', detail: part });
    if (scan.maxColumn > maxColumns) refuse('sheet_structure_too_large', { kind: 'col', sheet, column: scan.maxColumn, max: maxColumns });
    for (const validation of scan.validations) {
      total += validation.cells;
      if (total > maxRangeCells) {
        refuse('validation_range_too_large', { kind: 'dataValidation', sheet, range: shorten(validation.sqref), cells: total, max: maxRangeCells });
      }
    }
    total += scan.merges.cells;
    if (scan.merges.count > maxMerges || total > maxRangeCells) {
      refuse('sheet_structure_too_large', {
        kind: 'mergeCell',
        sheet,
        count: scan.merges.count,
        cells: scan.merges.cells,
        maxMerges,
        maxCells: maxRangeCells,
      });
    }
  }
}

function worksheetToGrid(worksheet: ExcelJS.Worksheet): Grid {
  const rows: CellValue[][] = [];
  const formulas: Array<Array<string | undefined>> = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber > maxRows) refuse('corrupt', { reason: 'sheet_bounds', detail: worksheet.name });
    const values: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      if (columnNumber > maxColumns) refuse('corrupt', { reason: 'sheet_bounds', detail: worksheet.name });
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const formula = cell.type === ExcelJS.ValueType.Formula ? formulaText(cell) : undefined;
      const value = plainValue(cell.value);
      if (value === null && formula === undefined) return;
      while (values.length < columnNumber - 1) values.push(null);
      values[columnNumber - 1] = value;
      if (formula !== undefined) (formulas[rowNumber - 1] ??= [])[columnNumber - 1] = formula;
    });
    if (values.length > 0) rows[rowNumber - 1] = values;
  });
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  return { name: worksheet.name, rows, formulas };
}

function formulaText(cell: ExcelJS.Cell): string | undefined {
  const formula = cell.formula as string | undefined;
  return typeof formula === 'string' && formula !== '' ? formula.replace(/^=/, '') : undefined;
}

/** A cell's value as a grid value: cached results for formulas, plain text for rich text and links. */
export function plainValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'boolean') return value;
  if (value instanceof Date) return isoDateTime(value);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if ('error' in v) return String(v.error);
    if (Array.isArray(v.richText)) return plainValue((v.richText as Array<{ text?: unknown }>).map((run) => String(run.text ?? '')).join(''));
    if ('formula' in v || 'sharedFormula' in v) return plainValue(v.result);
    if ('hyperlink' in v || 'text' in v) return plainValue(v.text);
  }
  return null;
}

/** Dates as `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS` when there is a time of day (to the second). */
export function isoDateTime(date: Date): string | null {
  const time = date.getTime();
  if (Number.isNaN(time)) return null;
  const iso = new Date(Math.round(time / 1000) * 1000).toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}
