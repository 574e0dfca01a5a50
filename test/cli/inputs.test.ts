/**
 * The files a command is given: only regular files are opened; FIFOs, devices and links to them
 * refused as such (a FIFO would block, /dev/zero grow without end: both read as size 0), folders
 * named .xlsx skipped; a read bounded in size and time; system errors as the file's refusal.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeFileSystem, type FileSystem } from '../../src/cli/fileSystem';
import { listInputs, readInput } from '../../src/cli/inputs';
import { runCli } from '../support/cli';

const errno = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ctg-inputs-'));
  writeFileSync(join(dir, 'b-retour.xlsx'), 'PK');
  execFileSync('mkfifo', [join(dir, 'c-tube.xlsx')]);
  symlinkSync('/dev/zero', join(dir, 'd-zero.xlsx'));
  symlinkSync(join(dir, 'b-retour.xlsx'), join(dir, 'e-lien.xlsx'));
  symlinkSync(join(dir, 'absent.xlsx'), join(dir, 'f-casse.xlsx'));
  mkdirSync(join(dir, 'a-dossier.xlsx'));
  mkdirSync(join(dir, 'sous'));
  writeFileSync(join(dir, 'sous', 'g-retour.xlsx'), 'PK');
  writeFileSync(join(dir, 'notes.txt'), 'pas un classeur');
});

describe('listInputs', () => {
  it('lists regular files, refuses special files as such and skips folders named .xlsx, in name order', async () => {
    const listing = await listInputs(nodeFileSystem, [dir], { recursive: true });
    const seen = listing.entries.map((e) => [e.path.slice(dir.length + 1), e.kind === 'file' ? 'file' : `${e.refusal.code}:${e.refusal.params.kind ?? e.refusal.params.errno}`]);
    expect(seen).toEqual([
      ['b-retour.xlsx', 'file'],
      ['c-tube.xlsx', 'not_regular:fifo'],
      ['d-zero.xlsx', 'not_regular:character_device'],
      ['e-lien.xlsx', 'file'],
      ['f-casse.xlsx', 'unreadable:ENOENT'],
      ['sous/g-retour.xlsx', 'file'],
    ]);
    expect(listing.skipped).toEqual([join(dir, 'a-dossier.xlsx')]);
    expect(listing.problems).toEqual([]);
  });

  it('gives a file and the link to it the same identity (a hard link too)', async () => {
    const hard = join(mkdtempSync(join(tmpdir(), 'ctg-hard-')), 'autre-nom.xlsx');
    execFileSync('ln', [join(dir, 'b-retour.xlsx'), hard]);
    const { entries } = await listInputs(nodeFileSystem, [join(dir, 'b-retour.xlsx'), join(dir, 'e-lien.xlsx'), hard], { recursive: false });
    const identities = entries.map((e) => (e.kind === 'file' ? e.identity : null));
    expect(identities[0]).not.toBeNull();
    expect(new Set(identities).size).toBe(1);
  });

  it('takes only the files a folder holds when not recursive, and leaves out the files excluded', async () => {
    const all = await listInputs(nodeFileSystem, [dir], { recursive: false });
    const retour = all.entries.find((e) => e.path.endsWith('b-retour.xlsx'));
    const excluded = await listInputs(nodeFileSystem, [dir], { recursive: false, exclude: new Set([retour?.kind === 'file' ? retour.identity : '']) });
    expect(all.entries.some((e) => e.path.includes('sous'))).toBe(false);
    // The link to the excluded file is the same file: left out too.
    expect(excluded.entries.map((e) => e.path.slice(dir.length + 1))).toEqual(['c-tube.xlsx', 'd-zero.xlsx', 'f-casse.xlsx']);
  });

  it.each([
    ['a missing path', () => join(dir, 'absent'), /Impossible de lire « .*absent » \(ENOENT\)/],
    ['a folder without workbooks', () => mkdtempSync(join(tmpdir(), 'ctg-vide-')), /ne contient aucun classeur \.xlsx/],
  ])('reports %s as a problem of the arguments', async (_case, path, message) => {
    const { problems } = await listInputs(nodeFileSystem, [path()], { recursive: true });
    expect(problems).toEqual([expect.stringMatching(message)]);
  });
});

describe('readInput', () => {
  it('reads a regular file', async () => {
    const read = await readInput(nodeFileSystem, join(dir, 'b-retour.xlsx'));
    expect(read).toEqual({ ok: true, bytes: new Uint8Array([0x50, 0x4b]) });
  });

  it.each([
    ['a FIFO (its open would wait for a writer)', 'c-tube.xlsx', { code: 'not_regular', params: { kind: 'fifo' } }],
    ['a link to /dev/zero (it never ends)', 'd-zero.xlsx', { code: 'not_regular', params: { kind: 'character_device' } }],
    ['a folder', 'a-dossier.xlsx', { code: 'not_regular', params: { kind: 'directory' } }],
  ])('refuses %s at once, even if it was listed as a file', async (_case, name, refusal) => {
    expect(await readInput(nodeFileSystem, join(dir, name), { maxBytes: 1024, timeoutMs: 5000 })).toEqual({ ok: false, refusal });
  });

  it('refuses a file over the size bound without reading it', async () => {
    const big = join(dir, 'gros.bin');
    writeFileSync(big, '');
    truncateSync(big, 4096);
    expect(await readInput(nodeFileSystem, big, { maxBytes: 4095, timeoutMs: 5000 })).toEqual({ ok: false, refusal: { code: 'too_large', params: { size: 4096, max: 4095 } } });
  });

  it.each([
    ['EACCES', 'access_denied'],
    ['EPERM', 'access_denied'],
    ['ENAMETOOLONG', 'name_too_long'],
    ['EIO', 'unreadable'],
  ])('makes %s on opening the file its refusal (%s)', async (code, refusal) => {
    const fs: FileSystem = { ...nodeFileSystem, open: async () => Promise.reject(errno(code)) };
    expect(await readInput(fs, join(dir, 'b-retour.xlsx'))).toEqual({ ok: false, refusal: { code: refusal, params: { errno: code } } });
  });

  it('gives up a read that does not finish in time', async () => {
    const fs: FileSystem = { ...nodeFileSystem, open: () => new Promise(() => undefined) };
    expect(await readInput(fs, join(dir, 'b-retour.xlsx'), { maxBytes: 1024, timeoutMs: 50 })).toEqual({ ok: false, refusal: { code: 'read_timeout', params: { seconds: 0 } } });
  });
});

describe('--plan', () => {
  it.each([
    ['a FIFO (it would block forever)', 'c-tube.json', /n’est pas un fichier ordinaire.*Donnez le fichier du plan/],
    ['a link to /dev/zero (it would never end)', 'd-zero.json', /n’est pas un fichier ordinaire/],
    ['a missing file', 'absent.json', /Impossible de lire le plan « .*absent\.json » \(ENOENT\)\. Vérifiez le chemin du fichier\./],
  ])('refuses %s with exit code 2', async (_case, name, message) => {
    if (!existsSync(join(dir, 'c-tube.json'))) execFileSync('mkfifo', [join(dir, 'c-tube.json')]);
    if (!existsSync(join(dir, 'd-zero.json'))) symlinkSync('/dev/zero', join(dir, 'd-zero.json'));
    const { code, err } = await runCli('plan', '--plan', join(dir, name));
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });
});
