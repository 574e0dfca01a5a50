/**
 * Grouping cells that share a property (an input rule, a style) into rectangular ranges, so that
 * renderers write one validation or one format per range instead of one per cell — fewer XML
 * nodes in a file, fewer queued commands in Office.js.
 */
import { a1 } from './a1';
import { selfCell, type CellSpec, type InputRule, type SheetSpec } from './spec';

export type CellRange = { top: number; left: number; bottom: number; right: number };

export function rangeAddress(range: CellRange): string {
  const start = a1(range.top - 1, range.left);
  return range.top === range.bottom && range.left === range.right ? start : `${start}:${a1(range.bottom - 1, range.right)}`;
}

/**
 * Vertical runs of equal keys, column by column (rows 1-based, columns 0-based). Runs are merged
 * sideways when the neighbouring column has the very same run.
 */
export function groupByKey<T>(sheet: SheetSpec, keyOf: (cell: CellSpec) => string | undefined, valueOf: (cell: CellSpec) => T): Array<{ range: CellRange; value: T }> {
  const runs: Array<{ range: CellRange; key: string; value: T }> = [];
  const width = sheet.rows.reduce((w, row) => Math.max(w, row?.length ?? 0), 0);
  for (let column = 0; column < width; column++) {
    let current: { range: CellRange; key: string; value: T } | undefined;
    sheet.rows.forEach((row, r) => {
      const cell = row?.[column];
      const key = cell !== undefined ? keyOf(cell) : undefined;
      const rowNumber = r + 1;
      if (key !== undefined && current !== undefined && current.key === key && current.range.bottom === rowNumber - 1) {
        current.range.bottom = rowNumber;
        return;
      }
      if (current !== undefined) runs.push(current);
      current = key !== undefined && cell !== undefined ? { range: { top: rowNumber, left: column, bottom: rowNumber, right: column }, key, value: valueOf(cell) } : undefined;
    });
    if (current !== undefined) runs.push(current);
  }
  // Merge a run into the one just left of it when both span the same rows with the same key.
  const merged: typeof runs = [];
  const open = new Map<string, (typeof runs)[number]>();
  for (const run of runs) {
    const id = `${run.range.top}:${run.range.bottom}:${run.key}`;
    const left = open.get(id);
    if (left !== undefined && left.range.right === run.range.left - 1) {
      left.range.right = run.range.right;
      continue;
    }
    open.set(id, run);
    merged.push(run);
  }
  return merged.map(({ range, value }) => ({ range, value }));
}

/** Input rules by range, with `{cell}` replaced by each range's top-left cell. */
export function inputRuleRanges(sheet: SheetSpec): Array<{ address: string; rule: InputRule }> {
  return groupByKey(sheet, (cell) => (cell.input !== undefined ? JSON.stringify(cell.input) : undefined), (cell) => cell.input as InputRule).map(
    ({ range, value }) => ({ address: rangeAddress(range), rule: resolveSelf(value, a1(range.top - 1, range.left)) }),
  );
}

export function resolveSelf(rule: InputRule, topLeft: string): InputRule {
  return rule.kind === 'custom' ? { ...rule, formula: rule.formula.split(selfCell).join(topLeft) } : rule;
}
