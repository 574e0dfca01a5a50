/**
 * The annotated copy (`validate --annotate`) of every client fixture is written and opens in
 * LibreOffice: the typed values are still in their cells, texts with accents, « guillemets » and
 * apostrophes intact, and the « Contrôles » sheet lists each finding. All copies are opened in one
 * LibreOffice run (each file to one CSV per sheet).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { annotatedFileName, readReturnGrids, validateGrids } from '../../src/app/validate';
import { defaultPlan } from '../../src/plan';
import { findingsSheetName } from '../../src/collect/layout';
import { annotateReturn } from '../../src/xlsx/annotate';
import { fixtureIds, folderOf, type Expected } from '../../scripts/fixtures/clients/fixtures';
import { parseCsv } from '../support/libreoffice';
import { committedFixture } from './support';
import { readWithin } from '../support/readWithin';


const run = promisify(execFile);
const plan = defaultPlan();
const csvAllSheets = 'csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,false,false,false,-1';

type Annotated = { expected: Expected; findings: number; stem: string } & ({ ok: true } | { ok: false; error: string });

const cases = fixtureIds.map((id) => ({ ...id, folder: folderOf(id) }));
const annotated = new Map<string, Annotated>();
/** `stem` → sheet name → rows, as LibreOffice exported them. */
const opened = new Map<string, Map<string, string[][]>>();
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ctg-annotated-'));
  const written: string[] = [];
  for (const c of cases) {
    const file = committedFixture(plan, c);
    const read = await readReturnGrids(file, readWithin);
    const findings = read.ok ? validateGrids(plan, file.fileName, read.grids).findings : read.result.findings;
    // One name per fixture: the folders hold files of the same name.
    const stem = `${c.folder}--${annotatedFileName(file.fileName).replace(/\.xlsx$/, '')}`;
    try {
      const bytes = await annotateReturn(file.bytes, findings, { fileName: file.fileName });
      writeFileSync(join(dir, `${stem}.xlsx`), bytes);
      written.push(join(dir, `${stem}.xlsx`));
      annotated.set(c.folder + c.respondent, { expected: file.expected, findings: findings.length, stem, ok: true });
    } catch (error) {
      annotated.set(c.folder + c.respondent, { expected: file.expected, findings: findings.length, stem, ok: false, error: String(error) });
    }
  }
  const profile = join(dir, 'profile');
  const out = join(dir, 'csv');
  if (written.length > 0) {
    await run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', csvAllSheets, '--outdir', out, ...written], { timeout: 300_000 });
  }
  for (const name of existsSync(out) ? readdirSync(out) : []) {
    const stem = [...annotated.values()].map((a) => a.stem).find((s) => name.startsWith(`${s}-`));
    if (stem === undefined || !name.endsWith('.csv')) continue;
    const sheets = opened.get(stem) ?? new Map<string, string[][]>();
    sheets.set(name.slice(stem.length + 1, -4), parseCsv(readFileSync(join(out, name), 'utf8')));
    opened.set(stem, sheets);
  }
}, 400_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cellText = (sheet: string[][] | undefined, ref: string): string | undefined => {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m || sheet === undefined) return undefined;
  const column = [...(m[1] as string)].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return sheet[Number(m[2]) - 1]?.[column];
};

describe.each(cases)('the annotated copy of the $respondent return written by $folder', (c) => {
  const get = () => annotated.get(c.folder + c.respondent)!;

  it('is written', () => {
    const a = get();
    expect(a.ok ? 'written' : a.error).toBe('written');
  });

  it('opens in LibreOffice with every typed value in its cell and the texts intact', () => {
    const sheets = opened.get(get().stem);
    expect(sheets).toBeDefined();
    const lost = get()
      .expected.values.map((v) => ({ v, shown: cellText(sheets?.get(v.sheet), v.cell) }))
      .filter(({ v, shown }) => (v.type === 'text' && v.expected.state === 'value' ? shown !== v.expected.value : shown === undefined || shown === ''))
      .map(({ v, shown }) => `${v.sheet}!${v.cell}: ${JSON.stringify(shown)}`);
    expect(lost).toEqual([]);
    const comments = get().expected.comments.filter((k) => cellText(sheets?.get(k.sheet), k.cell) !== k.text);
    expect(comments).toEqual([]);
  });

  it('lists each finding in « Contrôles », one row each', () => {
    const sheet = opened.get(get().stem)?.get(findingsSheetName);
    expect(sheet).toBeDefined();
    const rows = (sheet ?? []).slice(4).filter((row) => /^\d+$/.test(row[0] ?? ''));
    expect(rows).toHaveLength(get().findings);
  });
});
