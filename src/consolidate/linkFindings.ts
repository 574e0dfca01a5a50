/**
 * Every finding of every file, with the respondent it concerns and — when it is about a value
 * that is current — that value's position among the consolidated values (its « Données » row).
 */
import type { EarlierFinding, ReturnInput, LinkedFinding, RespondentValue } from './types';
import { cellKey, valueKey } from './keys';

export function linkFindings(inputs: readonly ReturnInput[], attributed: ReadonlyArray<string | null>, values: readonly RespondentValue[]): LinkedFinding[] {
  const byCell = new Map<string, number>();
  const byEntry = new Map<string, number>();
  values.forEach((v, i) => {
    if (v.source.order < 0) return;
    if (v.source.sheet !== null && v.source.cell !== null) byCell.set(cellKey(v.source.file, v.source.sheet, v.source.cell), i);
    byEntry.set(`${v.source.file}\u0000${valueKey(v.respondent, v.code, v.period, v.member)}`, i);
  });
  return inputs.flatMap((input, i) => {
    const respondent = attributed[i] ?? null;
    const file = input.result.file;
    return input.result.findings.map((finding): LinkedFinding => {
      const atCell = finding.sheet !== null && finding.cell !== null ? byCell.get(cellKey(file, finding.sheet, finding.cell)) : undefined;
      const atEntry =
        respondent !== null && finding.indicator !== null && finding.period !== null
          ? byEntry.get(`${file}\u0000${valueKey(respondent, finding.indicator, finding.period, finding.member ?? '')}`)
          : undefined;
      return { finding: { ...finding, file: finding.file ?? file }, respondent, value: atCell ?? atEntry ?? null };
    });
  });
}

/**
 * The findings of files an earlier consolidation took in, linked again to the current values, as
 * `linkFindings` links a run's own: by file name, cell or entry (carried values included), so that
 * a consolidation continued gives the links the same run would have given.
 */
export function linkEarlierFindings(findings: readonly EarlierFinding[], values: readonly RespondentValue[]): LinkedFinding[] {
  const byCell = new Map<string, number>();
  const byEntry = new Map<string, number>();
  values.forEach((v, i) => {
    if (v.source.sheet !== null && v.source.cell !== null) byCell.set(cellKey(v.source.file, v.source.sheet, v.source.cell), i);
    byEntry.set(`${v.source.file}\u0000${valueKey(v.respondent, v.code, v.period, v.member)}`, i);
  });
  return findings.map(({ finding, respondent }): LinkedFinding => {
    const file = finding.file ?? '';
    const atCell = finding.sheet !== null && finding.cell !== null ? byCell.get(cellKey(file, finding.sheet, finding.cell)) : undefined;
    const atEntry =
      respondent !== null && finding.indicator !== null && finding.period !== null
        ? byEntry.get(`${file}\u0000${valueKey(respondent, finding.indicator, finding.period, finding.member ?? '')}`)
        : undefined;
    return { finding, respondent, value: atCell ?? atEntry ?? null };
  });
}
