/**
 * The import rules of ARCHITECTURE.md, enforced by eslint.config.mjs: each snippet is linted
 * as if it lived at `filePath` (the file need not exist), with the project's real config.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

type Case = [filePath: string, code: string, rule: string | null];

const cases: Case[] = [
  // exceljs: only the xlsx adapter
  ['src/plan/x.ts', "import ExcelJS from 'exceljs';\nexport const a = ExcelJS;\n", 'no-restricted-imports'],
  ['src/returns/x.ts', "import type { Workbook } from 'exceljs';\nexport type W = Workbook;\n", 'no-restricted-imports'],
  ['src/app/x.ts', "import ExcelJS from 'exceljs';\nexport const a = ExcelJS;\n", 'no-restricted-imports'],
  ['src/excel/x.ts', "import ExcelJS from 'exceljs';\nexport const a = ExcelJS;\n", 'no-restricted-imports'],
  ['src/xlsx/x.ts', "import ExcelJS from 'exceljs';\nexport const a = ExcelJS;\n", null],
  // Node built-ins: not in pure code nor app; fine in the command line
  ['src/plan/x.ts', "import fs from 'fs';\nexport const a = fs;\n", 'no-restricted-imports'],
  ['src/consolidate/x.ts', "import { readFile } from 'node:fs/promises';\nexport const a = readFile;\n", 'no-restricted-imports'],
  ['src/rules/x.ts', "import { join } from 'path';\nexport const a = join;\n", 'no-restricted-imports'],
  ['src/i18n/x.ts', "import https from 'https';\nexport const a = https;\n", 'no-restricted-imports'],
  ['src/app/x.ts', "import fs from 'fs';\nexport const a = fs;\n", 'no-restricted-imports'],
  ['src/cli/x.ts', "import fs from 'fs';\nexport const a = fs;\n", null],
  ['src/cli/x.ts', "import { readFile } from 'node:fs/promises';\nexport const a = readFile;\n", null],
  // adapters and surfaces, at any depth
  ['src/collect/x.ts', "import { render } from '../xlsx/render';\nexport const a = render;\n", 'no-restricted-imports'],
  ['src/collect/deep/x.ts', "import { render } from '../../xlsx/render';\nexport const a = render;\n", 'no-restricted-imports'],
  ['src/report/x.ts', "import { write } from '../excel';\nexport const a = write;\n", 'no-restricted-imports'],
  ['src/workbook/x.ts', "import { run } from '../app/generate';\nexport const a = run;\n", 'no-restricted-imports'],
  ['src/plan/x.ts', "import { main } from '../cli/main';\nexport const a = main;\n", 'no-restricted-imports'],
  ['src/returns/x.ts', "import { App } from '../taskpane/App';\nexport const a = App;\n", 'no-restricted-imports'],
  ['src/app/x.ts', "import { render } from '../xlsx/render';\nexport const a = render;\n", 'no-restricted-imports'],
  ['src/app/x.ts', "import { write } from '../excel/write';\nexport const a = write;\n", 'no-restricted-imports'],
  ['src/xlsx/x.ts', "import { write } from '../excel/write';\nexport const a = write;\n", 'no-restricted-imports'],
  ['src/excel/x.ts', "import { render } from '../xlsx/render';\nexport const a = render;\n", 'no-restricted-imports'],
  ['src/cli/x.ts', "import { render } from '../xlsx/render';\nexport const a = render;\n", null],
  ['src/taskpane/x.ts', "import { write } from '../excel/write';\nexport const a = write;\n", null],
  // pure folders import each other; a file name that merely contains an adapter's name is fine
  ['src/collect/x.ts', "import { parsePlan } from '../plan/schema';\nexport const a = parsePlan;\n", null],
  ['src/report/x.ts', "import { toGrid } from '../workbook/xlsx-like';\nexport const a = toGrid;\n", null],
  ['src/app/x.ts', "import { collect } from '../collect';\nexport const a = collect;\n", null],
  // UI and Office.js packages
  ['src/plan/x.ts', "import { useState } from 'react';\nexport const a = useState;\n", 'no-restricted-imports'],
  ['src/report/x.ts', "import { Button } from '@fluentui/react-components';\nexport const a = Button;\n", 'no-restricted-imports'],
  ['src/app/x.ts', "import { createRoot } from 'react-dom/client';\nexport const a = createRoot;\n", 'no-restricted-imports'],
  ['src/xlsx/x.ts', "import { useState } from 'react';\nexport const a = useState;\n", 'no-restricted-imports'],
  ['src/xlsx/x.ts', "import '@microsoft/office-js';\n", 'no-restricted-imports'],
  ['src/taskpane/x.tsx', "import { Button } from '@fluentui/react-components';\nexport const a = Button;\n", null],
  // Office / Excel globals: only in the Office.js adapter and the task pane
  ['src/report/x.ts', 'export const run = () => Excel.run(async () => {});\n', 'no-restricted-globals'],
  ['src/app/x.ts', 'export const ready = () => Office.onReady();\n', 'no-restricted-globals'],
  ['src/xlsx/x.ts', 'export const run = () => Excel.run(async () => {});\n', 'no-restricted-globals'],
  ['src/excel/x.ts', 'export const run = () => Excel.run(async () => {});\n', null],
  ['src/taskpane/x.ts', 'export const ready = () => Office.onReady();\n', null],
  // no network, no dynamic import in pure code
  ['src/collect/x.ts', "export const get = () => fetch('https://example.org');\n", 'no-restricted-globals'],
  ['src/returns/x.ts', "export const load = () => import('./y');\n", 'no-restricted-syntax'],
  // no eval anywhere
  ['src/cli/x.ts', "export const f = (s: string) => eval(s);\n", 'no-eval'],
  ['src/rules/x.ts', "export const f = new Function('a', 'return a');\n", 'no-new-func'],
  ['src/taskpane/x.ts', "export const t = () => setTimeout('alert(1)', 10);\n", 'no-implied-eval'],
  ['src/excel/x.ts', "export const t = () => globalThis.setInterval('alert(1)', 10);\n", 'no-implied-eval'],
  ['src/taskpane/x.ts', 'export const t = () => setTimeout(() => undefined, 10);\n', null],
  // the task pane: no network; ExcelJS and src/xlsx only through the lazily imported chunk
  ['src/taskpane/x.ts', "export const f = () => fetch('https://example.org');\n", 'no-restricted-globals'],
  ['src/excel/x.ts', 'export const f = () => new XMLHttpRequest();\n', 'no-restricted-globals'],
  ['src/taskpane/views/x.ts', "export const f = () => navigator.sendBeacon('https://example.org');\n", 'no-restricted-properties'],
  ['src/taskpane/x.ts', "import { readGrids } from '../xlsx/readGrids';\nexport const a = readGrids;\n", 'no-restricted-imports'],
  ['src/taskpane/effects/x.ts', "import { zip } from '../xlsxChunk';\nexport const a = zip;\n", 'no-restricted-imports'],
  ['src/taskpane/effects/x.ts', "import JSZip from 'jszip';\nexport const a = JSZip;\n", 'no-restricted-imports'],
  ['src/taskpane/effects/x.ts', "import type { Inflate } from '../../xlsx/inflate';\nexport type A = Inflate;\n", null],
  ['src/taskpane/effects/x.ts', "export const load = () => import('../xlsxChunk');\n", null],
  ['src/taskpane/xlsxChunk.ts', "import { readGrids } from '../xlsx/readGrids';\nexport const a = readGrids;\n", null],
  // the docx adapter (the bilan's Word writer): not from pure code nor app; the pane through its lazy chunk
  ['src/report/bilan/x.ts', "import { renderBilanDocx } from '../../docx/renderBilan';\nexport const a = renderBilanDocx;\n", 'no-restricted-imports'],
  ['src/report/bilan/x.ts', "import { Document } from 'docx';\nexport const a = Document;\n", 'no-restricted-imports'],
  ['src/app/x.ts', "import { renderBilanDocx } from '../docx/renderBilan';\nexport const a = renderBilanDocx;\n", 'no-restricted-imports'],
  ['src/docx/x.ts', "import { readGrids } from '../xlsx/readGrids';\nexport const a = readGrids;\n", 'no-restricted-imports'],
  ['src/docx/x.ts', "import { main } from '../cli/main';\nexport const a = main;\n", 'no-restricted-imports'],
  ['src/docx/x.ts', "import { buildBilan } from '../report/bilan';\nexport const a = buildBilan;\n", null],
  ['src/taskpane/effects/x.ts', "import { renderBilanDocx } from '../../docx/renderBilan';\nexport const a = renderBilanDocx;\n", 'no-restricted-imports'],
  ['src/taskpane/effects/x.ts', "import { Packer } from 'docx';\nexport const a = Packer;\n", 'no-restricted-imports'],
  ['src/taskpane/effects/x.ts', "export const load = () => import('../docxChunk');\n", null],
  ['src/taskpane/docxChunk.ts', "import { renderBilanDocx } from '../docx/renderBilan';\nexport const a = renderBilanDocx;\n", null],
  ['src/cli/x.ts', "import { renderBilanDocx } from '../docx/renderBilan';\nexport const a = renderBilanDocx;\n", null],
  // the order of the pure folders (ORDER in eslint.config.mjs): each imports only those before it, types included
  ['src/plan/x.ts', "import { buildCollectionWorkbook } from '../collect';\nexport const a = buildCollectionWorkbook;\n", 'no-restricted-imports'],
  ['src/plan/sheets/x.ts', "import { consolidate } from '../../consolidate';\nexport const a = consolidate;\n", 'no-restricted-imports'],
  ['src/collect/x.ts', "import { readReturn } from '../returns/readReturn';\nexport const a = readReturn;\n", 'no-restricted-imports'],
  ['src/returns/x.ts', "import { consolidationFigures } from '../consolidate/figures';\nexport const a = consolidationFigures;\n", 'no-restricted-imports'],
  ['src/consolidate/x.ts', "import { buildConsolidationWorkbook } from '../report';\nexport const a = buildConsolidationWorkbook;\n", 'no-restricted-imports'],
  ['src/rules/x.ts', "import type { Plan } from '../plan/schema';\nexport type P = Plan;\n", 'no-restricted-imports'],
  ['src/workbook/x.ts', "import { parseExpression } from '../rules';\nexport const a = parseExpression;\n", 'no-restricted-imports'],
  ['src/workbook/x.ts', "import { defaultLang } from '../i18n/lang';\nexport const a = defaultLang;\n", 'no-restricted-imports'],
  ['src/report/x.ts', "import { consolidate } from '../consolidate';\nexport const a = consolidate;\n", null],
  ['src/returns/x.ts', "import { buildCollectionWorkbook } from '../collect';\nexport const a = buildCollectionWorkbook;\n", null],
  ['src/plan/x.ts', "import { parseExpression } from '../rules';\nexport const a = parseExpression;\n", null],
  ['src/collect/x.ts', "import { defaultLang } from '../i18n/lang';\nexport const a = defaultLang;\n", null],
  // i18n words what the later folders define: their types, never their code
  ['src/i18n/x.ts', "import type { Finding } from '../returns/findings';\nexport type F = Finding;\n", null],
  ['src/i18n/x.ts', "import { countBySeverity } from '../returns/findings';\nexport const a = countBySeverity;\n", 'no-restricted-imports'],
  ['src/i18n/pane/x.ts', "import { consolidationFigures } from '../../consolidate/figures';\nexport const a = consolidationFigures;\n", 'no-restricted-imports'],
  ['src/i18n/x.ts', "import { frenchDate } from '../workbook/dates';\nexport const a = frenchDate;\n", null],
  // the summaries once let compute in i18n (issue 13): the same rule now, their data built where it is defined
  ['src/i18n/reportSummary.ts', "import { consolidationSummaryData } from '../consolidate/summary';\nexport const a = consolidationSummaryData;\n", 'no-restricted-imports'],
  ['src/i18n/planSummary.ts', "import { indicatorSites } from '../plan/walk';\nexport const a = indicatorSites;\n", 'no-restricted-imports'],
  ['src/i18n/findingsReport.ts', "import { countBySeverity } from '../returns/findings';\nexport const a = countBySeverity;\n", 'no-restricted-imports'],
  ['src/i18n/reportSummary.ts', "import type { ConsolidationSummaryData } from '../consolidate/summary';\nexport type D = ConsolidationSummaryData;\n", null],
  // the demo's simulation: wired by the command line only
  ['src/app/x.ts', "import { simulateReturn } from '../demo';\nexport const a = simulateReturn;\n", 'no-restricted-imports'],
  ['src/taskpane/x.ts', "import { simulateReturn } from '../demo';\nexport const a = simulateReturn;\n", 'no-restricted-imports'],
  ['src/collect/x.ts', "import { simulateReturn } from '../demo';\nexport const a = simulateReturn;\n", 'no-restricted-imports'],
  ['src/xlsx/x.ts', "import { simulateReturn } from '../demo';\nexport const a = simulateReturn;\n", 'no-restricted-imports'],
  ['src/cli/commands/x.ts', "import { simulateReturn } from '../../demo';\nexport const a = simulateReturn;\n", null],
  ['src/demo/x.ts', "import { renderWorkbook } from '../xlsx/charts';\nexport const a = renderWorkbook;\n", 'no-restricted-imports'],
  ['src/demo/x.ts', "import fs from 'fs';\nexport const a = fs;\n", 'no-restricted-imports'],
  ['src/demo/x.ts', "import { buildCollectionWorkbook } from '../collect';\nexport const a = buildCollectionWorkbook;\n", null],
  // import cycles, through values or through types only (test/lint/fixtures/cycle: b.ts imports a.ts, c.ts a type of it)
  ['test/lint/fixtures/cycle/a.ts', "import { b } from './b';\nexport const a = b;\n", 'architecture/no-import-cycle'],
  ['test/lint/fixtures/cycle/a.ts', "import type { C } from './c';\nexport type A = { name: string; c?: C };\n", 'architecture/no-import-cycle'],
  ['test/lint/fixtures/cycle/b.ts', "import { a } from './a';\n\nexport const b = `${a.name}b`;\n", null],
  // type-aware rules
  ['src/app/x.ts', 'export async function f(save: () => Promise<void>) {\n  save();\n}\n', '@typescript-eslint/no-floating-promises'],
  [
    'test/app/x.test.ts',
    'declare const expect: (p: Promise<unknown>) => { rejects: { toThrow(): Promise<void> } };\nexport function f(p: Promise<number>) {\n  expect(p).rejects.toThrow();\n}\n',
    '@typescript-eslint/no-floating-promises',
  ],
  ['src/plan/x.ts', 'export const f = (n: number) => (n as number) + 1;\n', '@typescript-eslint/no-unnecessary-type-assertion'],
];

interface Linted {
  filePath: string;
  ignored: boolean;
  messages: { ruleId: string | null; message: string; fatal: boolean }[];
}

/** Runs test/lint/lintSnippets.mjs (new ESLint({ cwd }) + lintText) on every snippet at once. */
function lintAll(snippets: { filePath: string; code: string; typed: boolean }[]): Linted[] {
  const out = execFileSync(process.execPath, [path.join(__dirname, 'lintSnippets.mjs')], {
    cwd: ROOT,
    input: JSON.stringify(snippets),
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(out) as Linted[];
}

const FRENCH_CHECK = { filePath: 'src/plan/x.ts', code: "import ExcelJS from 'exceljs';\nexport const a = ExcelJS;\n", typed: false };
let linted: Linted[] = [];

beforeAll(() => {
  // Type information only where a type-aware rule is the one expected (it costs a program per path).
  const typed = (rule: string | null) => rule !== null && rule.startsWith('@typescript-eslint/');
  linted = lintAll([...cases.map(([filePath, code, rule]) => ({ filePath, code, typed: typed(rule) })), FRENCH_CHECK]);
});

function lintedCase(index: number): Linted {
  const result = linted[index];
  if (!result) throw new Error(`no ESLint result for case ${index}`);
  const fatal = result.messages.filter((m) => m.fatal);
  if (fatal.length > 0) throw new Error(fatal.map((m) => m.message).join('\n'));
  if (result.ignored) throw new Error(`${result.filePath} is ignored by eslint.config.mjs`);
  return result;
}

describe('import rules (eslint.config.mjs)', () => {
  it.each(cases.map((c, i) => [...c, i] as const))('%s: %j → %s', (_filePath, _code, rule, index) => {
    const ids = lintedCase(index).messages.map((m) => m.ruleId);
    if (rule === null) {
      expect(ids).toEqual([]);
    } else {
      expect(ids).toContain(rule);
    }
  });

  it('explains the violation in French', () => {
    const result = lintedCase(cases.length);
    expect(result.messages[0]?.message).toMatch(/ExcelJS n'est utilisé que dans l'adaptateur src\/xlsx/);
  });
});
