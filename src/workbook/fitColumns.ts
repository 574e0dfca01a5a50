/**
 * Columns wide enough that nothing we print is cut: a header wraps between its words, never
 * inside one (« Avertissemen/ts »), and a code — a text without spaces, as `3.2.a1.projets/eaje` —
 * prints whole (« 2.1.a1.accompagnements_soci »). Widths only grow; merged cells are left to
 * their merge. Excel counts a width in digits of the default 11-point font: a smaller font takes
 * less, bold a little more.
 */
import { parseA1 } from './a1';
import type { CellSpec, ColumnSpec, SheetSpec, Style } from './spec';

/** The widest a column grows for one code (a file name in the last column may overflow instead). */
const maxWidth = 60;
/** Padding for the cell's margins and border, in digit widths. */
const padding = 2;
/** The drop-down arrow of a table's header cell, in digit widths. */
const filterButton = 2;
const tableHeader: Style = { font: { bold: true } };

/** Width a text needs, in digit widths, with the style's font. */
function widthOf(text: string, style: Style | undefined): number {
  const scale = ((style?.font?.size ?? 11) / 11) * (style?.font?.bold === true ? 1.15 : 1);
  return Math.ceil(text.length * scale) + padding + (style?.alignment?.indent ?? 0);
}

/** What of a cell's text must stay on one line: its longest word when it wraps, its whole text when it is a code. */
function unbreakable(cell: CellSpec, style: Style | undefined): string | undefined {
  if (typeof cell.value !== 'string' || cell.value === '') return undefined;
  if (style?.alignment?.wrap === true) return cell.value.split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a), '');
  return /^\d+(\.[\w-]+)+(\/[\w-]+)*$/.test(cell.value) ? cell.value : undefined;
}

/** Columns of `sheet` each widened to its cells' unbreakable texts. */
export function fitColumns(sheet: SheetSpec, styles: Readonly<Record<string, Style>>): SheetSpec {
  const merged = new Set<string>();
  for (const range of sheet.merges) {
    const [from, to] = range.split(':').map((ref) => parseA1(ref));
    if (from === undefined || to === undefined) continue;
    for (let r = from.row; r <= to.row; r++) for (let c = from.column; c <= to.column; c++) merged.add(`${r}:${c}`);
  }
  const columns: ColumnSpec[] = [...sheet.columns];
  const widen = (c: number, width: number) => {
    const needed = Math.min(maxWidth, width);
    const current = columns[c] ?? { width: 9 };
    if (needed > current.width) columns[c] = { ...current, width: needed };
  };
  sheet.rows.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (cell === undefined || merged.has(`${r}:${c}`)) return;
      const style = cell.style !== undefined ? styles[cell.style] : undefined;
      const text = unbreakable(cell, style);
      if (text === undefined) return;
      widen(c, widthOf(text, style));
    }),
  );
  // A table's header is bold, on one line, beside its filter button; its rows may hold codes.
  for (const table of sheet.tables ?? []) {
    const left = parseA1(table.topLeft)?.column ?? 0;
    table.columns.forEach((name, i) => widen(left + i, widthOf(name, tableHeader) + filterButton));
    for (const row of table.rows) {
      row.forEach((value, i) => {
        const text = unbreakable({ value }, undefined);
        if (text !== undefined) widen(left + i, widthOf(text, undefined));
      });
    }
  }
  for (let c = 0; c < columns.length; c++) columns[c] ??= { width: 9 };
  return { ...sheet, columns };
}
