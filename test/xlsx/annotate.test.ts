/**
 * The marked-up copy for the commune: each cell with a finding highlighted with a note, a
 * « Contrôles » sheet first with a link to each cell; the file received untouched, text from
 * the return never turned into a formula, and the copy still a valid return.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { validateGrids } from '../../src/app/validate';
import { renderFinding } from '../../src/i18n';
import type { Finding, ReturnResult } from '../../src/returns';
import { readGrids, UntrustedFileError } from '../../src/xlsx';
import { findingsSheetName } from '../../src/collect/layout';
import { annotateReturn } from '../../src/xlsx/annotate';
import { alter, filledReturn, inputOf, load, type Generated } from '../returns/support';

const A = '3.2.a1.reunions_collectives';
let generated: Generated;
let input: Uint8Array;
let inputCopy: Uint8Array;
let result: ReturnResult;
let annotated: Uint8Array;
let workbook: ExcelJS.Workbook;

const fillOf = (cell: ExcelJS.Cell) => (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
const noteOf = (cell: ExcelJS.Cell) => {
  const note = cell.note as unknown;
  return typeof note === 'string' ? note : ((note as { texts?: Array<{ text: string }> })?.texts ?? []).map((t) => t.text).join('');
};
const cellOf = (code: string, period: string, member = '') => {
  const i = inputOf(generated, code, period, member);
  return workbook.getWorksheet(i.sheet)!.getCell(i.cell);
};

beforeAll(async () => {
  generated = await filledReturn('epci');
  input = await alter(generated, (w, at) => {
    at(A, '2024').value = '=HYPERLINK("http://exemple.invalid","clic")';
    at('3.2.a1.projets', '2024', 'eaje').value = 2.5;
    at('3.1.a1.jours_arret_travail', '2024').value = '5';
    at('3.3.a1.rencontres_partenaires', '2025').value = 50;
    const na = w.getWorksheet(at(A, '2024').worksheet.name)!.getCell(`D${at(A, '2024').row}`);
    na.value = '+33 4 92';
    w.getWorksheet(at(A, '2024').worksheet.name)!.getCell(`J${at(A, '2024').row}`).value = '@SOMME(A1)';
  });
  inputCopy = input.slice();
  result = validateGrids(generated.plan, generated.fileName, await readGrids(input));
  annotated = await annotateReturn(input, result.findings, { fileName: generated.fileName });
  workbook = await load(annotated);
});

it('leaves the bytes it was given untouched', () => {
  expect(Buffer.compare(Buffer.from(input), Buffer.from(inputCopy))).toBe(0);
});

it('highlights each cell with a finding by its worst severity, and leaves the others as they were', () => {
  expect(fillOf(cellOf(A, '2024'))).toBe('FFFFC7CE'); // error: text where a number is expected
  expect(fillOf(cellOf('3.2.a1.projets', '2024', 'eaje'))).toBe('FFFFC7CE');
  expect(fillOf(cellOf('3.3.a1.rencontres_partenaires', '2025'))).toBe('FFFFEB9C'); // warning: ×10
  expect(fillOf(cellOf('3.1.a1.jours_arret_travail', '2024'))).toBe('FFDDEBF7'); // info: number typed as text
  // Cells of the same style are not repainted with it (ExcelJS shares style objects).
  expect(fillOf(cellOf(A, '2023'))).toBe('FFFFF2CC');
  expect(fillOf(cellOf('3.2.a1.projets', '2024', 'mam'))).toBe('FFFFF2CC');
});

it('puts every message of a cell in its note, after the note it already had', () => {
  const note = noteOf(cellOf('3.3.a1.rencontres_partenaires', '2025'));
  expect(note).toContain('Contrôle CTG');
  expect(note).toContain(renderFinding(result.findings.find((f) => f.code === 'implausible_change')!));
  const row = Number(cellOf(A, '2024').row);
  const na = workbook.getWorksheet(cellOf(A, '2024').worksheet.name)!.getCell(`D${row}`);
  expect(noteOf(na)).toMatch(/^Non demandé pour cette période : ne rien saisir\.\n\nContrôle CTG\n• Erreur : Une valeur/);
});

it('adds a « Contrôles » sheet, first and active, one row per finding with a link to its cell', () => {
  const sheet = workbook.worksheets[0]!;
  expect(sheet.name).toBe(findingsSheetName);
  expect(workbook.views[0]?.activeTab).toBe(0);
  expect(sheet.getRow(4).getCell(9).value).toBe('Message');
  const rows = result.findings.map((_f, i) => sheet.getRow(5 + i));
  expect(rows.map((r) => r.getCell(10).value)).toEqual(result.findings.map((f) => f.code));
  const located = result.findings.findIndex((f) => f.code === 'not_whole_number');
  const link = rows[located]!.getCell(4).value as ExcelJS.CellHyperlinkValue;
  const target = inputOf(generated, '3.2.a1.projets', '2024', 'eaje');
  expect(link).toEqual({ text: target.cell, hyperlink: `#'${target.sheet}'!${target.cell}` });
  expect(String(sheet.getCell('A2').value)).toMatch(/3 erreurs, 2 avertissements, 1 information/);
});

it('prints « Contrôles » on A4 landscape, every column on one page width, the header repeated, each message row as tall as its lines', () => {
  const sheet = workbook.worksheets[0]!;
  expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '4:4' });
  const heights = result.findings.map((f, i) => [renderFinding(f).length, sheet.getRow(5 + i).height] as const);
  // A longer message never gets a shorter row, and a message over one line's width gets more than one line.
  for (const [length, height] of heights) expect(height).toBeGreaterThanOrEqual(length > 70 ? 32 : 17);
  const sorted = [...heights].sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < sorted.length; i++) expect(sorted[i]![1]).toBeGreaterThanOrEqual(sorted[i - 1]![1]);
});

it('writes text from the return as text, never as a formula', async () => {
  const zip = await JSZip.loadAsync(annotated);
  const book = await zip.file('xl/workbook.xml')!.async('string');
  const relId = /<sheet [^>]*name="Contrôles"[^>]*r:id="([^"]+)"/.exec(book)![1];
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const target = new RegExp(`Id="${relId}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${relId}"`).exec(rels)![1];
  const xml = await zip.file(`xl/${target!.replace(/^\/?xl\//, '')}`)!.async('string');
  expect(xml).not.toMatch(/<f>/);
  const grid = (await readGrids(annotated)).find((g) => g.name === findingsSheetName)!;
  expect(grid.formulas.flat().filter(Boolean)).toEqual([]);
  const values = grid.rows.flat();
  for (const typed of ['=HYPERLINK("http://exemple.invalid","clic")', '+33 4 92', '@SOMME(A1)']) expect(values).toContain(typed);
  // Text format: editing the cell in Excel keeps it text.
  const sheet = workbook.worksheets[0]!;
  const row = sheet.getColumn(8).values.findIndex((v) => v === '+33 4 92');
  expect(sheet.getRow(row).getCell(8).numFmt).toBe('@');
});

it('is still a valid return: validated again, it gives the same findings', () => {
  return readGrids(annotated).then((grids) => {
    const again = validateGrids(generated.plan, generated.fileName, grids);
    expect(again.findings).toEqual(result.findings);
  });
});

it('marks up a file with no finding with a « Contrôles » sheet saying so', async () => {
  const clean = await load(await annotateReturn(generated.bytes, []));
  expect(clean.worksheets[0]!.name).toBe(findingsSheetName);
  expect(clean.worksheets[0]!.getCell('A2').value).toBe('Aucune anomalie relevée.');
});

it('refuses a hostile file as the reader does, before ExcelJS loads it', async () => {
  const zip = await JSZip.loadAsync(generated.bytes);
  const name = Object.keys(zip.files).find((n) => /xl\/worksheets\/sheet2\.xml$/.test(n))!;
  zip.file(name, (await zip.file(name)!.async('string')).replace(/sqref="[^"]+"/, 'sqref="A1:XFD1048576"'));
  const hostile = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  await expect(annotateReturn(hostile, [])).rejects.toBeInstanceOf(UntrustedFileError);
});

it('opens in LibreOffice, the « Contrôles » sheet showing typed text as text', async () => {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { sheetsAsCsv } = await import('../support/libreoffice');
  const file = join(mkdtempSync(join(tmpdir(), 'ctg-annotated-')), 'controle.xlsx');
  writeFileSync(file, annotated);
  const sheets = await sheetsAsCsv(file);
  const rows = sheets.get(findingsSheetName)!;
  const values = rows.map((r) => r[7]);
  expect(values).toContain('=HYPERLINK("http://exemple.invalid","clic")');
  expect(values).toContain('@SOMME(A1)');
  expect(rows.flat()).not.toContain('clic');
}, 120_000);

/**
 * Issue 12: packages ExcelJS 4.4 could not load, now marked up. Each case is a return as another
 * client writes it, or our return rewritten the same way; before the fix each one crashed ExcelJS
 * or lost a sheet or a note from the copy.
 */
describe('a return written by another client gets its annotated copy', () => {
  const hostile = (name: string) => () => Promise.resolve(new Uint8Array(readFileSync(join(__dirname, '..', 'fixtures', 'hostile', name))));
  const openpyxl = (name: string) => () => Promise.resolve(new Uint8Array(readFileSync(join(__dirname, '..', 'fixtures', 'clients', 'openpyxl', name))));
  /** Every internal relationship target written absolute, from the package root (as openpyxl does). */
  const absolute = (folder: string, target: string) => new URL(target, `http://package/${folder}`).pathname;
  const relsFolder = (part: string) => part.slice(0, part.lastIndexOf('_rels/'));

  /** `input` (our return, with findings and notes) rewritten: its rels' targets and its part names. */
  async function rewritten(
    target: (folder: string, target: string) => string,
    rename: (part: string) => string = (p) => p,
    edit: (part: string, xml: string) => string = (_p, xml) => xml,
  ): Promise<Uint8Array> {
    const from = await JSZip.loadAsync(input);
    const to = new JSZip();
    for (const entry of Object.values(from.files)) {
      if (entry.dir) continue;
      let data: string | Uint8Array = await entry.async('uint8array');
      if (/\.(xml|rels|vml)$/.test(entry.name)) {
        let xml = await entry.async('string');
        if (entry.name.endsWith('.rels')) {
          xml = xml.replace(/<Relationship [^>]*\/>/g, (rel) =>
            / TargetMode="External"/.test(rel) ? rel : rel.replace(/ Target="([^"]*)"/, (_m, t: string) => ` Target="${target(relsFolder(entry.name), t)}"`),
          );
        }
        data = edit(entry.name, xml);
      }
      to.file(rename(entry.name), data);
    }
    return to.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  }
  const openpyxlNames = (part: string) =>
    part.replace(/^xl\/comments(\d+)\.xml$/, 'xl/comments/comment$1.xml').replace(/^xl\/drawings\/vmlDrawing(\d+)\.vml$/, 'xl/drawings/commentsDrawing$1.vml');
  const doctype = (file: string) => (part: string, xml: string) =>
    part === file ? xml.replace(/(<\?xml[^>]*\?>)?\s*</, '$1<!DOCTYPE p [<!ENTITY t "CTG">]><').replace(/(<dc:creator>|<Application>)/, '$1&t; ') : xml;

  const ours = { findings: () => result.findings, note: true };
  const fixture = { findings: () => [] as Finding[], note: false };
  const cases: Array<[string, () => Promise<Uint8Array>, { findings: () => Finding[]; note: boolean }]> = [
    ['the hostile return saved by openpyxl', hostile('CTG-P2A-2022-2025_04070_Digne-les-Bains (openpyxl).xlsx'), fixture],
    ['the hostile return with a DOCTYPE in docProps/core.xml', hostile('CTG-P2A-2022-2025_04001_Aiglun (doctype).xlsx'), fixture],
    ['the EPCI return filled in by openpyxl', openpyxl('CTG-P2A-2022-2025_200067437_Provence-Alpes-Agglomeration.xlsx'), fixture],
    ['the Caf return filled in by openpyxl', openpyxl('CTG-P2A-2022-2025_caf04_Caisse-d-Allocations-Familiales-des-Alpes-de-Haute-Provence.xlsx'), fixture],
    ['ours with every internal target absolute', () => rewritten(absolute), ours],
    ['ours with openpyxl’s names for comments and their drawings, targets absolute', () => rewritten((f, t) => `/${openpyxlNames(absolute(f, t).slice(1))}`, openpyxlNames), ours],
    ['ours with openpyxl’s names, targets relative', () => rewritten((_f, t) => t, openpyxlNames, (part, xml) => xml.replace(/\.\.\/comments(\d+)\.xml/g, '../comments/comment$1.xml').replace(/vmlDrawing(\d+)\.vml/g, 'commentsDrawing$1.vml')), ours],
    ['ours with detours (« ./ », « ../ ») in relative targets', () => rewritten((_f, t) => (t.startsWith('../') ? `./../worksheets/../${t.slice(3)}` : `./${t}`)), ours],
    ['ours with a DOCTYPE and an entity in docProps/core.xml', () => rewritten((_f, t) => t, undefined, doctype('docProps/core.xml')), ours],
    ['ours with a DOCTYPE and an entity in docProps/app.xml', () => rewritten((_f, t) => t, undefined, doctype('docProps/app.xml')), ours],
  ];

  it.each(cases)('%s', async (_case, make, expected) => {
    const bytes = await make();
    const before = bytes.slice();
    const copy = await annotateReturn(bytes, expected.findings());
    expect(Buffer.compare(Buffer.from(bytes), Buffer.from(before))).toBe(0);
    // Every sheet of the return is in the copy, after « Contrôles », with every note it had.
    const zip = await JSZip.loadAsync(bytes);
    const book = await zip.file('xl/workbook.xml')!.async('string');
    const sheets = [...book.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]!.replace(/&apos;/g, "'").replace(/&amp;/g, '&'));
    const marked = await load(copy);
    expect(marked.worksheets.map((w) => w.name)).toEqual([findingsSheetName, ...sheets]);
    let comments = 0;
    for (const entry of Object.values(zip.files)) if (!entry.dir && /comment[^/]*\.xml$/.test(entry.name)) comments += ((await entry.async('string')).match(/<comment /g) ?? []).length;
    let notes = 0;
    marked.eachSheet((w) => w.eachRow((row) => row.eachCell((cell) => void (noteOf(cell) !== '' && notes++))));
    expect(comments).toBeGreaterThan(0);
    expect(notes).toBeGreaterThanOrEqual(comments);
    if (expected.note) {
      const row = Number(cellOf(A, '2024').row);
      const na = marked.getWorksheet(cellOf(A, '2024').worksheet.name)!.getCell(`D${row}`);
      expect(noteOf(na)).toMatch(/^Non demandé pour cette période : ne rien saisir\.\n\nContrôle CTG\n• Erreur : /);
      expect(marked.worksheets[0]!.getRow(5 + expected.findings().length - 1).getCell(10).value).toBe(expected.findings().at(-1)!.code);
    }
  }, 30_000);
});
