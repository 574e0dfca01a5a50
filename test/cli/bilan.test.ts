/** `ctg bilan`: the Word document written from the returns, its JSON summary, and every refusal in French with its fix. */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectionFileName } from '../../src/app/fileNames';
import { respondentsOf } from '../../src/collect';
import { simulateReturn } from '../../src/demo';
import { defaultPlan } from '../../src/plan';
import { nodeInflate } from '../../src/xlsx/inflateNode';
import { ownOutputKind } from '../../src/xlsx/ownOutput';
import { renderSpec } from '../../src/xlsx/renderSpec';
import JSZip from 'jszip';
import { runCli as run } from '../support/cli';

const plan = defaultPlan();
let dir: string;
let returned: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ctg-bilan-cli-'));
  for (const code of ['caf04', '200067437', '04070']) {
    const respondent = respondentsOf(plan).find((r) => r.code === code)!;
    const { spec } = simulateReturn(plan, respondent, { seed: 4, now: '2025-12-01T09:00:00.000Z', completeness: 'full', anomalies: [] });
    returned = join(dir, collectionFileName(plan, respondent));
    writeFileSync(returned, await renderSpec(spec));
  }
}, 60_000);

describe('ctg bilan', () => {
  it.each([
    [['--year', '2024'], 'annual', '2024'],
    // Run in 2026 or later: the last year ended is the convention's last.
    [[], 'annual', '2025'],
    [['--evaluation'], 'evaluation', null],
  ])('%j writes a %s document (%s) and says so in JSON', async (options, kind, period) => {
    const out = join(mkdtempSync(join(tmpdir(), 'ctg-bilan-out-')), 'bilan.docx');
    const { code, out: stdout } = await run('bilan', dir, ...options, '--out', out, '--json');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({ kind, period, output: out, files: 3, fiches: ['1.1', '2.1', '2.2', '3.1', '3.2', '3.3', '4.1', '6.1'] });
    expect(json.charts).toBeGreaterThan(0);
    expect(await ownOutputKind(readFileSync(out), nodeInflate)).toBe('bilan');
  }, 60_000);

  it('prints a French line without --json', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'ctg-bilan-out-')), 'bilan.docx');
    const { code, out: stdout } = await run('bilan', dir, '--year', '2023', '--out', out);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Bilan — Année 2023 : document Word écrit dans « .*bilan\.docx » \(8 fiches, \d+ graphiques, d’après 3 classeurs lus\)\.$/m);
  }, 60_000);

  it.each([
    [['--year', '2024'], /Indiquez le document Word à écrire : --out FICHIER\.docx\.\nUsage : ctg bilan/],
    [['--out', 'x.xlsx'], /Indiquez le document Word à écrire/],
    [['--year', '2030', '--out', 'x.docx'], /--year : « 2030 » n’est pas une période du plan\. Choisissez parmi : 2022, 2023, 2024, 2025\./],
    [['--year', '2024', '--evaluation', '--out', 'x.docx'], /--year et --evaluation ne vont pas ensemble/],
  ])('refuses %j', async (options, message) => {
    const { code, err } = await run('bilan', dir, ...options);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });

  it('refuses to run without a return', async () => {
    const { code, err } = await run('bilan', '--out', join(dir, 'x.docx'));
    expect([code, err]).toEqual([2, expect.stringMatching(/^Indiquez les classeurs retournés/)]);
  });

  it('never writes over an input, nor over a document it did not write; over its own bilan only with --force', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'ctg-bilan-target-'));
    const input = join(folder, 'retour.docx');
    writeFileSync(input, readFileSync(returned));
    const asInput = await run('bilan', dir, input, '--out', input);
    expect([asInput.code, asInput.err]).toEqual([2, expect.stringContaining('est l’un des fichiers lus')]);

    const foreign = join(folder, 'notes.docx');
    writeFileSync(foreign, 'pas un bilan');
    const overForeign = await run('bilan', dir, '--out', foreign, '--force');
    expect([overForeign.code, overForeign.err]).toEqual([2, expect.stringContaining('n’est pas un bilan écrit par cet outil')]);
    expect(readFileSync(foreign, 'utf8')).toBe('pas un bilan');

    const own = join(folder, 'bilan.docx');
    expect((await run('bilan', dir, '--out', own)).code).toBe(0);
    const again = await run('bilan', dir, '--out', own);
    expect([again.code, again.err]).toEqual([2, expect.stringContaining('un bilan écrit par cet outil). Ajoutez --force')]);
    const forced = await run('bilan', dir, '--out', own, '--force');
    expect([forced.code, forced.out]).toEqual([0, expect.stringContaining(`Le bilan précédent « ${own} » a été remplacé (--force).`)]);
    expect(existsSync(own)).toBe(true);
  }, 120_000);

  it('starts from a consolidation workbook as from the returns it holds: the same document, dates aside', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'ctg-bilan-from-consolidation-'));
    const consolidation = join(folder, 'consolidation.xlsx');
    expect((await run('consolidate', dir, '--out', consolidation)).code).toBe(0);
    const fromReturns = join(folder, 'from-returns.docx');
    const fromConsolidation = join(folder, 'from-consolidation.docx');
    const a = await run('bilan', dir, '--year', '2024', '--out', fromReturns, '--json');
    const b = await run('bilan', consolidation, '--year', '2024', '--out', fromConsolidation, '--json');
    expect([a.code, b.code]).toEqual([0, 0]);
    const shape = (json: string) => {
      const { headings, tables, charts, fiches } = JSON.parse(json);
      return { headings, tables, charts, fiches };
    };
    expect(shape(b.out)).toEqual(shape(a.out));
    // The text of the document, the preparation date masked: every figure, state and name the same.
    const text = async (path: string) => {
      const xml = await (await JSZip.loadAsync(readFileSync(path))).file('word/document.xml')!.async('string');
      return xml.replace(/<[^>]+>/g, ' ').replace(/\d{1,2}(er)? [a-zéû]+ \d{4}|\d{2}\/\d{2}\/\d{4}/g, '<date>').replace(/\s+/g, ' ');
    };
    const [returnsText, consolidationText] = [await text(fromReturns), await text(fromConsolidation)];
    expect(consolidationText).toContain('Digne-les-Bains');
    expect(consolidationText).toEqual(returnsText);
  }, 120_000);
});
