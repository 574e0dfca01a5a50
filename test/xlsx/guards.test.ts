/**
 * Hostile inputs, built here byte by byte: each must be refused with its code and a French
 * message, before ExcelJS (or any inflate) sees it.
 */
import { createDeflateRaw, crc32, deflateRawSync } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import { untrustedFileMessage } from '../../src/i18n/untrustedFile';
import { guardXlsx, InflateLimitError, inspectXlsx, readGrids, streamInflate, UntrustedFileError, type UntrustedFileCode } from '../../src/xlsx';
import { writeGrids } from '../support/writeGrids';
import { nodeInflate } from '../../src/xlsx/inflateNode';
import { buildZip, minimalXlsx, minimalXlsxParts } from './zip';

const MB = 1024 * 1024;

/** 300 MB of zeros, deflated in 1 MB chunks (≈ 300 KB): a zip bomb's single entry. */
async function deflatedZeros(megabytes: number): Promise<{ compressed: Uint8Array; size: number; crc: number }> {
  const zeros = Buffer.alloc(MB);
  const deflate = createDeflateRaw({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => parts.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  let crc = 0;
  for (let i = 0; i < megabytes; i++) {
    crc = crc32(zeros, crc);
    if (!deflate.write(zeros)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await ended;
  return { compressed: new Uint8Array(Buffer.concat(parts)), size: megabytes * MB, crc };
}

/** An OLE2 compound file header, with stream names in UTF-16LE as in its directory sectors. */
function ole2(...streamNames: string[]): Uint8Array {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const names = streamNames.map((name) => Buffer.from(name, 'utf16le'));
  return new Uint8Array(Buffer.concat([header, Buffer.alloc(504), ...names, Buffer.alloc(512)]));
}

let bomb: Uint8Array;
let validXlsx: Uint8Array;

beforeAll(async () => {
  const zeros = await deflatedZeros(300);
  bomb = buildZip([...minimalXlsxParts().slice(0, 4), { name: 'xl/worksheets/sheet1.xml', ...zeros }]);
  validXlsx = await writeGrids([{ name: 'Feuille', rows: [['a', 1], ['b', 2]], formulas: [] }]);
});

const xlsxWith = (extra: Parameters<typeof buildZip>[0]) => buildZip([...minimalXlsxParts(), ...extra]);

/** Name, bytes (built lazily, after beforeAll), expected code, a phrase of the French message. */
const hostile: Array<[string, () => Uint8Array, UntrustedFileCode, RegExp]> = [
  ['random bytes', () => new Uint8Array(randomBytes(4096)), 'not_zip', /n’est pas un classeur Excel \(\.xlsx\)/],
  ['a CSV file', () => new TextEncoder().encode('commune;valeur\nDigne;12\n'), 'not_zip', /fichier texte \(CSV\)/],
  ['an empty file', () => new Uint8Array(0), 'not_zip', /enregistrez-le au format Classeur Excel \(\.xlsx\)/],
  ['a zip bomb (300 MB of zeros in one entry)', () => bomb, 'ratio', /bombe zip/],
  ['a macro-enabled workbook (xl/vbaProject.bin)', () => xlsxWith([{ name: 'xl/vbaProject.bin', data: randomBytes(2048) }]), 'macro', /macros.*Classeur Excel \(\.xlsx\)/],
  ['Excel 4.0 macro sheets', () => xlsxWith([{ name: 'xl/macrosheets/sheet1.xml', data: '<xm/>' }]), 'macro', /macros/],
  [
    'an OpenDocument spreadsheet (mimetype entry)',
    () =>
      buildZip([
        { name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet', method: 0 },
        { name: 'content.xml', data: '<office:document-content/>' },
        { name: 'META-INF/manifest.xml', data: '<manifest:manifest/>' },
      ]),
    'ods',
    /OpenDocument.*LibreOffice/,
  ],
  ['an encrypted OOXML file (OLE2 with EncryptionInfo)', () => ole2('EncryptionInfo', 'EncryptedPackage'), 'encrypted', /mot de passe/],
  ['a legacy .xls (OLE2 with a Workbook stream)', () => ole2('Workbook', 'SummaryInformation'), 'legacy_xls', /Excel 97-2003 \(\.xls\)/],
  ['a bare OLE2 header', () => ole2(), 'legacy_xls', /chiffré ou à l’ancien format \.xls/],
  ['a truncated zip (first half of a real .xlsx)', () => validXlsx.slice(0, Math.floor(validXlsx.length / 2)), 'corrupt', /endommagé.*tronqué/],
  ['a zip whose directory points past its data', () => truncatedData(), 'corrupt', /endommagé/],
  ['a zip with encrypted entries (flag bit 0)', () => xlsxWith([{ name: 'xl/secret.xml', data: 'x', flags: 1 }]), 'encrypted', /mot de passe/],
  ['a Word document', () => buildZip([{ name: '[Content_Types].xml', data: '<Types/>' }, { name: 'word/document.xml', data: '<w:document/>' }]), 'not_xlsx', /document Word/],
  ['a binary workbook (.xlsb)', () => buildZip([{ name: 'xl/workbook.bin', data: randomBytes(64) }]), 'not_xlsx', /\.xlsb/],
  ['2 001 entries', () => buildZip(Array.from({ length: 2001 }, (_, i) => ({ name: `xl/media/f${i}.txt`, data: 'x', method: 0 as const }))), 'too_many_entries', /2 001 pour 2 000/],
  [
    '250 MB declared in total (no single entry over the ratio)',
    () => xlsxWith([0, 1, 2].map((i) => ({ name: `xl/media/big${i}.bin`, data: randomBytes(512 * 1024), declaredSize: 90 * MB }))),
    'uncompressed_too_large',
    /270 Mo une fois ouvert, pour 200 Mo au plus/,
  ],
  ['a file over 20 MB', () => new Uint8Array(21 * MB), 'too_large', /21 Mo pour 20 Mo au plus/],
];

function truncatedData(): Uint8Array {
  const zip = Buffer.from(minimalXlsx());
  // Claim a larger compressed size for the first entry in the central directory.
  const cd = zip.readUInt32LE(zip.length - 22 + 16);
  zip.writeUInt32LE(zip.length, cd + 20);
  return new Uint8Array(zip);
}

describe('guardXlsx (zip directory, before any unzip)', () => {
  it.each(hostile)('refuses %s', (_name, build, code, message) => {
    const bytes = build();
    const result = inspectXlsx(bytes);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issue.code).toBe(code);
    const error = (() => {
      try {
        guardXlsx(bytes);
      } catch (e) {
        return e as UntrustedFileError;
      }
      throw new Error('guardXlsx did not throw');
    })();
    expect(error).toBeInstanceOf(UntrustedFileError);
    expect(error.code).toBe(code);
    expect(untrustedFileMessage(error.issue)).toMatch(message);
  });

  it('refuses the zip bomb from the directory alone: fast, with little memory, and never inflates', async () => {
    const inflate = jest.fn(nodeInflate);
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const result = inspectXlsx(bomb);
    await expect(readGrids(bomb, { inflate })).rejects.toMatchObject({ code: 'ratio' });
    const elapsed = performance.now() - started;
    const heapGrowth = process.memoryUsage().heapUsed - heapBefore;
    expect(result).toMatchObject({ ok: false, issue: { code: 'ratio', params: { name: 'xl/worksheets/sheet1.xml' } } });
    expect(bomb.length).toBeLessThan(1 * MB);
    expect(elapsed).toBeLessThan(1000);
    expect(heapGrowth).toBeLessThan(16 * MB);
    expect(inflate).not.toHaveBeenCalled();
  });

  it('accepts a real .xlsx and lists its entries with their sizes', () => {
    const entries = guardXlsx(validXlsx);
    expect(entries.map((e) => e.name)).toEqual(expect.arrayContaining(['xl/workbook.xml', 'xl/worksheets/sheet1.xml']));
    for (const entry of entries) expect(entry.uncompressedSize).toBeGreaterThanOrEqual(0);
  });

  it('takes its caps as options', () => {
    expect(inspectXlsx(validXlsx, { maxFileBytes: 1000 })).toMatchObject({ ok: false, issue: { code: 'too_large' } });
    expect(inspectXlsx(validXlsx, { maxEntries: 3 })).toMatchObject({ ok: false, issue: { code: 'too_many_entries' } });
    expect(inspectXlsx(validXlsx, { maxUncompressedBytes: 100 })).toMatchObject({ ok: false, issue: { code: 'uncompressed_too_large' } });
    const compressible = xlsxWith([{ name: 'xl/media/zeros.bin', data: new Uint8Array(64 * 1024) }]);
    expect(inspectXlsx(compressible)).toMatchObject({ ok: true });
    expect(inspectXlsx(compressible, { ratioMinBytes: 1024, maxRatio: 10 })).toMatchObject({ ok: false, issue: { code: 'ratio' } });
  });

  it('tolerates a zip comment after the directory', () => {
    expect(inspectXlsx(buildZip(minimalXlsxParts(), { comment: 'x'.repeat(1000) }))).toMatchObject({ ok: true });
  });
});

describe('readGrids refuses what ExcelJS would expand, before ExcelJS sees it', () => {
  const validations = (sqref: string) =>
    `<dataValidations count="1"><dataValidation type="whole" allowBlank="1" sqref="${sqref}"><formula1>0</formula1></dataValidation></dataValidations>`;

  const cases: Array<[string, () => Uint8Array, UntrustedFileCode, RegExp]> = [
    ['a dataValidation over the whole sheet', () => minimalXlsx({ sheetTail: validations('A1:XFD1048576') }), 'validation_range_too_large', /feuille « Saisie ».*A1:XFD1048576/],
    ['the same range hidden behind character references', () => minimalXlsx({ sheetTail: validations('A1:&#88;FD1048576') }), 'validation_range_too_large', /Validation des données/],
    ['a prompt holding « > » before the sqref', () => minimalXlsx({ sheetTail: `<dataValidations count="1"><dataValidation type="whole" prompt="a &gt; b > c" sqref="A1:A1048576"/></dataValidations>` }), 'validation_range_too_large', /1 048 576 cellules/],
    ['many small ranges adding up', () => minimalXlsx({ sheetTail: validations(Array.from({ length: 300 }, (_, i) => `A${i * 1000 + 1}:A${i * 1000 + 1000}`).join(' ')) }), 'validation_range_too_large', /300 000|100 000/],
    ['a defined name over a whole sheet', () => minimalXlsx({ definedNames: '<definedName name="tout">Saisie!$A$1:$XFD$1048576</definedName>' }), 'validation_range_too_large', /nom défini « tout »/],
    ['one merge over a whole column', () => minimalXlsx({ sheetTail: '<mergeCells count="1"><mergeCell ref="C1:C1048576"/></mergeCells>' }), 'sheet_structure_too_large', /cellules fusionnées/],
    ['a column definition up to column 2 000 000 000', () => minimalXlsx({ cols: '<cols><col min="1" max="2000000000" width="9"/></cols>' }), 'sheet_structure_too_large', /colonnes au-delà de la limite/],
    ['an entry that inflates beyond its declared size', () => lyingEntry(), 'corrupt', /ne fait pas la taille/],
    ['a DOCTYPE in a worksheet', doctype, 'corrupt', /DOCTYPE/],
  ];

  it.each(cases)('refuses %s', async (_name, build, code, message) => {
    const xlsxGetter = jest.spyOn(ExcelJS.Workbook.prototype, 'xlsx', 'get');
    try {
      const started = performance.now();
      const error = await readGrids(build()).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(performance.now() - started).toBeLessThan(2000);
      expect(error).toBeInstanceOf(UntrustedFileError);
      expect(error).toMatchObject({ code });
      expect(untrustedFileMessage((error as UntrustedFileError).issue)).toMatch(message);
      expect(xlsxGetter).not.toHaveBeenCalled();
    } finally {
      xlsxGetter.mockRestore();
    }
  });

  it('reads the same workbook once its ranges are reasonable (the hand-made file is valid)', async () => {
    const bytes = minimalXlsx({
      sheetTail: `<mergeCells count="1"><mergeCell ref="C1:D2"/></mergeCells>${validations('A2:A500 C3:D10')}`,
      definedNames: '<definedName name="zone">Saisie!$A$1:$B$3</definedName><definedName name="_xlnm.Print_Area" localSheetId="0">Saisie!$A$1:$XFD$1048576</definedName>',
    });
    await expect(readGrids(bytes)).resolves.toEqual([{ name: 'Saisie', rows: [['Bonjour', 42]], formulas: [] }]);
  });
});

function lyingEntry(): Uint8Array {
  const parts = minimalXlsxParts();
  const sheet = parts[4]!;
  const xml = `${String(sheet.data).replace('</worksheet>', '')}${' '.repeat(2 * MB)}</worksheet>`;
  // The directory says 1 000 bytes; the data inflates to 2 MB (a ratio the guard cannot see).
  parts[4] = { name: sheet.name, compressed: deflateRawSync(Buffer.from(xml)), size: 1000, crc: 0 };
  return buildZip(parts);
}

function doctype(): Uint8Array {
  const parts = minimalXlsxParts();
  parts[4] = { ...parts[4]!, data: String(parts[4]!.data).replace('<worksheet', '<!DOCTYPE worksheet [<!ENTITY a "A1:XFD1048576">]><worksheet') };
  return buildZip(parts);
}

describe('bounded inflate', () => {
  const text = Buffer.from('ligne de données;'.repeat(100_000));
  const deflated = new Uint8Array(deflateRawSync(text));

  it.each([
    ['streamInflate (DecompressionStream)', streamInflate],
    ['nodeInflate (zlib)', nodeInflate],
  ])('%s gives the data back within its bound and stops beyond it', async (_name, inflate) => {
    expect(Buffer.from(await inflate(deflated, text.length)).equals(text)).toBe(true);
    await expect(inflate(deflated, 1000)).rejects.toBeInstanceOf(InflateLimitError);
    await expect(inflate(new Uint8Array([1, 2, 3, 4, 5]), 1000)).rejects.toThrow();
  });
});
