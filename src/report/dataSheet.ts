/**
 * « Données »: one Excel table, one row per value, ready for a PivotTable or Power BI — and
 * every consolidated number traced to the file, sheet and cell it was read from. Text from a
 * return (a text answer, a value refused as typed) is written as a value, never as a formula.
 */
import type { Consolidation, RespondentValue } from '../consolidate/types';
import type { ReportText } from '../i18n/reportText';
import type { ReportWords } from '../i18n/reportWords';
import type { Plan } from '../plan/schema';
import type { CellSpec, SheetSpec } from '../workbook/spec';
import { shownValue, stateAndSource, timestampSerial } from './cellValues';
import { ficheCell, ficheColumnWidth } from './ficheName';
import { dataStyleOf } from './styles';
import { memberLabel, type IndicatorLookup } from './lookup';

export const dataTableName = 'Donnees';
/** The table's header is on row 1: value i is on row i + 2. */
export const dataRowOf = (valueIndex: number) => valueIndex + 2;

export function buildDataSheet(plan: Plan, consolidation: Consolidation, lookup: IndicatorLookup, words: ReportWords, text: ReportText): SheetSpec {
  const columns = words.dataColumns;
  const valueColumn = 8;
  const importedColumn = columns.length - 1;
  const names = new Map(consolidation.respondents.map((r) => [r.code, r.name]));
  const rows: Array<Array<CellSpec | undefined>> = [];
  const tableRows = consolidation.values.map((v, i) => {
    const site = lookup.get(v.code);
    // Styles only: the table writes the values, the cells under it keep their number formats.
    const styled: Array<CellSpec | undefined> = [];
    if (site !== undefined) styled[valueColumn] = { style: dataStyleOf(site.indicator.type) };
    styled[importedColumn] = { style: 'data.datetime' };
    rows[i + 1] = styled;
    return dataRow(plan, v, lookup, names, words);
  });
  return {
    name: words.sheets.data,
    visibility: 'visible',
    tabColour: 'FF2F5597',
    columns: [ficheColumnWidth(8, words.governanceFiche), 8, 30, 50, 12, 30, 26, 12, 14, 13, 44, 26, 9, 9, 17].map((width) => ({ width })),
    rows: tableRows.length > 0 ? rows : [[{ value: text.data.empty, style: 'note' }]],
    merges: [],
    freeze: { rows: 1, columns: 0 },
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatRows: [1, 1] },
    ...(tableRows.length > 0 ? { tables: [{ name: dataTableName, topLeft: 'A1', columns: [...columns], rows: tableRows }] } : {}),
  };
}

function dataRow(plan: Plan, v: RespondentValue, lookup: IndicatorLookup, names: Map<string, string>, words: ReportWords): Array<string | number | boolean | null> {
  const site = lookup.get(v.code);
  const period = plan.periods.find((p) => p.id === v.period);
  const member = memberLabel(site, v.member);
  const value = shownValue(plan, site?.indicator, v, words);
  return [
    site !== undefined ? ficheCell(site.fiche, words.governanceFiche) : null,
    site?.action ?? null,
    v.code,
    site?.indicator.label ?? null,
    v.respondent,
    names.get(v.respondent) ?? null,
    member,
    period?.label ?? v.period,
    value,
    ...stateAndSource(v, words),
    timestampSerial(v.source.importedAt),
  ];
}
