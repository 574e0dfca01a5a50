/**
 * The LibreOffice profile of the consolidation tests really recalculates on load: a formula whose
 * cached value is stale comes out recomputed, so their comparisons prove the formulas, not a cache.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recalculatedSheets } from './support/recalc';

it('recomputes a formula whose cached value is stale', async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Calcul');
  sheet.getCell('A1').value = 21;
  sheet.getCell('B1').value = { formula: 'A1*2', result: 999 };
  const file = join(mkdtempSync(join(tmpdir(), 'ctg-recalc-')), 'stale.xlsx');
  await workbook.xlsx.writeFile(file);
  const sheets = await recalculatedSheets(file);
  expect(sheets.get('Calcul')?.[0]).toEqual(['21', '42']);
}, 120_000);
