/**
 * Is this workbook one of our own outputs, and of which kind? Asked before a command replaces an
 * existing file: only a previous output of the same kind may be replaced (with --force), never a
 * return or any other file. Read from the document properties we write (docProps/core.xml):
 * creator « CTG Indicateurs » and the consolidation's title (src/i18n/reportText.ts), or the
 * annotated copy's keyword (annotate.ts), or the bilan's keyword (a .docx: src/report/bilan/cover.ts).
 * A forged marker only lets a user replace their own file.
 */
import { entryData, inspectXlsx, type ZipEntry } from './guards';
import type { Inflate } from './inflate';
import { readEndOfDirectory, readEntries } from './zipDirectory';

export type OwnOutputKind = 'consolidation' | 'annotated' | 'collection' | 'bilan';

/** Written by annotate.ts in the copy's keywords. */
export const annotatedKeyword = 'ctg-copie-annotee';

/** Written by src/report/bilan/cover.ts in the bilan's keywords (with the same creator). */
const bilanKeyword = 'ctg-bilan';
const creator = 'CTG Indicateurs';
const consolidationTitles = ['Consolidation des indicateurs — ', 'Consolidated indicators — '];
/** src/collect/collectionWorkbook.ts: a blank collection workbook, or a return filled in from it. */
const collectionTitle = 'Recueil des indicateurs CTG — ';
/** docProps/core.xml is a few hundred bytes; anything larger is not ours. */
const maxCoreBytes = 64 * 1024;

function element(xml: string, name: string): string | undefined {
  const match = new RegExp(`<${name}(?:\\s[^>]*)?>([^<]*)</${name}>`).exec(xml);
  return match?.[1];
}

export function ownOutputKindOfCore(xml: string): OwnOutputKind | null {
  // The copy keeps the creator of the return it marks up (openpyxl, LibreOffice…): its keyword says it.
  if ((element(xml, 'cp:keywords') ?? '').split(/[\s,;]+/).includes(annotatedKeyword)) return 'annotated';
  if (element(xml, 'dc:creator') !== creator) return null;
  if ((element(xml, 'cp:keywords') ?? '').split(/[\s,;]+/).includes(bilanKeyword)) return 'bilan';
  const title = element(xml, 'dc:title') ?? '';
  if (consolidationTitles.some((t) => title.startsWith(t))) return 'consolidation';
  return title.startsWith(collectionTitle) ? 'collection' : null;
}

/** The kind of our output these bytes are, or null (not ours, not a workbook, unreadable). Never throws. */
export async function ownOutputKind(bytes: Uint8Array, inflate: Inflate): Promise<OwnOutputKind | null> {
  try {
    const inspected = inspectXlsx(bytes);
    // A Word document passes the same size caps first; only then is it refused for not being a workbook.
    const docx = !inspected.ok && inspected.issue.code === 'not_xlsx' && inspected.issue.params.kind === 'docx';
    const entries = inspected.ok ? inspected.entries : docx ? zipEntries(bytes) : null;
    const core = entries?.find((e) => e.name === 'docProps/core.xml');
    if (core === undefined || core.uncompressedSize > maxCoreBytes) return null;
    const data = core.method === 0 ? entryData(bytes, core) : await inflate(entryData(bytes, core), core.uncompressedSize);
    const kind = ownOutputKindOfCore(new TextDecoder().decode(data));
    return (kind === 'bilan') === docx ? kind : null;
  } catch {
    return null;
  }
}

function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const directory = readEndOfDirectory(bytes, view);
  if ('reason' in directory) return null;
  const entries = readEntries(bytes, view, directory);
  return Array.isArray(entries) ? entries : null;
}
