// The floor, in plain Node (no tsx, no bundle): ExcelJS loads each .xlsx of a folder, nothing else.
'use strict';
const ExcelJS = require('exceljs');
const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

async function main(dir) {
  let rows = 0;
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.xlsx')).sort()) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(join(dir, name)));
    workbook.eachSheet((sheet) => (rows += sheet.actualRowCount));
  }
  process.stdout.write(`${rows}\n`);
}

void main(process.argv[2]);
