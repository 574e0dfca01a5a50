/**
 * LibreOffice headless as a second, independent client of our files: it opens them, recalculates
 * the formulas that carry no cached value, and exports each sheet to CSV or the whole to PDF.
 * Each call uses a throwaway profile so runs never share state (TOOLCHAIN.md).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Every sheet to its own UTF-8 CSV, hidden sheets included: `NAME-<Sheet>.csv`. */
const csvAllSheets = 'csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,false,false,false,-1';

export async function soffice(args: string[]): Promise<void> {
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  try {
    await run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', ...args], { timeout: 120_000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

export async function convert(file: string, format: string, outDir: string): Promise<string[]> {
  await soffice(['--convert-to', format, '--outdir', outDir, file]);
  return readdirSync(outDir).map((name) => join(outDir, name));
}

/** Minimal CSV parser (quotes, doubled quotes, commas and newlines inside quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** The sheets of a workbook as LibreOffice computed them, by sheet name. */
export async function sheetsAsCsv(file: string): Promise<Map<string, string[][]>> {
  const outDir = mkdtempSync(join(tmpdir(), 'lo-csv-'));
  try {
    await soffice(['--convert-to', csvAllSheets, '--outdir', outDir, file]);
    const stem = basename(file).replace(/\.[^.]+$/, '');
    const sheets = new Map<string, string[][]>();
    for (const name of readdirSync(outDir)) {
      if (!name.startsWith(`${stem}-`) || !name.endsWith('.csv')) continue;
      sheets.set(name.slice(stem.length + 1, -4), parseCsv(readFileSync(join(outDir, name), 'utf8')));
    }
    return sheets;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
