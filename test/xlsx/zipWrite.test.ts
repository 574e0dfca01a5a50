/**
 * The zip writer the consolidation is packed with (src/xlsx/zipWrite.ts) and its two `Deflate`s:
 * what it writes is read back, entry for entry, by JSZip, by our guarded zip reader and by
 * Python's zipfile (a third, independent reader that checks every CRC); the CRC-32 in JavaScript
 * agrees with zlib's; an entry deflate cannot shrink is stored.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as zlib from 'node:zlib';
import JSZip from 'jszip';
import { crc32 } from '../../src/xlsx/crc32';
import { streamDeflate, type Deflate } from '../../src/xlsx/deflate';
import { nodeDeflate } from '../../src/xlsx/deflateNode';
import { nodeInflate } from '../../src/xlsx/inflateNode';
import { readEndOfDirectory, readEntries } from '../../src/xlsx/zipDirectory';
import { writeZip, type ZipEntryData } from '../../src/xlsx/zipWrite';

const text = (s: string) => new TextEncoder().encode(s);
/** Bytes no deflate can shrink (a fixed pseudo-random sequence). */
const noise = (n: number) => {
  const out = new Uint8Array(n);
  let x = 0x2545f491;
  for (let i = 0; i < n; i++) out[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
  return out;
};

const entries: ZipEntryData[] = [
  { name: '[Content_Types].xml', data: text('<?xml version="1.0"?><Types/>') },
  { name: 'xl/worksheets/sheet1.xml', data: text('<row><c r="A1"><v>1</v></c></row>'.repeat(5000)) },
  { name: 'xl/empty.xml', data: new Uint8Array(0) },
  { name: 'xl/média/données é.bin', data: noise(4096) },
];

/** Each entry's name and content (hex), for one comparison of whole entries. */
const listing = (list: ReadonlyArray<{ name: string; data: Uint8Array }>) => list.map((e) => `${e.name}: ${Buffer.from(e.data).toString('hex')}`);

/** A Deflate that cannot compress (a browser without CompressionStream): every entry stored. */
const noDeflate: Deflate = { raw: async () => undefined, crc32 };

const deflates: Array<[string, Deflate]> = [
  ['Node zlib', nodeDeflate],
  ['CompressionStream', streamDeflate],
  ['none (stored)', noDeflate],
];
const modified = new Date('2026-02-01T10:11:12Z');

describe.each(deflates)('writeZip with %s', (_name, deflate) => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await writeZip(entries, deflate, modified);
  });

  it('is read back entry for entry by JSZip, in order', async () => {
    const zip = await JSZip.loadAsync(bytes);
    const read = await Promise.all(Object.values(zip.files).map(async (f) => ({ name: f.name, data: await f.async('uint8array') })));
    expect(listing(read)).toEqual(listing(entries));
  });

  it('is read back by the guarded reader, each entry inflating to its declared size', async () => {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const directory = readEndOfDirectory(bytes, view);
    if ('reason' in directory) throw new Error(directory.reason);
    const read = readEntries(bytes, view, directory);
    if ('reason' in read) throw new Error(read.reason);
    const contents = await Promise.all(
      read.map(async (entry) => {
        const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
        // Inflated no further than the size the directory declares: a wrong size would fail here.
        return { name: entry.name, data: entry.method === 8 ? await nodeInflate(data, entry.uncompressedSize) : data };
      }),
    );
    expect(read.map((e) => e.uncompressedSize)).toEqual(entries.map((e) => e.data.length));
    expect(listing(contents)).toEqual(listing(entries));
  });

  it('stores an entry its deflate does not shrink, deflates the others when it can', async () => {
    const zip = await JSZip.loadAsync(bytes);
    const method = (name: string) => (zip.file(name) as unknown as { _data: { compression: { magic: string } | null } })._data.compression?.magic;
    expect(method('xl/média/données é.bin')).toBe('\x00\x00');
    expect(method('xl/worksheets/sheet1.xml')).toBe(deflate === noDeflate ? '\x00\x00' : '\x08\x00');
  });
});

it('passes Python zipfile’s CRC check with each Deflate, with the UTF-8 names and the date given', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ctg-zipwrite-'));
  const files = await Promise.all(
    deflates.map(async ([, deflate], i) => {
      const file = join(dir, `${i}.zip`);
      writeFileSync(file, await writeZip(entries, deflate, modified));
      return file;
    }),
  );
  // One interpreter for the three files: starting Python costs more than the checks.
  const script = 'import sys,zipfile,json\nprint(json.dumps([[zipfile.ZipFile(f).testzip(), [(i.filename, i.date_time) for i in zipfile.ZipFile(f).infolist()]] for f in sys.argv[1:]]))';
  const checked = JSON.parse(execFileSync('python3', ['-c', script, ...files], { encoding: 'utf8' })) as Array<[string | null, Array<[string, number[]]>]>;
  const expected = [null, entries.map((e) => [e.name, [2026, 2, 1, 10, 11, 12]])];
  expect(checked).toEqual(deflates.map(() => expected));
});

it.each([
  ['empty', new Uint8Array(0)],
  ['one byte', Uint8Array.of(0xff)],
  ['text', text('The quick brown fox jumps over the lazy dog')],
  ['noise', noise(100_000)],
])('the CRC-32 in JavaScript agrees with zlib’s: %s', (_name, data) => {
  expect(crc32(data)).toBe(zlib.crc32(data));
});
