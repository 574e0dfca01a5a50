/**
 * Issue 12, « Tests »: no crafted file under 1 MB takes more than 2 s or 300 MB to validate.
 * fast-check crafts hostile returns from a real filled one — cells at the far corner of many
 * sheets, columns past the template on thousands of rows, rows written again and again, numbers
 * that are no numbers, huge texts, a bloated `_ctg` — each under 1 MB; a separate Node process
 * validates them all as `ctg validate` does, timing each file, and reports its peak RSS (a bound
 * for every one of them). A bound test by the issue's request; the figures are in BENCHMARKS.md.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { entryData, guardXlsx } from '../../src/xlsx/guards';
import { editParts, sheetPart } from './rezip';
import { buildZip } from './zip';
import { filledReturn, type Generated } from '../returns/support';

const MB = 1024 * 1024;
const letters = (column: number): string => (column > 26 ? letters(Math.floor((column - 1) / 26)) : '') + String.fromCharCode(65 + ((column - 1) % 26));

type Shape =
  | { kind: 'far'; sheets: number; row: number; column: number }
  | { kind: 'wide'; rows: number; column: number }
  | { kind: 'again'; times: number }
  | { kind: 'unreadable'; cells: number; raw: string }
  | { kind: 'text'; length: number }
  | { kind: 'ctg'; rows: number }
  | { kind: 'noAddress'; cells: number };

const shapeArb: fc.Arbitrary<Shape> = fc.oneof(
  fc.record({ kind: fc.constant('far' as const), sheets: fc.integer({ min: 1, max: 200 }), row: fc.integer({ min: 1, max: 1_048_576 }), column: fc.integer({ min: 1, max: 16_384 }) }),
  fc.record({ kind: fc.constant('wide' as const), rows: fc.integer({ min: 1, max: 40_000 }), column: fc.integer({ min: 40, max: 16_384 }) }),
  fc.record({ kind: fc.constant('again' as const), times: fc.integer({ min: 1, max: 100_000 }) }),
  fc.record({ kind: fc.constant('unreadable' as const), cells: fc.integer({ min: 1, max: 20_000 }), raw: fc.constantFrom('NaN', 'INF', '1e309', '0x1F', '12abc', '--1') }),
  fc.record({ kind: fc.constant('text' as const), length: fc.integer({ min: 32_768, max: 3_000_000 }) }),
  fc.record({ kind: fc.constant('ctg' as const), rows: fc.integer({ min: 1, max: 300_000 }) }),
  fc.record({ kind: fc.constant('noAddress' as const), cells: fc.integer({ min: 1, max: 100_000 }) }),
);

function rows(from: number, count: number, row: (r: number) => string): string {
  const out: string[] = [];
  for (let r = from; r < from + count; r++) out.push(row(r));
  return out.join('');
}

/** Text that does not compress to nothing (a zip bomb would be refused before anything else). */
function noisy(length: number, seed: number): string {
  let s = seed >>> 0;
  let out = '';
  while (out.length < length) {
    s = (s * 1103515245 + 12345) >>> 0;
    out += 'acgt'[(s >>> 16) & 3];
  }
  return out;
}

function craft(generated: Generated, shapes: readonly Shape[]): Uint8Array {
  const sheet = sheetPart(generated.bytes, generated.inputs[0]!.sheet);
  const ctg = sheetPart(generated.bytes, '_ctg');
  // Rows within the template's reach first (rows 300–470 of a fiche sheet), then rows past it.
  const within: string[] = [];
  const add: Record<string, string[]> = { [sheet]: [], [ctg]: [] };
  let extraSheets = 0;
  let extraRow = 3000;
  let withinRow = 300;
  const next = (count: number) => {
    const at = extraRow;
    extraRow += count;
    return at;
  };
  const nextWithin = (count: number) => {
    const at = withinRow;
    withinRow = Math.min(470, withinRow + count);
    return at;
  };
  for (const shape of shapes) {
    switch (shape.kind) {
      case 'far':
        extraSheets = Math.max(extraSheets, shape.sheets);
        add[sheet]!.push(`<row r="${Math.max(shape.row, extraRow)}"><c r="${letters(shape.column)}${Math.max(shape.row, extraRow)}"><v>1</v></c></row>`);
        break;
      case 'wide': {
        const at = next(shape.rows);
        add[sheet]!.push(rows(at, shape.rows, (r) => `<row r="${r}"><c r="${letters(shape.column)}${r}"><v>${r % 97}</v></c></row>`));
        break;
      }
      case 'again': {
        const at = next(1);
        add[sheet]!.push(rows(0, shape.times, (i) => `<row r="${at}"><c r="A${at}"><v>${i}</v></c></row>`));
        break;
      }
      case 'unreadable': {
        const count = Math.min(Math.ceil(shape.cells / 30), 50);
        const at = nextWithin(count);
        within.push(rows(at, Math.min(count, 471 - at), (r) => `<row r="${r}">${Array.from({ length: 30 }, (_, c) => `<c r="${letters(c + 1)}${r}"><v>${shape.raw}</v></c>`).join('')}</row>`));
        break;
      }
      case 'text': {
        const at = nextWithin(1);
        within.push(`<row r="${at}"><c r="B${at}" t="inlineStr"><is><t>${noisy(shape.length, shape.length)}</t></is></c></row>`);
        break;
      }
      case 'ctg':
        add[ctg]!.push(rows(5000, shape.rows, (r) => `<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`));
        break;
      case 'noAddress': {
        const at = nextWithin(1);
        within.push(`<row r="${at}"><c r="A${at}"><v>0</v></c>${rows(0, shape.cells, (i) => `<c><v>${i % 10}</v></c>`)}</row>`);
        break;
      }
    }
  }
  add[sheet]!.unshift(...within);
  const edits: Record<string, (xml: string) => string> = {};
  for (const [part, extra] of Object.entries(add)) if (extra.length > 0) edits[part] = (xml) => xml.replace('</sheetData>', `${extra.join('')}</sheetData>`);
  if (extraSheets > 0) {
    const ids = Array.from({ length: extraSheets }, (_, i) => i + 1);
    edits['xl/workbook.xml'] = (xml) => xml.replace('</sheets>', `${ids.map((i) => `<sheet name="Ajout ${i}" sheetId="${900 + i}" r:id="rIdH${i}"/>`).join('')}</sheets>`);
    edits['xl/_rels/workbook.xml.rels'] = (xml) =>
      xml.replace('</Relationships>', `${ids.map((i) => `<Relationship Id="rIdH${i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${900 + i}.xml"/>`).join('')}</Relationships>`);
  }
  let bytes = editParts(generated.bytes, edits);
  if (extraSheets > 0) {
    // New parts: the far corner of each added sheet.
    const parts = Array.from({ length: extraSheets }, (_, i) => ({
      name: `xl/worksheets/sheet${901 + i}.xml`,
      data: `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1048576"><c r="XFD1048576"><v>${i}</v></c></row></sheetData></worksheet>`,
    }));
    bytes = appendParts(bytes, parts);
  }
  return bytes;
}

/** The zip's entries plus new ones (rezip.ts keeps entries; new ones are appended here). */
function appendParts(bytes: Uint8Array, parts: Array<{ name: string; data: string }>): Uint8Array {
  const kept = guardXlsx(bytes, { maxEntries: 100_000 }).map((e) => ({ name: e.name, data: new Uint8Array(e.method === 0 ? entryData(bytes, e) : inflateRawSync(entryData(bytes, e))) }));
  return buildZip([...kept, ...parts]);
}

it('no crafted file under 1 MB takes more than 2 s or 300 MB to validate', async () => {
  const generated = await filledReturn('epci');
  const dir = mkdtempSync(join(tmpdir(), 'ctg-hostile-'));
  try {
    const samples = fc.sample(fc.array(shapeArb, { minLength: 1, maxLength: 3 }), { numRuns: 14, seed: 12 });
    let written = 0;
    for (const [i, shapes] of samples.entries()) {
      const bytes = craft(generated, shapes);
      if (bytes.length >= MB) continue;
      writeFileSync(join(dir, `hostile-${String(i).padStart(2, '0')}.xlsx`), bytes);
      written++;
    }
    expect(written).toBeGreaterThanOrEqual(10);
    const output = execFileSync(process.execPath, ['--import', 'tsx', join(__dirname, 'validateInChild.ts'), dir], { encoding: 'utf8', maxBuffer: 1 << 24, timeout: 120_000 });
    const lines = output.trim().split('\n').map((line) => JSON.parse(line) as { file?: string; ms?: number; status?: string; codes?: string[]; peakRssMb?: number });
    if (process.env.CTG_SHOW_BOUNDS) process.stdout.write(`${output}\n`);
    const files = lines.filter((l) => l.file !== undefined);
    expect(files).toHaveLength(written);
    for (const file of files) expect({ file: file.file, slow: file.ms! > 2000 }).toEqual({ file: file.file, slow: false });
    // The hostile parts were met, not merely refused at the door.
    const codes = new Set(files.flatMap((f) => f.codes ?? []));
    expect([...codes]).toEqual(expect.arrayContaining(['cells_beyond_template', 'value_unreadable', 'sheet_not_read']));
    expect(lines.at(-1)!.peakRssMb).toBeLessThan(300);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
