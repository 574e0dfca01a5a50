// What the command line takes from ExcelJS: its Workbook, the only value src/xlsx uses (the rest are
// types). The package's entry (lib/exceljs.nodejs.js) also loads the streaming reader and writer
// and their dependencies (unzipper, archiver…), which the command line never runs: mapped here
// by scripts/build-cli.cjs, so that `ctg` parses and compiles about half as much of ExcelJS.
'use strict';
// By its path: esbuild's alias of `exceljs` would also catch `exceljs/lib/…`.
module.exports = { Workbook: require('../node_modules/exceljs/lib/doc/workbook') };
