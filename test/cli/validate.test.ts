/**
 * `ctg validate`: a French report, or JSON only on stdout; exit codes 0 / 1 / 2; marked-up
 * copies in --annotate DIR, the files received never modified.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli as run } from '../support/cli';
import { alter, filledReturn, type Generated } from '../returns/support';

let generated: Generated;
let dir: string;
let clean: string;
let broken: string;
let garbage: string;

const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

beforeAll(async () => {
  generated = await filledReturn('epci');
  dir = mkdtempSync(join(tmpdir(), 'ctg-validate-'));
  mkdirSync(join(dir, 'retours'));
  clean = join(dir, 'retours', generated.fileName);
  writeFileSync(clean, generated.bytes);
  broken = join(dir, 'retours', 'CTG-P2A-2022-2025_200067437_Provence-Alpes-Agglomeration (corrigé).xlsx');
  writeFileSync(broken, await alter(generated, (_w, at) => void (at('3.2.a1.reunions_collectives', '2024').value = 'beaucoup')));
  garbage = join(dir, 'scan.xlsx');
  writeFileSync(garbage, '%PDF-1.4 pas un classeur');
});

describe('ctg validate', () => {
  it('reports a correct return in French, exit code 0', async () => {
    const { code, out, err } = await run('validate', clean);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toContain(`${generated.fileName} — Provence Alpes Agglomération (200067437) : conforme (0 erreur, 0 avertissement, 0 information)`);
    expect(out).toContain('1 fichier contrôlé : 1 conforme');
  });

  it('reports every anomaly at its cell, grouped by file and sheet, exit code 1', async () => {
    const { code, out } = await run('validate', clean, broken);
    expect(code).toBe(1);
    expect(out).toMatch(/\(corrigé\)\.xlsx — Provence Alpes Agglomération \(200067437\) : avec erreurs \(1 erreur/);
    expect(out).toMatch(/ {2}FA 3\.2 - Accueil 0-3 ans\n {4}\[erreur\] F13 · 3\.2\.a1\.reunions_collectives · 2024 : « beaucoup » n’est pas un nombre\./);
  });

  it('prints only JSON on stdout with --json: one object per file, with the documented fields', async () => {
    const { code, out } = await run('validate', clean, broken, garbage, '--json');
    expect(code).toBe(1);
    const parsed = JSON.parse(out) as Array<Record<string, unknown>>;
    expect(parsed.map((r) => [r.file, r.status])).toEqual([
      [generated.fileName, 'ok'],
      ['CTG-P2A-2022-2025_200067437_Provence-Alpes-Agglomeration (corrigé).xlsx', 'errors'],
      ['scan.xlsx', 'refused'],
    ]);
    expect(parsed[0]!.respondent).toEqual({ code: '200067437', name: 'Provence Alpes Agglomération' });
    expect(parsed[2]!.respondent).toBeNull();
    const [f] = parsed[1]!.findings as Array<Record<string, unknown>>;
    expect(f).toEqual({
      severity: 'error',
      code: 'not_a_number',
      file: 'CTG-P2A-2022-2025_200067437_Provence-Alpes-Agglomeration (corrigé).xlsx',
      sheet: 'FA 3.2 - Accueil 0-3 ans',
      cell: 'F13',
      fiche: '3.2',
      indicator: '3.2.a1.reunions_collectives',
      period: '2024',
      member: null,
      value: 'beaucoup',
      message: expect.stringMatching(/^« beaucoup » n’est pas un nombre\. Saisissez un nombre/),
      params: { text: 'beaucoup', type: 'integer' },
    });
    expect((parsed[2]!.findings as Array<Record<string, unknown>>)[0]).toMatchObject({ code: 'file_refused', params: { reason: 'not_zip' } });
    expect(parsed[1]!.counts).toEqual({ error: 1, warning: 0, info: 0 });
  });

  it('takes a folder for the .xlsx files it holds', async () => {
    const { code, out } = await run('validate', join(dir, 'retours'), '--json');
    expect(code).toBe(1);
    expect((JSON.parse(out) as Array<{ file: string }>).map((r) => r.file).sort()).toEqual(readdirSync(join(dir, 'retours')).sort());
  });

  it('writes a marked-up copy of each readable file with --annotate, never touching the originals', async () => {
    const before = [clean, broken, garbage].map(hash);
    const out = join(dir, 'annotes');
    const { code, err, out: stdout } = await run('validate', clean, broken, garbage, '--annotate', out, '--json');
    expect(code).toBe(1);
    expect(() => JSON.parse(stdout)).not.toThrow();
    expect(readdirSync(out).sort()).toEqual([
      'CTG-P2A-2022-2025_200067437_Provence-Alpes-Agglomeration (corrigé)_controle.xlsx',
      'CTG-P2A-2022-2025_200067437_Provence-Alpes-Agglomeration_controle.xlsx',
    ]);
    expect(err).toContain('scan.xlsx : refusé, pas de copie annotée');
    expect([clean, broken, garbage].map(hash)).toEqual(before);
  });

  it('never writes a marked-up copy over a file being checked', async () => {
    const own = join(dir, 'own');
    mkdirSync(own);
    // Marking up « retour.xlsx » in its own folder would write « retour_controle.xlsx », the other file checked.
    const first = join(own, 'retour.xlsx');
    const second = join(own, 'retour_controle.xlsx');
    writeFileSync(first, generated.bytes);
    writeFileSync(second, generated.bytes);
    const before = hash(second);
    const { code } = await run('validate', first, second, '--annotate', own);
    expect(code).toBe(0);
    expect(hash(second)).toBe(before);
    expect(readdirSync(own).sort()).toEqual(['retour.xlsx', 'retour_controle-2.xlsx', 'retour_controle.xlsx', 'retour_controle_controle.xlsx']);
  });

  it('refuses a file over the size cap from its size alone', async () => {
    const big = join(dir, 'enorme.xlsx');
    writeFileSync(big, '');
    truncateSync(big, 25 * 1024 * 1024);
    const started = Date.now();
    const { code, out } = await run('validate', big, '--json');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(code).toBe(1);
    expect(JSON.parse(out)[0]).toMatchObject({ status: 'refused', findings: [{ params: { reason: 'too_large' } }] });
  });

  it.each([
    ['no file', [], /Indiquez au moins un classeur/],
    ['a missing file', [join(tmpdir(), 'absent-ctg.xlsx')], /Impossible de lire « .*absent-ctg\.xlsx » \(ENOENT\)/],
    ['an empty folder', ['EMPTY'], /ne contient aucun classeur \.xlsx/],
    ['an unknown option', ['--vite'], /Option inconnue : --vite/],
    ['an annotate folder that cannot be written', ['CLEAN', '--annotate', 'UNDER_FILE'], /Impossible d’écrire dans le dossier/],
    ['an unreadable plan', ['CLEAN', '--plan', 'plan.txt'], /ni un \.json ni un \.xlsx/],
    ['--force without --annotate', ['CLEAN', '--force'], /--force ne sert qu’avec --annotate/],
  ])('exits with code 2 for %s', async (_name, args, message) => {
    const empty = mkdtempSync(join(tmpdir(), 'ctg-empty-'));
    const resolved = args.map((a) => (a === 'EMPTY' ? empty : a === 'CLEAN' ? clean : a === 'UNDER_FILE' ? join(clean, 'sous-dossier') : a));
    const { code, out, err } = await run('validate', ...resolved);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
  });
});
