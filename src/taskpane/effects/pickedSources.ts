/**
 * The pane's return sources and reader: the files the adviser picked or dropped (their size and
 * date as the browser reports them; a file the browser cannot read is that file's refusal), read
 * by the lazily loaded .xlsx chunk within the size cap in force.
 */
import type { ReturnReader, ReturnSource } from '../../app/returnSource';
import { refusedResult } from '../../returns/result';
import { sizeCap, type FileContext, type XlsxChunk } from './fileContext';
import { readPicked } from './filePlan';
import type { PickedFile } from './types';

export function pickedSources(files: readonly PickedFile[]): ReturnSource[] {
  return files.map((file) => ({
    name: file.name,
    size: file.size,
    modified: isoDate(file.lastModified),
    read: async () => {
      const read = await readPicked(file);
      return read.ok ? read : { ok: false, refused: refusedResult(file.name, { code: 'picked_not_read', params: read.unreadable.params }) };
    },
  }));
}

export function paneReader(context: FileContext, xlsx: XlsxChunk): ReturnReader {
  return { readGrids: xlsx.readGrids, maxBytes: sizeCap(context, xlsx) };
}

/** `File.lastModified` (ms since 1970) as ISO; null when the browser gives none or nonsense. */
function isoDate(lastModified: number | undefined): string | null {
  if (lastModified === undefined || !Number.isFinite(lastModified)) return null;
  const date = new Date(lastModified);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
