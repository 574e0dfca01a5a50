/** The completeness matrix of the « Synthèse »: respondents × fiches, cells filled / expected, in traffic-light colours. */
import type { CompletenessStatus } from '../consolidate/types';
import { columnLetter } from '../workbook/a1';
import { ficheHeading } from './ficheName';
import type { SheetRows } from './sheetRows';
import { statusStyleOf } from './styles';
import type { SummaryInput } from './summaryInput';

/** Respondents × fiches: cells filled / expected over the periods due, coloured by status. */
export function completenessMatrix(out: SheetRows, start: number, input: SummaryInput, width: number): number {
  const { plan, consolidation: c, words, text } = input;
  const t = text.summary;
  const fiches = plan.fiches.filter((f) => f.status === 'active');
  let row = start;
  out.put(row, 0, { value: t.completenessTitle, style: 'subtitle' });
  out.put(row, 2, { value: t.completenessNote, style: 'note' });
  out.merges.push(`C${row}:${columnLetter(width - 1)}${row}`);
  row++;
  const headers = [text.respondent, text.code, ...fiches.map((f) => ficheHeading(f.number, input.words.governanceFiche)), t.errorsHeader, t.warningsHeader, t.statusHeader, t.filesHeader];
  headers.forEach((h, i) => out.put(row, i, { value: h, style: 'header' }));
  out.heights[row] = 30;
  row++;
  const cellsOf = new Map<string, typeof c.completeness.cells>();
  for (const cell of c.completeness.cells) {
    const key = `${cell.respondent}\u0000${cell.fiche}`;
    cellsOf.set(key, [...(cellsOf.get(key) ?? []), cell]);
  }
  for (const r of c.completeness.respondents) {
    const who = c.respondents.find((x) => x.code === r.respondent)!;
    out.put(row, 0, { value: who.name, style: 'respondent' });
    out.put(row, 1, { value: who.code, style: 'small' });
    fiches.forEach((fiche, i) => {
      const cells = cellsOf.get(`${r.respondent}\u0000${fiche.number}`) ?? [];
      if (cells.length === 0) {
        out.put(row, 2 + i, { value: '—', style: statusStyleOf('none') });
        return;
      }
      const due = cells.filter((x) => x.status !== 'not_due');
      const expected = due.reduce((n, x) => n + x.expected, 0);
      const filled = due.reduce((n, x) => n + x.filled, 0);
      const errors = cells.reduce((n, x) => n + x.errors, 0);
      const warnings = cells.reduce((n, x) => n + x.warnings, 0);
      const status: CompletenessStatus =
        r.status === 'excluded' || r.status === 'missing' ? r.status : due.length === 0 ? 'not_due' : filled >= expected ? 'answered' : filled === 0 ? 'missing' : 'partial';
      out.put(row, 2 + i, {
        value: due.length === 0 ? words.completeness.not_due : `${filled} / ${expected}`,
        style: statusStyleOf(status),
        ...(errors + warnings > 0 ? { note: t.cellNote(errors, warnings) } : {}),
      });
    });
    const after = 2 + fiches.length;
    out.put(row, after, { value: r.counts.error, style: r.counts.error > 0 ? 'severity.error' : 'integer' });
    out.put(row, after + 1, { value: r.counts.warning, style: r.counts.warning > 0 ? 'severity.warning' : 'integer' });
    out.put(row, after + 2, { value: words.completeness[r.status], style: statusStyleOf(r.status) });
    out.put(row, after + 3, { value: r.files.join(', '), style: 'small' });
    row++;
  }
  const legend: CompletenessStatus[] = ['answered', 'partial', 'missing', 'excluded', 'not_due'];
  out.put(row, 0, { value: t.legend, style: 'note' });
  legend.forEach((s, i) => out.put(row, 2 + i, { value: words.completeness[s], style: statusStyleOf(s) }));
  return row + 1;
}

