/**
 * What a check found in a return, as data (in the spirit of zod's issues): a stable code, a
 * severity, where it is (file, sheet, A1 cell), what it is about (fiche, indicator, period,
 * member), the value as typed, and the parameters its message needs. Messages are rendered by
 * src/i18n (French first); checks never stop at the first finding.
 */
import type { CellValue } from '../workbook/grid';
import { clipText } from '../workbook/textLimit';

export type Severity = 'error' | 'warning' | 'info';

/** Every finding code, with its usual severity (a plan rule carries its own). */
export const findingSeverities = {
  // The file as a whole
  file_refused: 'error',
  not_a_return: 'error',
  manifest_missing: 'warning',
  manifest_invalid: 'warning',
  plan_mismatch: 'error',
  template_version: 'warning',
  respondent_unknown: 'error',
  respondent_unidentified: 'error',
  respondent_mismatch: 'error',
  generated_at_untrusted: 'warning',
  internal_error: 'error',
  // Structure: sheets, columns, rows
  sheet_missing: 'error',
  sheet_renamed: 'warning',
  sheet_unexpected: 'warning',
  header_missing: 'error',
  column_missing: 'error',
  column_duplicate: 'error',
  code_missing: 'error',
  code_duplicate: 'error',
  code_unknown: 'warning',
  value_not_carried: 'warning',
  layout_shifted: 'info',
  cells_beyond_template: 'warning',
  sheet_not_read: 'warning',
  // One cell
  formula_in_input: 'warning',
  formula_uncached: 'error',
  error_value: 'error',
  value_unreadable: 'error',
  not_a_number: 'error',
  not_whole_number: 'error',
  negative_count: 'error',
  below_minimum: 'error',
  above_maximum: 'error',
  percentage_above_100: 'error',
  not_a_date: 'error',
  date_out_of_period: 'error',
  not_in_list: 'error',
  text_too_long: 'warning',
  comment_truncated: 'warning',
  // Normalisations: accepted, and said so
  number_from_text: 'info',
  percentage_from_text: 'info',
  amount_from_text: 'info',
  yes_no_from_text: 'info',
  nc_from_text: 'info',
  date_from_text: 'info',
  date_from_serial: 'info',
  choice_from_text: 'info',
  spaces_trimmed: 'info',
  // Beyond the cell
  value_in_inapplicable_period: 'error',
  value_outside_input: 'warning',
  total_overwritten: 'warning',
  breakdown_total_mismatch: 'warning',
  rule_failed: 'error',
  rule_invalid: 'warning',
  implausible_change: 'warning',
  required_missing: 'error',
  // Annexe 2 (returns/facilities.ts)
  facility_sheet_missing: 'warning',
  facility_header_missing: 'error',
  facility_row_missing: 'error',
  facility_row_unknown: 'warning',
  facility_answer_missing: 'error',
  facility_not_in_list: 'error',
  facility_closed_supported: 'error',
  facility_change_missing: 'warning',
  facility_name_missing: 'error',
  facility_period_missing: 'error',
  // The consolidation
  total_overflow: 'error',
} as const satisfies Record<string, Severity>;

export type FindingCode = keyof typeof findingSeverities;
export const findingCodes = Object.keys(findingSeverities) as FindingCode[];

export type FindingParams = Record<string, string | number | boolean | null>;

export type Finding = {
  severity: Severity;
  code: FindingCode;
  /** The file's name as received (no folder); null only before the app layer sets it. */
  file: string | null;
  /** The sheet as named in the return (null for the file as a whole). */
  sheet: string | null;
  /** A1 address in the return (null when the finding is not about one cell). */
  cell: string | null;
  /** Fiche number (« 3.2 »). */
  fiche: string | null;
  /** Indicator code. */
  indicator: string | null;
  /** Period id. */
  period: string | null;
  /** Breakdown member code (`total` for a total row). */
  member: string | null;
  /** The value as read from the file (cached value for a formula). */
  value: CellValue;
  params: FindingParams;
};

export type FindingInit = Partial<Omit<Finding, 'code' | 'params'>> & { params?: FindingParams };

/** Text quoted by a finding's parameters: enough to recognise it, never a whole 50 MB string. */
export const maxParamText = 1000;

export function finding(code: FindingCode, init: FindingInit = {}): Finding {
  return {
    severity: init.severity ?? findingSeverities[code],
    code,
    file: init.file ?? null,
    sheet: init.sheet ?? null,
    cell: init.cell ?? null,
    fiche: init.fiche ?? null,
    indicator: init.indicator ?? null,
    period: init.period ?? null,
    member: init.member ?? null,
    // The value as typed is written back (annotated copy, consolidation): never over Excel's limit.
    value: typeof init.value === 'string' ? clipText(init.value) : (init.value ?? null),
    params: clipParams(init.params ?? {}),
  };
}

function clipParams(params: FindingParams): FindingParams {
  let clipped: FindingParams | undefined;
  for (const [key, value] of Object.entries(params)) {
    if (typeof value !== 'string' || value.length <= maxParamText) continue;
    clipped ??= { ...params };
    clipped[key] = clipText(value, maxParamText);
  }
  return clipped ?? params;
}

export type SeverityCounts = Record<Severity, number>;

export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
