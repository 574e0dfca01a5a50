/**
 * Completeness: a required indicator left empty for a period that is due. « NC » is an answer;
 * a cell that could not be found is already reported by the structure checks.
 */
import { finding, type Finding } from './findings';
import type { EntryMap } from './entries';
import type { PlanIndex } from './planIndex';
import type { ExpectedCell } from './recognise';
import { entryKey } from './submission';

/** `asOf` (ISO date): a period is due once it has ended; without it every collected period is due. */
export function checkCompleteness(expected: readonly ExpectedCell[], index: PlanIndex, entries: EntryMap, asOf?: string): Finding[] {
  const findings: Finding[] = [];
  for (const c of expected) {
    if (c.role !== 'value' || !c.known) continue;
    const info = index.indicators.get(c.code)!;
    if (!info.indicator.required) continue;
    const period = index.periods.get(c.period);
    if (asOf !== undefined && period !== undefined && period.end >= asOf) continue;
    const entry = entries.get(entryKey(c.code, c.period, c.member));
    if (entry === undefined || entry.state !== 'empty' || entry.where === null) continue;
    findings.push(
      finding('required_missing', {
        sheet: entry.where.sheet,
        cell: entry.where.cell,
        fiche: info.fiche,
        indicator: c.code,
        period: c.period,
        member: c.member || null,
        params: { label: info.indicator.label },
      }),
    );
  }
  return findings;
}
