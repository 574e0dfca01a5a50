/**
 * An untrusted .xlsx file's bytes → one `Grid` per worksheet (hidden ones included).
 *
 * In this order, and refusing with an `UntrustedFileError` (French message) at the first problem:
 * 1. `guardXlsx`: the zip directory, parsed by hand (sizes, counts, ratio, macros, encryption…).
 * 2. `scanEntries`: every entry is inflated once, bounded by the size the directory declares (an
 *    entry lying about its size is refused), and the workbook and worksheet XML are scanned for
 *    what ExcelJS would expand cell by cell: data validation ranges, defined names, merges,
 *    column definitions.
 * 3. The lean reader (leanReader.ts) builds the grids from the XML text step 2 inflated, with
 *    its own small tokenizer: no second unzip, no object model. Cached values only: formulas are
 *    never evaluated.
 *
 * The grids are those the ExcelJS-based reader gives (`readGridsWithExcelJs`, kept in
 * test/oracles/ for the contract test and for comparison) wherever ExcelJS reads ECMA-376
 * correctly; where it does not (cellModel.ts lists the cases), the lean reader reads what the
 * file says. Reading is several times faster, and bounded by the reach it is given, not by the
 * coordinates the file claims.
 */
import type { Grid, GridReach } from '../workbook/grid';
import { defaultGuardCaps, guardXlsx, type GuardCaps } from './guards';
import { streamInflate, type Inflate } from './inflate';
import { leanGrids } from './leanReader';
import { scanEntries, type XlsxParts } from './scanEntries';

export type ReadGridsOptions = {
  /** Zip caps (file size, entries, uncompressed size, ratio); see `defaultGuardCaps`. */
  guards?: Partial<GuardCaps>;
  /** Cells covered by data validations, defined names and merges, all added up. */
  maxRangeCells?: number;
  /** Merged ranges per sheet (ExcelJS compares each new merge with every earlier one). */
  maxMerges?: number;
  /** Bounded inflate; defaults to `DecompressionStream` (Node ≥ 18 and browsers). */
  inflate?: Inflate;
  /**
   * How far to read. A return is read as far as the plan's template reaches (`templateReach` in
   * src/returns/reach.ts); without one, `defaultReach`.
   */
  reach?: GridReach;
};

/**
 * For workbooks read without a template (a plan workbook, a file about to be annotated): wide
 * enough for any of them, and at most 2.56 million cells a sheet, whatever the file claims.
 */
export const defaultReach: GridReach = { rows: 10_000, columns: 256, sheets: 64 };


export const defaultReadCaps = { maxRangeCells: 100_000, maxMerges: 10_000 } as const;

export async function readGrids(bytes: Uint8Array, options: ReadGridsOptions = {}): Promise<Grid[]> {
  const reach = options.reach ?? defaultReach;
  const maxUncompressedBytes = options.guards?.maxUncompressedBytes ?? Math.min(defaultGuardCaps.maxUncompressedBytes, uncompressedBudget(reach));
  return leanGrids(await guardedParts(bytes, { ...options, guards: { ...options.guards, maxUncompressedBytes } }), reach);
}

/**
 * What the XML of a file within the reach can weigh: 32 bytes a cell of the reach (a cell with
 * its address, style and value is 20–60, and most cells of a return are empty), plus 8 MB for
 * texts (shared and inline strings: 250 comments of 32 767 characters). A return of the default
 * plan: 8 + 8.2 MB, where a filled one weighs a few hundred KB. A file that unzips to more is
 * refused before anything is parsed: a 1 MB file can no longer unzip to 200 MB of rows.
 */
export function uncompressedBudget(reach: GridReach): number {
  return 8 * 1024 * 1024 + reach.rows * reach.columns * reach.sheets * 32;
}

/** Steps 1 and 2: the guards, then the text of the parts a reader needs. */
export async function guardedParts(bytes: Uint8Array, options: ReadGridsOptions = {}): Promise<XlsxParts> {
  const entries = guardXlsx(bytes, options.guards);
  return scanEntries(bytes, entries, {
    inflate: options.inflate ?? streamInflate,
    maxRangeCells: options.maxRangeCells ?? defaultReadCaps.maxRangeCells,
    maxMerges: options.maxMerges ?? defaultReadCaps.maxMerges,
  });
}
