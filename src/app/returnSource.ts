/**
 * Where a returned workbook comes from, as the use cases see it: a name, the size its source
 * announces, a date, and how to read its bytes. The command line's adapter lists files with
 * `lstat` and reads only regular ones, bounded (src/cli/returnSources.ts); the pane's wraps the
 * files the adviser picked (src/taskpane/effects/pickedSources.ts). What both must refuse — a file
 * too large to read, a file the reader refuses — is decided here, once.
 */
import type { ReturnResult } from '../returns/result';
import type { Grid, GridReach } from '../workbook/grid';

/** The bytes, or the source's own refusal (not a regular file, access denied, vanished…) as that file's result. */
export type SourceRead = { ok: true; bytes: Uint8Array } | { ok: false; refused: ReturnResult };

export type ReturnSource = {
  /** As the user knows it: a path on the command line, a picked file's name in the pane. */
  readonly name: string;
  /** Bytes, as announced before reading (a listing, the browser); null when unknown. */
  readonly size: number | null;
  /** ISO instant the file was last modified; null when unknown. */
  readonly modified: string | null;
  read(): Promise<SourceRead>;
  /**
   * A source that is a workbook already open rather than bytes (the return open in Excel): its
   * grids, read no further than `reach`. When present, `read` is not called and no bytes are kept.
   */
  readGrids?(reach: GridReach): Promise<Grid[]>;
};

/**
 * Throws on a file it refuses; an error with a string `code` (UntrustedFileError) is a refusal with
 * that reason. Reads no further than `reach` (the plan's template, `templateReach`) when given.
 */
export type ReadGrids = (bytes: Uint8Array, reach?: GridReach) => Promise<Grid[]>;

/** The .xlsx reader of a surface: its grids and its size cap (a file over it is refused as `too_large`, worded at the edge). */
export type ReturnReader = {
  readGrids: ReadGrids;
  /** Larger files are refused from their size alone, before a byte is read. */
  maxBytes: number;
};

/** A return already in memory (tests, the demo): its size is its bytes'. */
export function memorySource(name: string, bytes: Uint8Array, modified: string | null = null): ReturnSource {
  return { name, size: bytes.length, modified, read: async () => ({ ok: true, bytes }) };
}
