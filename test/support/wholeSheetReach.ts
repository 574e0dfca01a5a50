/** All of what a worksheet can hold: for comparing our reader with another one, never for untrusted files. */
import { maxColumns, maxRows } from '../../src/workbook/a1';
import type { GridReach } from '../../src/workbook/grid';

export const wholeSheetReach: GridReach = { rows: maxRows, columns: maxColumns, sheets: Number.MAX_SAFE_INTEGER };
