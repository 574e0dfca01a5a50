/** What the « Synthèse » sheet is built from, shared by its parts (summarySheet.ts and the blocks it places). */
import type { Consolidation } from '../consolidate/types';
import type { Lang } from '../i18n/lang';
import type { ReportText } from '../i18n/reportText';
import type { ReportWords } from '../i18n/reportWords';
import type { Plan } from '../plan/schema';
import type { Anchors } from './ficheLayout';

export type SummaryInput = {
  plan: Plan;
  consolidation: Consolidation;
  /** Territory cells of each fiche tab, by fiche number. */
  anchors: ReadonlyMap<string, Anchors>;
  words: ReportWords;
  text: ReportText;
  lang: Lang;
};
