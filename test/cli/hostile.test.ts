/**
 * Issue 12, « never lose a file » and « one bad file never stops the batch », through the command
 * line: a folder holding every hostile case at once — a FIFO and a link to /dev/zero named .xlsx,
 * a folder named .xlsx, a file that may not be read (EACCES, injected: we run as root), a name of
 * 250 characters, returns saved by openpyxl and with a DOCTYPE in docProps/core.xml (their
 * copies once crashed ExcelJS; now they are marked up), two returns of one name in two folders —
 * is checked and consolidated: documented exit codes, the good files consolidated, every refusal
 * said in French, no input ever written.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { copyFileSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { collectionFileName } from '../../src/app/fileNames';
import { simulateReturn } from '../../src/demo';
import { nodeFileSystem, type FileSystem } from '../../src/cli/fileSystem';
import { respondentsOf } from '../../src/collect';
import { defaultPlan } from '../../src/plan';
import { readGrids } from '../../src/xlsx/readGrids';
import { renderSpec } from '../../src/xlsx/renderSpec';
import { runCli, runCliWith } from '../support/cli';
import { sheetsAsCsv } from '../support/libreoffice';

const plan = defaultPlan();
const fixtures = join(__dirname, '..', 'fixtures', 'hostile');
const openpyxlName = 'CTG-P2A-2022-2025_04070_Digne-les-Bains (openpyxl).xlsx';
const doctypeName = 'CTG-P2A-2022-2025_04001_Aiglun (doctype).xlsx';
const longName = `CTG-P2A-2022-2025_04009_${'a'.repeat(221)}.xlsx`;
const errno = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });
const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

async function cleanReturn(code: string): Promise<{ name: string; bytes: Uint8Array }> {
  const respondent = respondentsOf(plan).find((r) => r.code === code)!;
  const { spec } = simulateReturn(plan, respondent, { seed: 9, now: '2025-12-01T09:00:00.000Z', completeness: 'full', anomalies: [] });
  return { name: collectionFileName(plan, respondent), bytes: await renderSpec(spec) };
}

let dir: string;
let brusquet: { name: string; bytes: Uint8Array };
const inputs: string[] = [];

/** Opening « inaccessible.xlsx » fails as it would for a user without the right to read it. */
const denying: FileSystem = {
  ...nodeFileSystem,
  open: ((path: Parameters<FileSystem['open']>[0], ...rest: unknown[]) =>
    basename(String(path)) === 'inaccessible.xlsx' ? Promise.reject(errno('EACCES')) : (nodeFileSystem.open as (...a: unknown[]) => unknown)(path, ...rest)) as FileSystem['open'],
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ctg-hostile-'));
  const write = (path: string, bytes: Uint8Array) => {
    writeFileSync(path, bytes);
    inputs.push(path);
  };
  const archail = await cleanReturn('04009');
  const barles = await cleanReturn('04020');
  brusquet = await cleanReturn('04036');
  write(join(dir, barles.name), barles.bytes);
  write(join(dir, longName), archail.bytes);
  write(join(dir, 'inaccessible.xlsx'), barles.bytes);
  for (const name of [openpyxlName, doctypeName]) {
    copyFileSync(join(fixtures, name), join(dir, name));
    inputs.push(join(dir, name));
  }
  execFileSync('mkfifo', [join(dir, 'tube.xlsx')]);
  symlinkSync('/dev/zero', join(dir, 'zero.xlsx'));
  mkdirSync(join(dir, 'dossier.xlsx'));
  for (const month of ['janvier', 'mars']) {
    mkdirSync(join(dir, month));
    write(join(dir, month, 'retour.xlsx'), brusquet.bytes);
  }
}, 60_000);

describe('ctg validate on a folder of hostile files', () => {
  let run: { code: number; out: string; err: string };
  let annotated: string;
  let before: string[];
  beforeAll(async () => {
    annotated = join(dir, '..', `${basename(dir)}-annotes`);
    before = inputs.map(hash);
    run = await runCliWith(denying, 'validate', dir, join(dir, 'janvier'), join(dir, 'mars'), '--json', '--annotate', annotated);
  }, 120_000);

  it('finishes with exit code 1 (files refused), one result per file, in order', () => {
    expect(run.code).toBe(1);
    const results = JSON.parse(run.out) as Array<{ file: string; status: string; findings: Array<{ code: string; params: Record<string, unknown>; message: string }> }>;
    const refusedReason = (file: string) => results.find((r) => r.file === file)?.findings[0]?.params.reason;
    expect(results.map((r) => r.file)).toEqual([
      'CTG-P2A-2022-2025_04001_Aiglun (doctype).xlsx',
      longName,
      'CTG-P2A-2022-2025_04020_Barles.xlsx',
      openpyxlName,
      'inaccessible.xlsx',
      'tube.xlsx',
      'zero.xlsx',
      'retour.xlsx',
      'retour.xlsx',
    ]);
    expect([refusedReason('inaccessible.xlsx'), refusedReason('tube.xlsx'), refusedReason('zero.xlsx')]).toEqual(['access_denied', 'not_regular', 'not_regular']);
    // Read and checked, without error (returns of plan 1.0.0: warnings say what is not carried into the current plan).
    for (const file of [longName, 'CTG-P2A-2022-2025_04020_Barles.xlsx', openpyxlName, 'retour.xlsx']) expect(['ok', 'warnings']).toContain(results.find((r) => r.file === file)?.status);
  });

  it('says what was skipped and refused, and why, in French, without a stack trace', () => {
    expect(run.err).toContain(`« ${join(dir, 'dossier.xlsx')} » est un dossier (malgré son nom en .xlsx) : ignoré.`);
    expect(run.err).toMatch(/3 fichiers refusés :/);
    expect(run.err).toContain(`${join(dir, 'inaccessible.xlsx')} — Le fichier ne peut pas être lu : accès refusé (EACCES).`);
    expect(run.err).toContain(`${join(dir, 'tube.xlsx')} — Ce n’est pas un fichier ordinaire mais un tube nommé (FIFO)`);
    expect(run.err).toContain(`${join(dir, 'zero.xlsx')} — Ce n’est pas un fichier ordinaire mais un périphérique (caractère)`);
    // ExcelJS once crashed on these two (absolute targets; an entity declared in docProps/core.xml):
    // each now gets its copy, said on its own line.
    for (const name of [openpyxlName, doctypeName]) expect(run.err.split('\n')).toContain(`  ${join(annotated, name.replace(/\.xlsx$/, '_controle.xlsx'))}`);
    expect(run.err).not.toContain('la copie annotée n’a pas pu être faite');
    noStackTrace(run.err);
  });

  it('writes a distinct copy for every file it could mark up, and never touches a file received', () => {
    const copies = readdirSync(annotated);
    expect(copies).toEqual(expect.arrayContaining(['CTG-P2A-2022-2025_04020_Barles_controle.xlsx', 'retour_janvier_controle.xlsx', 'retour_mars_controle.xlsx']));
    expect(copies.some((c) => c.startsWith('CTG-P2A-2022-2025_04009_aaaa') && c.endsWith('_controle.xlsx'))).toBe(true);
    for (const name of [openpyxlName, doctypeName]) expect(copies).toContain(name.replace(/\.xlsx$/, '_controle.xlsx'));
    expect(copies.filter((c) => c.endsWith('.tmp'))).toEqual([]);
    expect(run.err).toContain('retour_janvier_controle.xlsx (copie de ');
    expect(inputs.map(hash)).toEqual(before);
  });

  it('writes copies of the openpyxl and DOCTYPE returns that open in LibreOffice, every sheet there', async () => {
    for (const name of [openpyxlName, doctypeName]) {
      const sheets = await sheetsAsCsv(join(annotated, name.replace(/\.xlsx$/, '_controle.xlsx')));
      const read = (await readGrids(readFileSync(join(dir, name)))).map((g) => g.name);
      expect([...sheets.keys()].sort()).toEqual(['Contrôles', ...read].sort());
      // No error: the warnings of a plan 1.0.0 return (values not carried into the current plan) are listed.
      expect(sheets.get('Contrôles')?.[1]?.[0]).toMatch(/^(Aucune anomalie relevée\.|0 erreur, \d+ avertissements?, \d+ information)/);
    }
  }, 60_000);

  it('refuses to replace the copies of an earlier run without --force, and replaces them with it', async () => {
    const again = await runCli('validate', join(dir, 'janvier'), join(dir, 'mars'), '--annotate', annotated);
    expect(again.code).toBe(2);
    expect(again.out).toBe('');
    for (const month of ['janvier', 'mars']) expect(again.err).toContain(`retour_${month}_controle.xlsx » existe déjà (une copie annotée écrite par cet outil). Ajoutez --force`);
    const forced = await runCli('validate', join(dir, 'janvier'), join(dir, 'mars'), '--annotate', annotated, '--force');
    expect(forced.code).toBe(0);
    expect(forced.out).toContain(join(annotated, 'retour_mars_controle.xlsx'));
  }, 60_000);
});

describe('ctg consolidate on a folder of hostile files', () => {
  it('finishes with exit code 0 and consolidates the good files, the refused ones said with their reason', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'ctg-hostile-out-')), 'consolidation.xlsx');
    const before = inputs.map(hash);
    const { code, out: stdout, err } = await runCliWith(denying, 'consolidate', dir, '--out', out, '--json');
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as { files: Array<{ file: string; respondent: string | null; outcome: string }>; completeness: { respondents: Array<{ code: string; cellsFilled: number }> } };
    const outcome = (file: string) => json.files.filter((f) => f.file === file).map((f) => f.outcome);
    expect([...outcome('inaccessible.xlsx'), ...outcome('tube.xlsx'), ...outcome('zero.xlsx')]).toEqual(['refused', 'refused', 'refused']);
    expect([...outcome(longName), ...outcome('CTG-P2A-2022-2025_04020_Barles.xlsx'), ...outcome(openpyxlName)]).toEqual(['used', 'used', 'used']);
    expect(outcome('retour.xlsx').sort()).toEqual(['superseded', 'used']);
    const filled = new Map(json.completeness.respondents.map((r) => [r.code, r.cellsFilled]));
    for (const code of ['04009', '04020', '04036', '04070']) expect(filled.get(code)).toBeGreaterThan(0);
    expect((await readGrids(readFileSync(out))).map((g) => g.name)).toEqual(expect.arrayContaining(['Synthèse', 'Données']));
    expect(err).toMatch(/3 fichiers refusés :/);
    noStackTrace(err);
    expect(inputs.map(hash)).toEqual(before);
  }, 120_000);
});

describe('ctg consolidate never writes over an input or a file not ours', () => {
  let returns: string;
  let target: string;
  beforeAll(() => {
    returns = mkdtempSync(join(tmpdir(), 'ctg-never-'));
    target = join(returns, brusquet.name);
    writeFileSync(target, brusquet.bytes);
    symlinkSync(returns, `${returns}-lien`);
  });

  it.each([
    ['a return in the folder read', () => [returns, '--out', target], /est l’un des fichiers lus/],
    ['the same return through a symlinked folder', () => [`${returns}-lien`, '--out', join(returns, brusquet.name)], /est l’un des fichiers lus/],
    ['a hard link to a return, elsewhere', () => {
      const hard = join(mkdtempSync(join(tmpdir(), 'ctg-hard-')), 'lien-dur.xlsx');
      linkSync(target, hard);
      return [returns, '--out', hard, '--force'];
    }, /est l’un des fichiers lus/],
    ['a file that is not a consolidation, even with --force', () => {
      const foreign = join(mkdtempSync(join(tmpdir(), 'ctg-foreign-')), 'budget.xlsx');
      writeFileSync(foreign, brusquet.bytes);
      return [returns, '--out', foreign, '--force'];
    }, /existe déjà et n’est pas une consolidation écrite par cet outil : il ne sera jamais remplacé, même avec --force/],
    ['a folder named .xlsx', () => {
      const folder = join(mkdtempSync(join(tmpdir(), 'ctg-dir-')), 'x.xlsx');
      mkdirSync(folder);
      return [returns, '--out', folder, '--force'];
    }, /existe et c’est un dossier : rien n’est écrit à sa place/],
  ])('refuses %s, exit code 2, the file untouched', async (_case, argv, message) => {
    const before = hash(target);
    const { code, err, out } = await runCli('consolidate', ...argv());
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
    expect(hash(target)).toBe(before);
  }, 60_000);

  it('replaces a previous consolidation only with --force, and says so', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'ctg-again-')), 'consolidation.xlsx');
    expect((await runCli('consolidate', returns, '--out', out)).code).toBe(0);
    const first = hash(out);
    const refused = await runCli('consolidate', returns, '--out', out);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/existe déjà \(une consolidation écrite par cet outil\)\. Ajoutez --force pour la remplacer/);
    expect(hash(out)).toBe(first);
    const forced = await runCli('consolidate', returns, '--out', out, '--force');
    expect(forced.code).toBe(0);
    expect(forced.out).toContain(`La consolidation précédente « ${out} » a été remplacée (--force).`);
  }, 60_000);
});

describe('a write that fails says what to do, in French, and leaves no partial file', () => {
  /** The folder probe (an empty text) succeeds; the workbook's write fails with `code`. */
  const failingWrite = (code: string): FileSystem => ({
    ...nodeFileSystem,
    writeFile: ((path: Parameters<FileSystem['writeFile']>[0], data: unknown, ...rest: unknown[]) =>
      typeof data === 'string' ? (nodeFileSystem.writeFile as (...a: unknown[]) => Promise<void>)(path, data, ...rest) : (writeFileSync(String(path), 'PK partiel'), Promise.reject(errno(code)))) as FileSystem['writeFile'],
  });

  it.each([
    ['ENOSPC', /le disque est plein \(ENOSPC\) ; aucun fichier partiel n’a été laissé\. Libérez de la place ou choisissez un autre dossier/],
    ['EACCES', /accès refusé au dossier \(EACCES\) ; aucun fichier partiel n’a été laissé\. Choisissez un dossier où vous avez le droit d’écrire/],
    ['EROFS', /le dossier est en lecture seule \(EROFS\) ; aucun fichier partiel n’a été laissé/],
  ])('consolidate --out with %s: exit code 2, no file left', async (code, message) => {
    const folder = mkdtempSync(join(tmpdir(), 'ctg-full-'));
    const out = join(folder, 'consolidation.xlsx');
    const { code: exit, err } = await runCliWith(failingWrite(code), 'consolidate', join(dir, 'janvier'), '--out', out);
    expect(exit).toBe(2);
    expect(err).toMatch(message);
    noStackTrace(err);
    expect(readdirSync(folder)).toEqual([]);
  }, 60_000);

  it('validate --annotate on a full disk: each copy says so, the report is still given, exit code 1', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'ctg-full-'));
    const { code, out } = await runCliWith(failingWrite('ENOSPC'), 'validate', join(dir, 'janvier'), join(dir, 'mars'), '--annotate', folder);
    expect(code).toBe(1);
    expect(out).toContain('2 fichiers contrôlés : 2 conformes');
    expect(out.match(/n’a pas pu être écrit : le disque est plein \(ENOSPC\)/g)).toHaveLength(2);
    expect(readdirSync(folder)).toEqual([]);
  }, 60_000);
});
