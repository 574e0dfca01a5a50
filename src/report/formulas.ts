/**
 * The territory figures as formulas over the detail by respondent, so that the workbook stays
 * coherent when a value is corrected by hand. Each agrees with what src/consolidate computes:
 * empty cells, « NC », « — » and refused values are text or blank, which SUM, AVERAGE, MAX and
 * COUNT skip — never a zero.
 */
import { totalStyleOf } from '../collect/styles';
import { newestFirst } from '../consolidate/recency';
import type { ConsolidatedCell, IndicatorConsolidation } from '../consolidate/types';
import type { ReportText } from '../i18n/reportText';
import type { ReportWords } from '../i18n/reportWords';
import type { RespondentKind } from '../plan/schema';
import { columnLetter } from '../workbook/a1';
import type { CellSpec } from '../workbook/spec';

/** Rows of a block of the detail (1-based, inclusive). */
export type Range = { first: number; last: number };

const numericTypes = new Set(['integer', 'decimal', 'amount', 'percentage', 'date']);

export type TerritoryFormulaInput = {
  indicator: IndicatorConsolidation;
  cell: ConsolidatedCell;
  column: number;
  /** The detail rows of this indicator and member; undefined when nobody answered. */
  range: Range | undefined;
  /** For the total of members: the territory rows of the members. */
  memberRows?: Range;
  /** Respondents of the detail block, in row order. */
  respondents: readonly string[];
  /** A respondent's kind, to find the authoritative source among them. */
  kindOf: (respondent: string) => RespondentKind | undefined;
  words: ReportWords;
  text: ReportText;
};

export function territoryFormula(input: TerritoryFormulaInput): CellSpec {
  const { indicator, cell, column, words } = input;
  const letter = columnLetter(column);
  const style = totalStyleOf(indicator.type);
  if (input.memberRows !== undefined) {
    const r = `${letter}${input.memberRows.first}:${letter}${input.memberRows.last}`;
    return { formula: `IF(COUNT(${r})=0,"",SUM(${r}))`, style };
  }
  if (input.range === undefined) return { style };
  const r = `${letter}${input.range.first}:${letter}${input.range.last}`;
  switch (indicator.applied) {
    case 'listed':
      return { value: cell.answers.length > 0 ? input.text.answers(cell.answers.length) : '', style: 'total.text' };
    case 'latest':
    case 'source': {
      // The newest answer, or the authoritative source's: one cell of the detail, never a sum.
      const own = cell.values.filter((v) => v.state === 'value' && (indicator.formation.kind !== 'authority' || input.kindOf(v.respondent) === indicator.formation.source));
      const newest = newestFirst(own)[0];
      const at = newest !== undefined ? input.respondents.indexOf(newest.respondent) : -1;
      if (at < 0) return { style };
      const x = `${letter}${input.range.first + at}`;
      return { formula: `IF(${x}="","",${x})`, style };
    }
    case 'sum':
    case 'max':
      if (numericTypes.has(indicator.type)) return { formula: `IF(COUNT(${r})=0,"",${indicator.applied === 'sum' ? 'SUM' : 'MAX'}(${r}))`, style };
      return yesNoFormula(indicator.applied, r, words);
  }
}

/** `IF(OR(total="",total=0),"",member/total)`: a member's share, a ratio of the territory sums. */
export function shareFormula(member: string, total: string): string {
  return `IF(OR(NOT(ISNUMBER(${member})),NOT(ISNUMBER(${total})),${total}=0),"",${member}/${total})`;
}

/** « Oui » answers: counted (sum), or « Oui » if any (max). */
function yesNoFormula(applied: 'sum' | 'max', r: string, words: ReportWords): CellSpec {
  const yes = `COUNTIF(${r},"${words.yes}")`;
  const no = `COUNTIF(${r},"${words.no}")`;
  return applied === 'sum'
    ? { formula: `IF(${yes}+${no}=0,"",${yes})`, style: 'total.yesCount' }
    : { formula: `IF(${yes}>0,"${words.yes}",IF(${no}>0,"${words.no}",""))`, style: 'total.yesNo' };
}

/** `IF(AND(ISNUMBER(F7),ISNUMBER(E7)),F7-E7,"")`, or the same as a fraction of E7 (none when E7 is 0). */
export function evolutionFormula(now: string, before: string, kind: 'absolute' | 'percent'): string {
  const change = kind === 'absolute' ? `${now}-${before}` : `IF(${before}=0,"",(${now}-${before})/${before})`;
  return `IF(AND(ISNUMBER(${now}),ISNUMBER(${before})),${change},"")`;
}

/** « atteinte » when the figure reaches the target, « pas encore » otherwise (or while unknown). */
export function targetFormula(figure: string, target: string, words: ReportWords): string {
  return `IF(ISNUMBER(${figure}),IF(${figure}>=${target},"${words.target.achieved}","${words.target.not_yet}"),"${words.target.not_yet}")`;
}

/** « réponses · vides · NC » of a detail block, live. */
export function countsFormula(r: string, invalid: string): string {
  return `(COUNTA(${r})-COUNTIF(${r},"NC")-COUNTIF(${r},"${invalid}")-COUNTIF(${r},"—"))&" · "&COUNTBLANK(${r})&" · "&COUNTIF(${r},"NC")`;
}
