/**
 * The parts of a package being edited after ExcelJS wrote it (the big plain sheets filled in,
 * charts added): each part's bytes by name, in the zip's order, text decoded and encoded only for
 * the parts read or replaced. Read from the stored (uncompressed) zip ExcelJS is asked for, so
 * that nothing is deflated twice: the whole package is deflated once, by `writeZip`.
 */
import type { ZipEntryData } from './zipWrite';
import { readEndOfDirectory, readEntries } from './zipDirectory';

export class PackageParts {
  private readonly parts = new Map<string, Uint8Array | string>();

  /** The parts of a zip whose entries are all stored (our own ExcelJS output, never a return). */
  static fromStoredZip(bytes: Uint8Array): PackageParts {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const directory = readEndOfDirectory(bytes, view);
    const entries = 'reason' in directory ? directory : readEntries(bytes, view, directory);
    if ('reason' in entries) throw new Error(`unreadable zip written by ExcelJS: ${entries.reason}`);
    const parts = new PackageParts();
    for (const entry of entries) {
      if (entry.method !== 0) throw new Error(`zip entry ${entry.name} not stored`);
      if (!entry.name.endsWith('/')) parts.parts.set(entry.name, bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize));
    }
    return parts;
  }

  names(): string[] {
    return [...this.parts.keys()];
  }

  has(name: string): boolean {
    return this.parts.has(name);
  }

  /** The part's text; '' for a part the package does not have. */
  text(name: string): string {
    const part = this.parts.get(name);
    return part === undefined ? '' : typeof part === 'string' ? part : new TextDecoder().decode(part);
  }

  set(name: string, text: string): void {
    this.parts.set(name, text);
  }

  entries(): ZipEntryData[] {
    const encoder = new TextEncoder();
    return [...this.parts].map(([name, part]) => ({ name, data: typeof part === 'string' ? encoder.encode(part) : part }));
  }
}
