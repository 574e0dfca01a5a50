/**
 * Webpack: builds the task pane into dist/.
 *
 *   ADDIN_URL=https://ctg.example.org npm run build
 *                                  production build: dist/manifest.xml points at that address,
 *                                  office.js comes from Microsoft's CDN (Microsoft requires it)
 *   OFFICE_JS=local npm run build  the same, with office.js served from dist/office/ (offline
 *                                  use, tests); the default of development builds
 *   npm start                      https://localhost:3000 (webpack serve, office-addin-dev-certs)
 *
 * ADDIN_URL is the one place where the production address is set.
 *
 * ts-loader only transpiles (transpileOnly) to ES modules so that webpack can tree-shake
 * React and Fluent UI; type-checking is `npm run typecheck` (tsc --noEmit), jest keeps
 * tsconfig's CommonJS.
 *
 * ExcelJS and JSZip are reached only through src/taskpane/xlsxChunk.ts, loaded with import():
 * they land in a separate chunk (xlsx.<hash>.js) fetched on first use, not in taskpane.js. So do
 * the Office.js adapter (excel.<hash>.js, once Excel has answered: src/taskpane/chooseEffects.ts)
 * and each step's view but the first (step-*.<hash>.js: src/taskpane/shell/stepViews.ts).
 */
'use strict';

const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

/** The address written in manifest.xml (development, npm start). */
const DEV_URL = 'https://localhost:3000';
const DEV_PORT = 3000;
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** office.js and its host files, served from dist/office/ (works offline, used by tests). */
const OFFICE_JS_DIST = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));
const OFFICE_DIR = 'office';
/**
 * ExcelJS's Node entry (excel.js) needs fs, stream, zlib…: the browser gets its prebuilt,
 * self-contained bundle, whose UMD wrapper sets `module.exports = ExcelJS`, so that
 * `import ExcelJS from 'exceljs'` in src/xlsx still yields the object holding `Workbook`.
 */
const EXCELJS_BROWSER = require.resolve('exceljs/dist/exceljs.min.js');

/** Production address of the add-in: env ADDIN_URL, https, no trailing slash. */
function addinUrl() {
  const raw = (process.env.ADDIN_URL ?? '').trim() || DEV_URL;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_URL invalide / invalid ADDIN_URL: « ${raw} »`);
  }
  if (url.protocol !== 'https:') {
    throw new Error(`ADDIN_URL doit être en https / ADDIN_URL must use https: « ${raw} »`);
  }
  if (url.search || url.hash) {
    throw new Error(`ADDIN_URL sans ? ni # / ADDIN_URL without query or fragment: « ${raw} »`);
  }
  return url.href.replace(/\/+$/, '');
}

/** Where office.js comes from: Microsoft's CDN in production, the local copy otherwise (or if OFFICE_JS=local). */
function officeJsSource(isProduction) {
  const choice = (process.env.OFFICE_JS ?? '').trim().toLowerCase() || (isProduction ? 'cdn' : 'local');
  if (choice !== 'local' && choice !== 'cdn') {
    throw new Error(`OFFICE_JS doit valoir "local" ou "cdn" / must be "local" or "cdn": « ${choice} »`);
  }
  return choice;
}

/** HTTPS options for `webpack serve`, from office-addin-dev-certs (~/.office-addin-dev-certs). */
async function httpsServerOptions() {
  const devCerts = require('office-addin-dev-certs');
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    // Installing the CA needs admin rights (sudo on Linux). Serve with the generated, not yet
    // trusted certificate rather than not at all, and say how to trust it.
    const fs = require('node:fs');
    const { certificateDirectory } = require('office-addin-dev-certs/lib/defaults');
    const file = (name) => path.join(certificateDirectory, name);
    if (!fs.existsSync(file('localhost.crt'))) {
      await devCerts.generateCertificates();
    }
    console.warn(
      `\n[ctg] Certificat de développement non approuvé / development certificate not trusted:\n` +
        `      ${error instanceof Error ? error.message.split('\n')[0] : error}\n` +
        `      Approuvez-le (droits administrateur) / trust it (admin rights): npx office-addin-dev-certs install\n`,
    );
    return {
      ca: fs.readFileSync(file('ca.crt')),
      cert: fs.readFileSync(file('localhost.crt')),
      key: fs.readFileSync(file('localhost.key')),
    };
  }
}

const config = async (env = {}, argv = {}) => {
  const isProduction = argv.mode === 'production';
  const serving = Boolean(env.WEBPACK_SERVE);
  const productionUrl = addinUrl();
  const officeJs = officeJsSource(isProduction);
  if (isProduction && !serving && productionUrl === DEV_URL) {
    console.warn(`[ctg] ADDIN_URL absent : dist/manifest.xml pointe vers ${DEV_URL} / ADDIN_URL unset: the production manifest points at ${DEV_URL}.`);
  }

  /** Copied office.js files are already minified: keep Terser off them. */
  const officeFile = (from) => ({
    context: OFFICE_JS_DIST,
    from,
    to: OFFICE_DIR,
    info: { minimized: true },
    globOptions: { ignore: ['**/*.debug.js'] },
  });

  return {
    mode: isProduction ? 'production' : 'development',
    // The bootstrap runs first and alone in the oldest webviews (IE11, EdgeHTML): it says which Excel
    // versions the add-in supports where the pane's bundle cannot parse (src/taskpane/bootstrap).
    entry: { bootstrap: './src/taskpane/bootstrap/oldWebview.ts', taskpane: './src/taskpane/index.tsx' },
    // webpack's own runtime code in ES5, so that the bootstrap's file parses in those webviews too.
    target: ['web', 'es5'],
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      // Lazily loaded chunks (the .xlsx chunk, the plan…) carry their content hash: Office's web
      // views cache aggressively, and taskpane.js?<hash> alone would not renew them.
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    devtool: isProduction ? false : 'source-map',
    resolve: {
      extensions: ['.tsx', '.ts', '.js'],
      alias: { exceljs$: EXCELJS_BROWSER },
    },
    module: {
      // Prebuilt and self-contained: parsing it again is slow and warns about browserify's own require.
      noParse: (file) => file === EXCELJS_BROWSER,
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              compilerOptions: { module: 'es2020', moduleResolution: 'bundler' },
            },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['bootstrap', 'taskpane'],
        chunksSortMode: 'manual',
        templateParameters: { officeJsUrl: officeJs === 'cdn' ? OFFICE_JS_CDN : `${OFFICE_DIR}/office.js` },
        hash: true, // taskpane.js?<hash>: Office's web views cache aggressively
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          // The local copy of office.js (what it needs to start without the network).
          ...(officeJs === 'local'
            ? ['office.js', 'o15apptofilemappingtable.js', 'es6-promise.js', 'excel-*.js', 'en-us/*.js', 'fr-fr/*.js'].map(officeFile)
            : []),
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => content.toString('utf8').replaceAll(DEV_URL, productionUrl),
          },
        ],
      }),
    ],
    // Our own budgets, not webpack's generic 244 KiB: a warning here means the pane grew past
    // what we accept. The first screen (taskpane.js: React, Fluent, the shell and the Plan view)
    // within 620 KiB; the .xlsx chunk, fetched on first use, within 1.1 MiB (ExcelJS's prebuilt
    // bundle alone is 925 KiB). Measured in December 2026: 703 KiB and 1010 KiB; 806 KiB once the
    // pane gained the campaign, « Contrôler ce classeur » and the bilan's buttons; 592 KiB on
    // 2026-12-06 with each later step's view and the Office.js adapter in chunks of their own
    // (BENCHMARKS.md, « The pane's first screen, each step's view on first use »).
    performance: {
      hints: isProduction ? 'warning' : false,
      // office.js host files are big and loaded on demand by office.js itself.
      assetFilter: (file) => file.endsWith('.js') && !file.startsWith(`${OFFICE_DIR}/`),
      maxAssetSize: 1100 * 1024,
      maxEntrypointSize: 620 * 1024,
    },
    devServer: serving
      ? {
          port: DEV_PORT,
          host: 'localhost',
          headers: { 'Access-Control-Allow-Origin': '*' },
          server: { type: 'https', options: await httpsServerOptions() },
          static: false,
          client: { overlay: { warnings: false } },
        }
      : undefined,
  };
};

module.exports = config;
