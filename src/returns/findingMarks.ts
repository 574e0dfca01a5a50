/**
 * How a finding marks its cell, said once for the annotated copy (src/xlsx/annotate.ts) and the
 * marks put in the open workbook (src/excel/cellMarks.ts): the cell's fill by the worst severity
 * among its findings (red for an error, orange for a warning, blue for an information), and the
 * findings grouped by cell, in their order.
 */
import { parseA1 } from '../workbook/a1';
import type { Finding, Severity } from './findings';

/** RGB, six hex digits: ExcelJS wants « FF » before it (ARGB), Office.js « # ». */
export const findingFills: Record<Severity, string> = { error: 'FFC7CE', warning: 'FFEB9C', info: 'DDEBF7' };

const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function worstSeverity(findings: readonly Finding[]): Severity {
  return findings.reduce((worst, f) => (rank[f.severity] < rank[worst] ? f.severity : worst), 'info' as Severity);
}

export type CellFindings = { sheet: string; cell: string; findings: Finding[] };

/** The findings that sit on one cell (a sheet and a valid A1 reference), grouped by cell. */
export function findingsByCell(findings: readonly Finding[]): CellFindings[] {
  const byCell = new Map<string, CellFindings>();
  for (const f of findings) {
    if (f.sheet === null || f.cell === null || parseA1(f.cell) === undefined) continue;
    const key = `${f.sheet}\u0000${f.cell}`;
    const group = byCell.get(key);
    if (group === undefined) byCell.set(key, { sheet: f.sheet, cell: f.cell, findings: [f] });
    else group.findings.push(f);
  }
  return [...byCell.values()];
}
