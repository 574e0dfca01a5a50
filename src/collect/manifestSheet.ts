/**
 * The very hidden `_ctg` sheet: the workbook described for machines. Columns A:F hold the cell
 * map as a plain table from A1 (Power Query and scripts read it as is); columns H:I hold the
 * workbook's identity as key / value pairs.
 */
import type { Plan } from '../plan/schema';
import type { CellSpec, SheetSpec } from '../workbook/spec';
import { cellMapColumns, manifestFormat, type InputCell } from './cellMap';
import { manifestSheetName } from './layout';
import type { Respondent } from './respondents';

export type ManifestInput = {
  plan: Plan;
  respondent: Respondent;
  periods: string[];
  generatedAt: string;
  inputs: InputCell[];
};

export const manifestKeys = [
  'format',
  'plan_id',
  'plan_version',
  'respondent_code',
  'respondent_name',
  'respondent_kind',
  'periods',
  'generated_at',
] as const;
export type ManifestKey = (typeof manifestKeys)[number];

export function buildManifestSheet(input: ManifestInput): SheetSpec {
  const identity: Record<ManifestKey, string> = {
    format: manifestFormat,
    plan_id: input.plan.id,
    plan_version: input.plan.version,
    respondent_code: input.respondent.code,
    respondent_name: input.respondent.name,
    respondent_kind: input.respondent.kind,
    periods: input.periods.join(','),
    generated_at: input.generatedAt,
  };
  const text = (value: string): CellSpec => ({ value });
  const rows: Array<Array<CellSpec | undefined>> = [[...cellMapColumns.map(text)]];
  for (const c of input.inputs) rows.push([text(c.sheet), text(c.cell), text(c.code), text(c.period), text(c.member), text(c.type)]);
  manifestKeys.forEach((key, i) => {
    const row = (rows[i] ??= []);
    row[7] = text(key);
    row[8] = text(identity[key]);
  });
  return {
    name: manifestSheetName,
    visibility: 'veryHidden',
    columns: [{ width: 28 }, { width: 8 }, { width: 34 }, { width: 8 }, { width: 14 }, { width: 12 }, { width: 2 }, { width: 18 }, { width: 40 }],
    rows,
    merges: [],
    protection: {},
  };
}
