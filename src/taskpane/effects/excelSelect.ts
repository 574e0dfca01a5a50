/**
 * « Aller à la cellule »: select a finding's cell, but only in the return it is about. A finding
 * names a sheet of the returned file (« FA 3.2 - Accueil 0-3 ans »); the open workbook may hold a
 * sheet of that name that is something else — the consolidation tabs bear the fiche names, and
 * so does any other commune's return. So the open workbook must be that return: its `_ctg` sheet
 * names the same respondent. Three round trips at most: list the sheets, read `_ctg`, select.
 */
import { findSheet, type ExcelWorkbook } from '../../excel';
import { manifestSheetName } from '../../collect/layout';
import { readManifest } from '../../returns/manifest';
import type { Finding } from '../../returns/findings';
import type { ImportedReturn } from './types';

export async function selectFindingCell(workbook: ExcelWorkbook, finding: Finding, from: ImportedReturn): Promise<boolean> {
  const respondent = from.result.respondent?.code;
  if (finding.sheet === null || finding.cell === null || respondent === undefined) return false;
  const sheets = await workbook.sheets();
  const sheet = findSheet(sheets, finding.sheet);
  const manifest = findSheet(sheets, manifestSheetName);
  if (sheet === undefined || sheet.visibility !== 'Visible' || manifest === undefined) return false;
  const read = readManifest(await workbook.readGrids([manifest.name]));
  if (read.kind !== 'ok' || read.manifest.respondentCode !== respondent) return false;
  await workbook.select(sheet.name, finding.cell);
  return true;
}
