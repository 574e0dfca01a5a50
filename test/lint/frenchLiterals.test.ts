/**
 * ctg/no-french-literal (eslint-rules/noFrenchLiteral.mjs, wired in eslint.config.mjs): French
 * text is written in the catalogues of src/i18n (and the plan data of src/plan/default), never in
 * the code that detects a problem. Each snippet is linted as if it lived at `filePath`.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const RULE = 'ctg/no-french-literal';

type Case = [filePath: string, code: string, fires: boolean];

const cases: Case[] = [
  // a diacritic or a guillemet: French, wherever it hides
  ['src/returns/x.ts', "export const m = 'Fichier refusé';\n", true],
  ['src/xlsx/x.ts', 'export const m = (n: string) => `élément <${n}> non fermé`;\n', true],
  ['src/collect/x.ts', "export const m = 'Saisir « NC »';\n", true],
  ['src/app/x.ts', "export class E extends Error { constructor() { super('Opération annulée.'); } }\n", true],
  ['src/taskpane/x.tsx', 'export const V = () => <p>Générer les classeurs</p>;\n', true],
  ['src/cli/x.ts', "export const usage = 'ctg plan [--plan FICHIER.json]';\n", false],
  // no diacritic, but two common French words
  ['src/cli/x.ts', "export const m = 'Le fichier est vide';\n", true],
  ['src/plan/x.ts', "export const m = `la valeur de ${'x'} dans la cellule`;\n", true],
  // codes, identifiers and English are left alone, and so is one stray French-looking word
  ['src/returns/x.ts', "export const code = 'file_refused';\n", false],
  ['src/xlsx/x.ts', "export const part = 'xl/worksheets/sheet1.xml';\n", false],
  ['src/excel/x.ts', "export const m = 'The sheet was not found';\n", false],
  ['src/report/x.ts', "export const range = 'la';\n", false],
  // the catalogues, the plan's data and the tests say French freely
  ['src/i18n/x.ts', "export const m = 'Fichier refusé : le classeur est protégé.';\n", false],
  ['src/i18n/pane/x.ts', 'export const m = (n: number) => `${n} fichiers importés`;\n', false],
  ['src/plan/default/x.ts', "export const label = 'Nombre de places créées';\n", false],
  ['test/returns/x.test.ts', "export const expected = 'Fichier refusé';\n", false],
  // the files once exempted while their French moved out (issue 13) are checked like any other
  ['src/cli/commands/demo.ts', "export const m = 'Démonstration terminée';\n", true],
  ['src/rules/errors.ts', 'export const m = (p: number) => `à la position ${p}`;\n', true],
  ['src/plan/schema.ts', "export const m = 'Numéro de fiche invalide';\n", true],
  ['src/xlsx/xml.ts', "export const m = 'élément non fermé';\n", true],
  ['src/i18n/cli/fr.ts', "export const m = 'Démonstration terminée';\n", false],
];

interface Linted {
  filePath: string;
  ignored: boolean;
  messages: { ruleId: string | null; message: string; fatal: boolean }[];
}

let linted: Linted[] = [];

beforeAll(() => {
  const snippets = cases.map(([filePath, code]) => ({ filePath, code }));
  const out = execFileSync(process.execPath, [path.join(__dirname, 'lintSnippets.mjs')], {
    cwd: ROOT,
    input: JSON.stringify(snippets),
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  linted = JSON.parse(out) as Linted[];
});

describe('no French string literal outside src/i18n (eslint.config.mjs)', () => {
  it.each(cases.map((c, i) => [...c, i] as const))('%s: %j → fires %s', (_filePath, _code, fires, index) => {
    const result = linted[index];
    expect(result).toBeDefined();
    expect(result?.ignored).toBe(false);
    expect(result?.messages.filter((m) => m.fatal)).toEqual([]);
    const ids = result?.messages.map((m) => m.ruleId) ?? [];
    if (fires) expect(ids).toContain(RULE);
    else expect(ids).not.toContain(RULE);
  });

  it('says where the text goes, quoting it', () => {
    const message = linted[0]?.messages.find((m) => m.ruleId === RULE)?.message;
    expect(message).toContain('« Fichier refusé »');
    expect(message).toContain('src/i18n');
  });
});
