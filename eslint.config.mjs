// ESLint (flat config): typescript-eslint recommended, a few type-aware rules, and the import
// rules of ARCHITECTURE.md over src/, test/, bench/ and scripts/.
//
// The layering is enforced per folder with no-restricted-imports (patterns are gitignore-style,
// matched against the import specifier, so `**/xlsx/**` catches `../xlsx/render` at any depth);
// cycles by a local rule (eslint-rules/noImportCycle.mjs says why not import-x/no-cycle alone).
// test/lint/importRules.test.ts checks these rules on small snippets.
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';
import noImportCycle from './eslint-rules/noImportCycle.mjs';
import ctgRules from './eslint-rules/noFrenchLiteral.mjs';

/**
 * The pure folders (no I/O, no host, no UI) in their order: each imports only the folders before
 * it. This is the order the code has, which ARCHITECTURE.md lists loosely: `workbook` (the
 * document model) and `rules` (the expression language) depend on nothing, `plan` checks its
 * rules with `rules` and maps its sheets with `workbook`, `report` words its sheets with `i18n`.
 * `i18n` comes right after `workbook` so that every folder may word what it writes; it renders
 * the issues the later folders define, so it may name their types (`import type`), never run
 * their code: a catalogue computes nothing.
 */
const ORDER = ['workbook', 'i18n', 'rules', 'plan', 'collect', 'returns', 'consolidate', 'report'];
const PURE = ORDER;
const TYPES_FROM_LATER = new Set(['i18n']);
/** The demo's simulated returns: deterministic like the pure folders, wired by `ctg demo` only. */
const DEMO = 'demo';
const inSrc = (folders) => folders.map((f) => `src/${f}/**/*.{ts,tsx}`);
const TS = ['src', 'test', 'bench', 'scripts'].map((d) => `${d}/**/*.{ts,tsx}`);
const JS = ['test', 'bench', 'scripts'].map((d) => `${d}/**/*.{js,mjs,cjs}`);

/** `**​/name` and `**​/name/**`: a folder imported by a relative path, at any depth. */
const folder = (name) => [`**/${name}`, `**/${name}/**`];

const MSG = {
  exceljs: "ExcelJS n'est utilisé que dans l'adaptateur src/xlsx (ARCHITECTURE.md, règles d'import).",
  office:
    "Office.js n'est utilisé que dans l'adaptateur src/excel et le volet src/taskpane ; le type `Excel`/`Office` n'a rien à faire ici.",
  react: "React et Fluent UI ne sont utilisés que dans le volet src/taskpane.",
  node: "Pas d'accès au disque, au réseau ni aux processus dans ce dossier : le code y est pur (les E/S passent par les adaptateurs).",
  adapters:
    "Un dossier pur n'importe aucun adaptateur (xlsx, excel, docx), ni app, cli, taskpane ou demo : ce sont eux qui l'importent.",
  order: (folder, later) =>
    `src/${folder} vient avant ${later.map((f) => `src/${f}`).join(', ')} dans l'ordre des dossiers purs ` +
    `(${ORDER.join(', ')} : chacun n'importe que ceux d'avant) : il ne les importe pas. Déplacez ce qu'il lui faut dans ` +
    `src/${folder} ou dans un dossier d'avant, ou faites l'appel depuis le dossier d'après.`,
  typesOnly: (later) =>
    `src/i18n ne fait que mettre en mots : de ${later.map((f) => `src/${f}`).join(', ')}, il n'importe ` +
    `que des types (import type). Le calcul se fait dans le dossier qui définit la donnée.`,
  demo: "La simulation de la démo (src/demo) n'est câblée que par la commande `ctg demo` (src/cli) : aucun autre dossier de src ne l'importe.",
  xlsxToExcel: "Les adaptateurs xlsx et excel ne s'importent pas l'un l'autre : passez par le modèle commun (src/workbook).",
  adapterToSurface: "Un adaptateur n'importe ni cli ni taskpane : ce sont eux qui le câblent.",
  docxToOthers: "L'adaptateur docx n'importe ni ExcelJS, ni les adaptateurs xlsx et excel : il ne fait qu'écrire le modèle du bilan (src/report/bilan).",
  lazyDocx:
    "Le volet n'atteint la bibliothèque docx et src/docx que par src/taskpane/docxChunk.ts, importé dynamiquement (await import) : sinon docx entre dans le JavaScript initial.",
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
/** The `docx` package and src/docx, for the task pane: types only, the code through the lazy chunk. */
const LAZY_DOCX = {
  paths: paths(['docx'], MSG.lazyDocx),
  patterns: [{ group: [...folder('docx'), '**/docxChunk'], message: MSG.lazyDocx, allowTypeImports: true }],
};
const group = (names, message, options = {}) => ({ paths: [], patterns: [{ group: names.flatMap(folder), message, ...options }] });

/** The folders after `name` in ORDER, refused to it (their types too, except for i18n). */
const laterFolders = (name) => {
  const later = ORDER.slice(ORDER.indexOf(name) + 1);
  if (later.length === 0) return { paths: [], patterns: [] };
  return TYPES_FROM_LATER.has(name)
    ? group(later, MSG.typesOnly(later), { allowTypeImports: true })
    : group(later, MSG.order(name, later));
};

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

/** What a pure folder may not import (no I/O, no host, no UI, no adapter), plus its own order rule. */
const pureImports = (order) =>
  restrictImports(EXCELJS, OFFICE, REACT, NODE, { paths: paths(['docx', '@resvg/resvg-js'], MSG.adapters), patterns: [] }, group(['xlsx', 'excel', 'docx', 'app', 'cli', 'taskpane', DEMO], MSG.adapters), order);

export default defineConfig(
  globalIgnores(['dist/**', 'dist-cli/**', 'coverage/**', '.tmp/**', 'out/**']),
  {
    files: [...TS, ...JS],
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
    // bench/ and scripts/ helpers in CommonJS (webpack configurations, the icon maker).
    files: ['**/*.{js,cjs}'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Type-aware rules, chosen for the bugs they catch here rather than the whole
    // recommendedTypeChecked set (which flags `String(unknown)` in every message parameter and
    // the async methods our ports and fakes declare without awaiting):
    // - a promise neither awaited nor handled loses its error (in a test: an `expect(…).rejects`
    //   left without await passes whatever happens);
    // - an assertion that changes nothing hides the day the type does change.
    files: TS,
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
    },
  },
  {
    // No `any` flowing through shipped code and tools; tests may read JSON and library values
    // untyped, their expectations check the shape.
    files: [...inSrc(['**']), 'bench/**/*.{ts,tsx}', 'scripts/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'error',
      '@typescript-eslint/no-unsafe-assignment': 'error',
      '@typescript-eslint/no-unsafe-call': 'error',
      '@typescript-eslint/no-unsafe-member-access': 'error',
      '@typescript-eslint/no-unsafe-return': 'error',
    },
  },
  {
    // Over src/ (and the fixture its test lints). test/excel/fake mirrors the Office object model,
    // where a range knows its worksheet and the worksheet its ranges: its cycles are the model's.
    files: [...inSrc(['**']), 'test/lint/fixtures/**/*.ts'],
    plugins: { architecture: { rules: { 'no-import-cycle': noImportCycle } } },
    rules: { 'architecture/no-import-cycle': 'error' },
  },
  {
    files: ['src/excel/**/*.{ts,tsx}', 'src/taskpane/**/*.{ts,tsx}', 'test/excel/**/*.{ts,tsx}', 'test/taskpane/**/*.{ts,tsx}'],
    rules: { 'no-restricted-globals': 'off' },
  },
  ...PURE.map((name) => ({
    files: inSrc([name]),
    rules: { 'no-restricted-imports': pureImports(laterFolders(name)) },
  })),
  {
    files: inSrc([...PURE, DEMO]),
    rules: {
      'no-restricted-globals': restrictGlobals(...HOST_GLOBALS, ...NETWORK_GLOBALS),
      'no-restricted-syntax': ['error', { selector: 'ImportExpression', message: MSG.dynamicImport }],
    },
  },
  {
    files: inSrc([DEMO]),
    rules: {
      'no-restricted-imports': restrictImports(
        EXCELJS,
        OFFICE,
        REACT,
        NODE,
        group(['xlsx', 'excel', 'app', 'cli', 'taskpane'], MSG.adapters),
      ),
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
        group([DEMO], MSG.demo),
      ),
    },
  },
  {
    // The bilan's Word writer: the model in, .docx bytes out; charts through its PNG port.
    files: inSrc(['docx']),
    rules: {
      'no-restricted-imports': restrictImports(
        EXCELJS,
        OFFICE,
        REACT,
        group(['xlsx', 'excel'], MSG.docxToOthers),
        group(['cli', 'taskpane'], MSG.adapterToSurface),
        group([DEMO], MSG.demo),
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
        group([DEMO], MSG.demo),
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
    ignores: ['src/taskpane/xlsxChunk.ts', 'src/taskpane/docxChunk.ts'],
    rules: { 'no-restricted-imports': restrictImports(LAZY_XLSX, LAZY_DOCX, NODE, group([DEMO], MSG.demo)) },
  },
  {
    files: inSrc(['app']),
    rules: {
      'no-restricted-imports': restrictImports(
        EXCELJS,
        OFFICE,
        REACT,
        NODE,
        group(['xlsx', 'excel', 'docx', 'cli', 'taskpane'], MSG.appAdapters),
        group([DEMO], MSG.demo),
      ),
    },
  },
  {
    // No French sentence outside the catalogues (src/i18n) and the plan's own data
    // (src/plan/default): below cli/ and taskpane/ a problem is an issue (code, params, location),
    // rendered at the edge in the reader's language. See eslint-rules/noFrenchLiteral.mjs for what
    // counts as French, and test/lint/frenchLiterals.test.ts.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/i18n/**', 'src/plan/default/**'],
    plugins: { ctg: ctgRules },
    rules: { 'ctg/no-french-literal': 'error' },
  },
);
