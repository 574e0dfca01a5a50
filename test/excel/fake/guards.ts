/** Checks Excel makes before changing a sheet. */
import { contains, overlaps, rectCells, type Rect } from './addresses';
import { fail, unsupported } from './errors';
import { cellKey, effectiveFormat, type SheetState, type WorkbookState } from './state';

/** The largest block of cells the fake agrees to walk through cell by cell. */
export const maxCellsTouched = 2_000_000;

export function guardSize(rect: Rect, what: string): void {
  if (rectCells(rect) > maxCellsTouched) unsupported(`${what} sur ${rectCells(rect)} cellules`);
}

export function* cellsOf(rect: Rect): Generator<{ row: number; column: number; key: number }> {
  for (let row = rect.top; row <= rect.bottom; row++) for (let column = rect.left; column <= rect.right; column++) yield { row, column, key: cellKey(row, column) };
}

/**
 * On a protected sheet Excel refuses changes: values only go to unlocked cells; column widths and
 * row heights only where the protection allows them; everything else is refused.
 */
export function guardProtection(workbook: WorkbookState, sheet: SheetState, action: 'values' | 'format' | 'columns' | 'rows' | 'structure', rect?: Rect): void {
  const protection = sheet.protection;
  if (!protection.protected) return;
  if (action === 'columns' && protection.options.allowFormatColumns === true) return;
  if (action === 'rows' && protection.options.allowFormatRows === true) return;
  if (action === 'values' && rect !== undefined) {
    guardSize(rect, 'une écriture');
    const locked = [...cellsOf(rect)].some(({ key }) => effectiveFormat(workbook, sheet.cells.get(key)).locked);
    if (!locked) return;
  }
  fail('AccessDenied', `La feuille « ${sheet.name} » est protégée : modification refusée.`);
}

export function guardMerges(sheet: SheetState, rect: Rect): void {
  for (const merge of sheet.merges) {
    if (overlaps(merge, rect) && !contains(rect, merge)) fail('MergedRangeConflict', 'La plage coupe des cellules fusionnées.');
  }
}
