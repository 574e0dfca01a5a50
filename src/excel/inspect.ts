/**
 * Before writing a spec: what the workbook already holds under the spec's sheet and defined names,
 * in at most two round trips (the second only when some of those sheets exist).
 */
import type { WorkbookSpec } from '../workbook/spec';
import type { ExcelContext, NamedItemApi, RangeApi, WorksheetCustomPropertyApi } from './api';
import type { SyncLog } from './batch';
import type { Features } from './features';
import { documentMarkKey, markKey, nameComment, parseMark } from './marks';
import { standingOf, type SheetMarks, type Standing } from './markStanding';

export type ExistingSheet = {
  name: string;
  visibility: Excel.Worksheet['visibility'];
  protected: boolean;
  protectionOptions: Excel.WorksheetProtectionOptions;
  /** The marks found in both stores, and what they make of the sheet (markStanding.ts). */
  marks: SheetMarks;
  standing: Standing;
  tables: string[];
  charts: string[];
  /** The used range (values only), 0-based; undefined for an empty sheet. */
  used: { top: number; left: number; rows: number; columns: number } | undefined;
};

export type WorkbookState = {
  /** Spec sheet name → the existing sheet of that name (Excel compares names case-insensitively). */
  sheets: Map<string, ExistingSheet>;
  styles: Set<string>;
  /** Defined names of the spec that exist: ours (made by the add-in) or not. */
  names: Map<string, { ours: boolean }>;
};

export async function inspectWorkbook(context: ExcelContext, spec: WorkbookSpec, features: Features, log: SyncLog): Promise<WorkbookState> {
  const workbook = context.workbook;
  const sheets = workbook.worksheets.load('items/name');
  const styles = workbook.styles.load('items/name');
  const names = new Map<string, NamedItemApi>(spec.definedNames.map((n) => [n.name, workbook.names.getItemOrNullObject(n.name).load('name,comment')]));
  // Read on every host: a workbook last written by an older Excel has its marks there only.
  const documentProperties = workbook.properties.custom.load('items/key,items/value');
  await log.sync(context, 'inspect');

  const byName = new Map(sheets.items.map((s) => [s.name.toLowerCase(), s]));
  const targets = spec.sheets.map((s) => ({ spec: s.name, existing: byName.get(s.name.toLowerCase()) })).filter((t) => t.existing !== undefined);
  // Excel compares property keys without case, as sheet names.
  const documentMarks = new Map<string, unknown>(documentProperties.items.map((p) => [p.key.toLowerCase(), p.value]));

  const details = targets.map(({ spec: name, existing }) => {
    const sheet = workbook.worksheets.getItem(existing!.name).load('name,visibility');
    return {
      name,
      existing: sheet,
      protection: sheet.protection.load('protected,options'),
      mark: features.sheetProperties ? sheet.customProperties.getItemOrNullObject(markKey).load('value') : undefined,
      tables: sheet.tables.load('items/name'),
      charts: sheet.charts.load('items/name'),
      used: sheet.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount'),
    };
  });
  if (details.length > 0) await log.sync(context, 'details');

  const state: WorkbookState = {
    sheets: new Map(),
    styles: new Set(styles.items.map((s) => s.name)),
    names: new Map(),
  };
  for (const d of details) {
    const marks: SheetMarks = { onSheet: sheetMark(d.mark), inDocument: parseMark(documentMarks.get(documentMarkKey(d.existing.name).toLowerCase())) };
    state.sheets.set(d.name, {
      name: d.existing.name,
      visibility: d.existing.visibility,
      protected: d.protection.protected,
      protectionOptions: d.protection.options,
      marks,
      standing: standingOf(marks),
      tables: d.tables.items.map((t) => t.name),
      charts: d.charts.items.map((c) => c.name),
      used: usedOf(d.used),
    });
  }
  for (const [name, item] of names) {
    if (!item.isNullObject) state.names.set(name, { ours: item.comment === nameComment });
  }
  return state;
}

function sheetMark(property: WorksheetCustomPropertyApi | undefined) {
  return property === undefined || property.isNullObject ? undefined : parseMark(property.value);
}

function usedOf(range: RangeApi): ExistingSheet['used'] {
  if (range.isNullObject) return undefined;
  return { top: range.rowIndex, left: range.columnIndex, rows: range.rowCount, columns: range.columnCount };
}
