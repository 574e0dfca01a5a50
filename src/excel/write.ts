/**
 * A `WorkbookSpec` → the open workbook: new sheets are added at the end; sheets of the same name
 * that the add-in wrote earlier are cleared and rewritten in place (so formulas elsewhere that point
 * at them keep working), after checking they still hold exactly what the add-in wrote. A sheet of
 * that name the add-in did not write is never touched: the operation stops before writing anything.
 *
 * Round trips, whatever the number of sheets, rows and cells:
 *   inspect (1) — details of the existing sheets of those names (1, if any) — content check of the
 *   add-in's sheets to replace (1, if any) — write (1)
 * with more only where a batch would exceed the payload budget. When the write fails, the sheets and
 * names it was creating are removed again (2 more round trips): the workbook keeps only what it had,
 * plus the add-in's own sheets it was replacing, left marked « writing » for the next run. Protected sheets of the add-in
 * are unprotected at the start of the write and protected again at its end (with the spec's
 * protection, or the user's earlier one), also when the write fails.
 */
import type { SheetSpec, WorkbookSpec } from '../workbook/spec';
import type { ExcelContext } from './api';
import { runCommands, SyncLog, type Command, type SyncRecord } from './batch';
import { readBlocks } from './blocks';
import { ExcelAdapterError, wrapOfficeError } from './errors';
import { requireBase, type Features } from './features';
import { ContentFingerprint, specFingerprint } from './fingerprint';
import { inspectWorkbook, type ExistingSheet, type WorkbookState } from './inspect';
import { documentMarkKey, nameComment, type Mark } from './marks';
import { markBytes, queueMark } from './markWrite';
import type { WrittenMark } from './markStanding';
import type { Notice } from '../workbook/hostIssues';
import { callBytes, defaultBudget, pathOverheadBytes, type Budget } from './payload';
import { contentExtent } from './sheetCells';
import { sheetContentCommands, sheetReference, type NoteCounts } from './sheetCommands';
import { styleCommands } from './styles';

export type WriteOptions = {
  features: Features;
  /** A sheet the add-in wrote and someone changed since: refuse (default), or overwrite it. */
  onModified?: 'refuse' | 'overwrite';
  /** Show the first visible sheet written (default true). */
  activate?: boolean;
  budget?: Partial<Budget>;
  log?: SyncLog;
};

export type WrittenSheet = { name: string; action: 'created' | 'replaced' };

export type WriteReport = { sheets: WrittenSheet[]; notices: Notice[]; syncs: SyncRecord[] };

const protectionOptions: Excel.WorksheetProtectionOptions = { allowFormatColumns: true, allowFormatRows: true, selectionMode: 'Normal' };

export async function writeWorkbookSpec(context: ExcelContext, spec: WorkbookSpec, options: WriteOptions): Promise<WriteReport> {
  const { features } = options;
  requireBase(features);
  checkSpec(spec);
  const budget = { ...defaultBudget, ...options.budget };
  const log = options.log ?? new SyncLog();

  let state: WorkbookState;
  try {
    state = await inspectWorkbook(context, spec, features, log);
  } catch (error) {
    throw wrapOfficeError(error);
  }
  const taken = spec.sheets.filter((s) => state.sheets.get(s.name)?.standing.kind === 'adviser').map((s) => state.sheets.get(s.name)!.name);
  if (taken.length > 0) throw new ExcelAdapterError({ code: 'sheet-name-taken', sheets: taken });
  const namesTaken = [...state.names].filter(([, n]) => !n.ours).map(([name]) => name);
  if (namesTaken.length > 0) throw new ExcelAdapterError({ code: 'name-taken', names: namesTaken });
  if ((options.onModified ?? 'refuse') === 'refuse') {
    const modified = await modifiedSheets(context, state, budget, log);
    if (modified.length > 0) throw new ExcelAdapterError({ code: 'sheet-modified', sheets: modified });
  }

  await unprotect(context, spec, state, log);
  const notes: NoteCounts = { asNotes: 0, asComments: 0, dropped: 0 };
  const commands = [
    ...styleCommands(spec, state.styles),
    ...spec.sheets.map((sheet) => prepareCommand(sheet, state.sheets.get(sheet.name), features)),
    ...nameCommands(spec, state),
    ...spec.sheets.flatMap((sheet) => sheetContentCommands(sheet, { spec, features, budget, notes })),
    ...spec.sheets.map((sheet) => finishCommand(sheet, state.sheets.get(sheet.name), features)),
    ...activateCommand(spec, options.activate ?? true),
  ];
  try {
    await runCommands(context, commands, budget.requestBytes, log, 'write');
  } catch (error) {
    const wrapped = wrapOfficeError(error);
    await removeCreated(context, spec, state, log).catch((failure: unknown) => wrapped.related.push(failure));
    await restoreProtection(context, spec, state, log).catch((failure: unknown) => wrapped.related.push(failure));
    throw wrapped;
  }
  return {
    sheets: spec.sheets.map((s) => ({ name: s.name, action: state.sheets.has(s.name) ? 'replaced' : 'created' })),
    notices: notices(spec, features, notes),
    syncs: log.records,
  };
}

/**
 * After a failed write: remove what this write was adding — new sheets, their marks in the
 * document's properties, new names — so that the adviser's workbook is as it was (the named styles
 * stay: harmless, and shared with other sheets). A mark left behind would outlive its sheet and
 * vouch for a sheet of the same name the adviser makes later. Two round trips: which of them exist
 * by now, then delete those.
 */
async function removeCreated(context: ExcelContext, spec: WorkbookSpec, state: WorkbookState, log: SyncLog): Promise<void> {
  const created = spec.sheets.filter((s) => !state.sheets.has(s.name));
  const sheets = created.map((s) => context.workbook.worksheets.getItemOrNullObject(s.name));
  const marks = created.map((s) => context.workbook.properties.custom.getItemOrNullObject(documentMarkKey(s.name)));
  const names = spec.definedNames.filter((n) => !state.names.has(n.name)).map((n) => context.workbook.names.getItemOrNullObject(n.name));
  if (sheets.length + names.length === 0) return;
  // isNullObject is known once any property is loaded.
  for (const item of [...sheets, ...names]) item.load('name');
  for (const mark of marks) mark.load('key');
  await log.sync(context, 'rollback', sheets.length + marks.length + names.length);
  const present = { sheets: sheets.filter((s) => !s.isNullObject), marks: marks.filter((m) => !m.isNullObject), names: names.filter((n) => !n.isNullObject) };
  const count = present.sheets.length + present.marks.length + present.names.length;
  if (count === 0) return;
  // Names first: they point at the sheets about to go.
  for (const name of present.names) name.delete();
  for (const sheet of present.sheets) sheet.delete();
  for (const mark of present.marks) mark.delete();
  await log.sync(context, 'rollback', count);
}

function checkSpec(spec: WorkbookSpec): void {
  const seen = new Set<string>();
  for (const sheet of spec.sheets) {
    const key = sheet.name.toLowerCase();
    if (seen.has(key)) throw new ExcelAdapterError({ code: 'duplicate-sheet-name', sheet: sheet.name });
    seen.add(key);
  }
}

/**
 * The add-in's sheets to replace that no longer hold what one of their marks says it wrote (one
 * sync, more for big sheets). A sheet whose marks carry no fingerprint (a document property left by
 * an interrupted write) is « modified » outright: it may be the adviser's.
 */
async function modifiedSheets(context: ExcelContext, state: WorkbookState, budget: Budget, log: SyncLog): Promise<string[]> {
  const modified: string[] = [];
  const toRead: Array<{ sheet: ExistingSheet; candidates: WrittenMark[]; rows: number; columns: number }> = [];
  for (const sheet of state.sheets.values()) {
    if (sheet.standing.kind !== 'to-check') continue;
    // Anything beyond the extent written is the user's.
    const candidates = sheet.standing.written.filter((mark) => withinExtent(sheet.used, mark));
    if (candidates.length === 0) modified.push(sheet.name);
    else if (sheet.used === undefined) {
      if (candidates.every((mark) => mark.rows > 0)) modified.push(sheet.name);
    } else {
      toRead.push({ sheet, candidates, rows: Math.max(...candidates.map((m) => m.rows)), columns: Math.max(...candidates.map((m) => m.columns)) });
    }
  }
  if (toRead.length > 0) {
    let blocks;
    try {
      blocks = await readBlocks(
        context,
        toRead.map(({ sheet, rows, columns }) => ({ sheet: sheet.name, top: 0, left: 0, rows, columns })),
        ['values', 'formulas'],
        budget,
        log,
        'check',
      );
    } catch (error) {
      throw wrapOfficeError(error);
    }
    for (const { sheet, candidates } of toRead) {
      const mine = blocks.filter((b) => b.sheet === sheet.name).sort((a, b) => a.top - b.top);
      if (!candidates.some((mark) => fingerprintWithin(mine, mark) === mark.fingerprint)) modified.push(sheet.name);
    }
  }
  return modified;
}

function withinExtent(used: ExistingSheet['used'], mark: WrittenMark): boolean {
  return used === undefined || (used.top + used.rows <= mark.rows && used.left + used.columns <= mark.columns);
}

/** The fingerprint of the cells read, within the extent a mark says was written. */
function fingerprintWithin(blocks: ReadonlyArray<{ top: number; left: number; values: unknown[][]; formulas: unknown[][] }>, mark: WrittenMark): string {
  const fingerprint = new ContentFingerprint();
  for (const block of blocks) {
    const rows = Math.max(0, Math.min(block.values.length, mark.rows - block.top));
    const columns = Math.max(0, mark.columns - block.left);
    const cut = (grid: unknown[][]) => grid.slice(0, rows).map((row) => row.slice(0, columns));
    fingerprint.add(block.top, block.left, cut(block.values), cut(block.formulas));
  }
  return fingerprint.value();
}

/**
 * Unprotects the add-in's protected sheets, in a sync of its own so that a refusal (a password the
 * add-in does not have) is known before anything is written; those unprotected are then protected
 * again and the error names the sheet.
 */
async function unprotect(context: ExcelContext, spec: WorkbookSpec, state: WorkbookState, log: SyncLog): Promise<void> {
  const targets = spec.sheets.filter((s) => state.sheets.get(s.name)?.protected === true);
  if (targets.length === 0) return;
  for (const sheet of targets) context.workbook.worksheets.getItem(state.sheets.get(sheet.name)!.name).protection.unprotect(sheet.protection?.password);
  try {
    await log.sync(context, 'unprotect', targets.length);
  } catch (error) {
    const current = targets.map((s) => context.workbook.worksheets.getItem(state.sheets.get(s.name)!.name).protection.load('protected'));
    try {
      await log.sync(context, 'recover');
    } catch {
      throw wrapOfficeError(error);
    }
    const stillProtected = targets.filter((_, i) => current[i]!.protected);
    const wrapped = stillProtected.length > 0 ? new ExcelAdapterError({ code: 'sheet-protected', sheet: state.sheets.get(stillProtected[0]!.name)!.name }, { cause: error }) : wrapOfficeError(error);
    await restoreProtection(context, spec, state, log).catch((failure: unknown) => wrapped.related.push(failure));
    throw wrapped;
  }
}

function writeMark(scope: Parameters<Command['apply']>[0], sheet: string, mark: Mark, features: Features): void {
  queueMark(scope.context, () => scope.sheet(sheet), sheet, mark, features);
}

/** A new sheet is added; one of the add-in's is emptied in place. Either way it is marked « writing ». */
function prepareCommand(sheet: SheetSpec, existing: ExistingSheet | undefined, features: Features): Command {
  const writing: Mark = { format: 'ctg-feuille/1', state: 'writing' };
  if (existing === undefined) {
    return {
      bytes: callBytes(1, sheet.name) + pathOverheadBytes + markBytes(sheet.name, writing, features),
      apply: (scope) => {
        scope.context.workbook.worksheets.add(sheet.name);
        writeMark(scope, sheet.name, writing, features);
      },
    };
  }
  return {
    bytes: callBytes(12 + existing.tables.length + existing.charts.length, existing.tables, existing.charts) + (7 + existing.tables.length + existing.charts.length) * pathOverheadBytes + markBytes(existing.name, writing, features),
    apply: (scope) => {
      const target = scope.sheet(existing.name);
      writeMark(scope, existing.name, writing, features);
      for (const chart of existing.charts) target.charts.getItem(chart).delete();
      for (const table of existing.tables) target.tables.getItem(table).delete();
      const all = target.getRange();
      all.unmerge();
      all.dataValidation.clear();
      all.conditionalFormats.clearAll();
      all.clear('All');
      all.columnHidden = false;
      all.format.useStandardWidth = true;
      all.format.useStandardHeight = true;
      target.freezePanes.unfreeze();
      target.tabColor = '';
    },
  };
}

function nameCommands(spec: WorkbookSpec, state: WorkbookState): Command[] {
  return spec.definedNames.map((name) => {
    const reference = `=${sheetReference(name.sheet, absolute(name.range))}`;
    return {
      bytes: callBytes(2, name.name, reference, nameComment) + 2 * pathOverheadBytes,
      apply: (scope) => {
        const names = scope.context.workbook.names;
        if (state.names.has(name.name)) names.getItem(name.name).delete();
        names.add(name.name, reference, nameComment);
      },
    };
  });
}

function absolute(range: string): string {
  return range
    .split(':')
    .map((ref) => ref.replace(/^\$?([A-Za-z]+)\$?(\d+)$/, '$$$1$$$2'))
    .join(':');
}

const visibility = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' } as const;

/** Visibility, protection (the spec's, else the user's earlier one), and the « written » mark. */
function finishCommand(sheet: SheetSpec, existing: ExistingSheet | undefined, features: Features): Command {
  const extent = contentExtent(sheet);
  const mark: Mark = { format: 'ctg-feuille/1', state: 'written', fingerprint: specFingerprint(sheet), ...extent };
  const protection = protectionAfter(sheet, existing);
  const name = existing?.name ?? sheet.name;
  return {
    bytes: callBytes(2, sheet.name, protection ?? null) + 2 * pathOverheadBytes + markBytes(name, mark, features),
    apply: (scope) => {
      const target = scope.sheet(name);
      if (existing !== undefined || sheet.visibility !== 'visible') target.visibility = visibility[sheet.visibility];
      if (protection !== undefined) target.protection.protect(protection.options, protection.password);
      writeMark(scope, name, mark, features);
    },
  };
}

function protectionAfter(sheet: SheetSpec, existing: ExistingSheet | undefined): { options: Excel.WorksheetProtectionOptions; password?: string } | undefined {
  if (sheet.protection !== undefined) return { options: protectionOptions, ...(sheet.protection.password !== undefined ? { password: sheet.protection.password } : {}) };
  if (existing?.protected) return { options: existing.protectionOptions };
  return undefined;
}

function activateCommand(spec: WorkbookSpec, activate: boolean): Command[] {
  const first = spec.sheets.find((s) => s.visibility === 'visible');
  if (!activate || first === undefined) return [];
  return [{ bytes: callBytes(1, first.name) + pathOverheadBytes, apply: (scope) => scope.sheet(first.name).activate() }];
}

/**
 * After a failed write: protect again, as they were, the add-in's sheets that were protected
 * before and are not now (two syncs, on the error path only).
 */
async function restoreProtection(context: ExcelContext, spec: WorkbookSpec, state: WorkbookState, log: SyncLog): Promise<void> {
  const wereProtected = spec.sheets.filter((s) => state.sheets.get(s.name)?.protected === true);
  if (wereProtected.length === 0) return;
  const current = wereProtected.map((s) => context.workbook.worksheets.getItemOrNullObject(s.name).load('name,protection/protected'));
  await log.sync(context, 'recover');
  wereProtected.forEach((sheet, i) => {
    const now = current[i]!;
    if (now.isNullObject || now.protection.protected) return;
    // The user's earlier protection (the password, if any, is the one the spec unprotected it with).
    now.protection.protect(state.sheets.get(sheet.name)!.protectionOptions, sheet.protection?.password);
  });
  await log.sync(context, 'recover');
}

function notices(spec: WorkbookSpec, features: Features, notes: NoteCounts): Notice[] {
  const out: Notice[] = [];
  const printed = spec.sheets.filter((s) => s.print !== undefined).length;
  if (!features.pageLayout && printed > 0) out.push({ code: 'no-page-layout', sheets: printed });
  if (notes.asComments > 0) out.push({ code: 'notes-as-comments', notes: notes.asComments });
  if (notes.dropped > 0) out.push({ code: 'no-notes', notes: notes.dropped });
  if (!features.sheetProperties) out.push({ code: 'marks-in-document-properties' });
  return out;
}
