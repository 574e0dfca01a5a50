/**
 * The `_ctg` sheet of a return, read back: identity (H:I) and cell map (A:F), as written by
 * src/collect/manifestSheet.ts. Anything unexpected makes it unusable rather than half-trusted.
 */
import { cellMapColumns, manifestFormat } from '../collect/cellMap';
import { manifestSheetName } from '../collect/layout';
import { indicatorTypes } from '../plan/schema';
import type { CellValue, Grid } from '../workbook/grid';
import { parseA1 } from '../workbook/a1';

export type ManifestCell = { sheet: string; cell: string; code: string; period: string; member: string; role: 'value' | 'comment' };

export type Manifest = {
  format: string;
  planId: string;
  planVersion: string;
  respondentCode: string;
  respondentName: string;
  respondentKind: string;
  periods: string[];
  generatedAt: string;
  cells: ManifestCell[];
};

export type ManifestRead = { kind: 'absent' } | { kind: 'invalid'; reason: string } | { kind: 'ok'; manifest: Manifest };

const text = (value: CellValue | undefined): string => (value === null || value === undefined ? '' : String(value).trim());

export function findManifestGrid(grids: readonly Grid[]): Grid | undefined {
  return grids.find((g) => g.name === manifestSheetName) ?? grids.find((g) => g.name.trim().toLowerCase() === manifestSheetName);
}

const cellTypes = new Set<string>([...indicatorTypes, 'comment']);

export function readManifest(grids: readonly Grid[]): ManifestRead {
  const grid = findManifestGrid(grids);
  if (grid === undefined) return { kind: 'absent' };
  const keys = new Map<string, string>();
  for (const row of grid.rows) {
    const key = text(row?.[7]);
    if (key !== '' && !keys.has(key)) keys.set(key, text(row?.[8]));
  }
  const format = keys.get('format') ?? '';
  if (format !== manifestFormat) return { kind: 'invalid', reason: format === '' ? 'format_missing' : 'format' };
  const header = cellMapColumns.map((_c, i) => text(grid.rows[0]?.[i]));
  if (header.join('|') !== cellMapColumns.join('|')) return { kind: 'invalid', reason: 'header' };
  const planId = keys.get('plan_id') ?? '';
  // Every `ctg-collecte/1` workbook names its plan, version and respondent: without them, nothing is trusted.
  if (planId === '' || (keys.get('plan_version') ?? '') === '' || (keys.get('respondent_code') ?? '') === '') return { kind: 'invalid', reason: 'identity' };

  const cells: ManifestCell[] = [];
  for (let r = 1; r < grid.rows.length; r++) {
    const row = grid.rows[r] ?? [];
    const [sheet, cell, code, period, member, type] = [0, 1, 2, 3, 4, 5].map((c) => text(row[c]));
    if (sheet === '' && cell === '' && code === '') continue;
    if (sheet === '' || code === '' || parseA1(cell ?? '') === undefined || !cellTypes.has(type ?? '')) return { kind: 'invalid', reason: 'cell_map' };
    const role = type === 'comment' ? 'comment' : 'value';
    if (role === 'value' && period === '') return { kind: 'invalid', reason: 'cell_map' };
    cells.push({ sheet: sheet!, cell: cell!, code: code!, period: period!, member: member!, role });
  }
  if (cells.length === 0) return { kind: 'invalid', reason: 'cell_map' };
  return {
    kind: 'ok',
    manifest: {
      format,
      planId,
      planVersion: keys.get('plan_version') ?? '',
      respondentCode: keys.get('respondent_code') ?? '',
      respondentName: keys.get('respondent_name') ?? '',
      respondentKind: keys.get('respondent_kind') ?? '',
      periods: (keys.get('periods') ?? '').split(',').map((p) => p.trim()).filter(Boolean),
      generatedAt: keys.get('generated_at') ?? '',
      cells,
    },
  };
}
