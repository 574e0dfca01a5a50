/** What the two sections of a fiche tab share: their columns, blocks, and what they learn while writing. */
import type { Consolidation, IndicatorConsolidation } from '../consolidate/types';
import type { Lang } from '../i18n/lang';
import type { ReportText } from '../i18n/reportText';
import type { ReportWords } from '../i18n/reportWords';
import type { Fiche, Plan } from '../plan/schema';
import type { ConditionalFormat } from '../workbook/spec';
import type { Range } from './formulas';
import type { SheetRows } from './sheetRows';

export type FicheSheetInput = {
  plan: Plan;
  consolidation: Consolidation;
  fiche: Fiche;
  sheetName: string;
  words: ReportWords;
  text: ReportText;
  /** Finding messages by value index (the notes of flagged and refused values). */
  notes: ReadonlyMap<number, string>;
  /** The workbook's language, for the words of how each figure is formed. */
  lang: Lang;
};

/**
 * Where the territory figures are: `anchorKey(code, member, period)` → A1 address; with `pct`, the
 * raw % evolution; with `scope`, the % evolution at constant scope.
 */
export type Anchors = Map<string, string>;
export const anchorKey = (code: string, member: string, period: string, suffix: '' | 'pct' | 'scope' = '') => [code, member, period, suffix].join('\u0000');

export const codeColumn = 0;
export const labelColumn = 1;
export const firstPeriodColumn = 4;
export const ficheHeaderRow = 5;

/** An action (or the fiche-level criteria) and its indicators. */
export type Block = { title: string; indicators: IndicatorConsolidation[] };
/** The respondents with values for an indicator (in order), and value indices by `period␀member`. */
export type Detail = { respondents: string[]; values: Map<string, Map<string, number>> };

/** Everything a section writes, and what it learns while writing. */
export type Layout = { out: SheetRows; ranges: Map<string, Range>; anchors: Anchors; formats: ConditionalFormat[] };

export const rangeKey = (code: string, member: string) => `${code}\u0000${member}`;
