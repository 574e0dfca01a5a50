/**
 * A real workbook with some of its parts rewritten as text — for writing what a client other than
 * ExcelJS writes (Gnumeric's shared-string results, SheetJS's ISO dates) or what a hostile file
 * holds (« NaN » in a `<v>`), starting from a file the project generated.
 */
import { inflateRawSync } from 'node:zlib';
import { entryData, guardXlsx } from '../../src/xlsx/guards';
import { buildZip } from './zip';

export type PartEdit = (xml: string) => string;

/** Every entry kept, the named ones passed through their edit. */
export function editParts(bytes: Uint8Array, edits: Readonly<Record<string, PartEdit>>): Uint8Array {
  const entries = guardXlsx(bytes);
  return buildZip(
    entries.map((entry) => {
      const raw = entry.method === 0 ? entryData(bytes, entry) : inflateRawSync(entryData(bytes, entry));
      const edit = Object.hasOwn(edits, entry.name) ? edits[entry.name] : undefined;
      return { name: entry.name, data: edit === undefined ? new Uint8Array(raw) : edit(Buffer.from(raw).toString('utf8')) };
    }),
  );
}

/** The text of one part. */
export function partText(bytes: Uint8Array, name: string): string {
  const entry = guardXlsx(bytes).find((e) => e.name === name);
  if (entry === undefined) throw new Error(`No part ${name}`);
  return inflateRawSync(entryData(bytes, entry)).toString('utf8');
}

/** The worksheet part of a sheet, by its name (through workbook.xml and its relationships). */
export function sheetPart(bytes: Uint8Array, sheet: string): string {
  const workbook = partText(bytes, 'xl/workbook.xml');
  const escaped = sheet.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const id = new RegExp(`<sheet [^>]*name="${escaped.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const rels = partText(bytes, 'xl/_rels/workbook.xml.rels');
  const target = new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
  if (target === undefined) throw new Error(`No part for sheet ${sheet}`);
  return `xl/${target.replace(/^\/?xl\//, '')}`;
}
