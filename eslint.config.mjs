// ESLint (flat config): typescript-eslint recommended + the import rules of ARCHITECTURE.md.
//
// The layering is enforced per folder with no-restricted-imports (patterns are gitignore-style,
// matched against the import specifier, so `**/xlsx/**` catches `../xlsx/render` at any depth).
// test/lint/importRules.test.ts checks these rules on small snippets.
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';
import ctgRules from './eslint-rules/noFrenchLiteral.mjs';

/** Pure folders: no I/O, no host, no UI; they import only each other. */
const PURE = ['plan', 'rules', 'workbook', 'collect', 'returns', 'consolidate', 'report', 'i18n'];
const inSrc = (folders) => folders.map((f) => `src/${f}/**/*.{ts,tsx}`);

/** `**​/name` and `**​/name/**`: a folder imported by a relative path, at any depth. */
const folder = (name) => [`**/${name}`, `**/${name}/**`];

const MSG = {
  exceljs: "ExcelJS n'est utilisé que dans l'adaptateur src/xlsx (ARCHITECTURE.md, règles d'import).",
  office:
    "Office.js n'est utilisé que dans l'adaptateur src/excel et le volet src/taskpane ; le type `Excel`/`Office` n'a rien à faire ici.",
  react: "React et Fluent UI ne sont utilisés que dans le volet src/taskpane.",
  node: "Pas d'accès au disque, au réseau ni aux processus dans ce dossier : le code y est pur (les E/S passent par les adaptateurs).",
  adapters:
    "Un dossier pur n'importe aucun adaptateur (xlsx, excel), ni app, cli ou taskpane : ce sont eux qui l'importent.",
  xlsxToExcel: "Les adaptateurs xlsx et excel ne s'importent pas l'un l'autre : passez par le modèle commun (src/workbook).",
  adapterToSurface: "Un adaptateur n'importe ni cli ni taskpane : ce sont eux qui le câblent.",
  appAdapters:
    "src/app ne connaît aucun adaptateur : il reçoit le port du classeur en argument (le câblage se fait dans cli/ et taskpane/).",
  globals: "Les objets globaux Office et Excel ne sont accessibles que dans src/excel et src/taskpane.",
  network: "Pas d'accès réseau dans le code pur (aucune donnée ne quitte le poste).",
  dynamicImport: "Pas d'import dynamique dans le code pur.",
  lazyXlsx:
    "Le volet n'atteint ExcelJS, JSZip et src/xlsx que par src/taskpane/xlsxChunk.ts, importé dynamiquement (await import) : sinon ExcelJS entre dans le JavaScript initial.",
};

/**
 * Files that still hold French sentences of their own, to be moved into src/i18n catalogues
 * (issue 13, point 2). The list only shrinks: a new file is checked from its first line.
 */
const FRENCH_NOT_YET_MOVED = [
  'src/app/loadPlan.ts',
  'src/app/simulate/anomalies.ts',
  'src/app/simulate/values.ts',
  'src/app/validate.ts',
  'src/cli/args.ts',
  'src/cli/commands/consolidate.ts',
  'src/cli/commands/demo.ts',
  'src/cli/commands/generate.ts',
  'src/cli/commands/plan.ts',
  'src/cli/commands/validate.ts',
  'src/cli/inputs.ts',
  'src/cli/loadInput.ts',
  'src/cli/main.ts',
  'src/cli/resolvePlan.ts',
  'src/collect/ficheSheet.ts',
  'src/plan/schema.ts',
  'src/plan/sheets/columns.ts',
  'src/plan/sheets/messages.ts',
  'src/rules/errors.ts',
  'src/rules/parse.ts',
  'src/rules/tokenize.ts',
  'src/taskpane/effects/types.ts',
  'src/xlsx/cellModel.ts',
  'src/xlsx/cellXml.ts',
  'src/xlsx/relationships.ts',
  'src/xlsx/rowCells.ts',
  'src/xlsx/sharedStrings.ts',
  'src/xlsx/sheetXml.ts',
  'src/xlsx/workbookXml.ts',
  'src/xlsx/xml.ts',
];

const paths = (names, message) => names.map((name) => ({ name, message }));

// --- import groups ---------------------------------------------------------------
const EXCELJS = { paths: paths(['exceljs'], MSG.exceljs), patterns: [{ group: ['exceljs/*'], message: MSG.exceljs }] };
const OFFICE = {
  paths: paths(['@microsoft/office-js', 'office-js', '@types/office-js'], MSG.office),
  patterns: [{ group: ['@microsoft/office-js/*'], message: MSG.office }],
};
const REACT = {
  paths: paths(['react', 'react-dom'], MSG.react),
  patterns: [{ group: ['react/*', 'react-dom/*', '@fluentui/*'], message: MSG.react }],
};
const NODE = {
  paths: paths(['fs', 'path', 'http', 'https', 'net', 'child_process', 'os', 'tls', 'dgram', 'worker_threads'], MSG.node),
  patterns: [{ group: ['node:*', 'fs/*'], message: MSG.node }],
};
/** ExcelJS and the .xlsx code, for the task pane: types only, the code through the lazy chunk. */
const LAZY_XLSX = {
  paths: paths(['exceljs', 'jszip'], MSG.lazyXlsx),
  patterns: [{ group: [...folder('xlsx'), '**/xlsxChunk'], message: MSG.lazyXlsx, allowTypeImports: true }],
};
const group = (names, message) => ({ paths: [], patterns: [{ group: names.flatMap(folder), message }] });

/** One no-restricted-imports setting from several groups (a later config would replace it, not merge). */
const restrictImports = (...groups) => [
  'error',
  {
    paths: groups.flatMap((g) => g.paths),
    patterns: groups.flatMap((g) => g.patterns),
  },
];

const restrictGlobals = (...names) => ['error', ...names.map((n) => ({ name: n.name, message: n.message }))];
const HOST_GLOBALS = [
  { name: 'Office', message: MSG.globals },
  { name: 'Excel', message: MSG.globals },
];
const NETWORK_GLOBALS = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'].map((name) => ({
  name,
  message: MSG.network,
}));

export default defineConfig(
  globalIgnores(['dist/**', 'coverage/**', '.tmp/**', 'out/**']),
  {
    files: ['src/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}'],
    extends: [tseslint.configs.recommended],
    languageOptions: {
      // no-implied-eval only sees calls through declared globals (setTimeout('code'),
      // window.setTimeout('code')…); no-undef stays off for TypeScript, tsc checks names.
      globals: Object.fromEntries(
        ['setTimeout', 'setInterval', 'execScript', 'window', 'self', 'global', 'globalThis'].map((n) => [n, 'readonly']),
      ),
    },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Office and Excel globals only in the Office.js adapter and the task pane (and their tests).
      'no-restricted-globals': restrictGlobals(...HOST_GLOBALS),
    },
  },
  {
    files: ['src/excel/**/*.{ts,tsx}', 'src/taskpane/**/*.{ts,tsx}', 'test/excel/**/*.{ts,tsx}', 'test/taskpane/**/*.{ts,tsx}'],
    rules: { 'no-restricted-globals': 'off' },
  },
  {
    files: inSrc(PURE),
    rules: {
      'no-restricted-imports': restrictImports(
        EXCELJS,
        OFFICE,
        REACT,
        NODE,
        group(['xlsx', 'excel', 'app', 'cli', 'taskpane'], MSG.adapters),
      ),
      'no-restricted-globals': restrictGlobals(...HOST_GLOBALS, ...NETWORK_GLOBALS),
      'no-restricted-syntax': ['error', { selector: 'ImportExpression', message: MSG.dynamicImport }],
    },
  },
  {
    files: inSrc(['xlsx']),
    rules: {
      'no-restricted-imports': restrictImports(
        OFFICE,
        REACT,
        group(['excel'], MSG.xlsxToExcel),
        group(['cli', 'taskpane'], MSG.adapterToSurface),
      ),
    },
  },
  {
    files: inSrc(['excel']),
    rules: {
      'no-restricted-imports': restrictImports(
        EXCELJS,
        REACT,
        group(['xlsx'], MSG.xlsxToExcel),
        group(['cli', 'taskpane'], MSG.adapterToSurface),
      ),
    },
  },
  {
    // What runs in the task pane sends nothing anywhere (convention, article 7).
    files: inSrc(['taskpane', 'excel']),
    rules: {
      'no-restricted-globals': restrictGlobals(...NETWORK_GLOBALS),
      'no-restricted-properties': ['error', { object: 'navigator', property: 'sendBeacon', message: MSG.network }],
    },
  },
  {
    files: inSrc(['taskpane']),
    ignores: ['src/taskpane/xlsxChunk.ts'],
    rules: { 'no-restricted-imports': restrictImports(LAZY_XLSX, NODE) },
  },
  {
    files: inSrc(['app']),
    rules: {
      'no-restricted-imports': restrictImports(
        EXCELJS,
        OFFICE,
        REACT,
        NODE,
        group(['xlsx', 'excel', 'cli', 'taskpane'], MSG.appAdapters),
      ),
    },
  },
  {
    // No French sentence outside the catalogues (src/i18n) and the plan's own data
    // (src/plan/default): below cli/ and taskpane/ a problem is an issue (code, params, location),
    // rendered at the edge in the reader's language. See eslint-rules/noFrenchLiteral.mjs for what
    // counts as French, and test/lint/frenchLiterals.test.ts.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/i18n/**', 'src/plan/default/**', ...FRENCH_NOT_YET_MOVED],
    plugins: { ctg: ctgRules },
    rules: { 'ctg/no-french-literal': 'error' },
  },
);
