/**
 * The corpus, part 3: files refused before anything is read, each with its reason and a French
 * message saying what to do — macro-enabled, legacy .xls, encrypted, OpenDocument, PDF,
 * truncated, not a workbook; and hostile files (a zip bomb, validation ranges over whole
 * sheets) refused quickly, within bounded memory.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDeflateRaw, crc32 } from 'node:zlib';
import JSZip from 'jszip';
import { renderFinding } from '../../src/i18n/findings';
import type { ReturnResult } from '../../src/returns';
import { buildZip, minimalXlsxParts } from '../xlsx/zip';
import { convert } from '../support/libreoffice';
import { filledReturn, validate, type Generated } from './support';

let generated: Generated;
const converted = new Map<string, Uint8Array>();

/** The filled return converted by LibreOffice, as a commune's « Enregistrer sous » would. */
async function saveAs(format: string): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'ctg-saveas-'));
  mkdirSync(join(dir, 'in'));
  const source = join(dir, 'in', generated.fileName);
  writeFileSync(source, generated.bytes);
  const [file] = await convert(source, format, join(dir, 'out'));
  return new Uint8Array(readFileSync(file!));
}

async function rezip(bytes: Uint8Array, change: (zip: JSZip) => Promise<void> | void): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  await change(zip);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

function ole2(...streams: string[]): Uint8Array {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return new Uint8Array(Buffer.concat([header, Buffer.alloc(504), ...streams.map((s) => Buffer.from(s, 'utf16le')), Buffer.alloc(512)]));
}

beforeAll(async () => {
  generated = await filledReturn('epci');
  const [xls, ods, pdf] = await Promise.all([saveAs('xls'), saveAs('ods'), saveAs('pdf')]);
  converted.set('xls', xls).set('ods', ods).set('pdf', pdf);
}, 180_000);

const refusals: Array<[string, string, () => Promise<Uint8Array> | Uint8Array, RegExp]> = [
  [
    'a macro-enabled workbook (.xlsm: vbaProject.bin added)',
    'macro',
    () => rezip(generated.bytes, (zip) => void zip.file('xl/vbaProject.bin', new Uint8Array(2048).fill(7))),
    /macros.*\.xlsx/,
  ],
  ['a legacy .xls (saved by LibreOffice as Excel 97-2003)', 'legacy_xls', () => converted.get('xls')!, /Excel 97-2003 \(\.xls\)/],
  ['an encrypted workbook (OLE2 EncryptionInfo)', 'encrypted', () => ole2('EncryptionInfo', 'EncryptedPackage'), /mot de passe/],
  ['an OpenDocument spreadsheet (saved by LibreOffice as .ods)', 'ods', () => converted.get('ods')!, /OpenDocument.*Excel 2007-365 \(\.xlsx\)/],
  ['a PDF of the return', 'not_zip', () => converted.get('pdf')!, /PDF/],
  ['a corrupted (truncated) file', 'corrupt', () => generated.bytes.slice(0, Math.floor(generated.bytes.length * 0.6)), /endommagé/],
  ['a zip that holds no workbook', 'not_xlsx', () => buildZip([{ name: 'notes.txt', data: 'bonjour' }]), /archive zip/],
  ['an empty file', 'not_zip', () => new Uint8Array(0), /n’est pas un classeur Excel/],
];

describe('returns corpus: refused files', () => {
  it.each(refusals)('%s → refused (%s)', async (_name, reason, bytes, message) => {
    const result = await validate(generated.plan, generated.fileName, await bytes());
    expect(result.status).toBe('refused');
    expect(result.submission).toBeNull();
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ code: 'file_refused', severity: 'error', file: generated.fileName, params: { reason } });
    expect(renderFinding(result.findings[0]!)).toMatch(message);
  });
});

/** 300 MB of zeros deflated in 1 MB chunks (≈ 300 KB): a zip bomb's single entry. */
async function deflatedZeros(megabytes: number): Promise<{ compressed: Uint8Array; size: number; crc: number }> {
  const MB = 1024 * 1024;
  const zeros = Buffer.alloc(MB);
  const deflate = createDeflateRaw({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => parts.push(chunk));
  const ended = new Promise<void>((resolve) => deflate.on('end', resolve));
  let crc = 0;
  for (let i = 0; i < megabytes; i++) {
    crc = crc32(zeros, crc);
    if (!deflate.write(zeros)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await ended;
  return { compressed: new Uint8Array(Buffer.concat(parts)), size: megabytes * MB, crc };
}

describe('hostile returns: refused fast, within bounded memory', () => {
  const measure = async (bytes: Uint8Array): Promise<{ result: ReturnResult; ms: number; grownMb: number }> => {
    const before = process.memoryUsage().rss;
    const started = performance.now();
    const result = await validate(generated.plan, generated.fileName, bytes);
    return { result, ms: performance.now() - started, grownMb: (process.memoryUsage().rss - before) / 1024 / 1024 };
  };

  it('a zip bomb (300 MB of zeros in one sheet) is refused from its directory, nothing inflated', async () => {
    const zeros = await deflatedZeros(300);
    const bomb = buildZip([...minimalXlsxParts().slice(0, 4), { name: 'xl/worksheets/sheet1.xml', ...zeros }]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const { result, ms, grownMb } = await measure(bomb);
    expect(result.findings[0]?.params.reason).toBe('ratio');
    expect(result.status).toBe('refused');
    expect(ms).toBeLessThan(1000);
    expect(grownMb).toBeLessThan(64);
  }, 60_000);

  it.each([
    ['a data validation over a whole sheet', (xml: string) => xml.replace(/sqref="[^"]+"/, 'sqref="A1:XFD1048576"'), 'validation_range_too_large'],
    ['data validations over whole columns, as Excel writes them (D1:G1048576)', (xml: string) => xml.replace(/sqref="[^"]+"/g, 'sqref="D1:G1048576"'), 'validation_range_too_large'],
  ])('%s is refused before ExcelJS expands it', async (_name, edit, reason) => {
    const bytes = await rezip(generated.bytes, async (zip) => {
      const name = Object.keys(zip.files).find((n) => /xl\/worksheets\/sheet\d+\.xml$/.test(n) && n !== 'xl/worksheets/sheet1.xml')!;
      zip.file(name, edit(await zip.file(name)!.async('string')));
    });
    const { result, ms, grownMb } = await measure(bytes);
    expect(result.status).toBe('refused');
    expect(result.findings[0]?.params.reason).toBe(reason);
    expect(renderFinding(result.findings[0]!)).toMatch(/plage démesurée/);
    expect(ms).toBeLessThan(2000);
    expect(grownMb).toBeLessThan(100);
  });

  it('a defined name over a whole sheet is refused', async () => {
    const bytes = await rezip(generated.bytes, async (zip) => {
      const xml = await zip.file('xl/workbook.xml')!.async('string');
      const names = `<definedNames><definedName name="tout">'Lisez-moi'!$A$1:$XFD$1048576</definedName></definedNames>`;
      zip.file('xl/workbook.xml', xml.includes('<definedNames>') ? xml.replace('<definedNames>', names.replace('</definedNames>', '')) : xml.replace('</sheets>', `</sheets>${names}`));
    });
    const { result, ms } = await measure(bytes);
    expect(result.findings[0]?.params.reason).toBe('validation_range_too_large');
    expect(ms).toBeLessThan(2000);
  });
});
