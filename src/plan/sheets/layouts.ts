/**
 * Where each plan sheet's rows come from in the plan, besides its columns (columns.ts): the array
 * of items a row stands for, and the key column that names a row when an issue points at the item
 * as a whole. The fiches' actions and indicators hang below their fiche (and action): their
 * parent columns (« Fiche », « Action ») name it.
 */
import type { FieldPath, SheetKey } from './columns';

/** A sheet with one row per item of one array of the plan. */
export type TableLayout = { readonly at: FieldPath; readonly keyColumn: string };

export const tableLayouts = {
  periods: { at: ['periods'], keyColumn: 'id' },
  parties: { at: ['parties'], keyColumn: 'code' },
  communes: { at: ['territory', 'communes'], keyColumn: 'insee' },
  territories: { at: ['territory', 'territories'], keyColumn: 'code' },
  facilities: { at: ['territory', 'facilities'], keyColumn: 'name' },
  rules: { at: ['rules'], keyColumn: 'id' },
} as const satisfies Partial<Record<SheetKey, TableLayout>>;

export type TableKey = keyof typeof tableLayouts;

/** The fiches' tree: fiches at `fiches`, their actions at `actions`, indicators at `indicators` of either. */
export const ficheTree = {
  fiches: { at: ['fiches'], keyColumn: 'number' },
  actions: { at: ['actions'], keyColumn: 'code', parent: 'fiche' },
  indicators: { at: ['indicators'], keyColumn: 'code', parent: 'fiche', action: 'action' },
} as const;

/** Lists: one row per option, the list's own columns repeated on each; options at `options`. */
export const listLayout = {
  at: ['lists'],
  keyColumn: 'list',
  listColumns: ['list', 'listLabel'],
  options: { at: ['options'], columns: ['code', 'label'], keyColumn: 'code' },
} as const;
