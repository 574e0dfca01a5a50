/**
 * « Anomalies »: every finding of every file, in a filterable table, each with its message and —
 * when it is about a value of the consolidation — a link to that value's row in « Données ».
 * Everything that came from a file (names, values as typed) is written as text.
 */
import { countedOutcomes, outcomeOfFinding, type FindingsApart } from '../consolidate/figures';
import type { Consolidation } from '../consolidate/types';
import { renderFinding } from '../i18n/findings';
import type { Lang } from '../i18n/lang';
import type { ReportText } from '../i18n/reportText';
import type { ReportWords } from '../i18n/reportWords';
import { severityLabel } from '../i18n/findingsReport';
import type { Plan } from '../plan/schema';
import type { CellSpec, SheetSpec } from '../workbook/spec';
import { rawValue } from './cellValues';
import { dataRowOf } from './dataSheet';
import { ficheCell, ficheColumnWidth } from './ficheName';

export const findingsTableName = 'Anomalies';

export function buildFindingsSheet(plan: Plan, consolidation: Consolidation, words: ReportWords, text: ReportText, lang: Lang): SheetSpec {
  const columns = words.findingColumns;
  const linkColumn = columns.length;
  const names = new Map(consolidation.respondents.map((r) => [r.code, r.name]));
  const periods = new Map(plan.periods.map((p) => [p.id, p.label]));
  const rows: Array<Array<CellSpec | undefined>> = [[]];
  rows[0]![linkColumn] = { value: text.findingsSheet.linkHeader, style: 'header' };
  const outcomeOf = outcomeOfFinding(consolidation);
  const tableRows = consolidation.findings.map((linked, i) => {
    const { finding: f, respondent, value } = linked;
    const outcome = outcomeOf(linked);
    // One count: a finding of a replaced, refused or unattributed file is listed, greyed, and said to be apart.
    const counted = countedOutcomes.has(outcome);
    const cells: Array<CellSpec | undefined> = [];
    cells[1] = { style: counted ? `severity.${f.severity}` : 'severity.apart' };
    cells[2] = counted ? undefined : { style: 'severity.apart' };
    cells[13] = { style: 'message' };
    if (value !== null) {
      const row = dataRowOf(value);
      cells[linkColumn] = { value: text.findingsSheet.link(row), style: 'link', link: { kind: 'internal', sheet: words.sheets.data, cell: `A${row}` } };
    }
    rows[i + 1] = cells;
    return [
      i + 1,
      severityLabel(f.severity, lang),
      counted ? words.findingCount.counted : words.findingCount[outcome as FindingsApart['outcome']],
      f.file,
      respondent,
      respondent !== null ? (names.get(respondent) ?? null) : null,
      f.fiche !== null ? ficheCell(f.fiche, words.governanceFiche) : null,
      f.indicator,
      f.period !== null ? (periods.get(f.period) ?? f.period) : null,
      f.member,
      f.sheet,
      f.cell,
      rawValue(f.value),
      renderFinding(f, lang),
      f.code,
    ];
  });
  if (tableRows.length === 0) {
    return { name: words.sheets.findings, visibility: 'visible', tabColour: 'FFC00000', columns: [{ width: 80 }], rows: [[{ value: text.findingsSheet.empty, style: 'note' }]], merges: [] };
  }
  return {
    name: words.sheets.findings,
    visibility: 'visible',
    tabColour: 'FFC00000',
    columns: [6, 13, 24, 40, 11, 28, ficheColumnWidth(7, words.governanceFiche), 30, 12, 14, 26, 8, 18, 90, 24, 22].map((width) => ({ width })),
    rows,
    merges: [],
    freeze: { rows: 1, columns: 0 },
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatRows: [1, 1] },
    tables: [{ name: findingsTableName, topLeft: 'A1', columns: [...columns], rows: tableRows }],
  };
}
