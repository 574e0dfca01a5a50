/**
 * The entries of an earlier collection workbook, read through its own `_ctg` map. This trusts the
 * map's addresses, which is right for the adviser's own templates; a return from a commune goes
 * through src/returns, which locates rows by code and columns by header.
 */
import { parseA1 } from '../workbook/a1';
import type { CellValue, Grid } from '../workbook/grid';
import { cellMapColumns } from './cellMap';
import { manifestSheetName } from './layout';
import type { PreviousEntry } from './carryOver';

export type PreviousEntriesResult = { ok: true; entries: PreviousEntry[] } | { ok: false; reason: 'no_manifest' | 'bad_manifest' };

export function previousEntries(grids: Grid[]): PreviousEntriesResult {
  const manifest = grids.find((g) => g.name === manifestSheetName);
  if (manifest === undefined) return { ok: false, reason: 'no_manifest' };
  const header = manifest.rows[0]?.slice(0, cellMapColumns.length);
  if (JSON.stringify(header) !== JSON.stringify([...cellMapColumns])) return { ok: false, reason: 'bad_manifest' };
  const sheets = new Map(grids.map((g) => [g.name, g]));
  const entries: PreviousEntry[] = [];
  for (const row of manifest.rows.slice(1)) {
    const [sheet, cell, code, period, member, type] = row.slice(0, 6).map((v) => (v === null ? '' : String(v)));
    const at = parseA1(cell ?? '');
    if (!sheet || !code || at === undefined) continue;
    const value: CellValue = sheets.get(sheet)?.rows[at.row]?.[at.column] ?? null;
    if (value === null || value === '') continue;
    entries.push({ code, period: period ?? '', member: member ?? '', kind: type === 'comment' ? 'comment' : 'value', value, where: { sheet, cell: cell as string } });
  }
  return { ok: true, entries };
}
