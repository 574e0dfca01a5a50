/**
 * The frame of a tab a respondent fills (a fiche action, « Annexe 2 »): frozen under its header and
 * beside its identity columns, locked as the workbook asks, printed landscape on A4 with the header
 * on every page. The cells are the caller's.
 */
import type { CellSpec, SheetSpec } from '../workbook/spec';

export type FillableTab = {
  name: string;
  widths: readonly number[];
  rows: Array<Array<CellSpec | undefined>>;
  rowHeights: Record<number, number>;
  merges: string[];
  headerRow: number;
  frozenColumns: number;
  protection: SheetSpec['protection'];
};

export function fillableTab(tab: FillableTab): SheetSpec {
  return {
    name: tab.name,
    visibility: 'visible',
    columns: tab.widths.map((width) => ({ width })),
    rows: tab.rows,
    rowHeights: tab.rowHeights,
    merges: tab.merges,
    freeze: { rows: tab.headerRow, columns: tab.frozenColumns },
    ...(tab.protection !== undefined ? { protection: tab.protection } : {}),
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatRows: [tab.headerRow, tab.headerRow] },
  };
}
