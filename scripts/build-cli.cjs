/**
 * Builds the command line ahead of time: src/cli/bin.ts and everything it imports, bundled by
 * esbuild into dist-cli/ctg.mjs (the `bin` entry `ctg`) and chunks that each command loads when it
 * runs (`ctg plan` never loads ExcelJS). Run by `npm ci` (the `prepare` script), by
 * `npm run build:cli`, and by scripts/ctg.cjs when a source is newer than the build.
 *
 * Why ahead of time: through `tsx`, every command paid ≈ 1.6 s of transpiling TypeScript before
 * doing anything (issue 13, point 5). Plain JavaScript, so that it runs before anything is built.
 */
'use strict';
const { buildSync } = require('esbuild');
const { renameSync, rmSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const outdir = join(root, 'dist-cli');
const entry = join(outdir, 'ctg.mjs');


function buildCli() {
  // Built aside, then put in place: a command started meanwhile never loads half a build, and no
  // chunk of an earlier build is left behind.
  const staging = `${outdir}.tmp-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  buildSync({
    entryPoints: { ctg: join(root, 'src', 'cli', 'bin.ts') },
    outdir: staging,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    // ES modules, for code splitting: a command's modules are read and compiled only when it runs.
    format: 'esm',
    splitting: true,
    platform: 'node',
    target: 'node20',
    // A native renderer (a .node binary per platform, chosen at run time): loaded from node_modules, not bundled.
    external: ['@resvg/resvg-js'],
    // The CommonJS packages bundled (ExcelJS, JSZip…) call require(): give ES modules one.
    banner: { js: "#!/usr/bin/env node\nimport { createRequire as __ctgRequire } from 'node:module';\nconst require = __ctgRequire(import.meta.url);" },
    // Less to parse at each start; names kept so that CTG_DEBUG=1 stack traces stay readable.
    minify: true,
    keepNames: true,
    sourcemap: 'linked',
    logLevel: 'warning',
    // `exceljs` resolved to its Workbook alone (scripts/exceljsWorkbook.cjs says why).
    alias: { exceljs: join(__dirname, 'exceljsWorkbook.cjs') },
  });
  rmSync(outdir, { recursive: true, force: true });
  renameSync(staging, outdir);
  return entry;
}

module.exports = { buildCli, entry, outdir };

if (require.main === module) buildCli();
