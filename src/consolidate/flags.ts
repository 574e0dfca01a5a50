/**
 * The worst finding about each cell of a file, so that a value used in the consolidation carries
 * its flag: by sheet and cell, or — for a finding that names no cell — by indicator, period and member.
 */
import type { Finding, Severity } from '../returns/findings';
import { cellKey, valueKey } from './keys';

const rank: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export function worse(a: Severity | null, b: Severity): Severity {
  return a === null || rank[b] > rank[a] ? b : a;
}

export type FlagIndex = { byCell: Map<string, Severity>; byEntry: Map<string, Severity> };

export function flagIndex(file: string, findings: readonly Finding[]): FlagIndex {
  const byCell = new Map<string, Severity>();
  const byEntry = new Map<string, Severity>();
  for (const f of findings) {
    if (f.sheet !== null && f.cell !== null) {
      const key = cellKey(file, f.sheet, f.cell);
      byCell.set(key, worse(byCell.get(key) ?? null, f.severity));
    } else if (f.indicator !== null && f.period !== null) {
      const key = valueKey('', f.indicator, f.period, f.member ?? '');
      byEntry.set(key, worse(byEntry.get(key) ?? null, f.severity));
    }
  }
  return { byCell, byEntry };
}

export function flagOf(index: FlagIndex, file: string, where: { sheet: string; cell: string } | null, code: string, period: string, member: string): Severity | null {
  const atCell = where !== null ? (index.byCell.get(cellKey(file, where.sheet, where.cell)) ?? null) : null;
  const atEntry = index.byEntry.get(valueKey('', code, period, member)) ?? null;
  if (atCell === null) return atEntry;
  return atEntry === null ? atCell : worse(atCell, atEntry);
}
