/**
 * The return open in Excel (issue 16, point 3): « Contrôler ce classeur » reads it through the
 * adapter and checks it with the same use case as files (an « open workbook » return source), so
 * it joins the returns without its file being found again; « Marquer les cellules » colours and
 * notes its findings' cells in place, « Retirer les marques » puts them back as they were. What the
 * cells held before is kept in a document setting of that workbook until the marks are removed.
 */
import { checkReturns } from '../../app/checkReturns';
import type { ReturnReader, ReturnSource } from '../../app/returnSource';
import { manifestSheetName } from '../../collect/layout';
import { findSheet, readSetting, writeSetting, type CellMark, type DocumentSettings, type ExcelWorkbook, type MarkRecord } from '../../excel';
import { findingsNote } from '../../i18n/findingNote';
import type { Lang } from '../../i18n/lang';
import { openReturnWords } from '../../i18n/pane/openReturn';
import type { Plan } from '../../plan/schema';
import { findingFills, findingsByCell, worstSeverity } from '../../returns/findingMarks';
import type { Finding } from '../../returns/findings';
import { readManifest } from '../../returns/manifest';
import { paneRun } from './paneRun';
import type { ImportedReturn, Outcome, TaskControl } from './types';

/** The document setting holding what the marked cells held before (never their values). */
export const findingMarksKey = 'ctg.findingMarks';

export type OpenReturnContext = { workbook: ExcelWorkbook; settings: DocumentSettings; now: string; lang: Lang; name: string | null };

/** Never asked for bytes: the open workbook is read as grids. */
const noBytes: ReturnReader = { readGrids: () => Promise.reject(new Error('open workbook')), maxBytes: Number.POSITIVE_INFINITY };

/** The open workbook checked, or null when it is not a return (no `_ctg` sheet). */
export async function checkOpenWorkbook(context: OpenReturnContext, plan: Plan, control: TaskControl): Promise<ImportedReturn | null> {
  const { workbook } = context;
  const sheets = await workbook.sheets();
  if (findSheet(sheets, manifestSheetName) === undefined) return null;
  // As far as the template reaches, as for a file; `_ctg` first, so that no added sheet pushes it out.
  const manifest = findSheet(sheets, manifestSheetName)!.name;
  const names = [manifest, ...sheets.map((s) => s.name).filter((n) => n !== manifest)];
  const source: ReturnSource = {
    name: context.name ?? openReturnWords[context.lang].openWorkbook,
    size: null,
    modified: null,
    read: () => Promise.reject(new Error('open workbook')),
    readGrids: (reach) => workbook.readGrids(names.slice(0, reach.sheets), reach),
  };
  const [checked] = await checkReturns(plan, [source], noBytes, paneRun(context.now, context.lang, control), 'drop');
  return checked ?? null;
}

/** Whether the open workbook is that return: its `_ctg` names the same respondent. */
export async function openWorkbookIs(workbook: ExcelWorkbook, imported: ImportedReturn): Promise<boolean> {
  const respondent = imported.result.respondent?.code;
  if (respondent === undefined) return false;
  const manifest = findSheet(await workbook.sheets(), manifestSheetName);
  if (manifest === undefined) return false;
  const read = readManifest(await workbook.readGrids([manifest.name]));
  return read.kind === 'ok' && read.manifest.respondentCode === respondent;
}

export function cellMarksOf(findings: readonly Finding[], lang: Lang): CellMark[] {
  return findingsByCell(findings).map((group) => ({ sheet: group.sheet, cell: group.cell, fill: `#${findingFills[worstSeverity(group.findings)]}`, note: findingsNote(group.findings, lang) }));
}

export async function markOpenWorkbook(context: OpenReturnContext, imported: ImportedReturn): Promise<Outcome> {
  const words = openReturnWords[context.lang];
  if (!(await openWorkbookIs(context.workbook, imported))) return { message: words.notThisWorkbook, details: [] };
  // Marks already there are removed first: what the cells held before them is what is kept.
  const earlier = storedRecord(context.settings);
  if (earlier !== undefined) await context.workbook.unmarkCells(earlier);
  const report = await context.workbook.markCells(cellMarksOf(imported.result.findings, context.lang));
  await writeSetting(context.settings, findingMarksKey, report.record);
  const details = [...(report.notes ? [] : [words.markedWithoutNotes]), ...(report.missingSheets.length > 0 ? [words.missingSheets(report.missingSheets)] : [])];
  return { message: words.marked(report.marked), details };
}

export async function unmarkOpenWorkbook(context: OpenReturnContext): Promise<Outcome> {
  const words = openReturnWords[context.lang];
  const record = storedRecord(context.settings);
  if (record === undefined) return { message: words.noMarks, details: [] };
  const report = await context.workbook.unmarkCells(record);
  await writeSetting(context.settings, findingMarksKey, null);
  return { message: words.unmarked(report.restored), details: report.missingSheets.length > 0 ? [words.missingSheets(report.missingSheets)] : [] };
}

/** The record as stored, checked field by field (a workbook comes from anywhere). */
function storedRecord(settings: DocumentSettings): MarkRecord | undefined {
  const value = readSetting(settings, findingMarksKey) as Partial<MarkRecord> | undefined;
  if (value?.format !== 'ctg-marques/1' || !Array.isArray(value.cells)) return undefined;
  const text = (v: unknown): v is string => typeof v === 'string';
  const cells = value.cells.filter(
    (c) =>
      typeof c === 'object' &&
      c !== null &&
      text(c.sheet) &&
      text(c.cell) &&
      (c.fill === null || text(c.fill)) &&
      (c.note === null || text(c.note)) &&
      typeof c.mark === 'object' &&
      c.mark !== null &&
      text(c.mark.fill) &&
      typeof c.mark.noted === 'boolean',
  );
  return { format: 'ctg-marques/1', cells };
}
