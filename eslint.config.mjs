// ESLint (flat config): typescript-eslint recommended + the import rules of ARCHITECTURE.md.
//
// The layering is enforced per folder with no-restricted-imports (patterns are gitignore-style,
// matched against the import specifier, so `**/xlsx/**` catches `../xlsx/render` at any depth).
// test/lint/importRules.test.ts checks these rules on small snippets.
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

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
  globalIgnores(['dist/**', 'dist-cli/**', 'coverage/**', '.tmp/**', 'out/**']),
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
);
