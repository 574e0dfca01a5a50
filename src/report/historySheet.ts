/** « Historique »: every value a newer return replaced, with where it came from and what replaced it. */
import type { Consolidation } from '../consolidate/types';
import type { ReportText } from '../i18n/reportText';
import type { ReportWords } from '../i18n/reportWords';
import type { Plan } from '../plan/schema';
import type { CellSpec, SheetSpec } from '../workbook/spec';
import { shownValue, stateAndSource, timestampSerial } from './cellValues';
import { memberLabel, type IndicatorLookup } from './lookup';
import { dataStyleOf } from './styles';

export const historyTableName = 'Historique';

export function buildHistorySheet(plan: Plan, consolidation: Consolidation, lookup: IndicatorLookup, words: ReportWords, text: ReportText): SheetSpec {
  const names = new Map(consolidation.respondents.map((r) => [r.code, r.name]));
  const periods = new Map(plan.periods.map((p) => [p.id, p.label]));
  const rows: Array<Array<CellSpec | undefined>> = [];
  const tableRows = consolidation.history.map((h, i) => {
    const site = lookup.get(h.code);
    const before = shownValue(plan, site?.indicator, h, words);
    const after = shownValue(plan, site?.indicator, h.replacedBy, words);
    const styled: Array<CellSpec | undefined> = [];
    if (site !== undefined) styled[6] = styled[16] = { style: dataStyleOf(site.indicator.type) };
    styled[12] = styled[13] = { style: 'data.datetime' };
    rows[i + 1] = styled;
    return [
      h.respondent,
      names.get(h.respondent) ?? null,
      h.code,
      site?.indicator.label ?? null,
      memberLabel(site, h.member),
      periods.get(h.period) ?? h.period,
      before,
      ...stateAndSource(h, words),
      timestampSerial(h.source.fileDate),
      timestampSerial(h.source.importedAt),
      h.replacedBy.file,
      h.replacedBy.version,
      after,
      before === after && h.state === h.replacedBy.state ? words.no : words.yes,
    ];
  });
  const base = { name: words.sheets.history, visibility: 'visible' as const, tabColour: 'FF7F7F7F', merges: [] };
  if (tableRows.length === 0) return { ...base, columns: [{ width: 80 }], rows: [[{ value: text.historySheet.empty, style: 'note' }]] };
  return {
    ...base,
    columns: [12, 28, 30, 44, 22, 12, 16, 13, 40, 24, 9, 9, 17, 17, 40, 10, 16, 10].map((width) => ({ width })),
    rows,
    freeze: { rows: 1, columns: 0 },
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatRows: [1, 1] },
    tables: [{ name: historyTableName, topLeft: 'A1', columns: [...words.historyColumns], rows: tableRows }],
  };
}
