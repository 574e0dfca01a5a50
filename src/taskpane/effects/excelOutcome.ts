/**
 * What a write into the open workbook tells the adviser: one French sentence, and what this Excel
 * could not do as detail lines. Shared by the plan sheets, the collection sheets and the
 * consolidation tabs. Kept free of
 * the pure folders' heavy code: the pane's first chunk imports it.
 */
import { noticeMessage, type WriteReport } from '../../excel';
import type { Outcome } from './types';

export const plural = (n: number, one: string, many: string) => (n > 1 ? many : one);

/** « 3 feuilles créées, 2 feuilles remplacées. », and what this Excel could not do (notices). */
export function writeOutcome(report: WriteReport): Outcome {
  const created = report.sheets.filter((s) => s.action === 'created').length;
  const replaced = report.sheets.length - created;
  const parts = [
    ...(created > 0 ? [`${created} ${plural(created, 'feuille créée', 'feuilles créées')}`] : []),
    ...(replaced > 0 ? [`${replaced} ${plural(replaced, 'feuille remplacée', 'feuilles remplacées')}`] : []),
  ];
  return { message: `${parts.join(', ') || 'Aucune feuille écrite'}.`, details: report.notices.map(noticeMessage) };
}
