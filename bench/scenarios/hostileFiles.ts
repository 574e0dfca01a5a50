/**
 * The worst returns of issue 12 (« One small file takes everything down », sparse part), crafted
 * from a real simulated return of Digne-les-Bains by editing its XML: written once to a folder in
 * the system's temporary directory, by a separate process, so that each measured process starts
 * cold. Also used by test/xlsx/hostileBound.test.ts (the property test) for its fixed cases.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';

const version = 3;
export const hostileDir = join(tmpdir(), `ctg-bench-hostile-v${version}`);

export const hostileCases = {
  'far-corner': 'one cell at XFD1048576 in a fiche sheet',
  'xfd-20000-rows': 'column XFD filled on 20 000 rows of a fiche sheet',
  'sheets-200': '200 added sheets, each with one cell at XFD1048576',
  'ctg-1000000-rows': 'a _ctg sheet of 1 000 000 rows',
  'ctg-300000-rows': 'a _ctg sheet of 300 000 rows (within the budget of uncompressed bytes)',
  'shared-string-50mb': 'a 50 MB shared string in a comment cell',
} as const;
export type HostileCase = keyof typeof hostileCases;

/** The folder of crafted files, created on first use: case → path. */
export function hostileFiles(): Record<HostileCase, string> {
  if (!existsSync(join(hostileDir, 'complete'))) execFileSync(process.execPath, ['--import', 'tsx', __filename, hostileDir], { stdio: 'inherit' });
  const files = readdirSync(hostileDir);
  return Object.fromEntries(Object.keys(hostileCases).map((name) => [name, join(hostileDir, files.find((f) => f.startsWith(`${name}_`))!)])) as Record<HostileCase, string>;
}

type Edit = (zip: JSZip, sheetPart: (name: string) => Promise<string>) => Promise<void>;

/** Rows `from`…`from + count − 1`, each built by `row` — as one string, built in chunks. */
function rows(from: number, count: number, row: (r: number) => string): string {
  const chunks: string[] = [];
  for (let r = from; r < from + count; r++) chunks.push(row(r));
  return chunks.join('');
}

const edits: Record<HostileCase, Edit> = {
  'far-corner': async (zip, part) => {
    const name = await part('FA 3.2 - Accueil 0-3 ans');
    const xml = await zip.file(name)!.async('string');
    zip.file(name, xml.replace('</sheetData>', '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>'));
  },
  'xfd-20000-rows': async (zip, part) => {
    const name = await part('FA 3.2 - Accueil 0-3 ans');
    const xml = await zip.file(name)!.async('string');
    zip.file(name, xml.replace('</sheetData>', `${rows(1000, 20_000, (r) => `<row r="${r}"><c r="XFD${r}"><v>${r % 7}</v></c></row>`)}</sheetData>`));
  },
  'sheets-200': async (zip) => {
    let workbook = await zip.file('xl/workbook.xml')!.async('string');
    let rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    let types = await zip.file('[Content_Types].xml')!.async('string');
    const sheets: string[] = [];
    for (let i = 1; i <= 200; i++) {
      const part = `xl/worksheets/sheet${900 + i}.xml`;
      zip.file(part, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1048576"><c r="XFD1048576"><v>${i}</v></c></row></sheetData></worksheet>`);
      sheets.push(`<sheet name="Ajout ${i}" sheetId="${900 + i}" r:id="rIdH${i}"/>`);
      rels = rels.replace('</Relationships>', `<Relationship Id="rIdH${i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${900 + i}.xml"/></Relationships>`);
      types = types.replace('</Types>', `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`);
    }
    workbook = workbook.replace('</sheets>', `${sheets.join('')}</sheets>`);
    zip.file('xl/workbook.xml', workbook);
    zip.file('xl/_rels/workbook.xml.rels', rels);
    zip.file('[Content_Types].xml', types);
  },
  'ctg-1000000-rows': async (zip, part) => {
    const name = await part('_ctg');
    const xml = await zip.file(name)!.async('string');
    zip.file(name, xml.replace('</sheetData>', `${rows(1000, 1_000_000, (r) => `<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`)}</sheetData>`));
  },
  'ctg-300000-rows': async (zip, part) => {
    const name = await part('_ctg');
    const xml = await zip.file(name)!.async('string');
    zip.file(name, xml.replace('</sheetData>', `${rows(1000, 300_000, (r) => `<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`)}</sheetData>`));
  },
  'shared-string-50mb': async (zip, part) => {
    // Four letters at random: about 4:1 compressed, within the ratio and size caps (12–13 MB).
    let seed = 46;
    const letters = 'acgt';
    const text = Array.from({ length: 50 * 1024 * 1024 }, () => letters[((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 3]).join('');
    const strings = await zip.file('xl/sharedStrings.xml')!.async('string');
    const index = (strings.match(/<si>/g) ?? []).length;
    zip.file('xl/sharedStrings.xml', strings.replace('</sst>', `<si><t>${text}</t></si></sst>`));
    const name = await part('FA 3.2 - Accueil 0-3 ans');
    const xml = await zip.file(name)!.async('string');
    // The comment column of the first data row (G7 in the generated layout; anywhere is fine).
    zip.file(name, xml.replace('</sheetData>', `<row r="400"><c r="G400" t="s"><v>${index}</v></c></row></sheetData>`));
  },
};

async function write(dir: string): Promise<void> {
  const { collectionFileName } = await import('../../src/app/fileNames');
  const { simulateReturn } = await import('../../src/demo');
  const { respondentsOf } = await import('../../src/collect');
  const { defaultPlan } = await import('../../src/plan');
  const { renderSpec } = await import('../../src/xlsx/renderSpec');
  const plan = defaultPlan();
  const digne = respondentsOf(plan).find((r) => r.code === '04070')!;
  const base = await renderSpec(simulateReturn(plan, digne, { seed: 46, now: '2025-12-01T09:00:00.000Z', completeness: 'full', anomalies: [] }).spec);
  const staging = `${dir}.tmp-${process.pid}`;
  mkdirSync(staging, { recursive: true });
  for (const name of Object.keys(edits) as HostileCase[]) {
    const zip = await JSZip.loadAsync(base);
    const workbook = await zip.file('xl/workbook.xml')!.async('string');
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    const sheetPart = async (sheet: string) => {
      const id = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="([^"]+)"`).exec(workbook)![1];
      const target = new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)![1]!;
      return `xl/${target.replace(/^\/?xl\//, '')}`;
    };
    await edits[name](zip, sheetPart);
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
    writeFileSync(join(staging, `${name}_${collectionFileName(plan, digne)}`), bytes);
  }
  writeFileSync(join(staging, 'complete'), '');
  renameSync(staging, dir);
}

if (require.main === module) void write(process.argv[2] ?? hostileDir);
