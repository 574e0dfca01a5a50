/** `ctg generate`: one workbook per respondent, predictable names, clear refusals, no half-written file. */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readGrids } from '../../src/xlsx/readGrids';
import { runCli } from '../support/cli';

const fixtures = join(__dirname, '..', 'fixtures', 'plans');

const run = runCli;

const freshDir = () => mkdtempSync(join(tmpdir(), 'ctg-generate-'));

describe('ctg generate', () => {
  it('writes one workbook per respondent with a predictable name and lists them with --json', async () => {
    const dir = freshDir();
    const { code, out } = await run('generate', '--respondents', '04070,caf,04009', '--period', '2024-2025', '--deadline', '30/06/2026', '--out', dir, '--json');
    expect(code).toBe(0);
    const files = JSON.parse(out) as Array<{ respondent: string; file: string; inputCells: number }>;
    expect(files.map((f) => f.file)).toEqual([
      join(dir, 'CTG-P2A-2022-2025_04070_Digne-les-Bains.xlsx'),
      join(dir, 'CTG-P2A-2022-2025_caf04_Caisse-d-Allocations-Familiales-des-Alpes-de-Haute-Provence.xlsx'),
      join(dir, 'CTG-P2A-2022-2025_04009_Archail.xlsx'),
    ]);
    expect(readdirSync(dir).sort()).toEqual(files.map((f) => f.file.slice(dir.length + 1)).sort());
    const grids = await readGrids(readFileSync(files[0]!.file));
    const readme = grids.find((g) => g.name === 'Lisez-moi')!;
    const text = readme.rows.flat().join(' | ');
    expect(text).toContain('30/06/2026');
    expect(text).toContain('Année 2024, Année 2025');
    const header = grids.find((g) => g.name.startsWith('FA 3.1'))!.rows[4];
    expect(header).toEqual(['Code', 'Indicateur', 'Unité', 'Année 2024', 'Année 2025', 'Commentaire']);
  });

  it('never replaces a workbook already there (it may be filled in) without --force, nor another file even with it', async () => {
    const dir = freshDir();
    const digne = join(dir, 'CTG-P2A-2022-2025_04070_Digne-les-Bains.xlsx');
    const archail = join(dir, 'CTG-P2A-2022-2025_04009_Archail.xlsx');
    expect((await run('generate', '--respondents', '04070', '--out', dir)).code).toBe(0);
    const first = readFileSync(digne);
    writeFileSync(archail, 'le tableau de quelqu’un d’autre');

    const again = await run('generate', '--respondents', '04070,04009', '--out', dir);
    expect(again.code).toBe(2);
    expect(again.err).toContain(`« ${digne} » existe déjà (un classeur de recueil écrit par cet outil ; attention, il a peut-être déjà été rempli par le répondant). Ajoutez --force`);
    expect(again.err).toContain(`« ${archail} » existe déjà et n’est pas un classeur de recueil écrit par cet outil : il ne sera jamais remplacé, même avec --force.`);
    const forced = await run('generate', '--respondents', '04070,04009', '--out', dir, '--force');
    expect(forced.code).toBe(2);
    expect(readFileSync(digne)).toEqual(first);
    expect(readFileSync(archail, 'utf8')).toBe('le tableau de quelqu’un d’autre');

    expect((await run('generate', '--respondents', '04070', '--out', dir, '--force')).code).toBe(0);
    expect(readFileSync(digne)).not.toEqual(first);
  }, 60_000);

  // The campaign asks the Caf, the EPCI, the 4 managers named in Annexe 2 and the 10 signatory
  // communes; « all » adds the 36 other member communes.
  it.each<[string, string[], number]>([
    ['nothing said', [], 16],
    ['« attendus »', ['--respondents', 'attendus'], 16],
    ['« all »', ['--respondents', 'all'], 52],
  ])('writes the expected respondents unless told otherwise: %s', async (_label, extra, count) => {
    const dir = freshDir();
    const { code, out } = await run('generate', ...extra, '--period', '2025', '--out', dir, '--json');
    expect(code).toBe(0);
    const files = JSON.parse(out) as Array<{ respondent: string }>;
    expect(files).toHaveLength(count);
    expect(files.map((f) => f.respondent)).toEqual(expect.arrayContaining(['caf04', '200067437', 'ifac', 'francas-mees', 'guzu', 'scouts-ahp', '04070']));
  }, 120_000);

  it('says the default in --help', async () => {
    const help = await run('--help');
    expect(help.out).toMatch(/par défaut les répondants attendus de la campagne \(16 pour ce plan/);
    expect(help.out).toMatch(/« all » pour tous, chaque commune comprise\s+\(52\)/);
  });

  it('writes the 10 signatory communes, the EPCI and the Caf with « signataires »', async () => {
    const dir = freshDir();
    const { code, out } = await run('generate', '--respondents', 'signataires', '--out', dir, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toHaveLength(12);
  }, 60_000);

  it.each([
    ['partenaires', ['ifac', 'francas-mees', 'guzu', 'scouts-ahp']],
    ['guzu,epci', ['guzu', '200067437']],
  ])('writes the partners of Annexe 2 with « %s », each asked its days of sick leave « par employeur »', async (text, codes) => {
    const dir = freshDir();
    const { code, out } = await run('generate', '--respondents', text, '--out', dir, '--json');
    expect(code).toBe(0);
    const files = JSON.parse(out) as Array<{ respondent: string; file: string }>;
    expect(files.map((f) => f.respondent)).toEqual(codes);
    for (const file of files) {
      const grids = await readGrids(readFileSync(file.file));
      const codesAsked = grids.filter((g) => g.name.startsWith('FA ')).flatMap((g) => g.rows.map((row) => row[0]));
      expect(codesAsked).toContain('3.1.a1.jours_arret_travail');
    }
  });

  it('lists the partners’ codes when a respondent is unknown, and in --help', async () => {
    const unknown = await run('generate', '--respondents', 'ifak', '--out', freshDir());
    expect(unknown.err).toMatch(/Répondant\(s\) inconnu\(s\) : ifak\. .*« ifac » \(IFAC\).*« partenaires »/);
    const help = await run('--help');
    for (const partner of ['ifac (IFAC)', 'francas-mees (Francas des Mées)', 'guzu (Association GUZU)', 'scouts-ahp (Scouts territoire AHP)']) expect(help.out).toContain(partner);
  });

  it.each([
    [['--respondents', '04070,99999,mairie'], /Répondant\(s\) inconnu\(s\) : 99999, mairie/],
    [['--period', '2031'], /Période\(s\) inconnue\(s\) : 2031/],
    [['--deadline', '31/02/2026'], /Date limite illisible/],
    [['--plan', join(fixtures, 'invalid-plan.json')], /invalide/],
  ])('refuses %j with exit code 2 and writes nothing', async (extra, message) => {
    const dir = freshDir();
    const { code, err } = await run('generate', ...extra, '--out', dir);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a folder it cannot write to', async () => {
    const file = join(freshDir(), 'un-fichier');
    writeFileSync(file, 'x');
    const { code, err } = await run('generate', '--respondents', '04070', '--out', join(file, 'dessous'));
    expect(code).toBe(2);
    expect(err).toMatch(/Impossible d’écrire dans le dossier/);
  });

  it('asks for --out', async () => {
    const { code, err } = await run('generate');
    expect(code).toBe(2);
    expect(err).toMatch(/--out DOSSIER/);
  });
});
