/** `ctg plan`: the French summary, the JSON, and every error of a broken plan with its path. */
import { withoutFollowUp } from '../../src/plan/followUpPlan';
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { defaultPlan } from '../../src/plan';
import { runCli } from '../support/cli';

const fixtures = join(__dirname, '..', 'fixtures', 'plans');
const root = join(__dirname, '..', '..');

const run = runCli;

describe('ctg plan', () => {
  it('summarises the embedded plan in French', async () => {
    const { code, out, err } = await run('plan');
    expect(code).toBe(0);
    expect(err).toBe('');
    // The fiches as the convention writes them: the derived governance is not a fiche of the summary.
    const plan = withoutFollowUp(defaultPlan());
    for (const fiche of plan.fiches) expect(out).toContain(`FA ${fiche.number}`);
    expect(out).not.toContain('FA 0');
    expect(out).toContain('46 communes (10 signataires)');
    expect(out).toContain(`${plan.territory.facilities.length} équipements`);
    expect(out).toMatch(/FA 3\.2 +2 actions +12 indicateurs +Développer des solutions/);
    expect(out).toContain('en attente d’avenant');
    expect(out).toContain('Plan valide');
  });

  it('prints the whole plan as JSON with --json, and nothing else', async () => {
    const { code, out } = await run('plan', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual(defaultPlan());
  });

  it('loads another plan with --plan and prints it back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ctg-plan-'));
    const file = join(dir, 'autre.json');
    const other = { ...defaultPlan(), id: 'ctg-autre', title: 'Une autre CTG' };
    writeFileSync(file, JSON.stringify(other));
    const { code, out } = await run('plan', '--plan', file, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out).id).toBe('ctg-autre');
  });

  it('reports every error of an invalid plan with its path, exit code 1', async () => {
    const { code, out, err } = await run('plan', '--plan', join(fixtures, 'invalid-plan.json'));
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain('invalide : 4 erreurs.');
    expect(err).toMatch(/version : Version invalide/);
    expect(err).toMatch(/fiches\[0\]\.indicators\[0\]\.type : Valeur « .+ » inconnue : choisissez parmi « integer »/);
    expect(err).toMatch(/fiches\[0\]\.indicators\[1\]\.periods : Au moins une période/);
    expect(err).toMatch(/territory\.communes\[0\]\.insee : Code INSEE invalide/);
  });

  it.each([
    [['plan', '--jsno'], /Option inconnue : --jsno/],
    [['plan', '--plan'], /--plan attend une valeur/],
    [['plan', 'en-trop'], /Argument inattendu/],
    [['planifier'], /Commande inconnue/],
    [['plan', '--plan', 'absent.json'], /Impossible de lire le plan/],
    [['plan', '--plan', 'plan.txt'], /ni un \.json ni un \.xlsx/],
  ])('%j is refused with exit code 2', async (argv, message) => {
    const { code, err } = await run(...argv);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });

  it.each<[string, RegExp]>([
    ['not-json.json', /^Plan « .*not-json\.json » : JSON illisible à la ligne 2, colonne 1 \(.+\)\. Vérifiez la syntaxe du fichier à cet endroit : une virgule/],
    ['broken-syntax.json', /^Plan « .*broken-syntax\.json » : JSON illisible à la ligne 4, colonne 3 \(.+\)\. Vérifiez la syntaxe/],
    ['cut-short.json', /^Plan « .*cut-short\.json » : JSON illisible à la ligne 4, colonne 1 /],
    ['latin1.json', /^Plan « .*latin1\.json » : Le fichier n’est pas un texte UTF-8, ce n’est donc pas un plan exporté\. .*enregistrez-le en UTF-8\.$/m],
  ])('reports the unreadable %s in French, where the parser stopped, exit code 1', async (file, said) => {
    const { code, out, err } = await run('plan', '--plan', join(fixtures, file));
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(said);
  });
});

describe('through npm, as the README says', () => {
  it('`npm run --silent ctg -- plan --json` prints only JSON on stdout', async () => {
    const { stdout } = await promisify(execFile)('npm', ['run', '--silent', 'ctg', '--', 'plan', '--json'], { cwd: root });
    expect(JSON.parse(stdout).id).toBe('ctg-p2a-2022-2025');
  });

  // `ctg plan | true`: the reader is gone before the first line is written; the command must end
  // quietly (no « EPIPE » stack trace on stderr), as Unix filters do.
  it('ends quietly when its reader stops early (a pipe into a command that reads nothing)', async () => {
    const script = `"${process.execPath}" scripts/ctg.cjs plan | true; exit \${PIPESTATUS[0]}`;
    const child = spawn('bash', ['-c', script], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(err).not.toMatch(/EPIPE|Error|at /);
    expect(code).toBe(0);
  });
});
