/**
 * Findings marked in place, in the return open in Excel: each cell's fill and note, then the marks
 * removed again with nothing else changed. What a cell held before (its own fill, its note) is
 * given back in a record that the caller keeps (a document setting, never the cells' values), so
 * that removal restores exactly that. Protected sheets are unprotected for the marking and
 * protected again with the same options (a password the add-in does not have: `sheet-protected`).
 *
 * Round trips, whatever the number of cells: sheets and their protection (1), what the cells hold
 * (1), the fills of their named styles (1, marking only, when a cell is not white), unprotect (1,
 * only if a sheet is protected), write and protect again (1); more only where a batch would exceed
 * the payload budget. A fill equal to the cell's style's is the style's: removal clears the cell's
 * own fill, so the style shows again.
 */
import type { ExcelContext, NoteApi, RangeFillApi, WorksheetApi } from './api';
import { runCommands, SyncLog, type Command } from './batch';
import { ExcelAdapterError, wrapOfficeError } from './errors';
import type { Features } from './features';
import { callBytes, defaultBudget, pathOverheadBytes, type Budget } from './payload';

/** A cell to mark: `fill` as « #RRGGBB ». */
export type CellMark = { sheet: string; cell: string; fill: string; note: string };

/** What a marked cell held before: its own fill (null: none, the style's shows) and its note. */
export type CellBefore = { sheet: string; cell: string; fill: string | null; note: string | null; mark: { fill: string; noted: boolean } };

export type MarkRecord = { format: 'ctg-marques/1'; cells: CellBefore[] };

export type MarkReport = { record: MarkRecord; marked: number; missingSheets: string[]; notes: boolean; syncs: number };
export type UnmarkReport = { restored: number; missingSheets: string[]; syncs: number };

type SheetFound = { name: string; protected: boolean; options: Excel.WorksheetProtectionOptions };

/** White is what Excel answers for a cell without a fill of its own. */
const noFill = '#FFFFFF';

export async function markCells(context: ExcelContext, marks: readonly CellMark[], features: Features, options: { budget?: Partial<Budget>; log?: SyncLog } = {}): Promise<MarkReport> {
  const log = options.log ?? new SyncLog();
  const budget = { ...defaultBudget, ...options.budget };
  try {
    const sheets = await findSheets(context, [...new Set(marks.map((m) => m.sheet))], log);
    const present = marks.filter((m) => sheets.has(m.sheet));
    const before = present.map((m) => {
      const sheet = context.workbook.worksheets.getItem(sheets.get(m.sheet)!.name);
      const range = sheet.getRange(m.cell);
      return { style: range.load('style'), fill: range.format.fill.load('color'), note: features.notes ? sheet.notes.getItemOrNullObject(m.cell).load('content') : undefined };
    });
    if (present.length > 0) await log.sync(context, 'read', present.length);
    const styleFills = await fillsOfStyles(context, [...new Set(before.filter((b) => b.fill.color.toUpperCase() !== noFill).map((b) => b.style.style))], log);
    const cells: CellBefore[] = present.map((m, i) => ({
      sheet: sheets.get(m.sheet)!.name,
      cell: m.cell,
      fill: ownFill(before[i]!.fill, styleFills.get(before[i]!.style.style)),
      note: noteOf(before[i]!.note),
      mark: { fill: m.fill.toUpperCase(), noted: features.notes },
    }));
    const commands = cells.map((cell, i): Command => {
      const note = present[i]!.note;
      return {
        bytes: callBytes(2, cell.sheet, cell.cell, cell.mark.fill, note, cell.note ?? '') + 2 * pathOverheadBytes,
        apply: (scope) => {
          const sheet = scope.sheet(cell.sheet);
          sheet.getRange(cell.cell).format.fill.color = cell.mark.fill;
          if (!cell.mark.noted) return;
          // A note already there (the commune's) is kept, ours after it, as in the annotated copy.
          if (cell.note === null) sheet.notes.add(cell.cell, note);
          else sheet.notes.getItemOrNullObject(cell.cell).content = `${cell.note}\n\n${note}`;
        },
      };
    });
    await withSheetsUnprotected(context, touched(sheets, cells), commands, budget, log);
    return { record: { format: 'ctg-marques/1', cells }, marked: cells.length, missingSheets: missing(sheets, marks), notes: features.notes, syncs: log.count };
  } catch (error) {
    throw wrapOfficeError(error);
  }
}

/** Puts back what `record` says the cells held; a sheet gone since is skipped and named. */
export async function unmarkCells(context: ExcelContext, record: MarkRecord, features: Features, options: { budget?: Partial<Budget>; log?: SyncLog } = {}): Promise<UnmarkReport> {
  const log = options.log ?? new SyncLog();
  const budget = { ...defaultBudget, ...options.budget };
  try {
    const sheets = await findSheets(context, [...new Set(record.cells.map((c) => c.sheet))], log);
    const cells = record.cells.filter((c) => sheets.has(c.sheet));
    // Which of our notes are still there (the adviser may have deleted one).
    const notes = cells.map((c) => (features.notes && c.mark.noted ? context.workbook.worksheets.getItem(sheets.get(c.sheet)!.name).notes.getItemOrNullObject(c.cell).load('content') : undefined));
    if (notes.some((n) => n !== undefined)) await log.sync(context, 'read', cells.length);
    const commands = cells.map((cell, i): Command => ({
      bytes: callBytes(2, cell.sheet, cell.cell, cell.fill ?? '', cell.note ?? '') + 2 * pathOverheadBytes,
      apply: (scope) => {
        const sheet = scope.sheet(sheets.get(cell.sheet)!.name);
        restoreFill(sheet.getRange(cell.cell).format.fill, cell.fill);
        const note = notes[i];
        if (note === undefined || note.isNullObject) return;
        const target = sheet.notes.getItemOrNullObject(cell.cell);
        if (cell.note === null) target.delete();
        else target.content = cell.note;
      },
    }));
    await withSheetsUnprotected(context, touched(sheets, cells), commands, budget, log);
    return { restored: cells.length, missingSheets: missing(sheets, record.cells), syncs: log.count };
  } catch (error) {
    throw wrapOfficeError(error);
  }
}

function restoreFill(fill: RangeFillApi, before: string | null): void {
  if (before === null) fill.clear();
  else fill.color = before;
}

/** The cell's own fill: none where it shows white or its style's fill (clearing gives that back). */
function ownFill(fill: RangeFillApi, styleFill: string | undefined): string | null {
  const color = fill.color.toUpperCase();
  return color === noFill || color === styleFill ? null : color;
}

/** The fill of each named style some marked cell uses (one sync, only when a cell is not white). */
async function fillsOfStyles(context: ExcelContext, names: readonly string[], log: SyncLog): Promise<Map<string, string>> {
  if (names.length === 0) return new Map();
  const fills = names.map((name) => context.workbook.styles.getItem(name).fill.load('color'));
  await log.sync(context, 'read', names.length);
  return new Map(names.map((name, i) => [name, fills[i]!.color.toUpperCase()]));
}

function noteOf(note: NoteApi | undefined): string | null {
  return note === undefined || note.isNullObject ? null : note.content;
}

/** The sheets named (Excel compares names without case), with their protection: one sync. */
async function findSheets(context: ExcelContext, names: readonly string[], log: SyncLog): Promise<Map<string, SheetFound>> {
  const proxies = names.map((name) => context.workbook.worksheets.getItemOrNullObject(name).load('name,protection/protected,protection/options'));
  if (names.length > 0) await log.sync(context, 'list', names.length);
  const found = new Map<string, SheetFound>();
  names.forEach((name, i) => {
    const sheet = proxies[i]!;
    if (!sheet.isNullObject) found.set(name, { name: sheet.name, protected: sheet.protection.protected, options: sheet.protection.options });
  });
  return found;
}

function touched(sheets: Map<string, SheetFound>, cells: readonly Pick<CellBefore, 'sheet'>[]): SheetFound[] {
  const names = new Set(cells.map((c) => c.sheet.toLowerCase()));
  return [...sheets.values()].filter((s) => names.has(s.name.toLowerCase()));
}

function missing(sheets: Map<string, SheetFound>, cells: readonly { sheet: string }[]): string[] {
  return [...new Set(cells.map((c) => c.sheet).filter((name) => !sheets.has(name)))];
}

/**
 * The commands run on the sheets unprotected: the unprotection in a sync of its own (a password
 * refuses it before anything is written), the sheets protected again with their own options after
 * the last batch — and also when a batch fails.
 */
async function withSheetsUnprotected(context: ExcelContext, sheets: readonly SheetFound[], commands: readonly Command[], budget: Budget, log: SyncLog): Promise<void> {
  const locked = sheets.filter((s) => s.protected);
  const sheetOf = (s: SheetFound): WorksheetApi => context.workbook.worksheets.getItem(s.name);
  if (locked.length > 0) {
    for (const sheet of locked) sheetOf(sheet).protection.unprotect();
    try {
      await log.sync(context, 'unprotect', locked.length);
    } catch (error) {
      await protectAgain(context, locked, log).catch(() => undefined);
      throw new ExcelAdapterError({ code: 'sheet-protected', sheet: locked[0]!.name }, { cause: error });
    }
  }
  const protect: Command[] = locked.map((sheet) => ({ bytes: callBytes(1, sheet.options) + pathOverheadBytes, apply: (scope) => scope.sheet(sheet.name).protection.protect(sheet.options) }));
  try {
    await runCommands(context, [...commands, ...protect], budget.requestBytes, log, 'write');
  } catch (error) {
    const wrapped = wrapOfficeError(error);
    await protectAgain(context, locked, log).catch((failure: unknown) => wrapped.related.push(failure));
    throw wrapped;
  }
}

/** After a failure: protect again those of `sheets` that are not (two syncs, on the error path only). */
async function protectAgain(context: ExcelContext, sheets: readonly SheetFound[], log: SyncLog): Promise<void> {
  if (sheets.length === 0) return;
  const current = sheets.map((s) => context.workbook.worksheets.getItem(s.name).protection.load('protected'));
  await log.sync(context, 'recover');
  sheets.forEach((sheet, i) => {
    if (!current[i]!.protected) context.workbook.worksheets.getItem(sheet.name).protection.protect(sheet.options);
  });
  await log.sync(context, 'recover');
}
