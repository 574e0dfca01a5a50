/**
 * `npm run ctg` and `npm run demo`: run the built command line (dist-cli/ctg.mjs), rebuilding it
 * first when a file under src/ (or package.json, or the build script) is newer than it — a walk of
 * mtimes, a few milliseconds — so that a developer who edits a source never runs a stale build.
 * Plain JavaScript: it must run before anything is built.
 */
'use strict';
const { readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');
const { buildCli, entry } = require('./build-cli.cjs');

const root = join(__dirname, '..');

/** The newest modification time under `path` (a file or a folder), in ms; 0 when it is absent. */
function newest(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (stat === undefined) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs; // a deleted file changes its folder's mtime
  for (const name of readdirSync(path)) latest = Math.max(latest, newest(join(path, name)));
  return latest;
}

const built = statSync(entry, { throwIfNoEntry: false })?.mtimeMs ?? 0;
const sources = Math.max(newest(join(root, 'src')), newest(join(root, 'package.json')), newest(join(__dirname, 'build-cli.cjs')), newest(join(__dirname, 'exceljsWorkbook.cjs')));
if (sources > built) buildCli();

// The built program reads process.argv as `ctg` would: argv[2] is the command here too.
void import(pathToFileURL(entry).href);
