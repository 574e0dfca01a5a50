/**
 * What the reader could not take from a return, as findings: cells whose text is not of the type
 * the file gives them (« NaN », « 12abc » stored as a number: `value_unreadable`, an error at the
 * cell, with the text), cells past the template's reach (`cells_beyond_template`) and worksheets
 * past its count of sheets (`sheet_not_read`). Unreadable cells that are expected inputs were
 * reported by checkCells.ts, with their indicator and period; the others are reported here.
 */
import { columnLetter } from '../workbook/a1';
import type { Grid, GridReach } from '../workbook/grid';
import { finding, type Finding } from './findings';

/** Unreadable cells reported one by one per file; the rest are counted in one finding. */
export const maxUnreadableReported = 100;

export function readerFindings(grids: readonly Grid[], reach: GridReach | undefined, alreadyReported: readonly Finding[]): Finding[] {
  const findings: Finding[] = [];
  const reported = new Set(alreadyReported.filter((f) => f.code === 'value_unreadable').map((f) => `${f.sheet}\u0000${f.cell}`));
  let count = reported.size;
  let omitted = 0;
  for (const grid of grids) {
    for (const cell of grid.unreadable ?? []) {
      if (reported.has(`${grid.name}\u0000${cell.cell}`)) continue;
      if (count >= maxUnreadableReported) {
        omitted++;
        continue;
      }
      count++;
      findings.push(finding('value_unreadable', { sheet: grid.name, cell: cell.cell, params: { type: cell.type, raw: cell.raw } }));
    }
    if (grid.beyond?.kind === 'cells') {
      const params = { cells: grid.beyond.cells, first: grid.beyond.first, rows: reach?.rows ?? null, lastColumn: reach === undefined ? null : columnLetter(reach.columns - 1) };
      findings.push(finding('cells_beyond_template', { sheet: grid.name, params }));
    } else if (grid.beyond?.kind === 'sheet') {
      findings.push(finding('sheet_not_read', { sheet: grid.name, params: { max: reach?.sheets ?? null } }));
    }
  }
  if (omitted > 0) findings.push(finding('value_unreadable', { params: { omitted } }));
  return findings;
}
