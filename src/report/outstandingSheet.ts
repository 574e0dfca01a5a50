/** « Relances »: who still has to answer what — respondent, fiche, period, cells and indicators — ready for a mail merge. */
import type { Consolidation } from '../consolidate/types';
import type { ReportText } from '../i18n/reportText';
import type { ReportWords } from '../i18n/reportWords';
import type { Plan } from '../plan/schema';
import type { CellSpec, SheetSpec } from '../workbook/spec';
import { ficheCell, ficheColumnWidth } from './ficheName';
import { statusStyleOf } from './styles';

export const outstandingTableName = 'Relances';

export function buildOutstandingSheet(plan: Plan, consolidation: Consolidation, words: ReportWords, text: ReportText): SheetSpec {
  const names = new Map(consolidation.respondents.map((r) => [r.code, r.name]));
  const periods = new Map(plan.periods.map((p) => [p.id, p.label]));
  const rows: Array<Array<CellSpec | undefined>> = [];
  const tableRows = consolidation.completeness.outstanding.map((o, i) => {
    const styled: Array<CellSpec | undefined> = [];
    styled[4] = { style: statusStyleOf(o.status) };
    styled[6] = { style: 'message' };
    rows[i + 1] = styled;
    return [o.respondent, names.get(o.respondent) ?? null, ficheCell(o.fiche, words.governanceFiche), periods.get(o.period) ?? o.period, words.completeness[o.status], o.cells, o.indicators.join(', ')];
  });
  const base = { name: words.sheets.outstanding, visibility: 'visible' as const, tabColour: 'FFBF8F00', merges: [] };
  if (tableRows.length === 0) return { ...base, columns: [{ width: 80 }], rows: [[{ value: text.outstandingSheet.empty, style: 'note' }]] };
  return {
    ...base,
    columns: [12, 34, ficheColumnWidth(8, words.governanceFiche), 13, 18, 12, 110].map((width) => ({ width })),
    rows,
    freeze: { rows: 1, columns: 0 },
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatRows: [1, 1] },
    tables: [{ name: outstandingTableName, topLeft: 'A1', columns: [...words.outstandingColumns], rows: tableRows }],
  };
}
