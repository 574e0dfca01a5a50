/** The floor of this design: ExcelJS loading the same 48 returns, nothing else (no guard, no grid, no check). */
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { measure } from '../measure';
import { benchReturns } from './returns';

const files = benchReturns();

void measure('bare ExcelJS read of the 48 returns (the floor)', async (mark) => {
  let bytes = 0;
  let cells = 0;
  for (const file of files) {
    const data = readFileSync(file);
    bytes += data.length;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
    workbook.eachSheet((sheet) => (cells += sheet.actualRowCount));
  }
  mark('read');
  return { files: files.length, 'bytes read': bytes, 'rows loaded': cells };
});
