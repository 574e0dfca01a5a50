/**
 * The task pane's one door to ExcelJS, JSZip and src/xlsx. It is loaded on first use, as its own
 * chunk:
 *
 *   const xlsx = await import(/* webpackChunkName: "xlsx" *\/ '../xlsxChunk');
 *
 * so that the ~1 MB of ExcelJS is fetched only when a file is generated, read or written, never
 * when the pane opens. Nothing else in src/taskpane imports exceljs, jszip or src/xlsx: what the
 * effects need from there (the size cap, the refusal message) is re-exported here.
 *
 * The same calls as the command line (src/cli), so that both surfaces write and read identical
 * files; the one difference is the inflate used by `readGrids`: the default `streamInflate`
 * (`DecompressionStream`, in browsers and Node ≥ 18) instead of Node's zlib.
 */
import JSZip from 'jszip';
import type { Lang } from '../i18n/lang';
import { untrustedFileMessage } from '../i18n/untrustedFile';
import type { Finding } from '../returns/findings';
import type { Grid, GridReach } from '../workbook/grid';
import type { WorkbookSpec } from '../workbook/spec';
import { annotateReturn } from '../xlsx/annotate';
import { renderWorkbook } from '../xlsx/charts';
import { defaultGuardCaps } from '../xlsx/guards';
import { readGrids as readUntrustedGrids } from '../xlsx/readGrids';
import { renderSpec } from '../xlsx/renderSpec';
import { readConsolidationGrids } from '../xlsx/consolidationGrids';
import { streamInflate } from '../xlsx/inflate';
import { ownOutputKind } from '../xlsx/ownOutput';

/** A collection workbook's spec → .xlsx bytes (as `ctg generate`: no charts in those). */
export function renderCollection(spec: WorkbookSpec): Promise<Uint8Array> {
  return renderSpec(spec);
}

/** The consolidation workbook's spec → .xlsx bytes, with its native line charts (as `ctg consolidate`). */
export function renderReport(spec: WorkbookSpec): Promise<Uint8Array> {
  return renderWorkbook(spec);
}

/**
 * An untrusted file's bytes → grids, through every guard (size, zip directory, bombs, macros…).
 * Throws `UntrustedFileError` (its issue: a string `code` and params) for a file it refuses.
 */
export function readGrids(bytes: Uint8Array, reach?: GridReach): Promise<Grid[]> {
  return readUntrustedGrids(bytes, { reach });
}

/** A marked-up copy of a return: coloured cells with notes, and a first « Contrôles » sheet. */
export function annotate(bytes: Uint8Array, findings: readonly Finding[], lang: Lang, fileName?: string): Promise<Uint8Array> {
  return annotateReturn(bytes, findings, { lang, ...(fileName !== undefined ? { fileName } : {}) });
}

/**
 * Several files in one .zip, so that generating for 46 communes is one download rather than 46
 * (browsers ask before letting a page download many files). Stored, not deflated: .xlsx files
 * are zips already, deflating them again gains next to nothing and costs time.
 */
export async function zip(files: ReadonlyArray<{ name: string; bytes: Uint8Array }>): Promise<Uint8Array> {
  const archive = new JSZip();
  for (const file of files) archive.file(file.name, file.bytes, { binary: true, compression: 'STORE' });
  return archive.generateAsync({ type: 'uint8array', compression: 'STORE' });
}

/** The largest file read at all (the guards' cap): a larger one is refused from its size alone. */
export const maxFileBytes: number = defaultGuardCaps.maxFileBytes;

/** The French refusal of a file too large to read (what, how to fix), as the guards word it. */
export function tooLargeMessage(size: number, max: number): string {
  return untrustedFileMessage({ code: 'too_large', params: { size, max } }, 'fr');
}

/** Is this file one of our consolidation workbooks (its document properties say so)? Never throws. */
export async function isConsolidation(bytes: Uint8Array): Promise<boolean> {
  return (await ownOutputKind(bytes, streamInflate)) === 'consolidation';
}

/** A consolidation workbook given back to continue its campaign: through the same guards as a return. */
export function readConsolidation(bytes: Uint8Array): Promise<Grid[]> {
  return readConsolidationGrids(bytes);
}
