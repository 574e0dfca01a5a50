/**
 * LibreOffice headless with a fresh profile set to recalculate every formula on load
 * (`OOXMLRecalcMode` = 0, « always »), so that what it exports is what the formulas give — not a
 * value cached in the file. Every sheet to its own CSV.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { parseCsv } from '../../support/libreoffice';

const run = promisify(execFile);
const csvAllSheets = 'csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,false,false,false,-1';

const alwaysRecalculate = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export async function sofficeRecalculating(args: string[]): Promise<void> {
  const profile = mkdtempSync(join(tmpdir(), 'lo-recalc-'));
  try {
    mkdirSync(join(profile, 'user'), { recursive: true });
    writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), alwaysRecalculate);
    await run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', ...args], { timeout: 180_000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The sheets of a workbook as LibreOffice recalculated them, by sheet name. */
export async function recalculatedSheets(file: string): Promise<Map<string, string[][]>> {
  const outDir = mkdtempSync(join(tmpdir(), 'lo-csv-'));
  try {
    await sofficeRecalculating(['--convert-to', csvAllSheets, '--outdir', outDir, file]);
    const stem = basename(file).replace(/\.[^.]+$/, '');
    const sheets = new Map<string, string[][]>();
    for (const name of readdirSync(outDir)) {
      if (name.startsWith(`${stem}-`) && name.endsWith('.csv')) sheets.set(name.slice(stem.length + 1, -4), parseCsv(readFileSync(join(outDir, name), 'utf8')));
    }
    return sheets;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** « 1793 », « 36% », « 38.2857142857143% » → a number; anything else → the text itself ('' for empty). */
export function csvNumber(text: string): number | string {
  const t = text.trim();
  if (/^-?\d+(\.\d+)?(E-?\d+)?%$/i.test(t)) return Number(t.slice(0, -1)) / 100;
  if (/^-?\d+(\.\d+)?(E-?\d+)?$/i.test(t)) return Number(t);
  return t;
}
