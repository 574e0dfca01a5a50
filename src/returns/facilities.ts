/**
 * The « Annexe 2 » tab of a return, read back: for each facility its holder answers for
 * (plan/facilityHolder.ts) and each period of the workbook, the status, whether it is still
 * supported and by whom, what changed; and the facilities the respondent added. Found by content
 * as the fiche sheets are (collect/layout/facilities.ts): the tab by its name, the header row by
 * its « Code » title, columns by their headers, rows by their keys. Every finding sits at its cell.
 */
import {
  answerRoles,
  facilityColumns,
  facilityRoleOf,
  facilityRowKey,
  facilitySheetName,
  facilityStatusLabels,
  facilityStatusOf,
  facilityTextMax,
  isFacilitySheet,
  parseFacilityRowKey,
  type FacilityColumnRole,
} from '../collect/layout/facilities';
import { facilityWords } from '../i18n/facilityWords';
import { facilitiesHeldBy } from '../plan/facilityHolder';
import type { Period, Plan } from '../plan/schema';
import { a1 } from '../workbook/a1';
import { cellAt, type CellValue, type Grid } from '../workbook/grid';
import { normaliseHeader } from '../workbook/normaliseHeader';
import { clipText } from '../workbook/textLimit';
import { isErrorValue } from './checkCells';
import { finding, type Finding, type FindingInit } from './findings';
import type { FacilityAnswer } from './submission';

export type FacilitiesRead = { answers: FacilityAnswer[]; findings: Finding[] };

export type FacilitiesContext = {
  plan: Plan;
  /** The respondent the return is attributed to, when the plan knows it; null otherwise (the tab is not read). */
  respondent: string | null;
  /** Period ids the workbook collects. */
  periods: readonly string[];
  /** ISO date: periods ended before it are due; every period is due when absent. */
  asOf?: string;
};

const yes = new Set(['oui', 'o', 'yes', 'vrai', 'true', '1', 'x']);
const no = new Set(['non', 'n', 'no', 'faux', 'false', '0']);

function text(value: CellValue): string {
  return value === null ? '' : String(value).trim();
}

export function readFacilities(grids: readonly Grid[], context: FacilitiesContext): FacilitiesRead {
  const { plan } = context;
  // Whose facilities to expect is unknown: the identity findings say why, nothing is guessed.
  if (context.respondent === null) return { answers: [], findings: [] };
  const held = facilitiesHeldBy(plan, context.respondent);
  const periods = plan.periods.filter((p) => context.periods.includes(p.id));
  const grid = grids.find((g) => isFacilitySheet(g.name));
  const findings: Finding[] = [];
  if (grid === undefined) {
    // A workbook generated before the tab existed, or a tab deleted: said once, nothing guessed.
    if (held.length > 0 && periods.length > 0) findings.push(finding('facility_sheet_missing', { params: { expected: facilitySheetName, facilities: held.length } }));
    return { answers: [], findings };
  }

  const header = findHeader(grid);
  if (header === undefined) {
    findings.push(finding('facility_header_missing', { sheet: grid.name, params: { expected: facilitySheetName } }));
    return { answers: [], findings };
  }
  const { row: headerRow, columns } = header;
  for (const role of answerRoles) {
    if (!columns.has(role)) findings.push(finding('column_missing', { sheet: grid.name, cell: a1(headerRow, 0), params: { column: headerText(role) } }));
  }

  const expected = new Map<string, { index: number; period: Period }>();
  for (const { index } of held) for (const period of periods) expected.set(facilityRowKey(index, period.id), { index, period });
  const due = (period: Period) => context.asOf === undefined || period.end < context.asOf;
  const communeName = new Map(plan.territory.communes.map((c) => [c.insee, c.name]));
  const communeByName = new Map(plan.territory.communes.flatMap((c) => [[normaliseHeader(c.name), c.insee] as const, [c.insee, c.insee] as const]));
  const periodByText = new Map(periods.flatMap((p) => [[normaliseHeader(p.label), p] as const, [normaliseHeader(p.id), p] as const]));
  const answers: FacilityAnswer[] = [];
  const seen = new Set<string>();

  for (let r = headerRow + 1; r < grid.rows.length; r++) {
    const code = text(cellAt(grid, r, columns.get('code')!));
    if (code === '') continue;
    const key = parseFacilityRowKey(code);
    if (key === undefined) continue;
    const cells = rowReader(grid, r, columns, findings);
    const cellOf = (role: FacilityColumnRole) => (columns.has(role) ? a1(r, columns.get(role)!) : a1(r, columns.get('code')!));
    const normalisedKey = code.toLowerCase();
    if (seen.has(normalisedKey)) {
      findings.push(finding('facility_row_unknown', { sheet: grid.name, cell: a1(r, columns.get('code')!), value: code, params: { code, reason: 'duplicate' } }));
      continue;
    }
    seen.add(normalisedKey);

    if (key.kind === 'listed') {
      const site = expected.get(normalisedKey);
      if (site === undefined) {
        if (cells.filled()) findings.push(finding('facility_row_unknown', { sheet: grid.name, cell: a1(r, columns.get('code')!), value: code, params: { code, reason: 'not_held' } }));
        continue;
      }
      expected.delete(normalisedKey);
      const facility = plan.territory.facilities[site.index]!;
      const about = { facility: facility.name, place: facility.address || (communeName.get(facility.commune) ?? facility.commune) };
      const read = cells.answers(about, site.period.id);
      if (due(site.period)) findings.push(...missingAnswers(read, grid.name, cellOf, site.period.id, about));
      if (read.any) {
        answers.push({
          facility: site.index,
          name: facility.name,
          commune: facility.commune,
          place: '',
          period: site.period.id,
          ...read.values,
          where: { sheet: grid.name, cell: cellOf('status') },
        });
      }
      continue;
    }

    // A facility the respondent adds: nothing typed is nothing to read.
    if (!cells.filled()) continue;
    const name = cells.text('name');
    const place = [cells.text('address'), cells.text('commune')].filter((t) => t !== '').join(', ');
    const about = { facility: name, place };
    const periodText = cells.text('period');
    const period = periodByText.get(normaliseHeader(periodText));
    if (name === '') findings.push(finding('facility_name_missing', { sheet: grid.name, cell: cellOf('name'), params: { code } }));
    if (periodText === '') findings.push(finding('facility_period_missing', { sheet: grid.name, cell: cellOf('period'), params: { ...about, code } }));
    else if (period === undefined) {
      findings.push(finding('facility_not_in_list', { sheet: grid.name, cell: cellOf('period'), value: periodText, params: { ...about, field: 'period', options: periods.map((p) => p.label).join(', ') } }));
    }
    const read = cells.answers(about, period?.id ?? null);
    if (period !== undefined && name !== '') {
      findings.push(...missingAnswers(read, grid.name, cellOf, period.id, about));
      const commune = communeByName.get(normaliseHeader(cells.text('commune'))) ?? null;
      answers.push({ facility: null, name: clipText(name), commune, place: clipText(place), period: period.id, ...read.values, where: { sheet: grid.name, cell: cellOf('status') } });
    }
  }

  for (const [key, { index, period }] of expected) {
    const facility = plan.territory.facilities[index]!;
    findings.push(finding('facility_row_missing', { sheet: grid.name, period: period.id, params: { code: key, facility: facility.name, place: facility.address || (communeName.get(facility.commune) ?? facility.commune) } }));
  }
  return { answers, findings };
}

function headerText(role: FacilityColumnRole): string {
  return facilityColumns.find((c) => c.role === role)!.header;
}

/** The header row: a « Code » cell with at least one other header of the tab beside it. */
function findHeader(grid: Grid): { row: number; columns: Map<FacilityColumnRole, number> } | undefined {
  for (let r = 0; r < grid.rows.length; r++) {
    const columns = new Map<FacilityColumnRole, number>();
    (grid.rows[r] ?? []).forEach((value, c) => {
      const role = facilityRoleOf(normaliseHeader(text(value)));
      if (role !== undefined && !columns.has(role)) columns.set(role, c);
    });
    if (columns.has('code') && columns.size > 1) return { row: r, columns };
  }
  return undefined;
}

type About = { facility: string; place: string };
type Answers = { any: boolean; statusTyped: boolean; supportedTyped: boolean; values: Pick<FacilityAnswer, 'status' | 'supported' | 'supportedBy' | 'change'> };

/** One row's cells: text as typed (formulas and error values reported, never evaluated), answers typed. */
function rowReader(grid: Grid, r: number, columns: Map<FacilityColumnRole, number>, findings: Finding[]) {
  const raw = (role: FacilityColumnRole): CellValue => {
    const c = columns.get(role);
    if (c === undefined) return null;
    const value = cellAt(grid, r, c);
    const formula = grid.formulas[r]?.[c];
    const at: FindingInit = { sheet: grid.name, cell: a1(r, c), value };
    if (formula !== undefined) {
      if (value === null) {
        findings.push(finding('formula_uncached', { ...at, params: { formula: `=${formula}` } }));
        return null;
      }
      findings.push(finding('formula_in_input', { ...at, params: { formula: `=${formula}` } }));
    }
    if (isErrorValue(value)) {
      findings.push(finding('error_value', { ...at, params: { error: text(value) } }));
      return null;
    }
    return value;
  };
  const cellText = (role: FacilityColumnRole) => text(raw(role));
  const inputRoles: readonly FacilityColumnRole[] = ['name', 'address', 'commune', 'period', ...answerRoles];
  return {
    text: cellText,
    /** Anything typed in the cells a respondent may fill (the identity of a listed facility is locked and printed). */
    filled: () => inputRoles.some((role) => text(cellAt(grid, r, columns.get(role) ?? -1)) !== ''),
    answers(about: About, period: string | null): Answers {
      const values: Answers['values'] = { supportedBy: '', change: '' };
      const at = (role: FacilityColumnRole): FindingInit => ({ sheet: grid.name, cell: a1(r, columns.get(role) ?? 0), period });
      const statusText = cellText('status');
      if (statusText !== '') {
        const status = facilityStatusOf(statusText);
        if (status !== undefined) values.status = status;
        else findings.push(finding('facility_not_in_list', { ...at('status'), value: statusText, params: { ...about, field: 'status', options: Object.values(facilityStatusLabels).join(', ') } }));
      }
      const supportedRaw = raw('supported');
      const supportedText = text(supportedRaw);
      if (typeof supportedRaw === 'boolean') values.supported = supportedRaw;
      else if (supportedText !== '') {
        const key = normaliseHeader(supportedText);
        if (yes.has(key) || no.has(key)) values.supported = yes.has(key);
        else findings.push(finding('facility_not_in_list', { ...at('supported'), value: supportedText, params: { ...about, field: 'supported', options: [facilityWords.yes, facilityWords.no].join(', ') } }));
      }
      for (const role of ['supportedBy', 'change'] as const) {
        const typed = cellText(role);
        const max = facilityTextMax[role]!;
        if (typed.length > max) findings.push(finding('text_too_long', { ...at(role), value: typed, params: { length: typed.length, max } }));
        values[role] = clipText(typed);
      }
      if (values.status === 'ferme' && values.supported === true) {
        findings.push(finding('facility_closed_supported', { ...at('supported'), value: supportedText || null, params: about }));
      }
      if (values.status === 'modifie' && values.change === '') {
        findings.push(finding('facility_change_missing', { ...at('change'), params: about }));
      }
      const any = statusText !== '' || supportedText !== '' || values.supportedBy !== '' || values.change !== '';
      return { any, statusTyped: statusText !== '', supportedTyped: supportedText !== '', values };
    },
  };
}

/** For a period that is over: the status, and for a facility still open whether it is supported. */
function missingAnswers(read: Answers, sheet: string, cellOf: (role: FacilityColumnRole) => string, period: string, about: About): Finding[] {
  const findings: Finding[] = [];
  // A status typed but not of the list is reported as such (facility_not_in_list), not as missing.
  if (!read.statusTyped) findings.push(finding('facility_answer_missing', { sheet, cell: cellOf('status'), period, params: { ...about, field: 'status' } }));
  else if (read.values.status !== undefined && read.values.status !== 'ferme' && !read.supportedTyped) {
    findings.push(finding('facility_answer_missing', { sheet, cell: cellOf('supported'), period, params: { ...about, field: 'supported' } }));
  }
  return findings;
}
