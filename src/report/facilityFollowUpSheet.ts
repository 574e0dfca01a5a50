/**
 * « Suivi de l'Annexe 2 »: whether article 5's commitment holds. The summary line (« 58
 * équipements sur 64 toujours ouverts et soutenus »), what changed since the signature, then one
 * row per facility — Annexe 2's order, then the facilities the respondents added — with its status
 * and support year by year, who supports it, what changed and who answered. A row that changed
 * since the signature is coloured.
 */
import { facilitySummary, changeOf, type FacilityChange } from '../consolidate/facilitySummary';
import type { FacilityReport } from '../consolidate/followUp';
import type { Consolidation } from '../consolidate/types';
import type { FacilityReportWords } from '../i18n/facilityReportWords';
import { facilityHolder } from '../plan/facilityHolder';
import type { Plan } from '../plan/schema';
import { normaliseHeader } from '../workbook/normaliseHeader';
import type { CellSpec, SheetSpec } from '../workbook/spec';
import { columnLetter } from '../workbook/a1';
import { heightFor, sheetRows } from './sheetRows';

/** The look of a row by its path since the signature (styles.ts). */
export const facilityRowStyle: Record<FacilityChange | 'added', string> = {
  none: 'facility.none',
  unchanged: 'respondent',
  changed: 'facility.changed',
  unsupported: 'facility.changed',
  closed: 'facility.closed',
  added: 'facility.added',
};

/** Where the table starts: title, summary, since, legend, a blank line. */
const headerRow = 6;

export function buildFacilityFollowUpSheet(plan: Plan, consolidation: Consolidation, words: FacilityReportWords): SheetSpec {
  const reports = consolidation.followUp.facilities;
  const summary = facilitySummary(plan, reports);
  const names = new Map<string, string>([...plan.parties.map((p) => [p.code, p.name] as const), ...plan.territory.communes.map((c) => [c.insee, c.name] as const)]);
  const nameOf = (code: string) => names.get(code) ?? code;
  const periods = plan.periods;
  const columns = [6, 34, 20, 28, ...periods.map(() => 15), 30, 48];
  const last = columnLetter(columns.length - 1);
  const { rows, merges, heights, put } = sheetRows();
  const wide = (row: number, cell: CellSpec) => {
    put(row, 0, cell);
    merges.push(`A${row}:${last}${row}`);
  };
  wide(1, { value: words.title, style: 'title' });
  heights[1] = 22;
  wide(2, { value: `${words.held(summary.held, summary.listed)}. ${words.heldBasis(summary.unanswered)}`, style: 'subtitle' });
  wide(3, { value: words.since(summary.closed, summary.changed, summary.added), style: 'text' });
  wide(4, { value: words.legend, style: 'note' });
  const header = [words.columns.number, words.columns.name, words.columns.commune, words.columns.respondent, ...periods.map((p) => p.label), words.columns.supportedBy, words.columns.changes];
  header.forEach((value, c) => put(headerRow, c, { value, style: 'header' }));
  heights[headerRow] = 30;

  const yearCell = (report: FacilityReport | undefined): string => {
    if (report === undefined || report.status === undefined) return words.noAnswer;
    if (report.status === 'ferme') return words.status.ferme;
    const support = report.supported === undefined ? '' : `, ${report.supported ? words.supported : words.notSupported}`;
    return `${words.status[report.status]}${support}`;
  };
  const communeName = (insee: string | null) => (insee === null ? '' : nameOf(insee));
  let row = headerRow + 1;
  const line = (number: string, name: string, commune: string, own: readonly FacilityReport[], style: string, expected: string | undefined) => {
    const respondents = [...new Set(own.map((r) => r.respondent))].map(nameOf);
    const byPeriod = new Map(own.map((r) => [r.period, r]));
    const supportedBy = [...own].reverse().find((r) => r.supportedBy !== '')?.supportedBy ?? '';
    const changes = own.filter((r) => r.change !== '').map((r) => words.dated(periods.find((p) => p.id === r.period)?.label ?? r.period, r.change));
    const cells: Array<string | number> = [
      number,
      name,
      commune,
      respondents.length > 0 ? respondents.join(', ') : expected !== undefined ? words.expected(expected) : '',
      ...periods.map((p) => yearCell(byPeriod.get(p.id))),
      supportedBy,
      changes.join('\n'),
    ];
    cells.forEach((value, c) => put(row, c, { value, style }));
    // Wrapped text needs its height written: LibreOffice does not grow a row for it.
    heights[row] = Math.max(...cells.map((value, c) => heightFor(String(value), columns[c]!)));
    row++;
  };

  plan.territory.facilities.forEach((facility, index) => {
    const own = reports.filter((r) => r.facility === index);
    const holder = facilityHolder(plan, facility);
    line(String(index + 1), facility.name, communeName(facility.commune), own, facilityRowStyle[changeOf(own)], holder !== undefined ? nameOf(holder) : undefined);
  });
  const added = new Map<string, FacilityReport[]>();
  for (const r of reports) if (r.facility === null) added.set(normaliseHeader(r.name), [...(added.get(normaliseHeader(r.name)) ?? []), r]);
  for (const own of added.values()) line(words.added, own[0]!.name, communeName(own.find((r) => r.commune !== null)?.commune ?? null), own, facilityRowStyle.added, undefined);

  return {
    name: words.sheet,
    visibility: 'visible',
    tabColour: 'FF548235',
    columns: columns.map((width) => ({ width })),
    rows,
    rowHeights: heights,
    merges,
    freeze: { rows: headerRow, columns: 2 },
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatRows: [headerRow, headerRow] },
  };
}
