/**
 * What a finding is about, as the adviser reads the plan: the indicator's label (and its breakdown
 * member's), with the technical code kept for whoever asks (a tooltip). A code the plan does not
 * know (an indicator removed since the workbook was generated) is shown as it is.
 */
import { indicatorSites } from '../../plan/walk';
import type { Plan } from '../../plan/schema';
import type { Finding } from '../../returns/findings';

export type FindingSubject = { label: string; code: string };

export type SubjectWords = { total: string };

export function findingSubjects(plan: Plan, words: SubjectWords): (f: Pick<Finding, 'indicator' | 'member'>) => FindingSubject | null {
  const labels = new Map(indicatorSites(plan).map((site) => [site.indicator.code, site.indicator.label]));
  const members = new Map(plan.lists.flatMap((list) => list.options.map((option) => [option.code, option.label] as const)));
  return (f) => {
    if (f.indicator === null) return null;
    const member = f.member !== null && f.member !== '' ? f.member : null;
    const code = member !== null ? `${f.indicator}/${member}` : f.indicator;
    const label = labels.get(f.indicator);
    if (label === undefined) return { label: code, code };
    const memberLabel = member === null ? null : member === 'total' ? words.total : (members.get(member) ?? member);
    return { label: memberLabel !== null ? `${label} — ${memberLabel}` : label, code };
  };
}
