/**
 * What a write into the open workbook tells the adviser: one sentence, and what this Excel could
 * not do as detail lines (the adapter's notices, in the pane's language). Shared by the plan sheets, the
 * collection sheets and the consolidation tabs. Kept free of the pure folders' heavy code: the
 * pane's first chunk imports it.
 */
import { noticeMessage, type WriteReport } from '../../excel';
import type { Lang } from '../../i18n/lang';
import { sheetsWrittenWords } from '../../i18n/pane/sheetsWritten';
import type { Outcome } from './types';

/** « 3 feuilles créées, 2 feuilles remplacées. », and what this Excel could not do (notices). */
export function writeOutcome(report: WriteReport, lang: Lang): Outcome {
  const words = sheetsWrittenWords[lang];
  const created = report.sheets.filter((s) => s.action === 'created').length;
  const replaced = report.sheets.length - created;
  const parts = [...(created > 0 ? [words.created(created)] : []), ...(replaced > 0 ? [words.replaced(replaced)] : [])];
  return { message: `${parts.join(', ') || words.none}.`, details: report.notices.map((notice) => noticeMessage(notice, lang)) };
}

/** A write's sentence, to follow a colon: « Aucune feuille écrite. » → « aucune feuille écrite. ». */
export function lowerFirst(message: string): string {
  return `${message.charAt(0).toLowerCase()}${message.slice(1)}`;
}
