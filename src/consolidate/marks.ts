/**
 * What a territory figure must say about itself before anyone presents it: that the respondents
 * behind its evolution changed (« périmètre changé »), or that it includes a value the checks
 * flagged (« évolution inhabituelle », an error kept by the policy). Marks are data; src/i18n
 * words them for « Synthèse », the fiche tabs, the charts, the command line and the pane.
 */
import type { ConsolidatedCell, FlaggedValue } from './types';

export type FigureMark =
  /** The raw evolution compares different respondents; the constant-scope one is computed on `both`. */
  | { kind: 'scope_changed'; previousPeriod: string; period: string; previous: number; current: number; both: number }
  /** The figure of `period` includes values the checks flagged. */
  | { kind: 'flagged'; period: string; values: FlaggedValue[] };

/** Marks of a cell's figure and of its evolution, in the order they are read: scope, then flags (previous period first). */
export function marksOf(cell: Pick<ConsolidatedCell, 'period' | 'basis' | 'evolution'>): FigureMark[] {
  const marks: FigureMark[] = [];
  const e = cell.evolution;
  if (e !== null && e.scope === 'changed' && e.previousPeriod !== null) {
    marks.push({ kind: 'scope_changed', previousPeriod: e.previousPeriod, period: cell.period, previous: e.respondents.previous, current: e.respondents.current, both: e.respondents.both });
  }
  if (e !== null && e.previousPeriod !== null && e.previousFlagged.length > 0 && e.constant !== null && e.constant.percent !== null) {
    marks.push({ kind: 'flagged', period: e.previousPeriod, values: e.previousFlagged });
  }
  if (cell.basis.flagged.length > 0) marks.push({ kind: 'flagged', period: cell.period, values: cell.basis.flagged });
  return marks;
}

/** The marks of the figure alone (its own flags), for a cell shown without its evolution. */
export function figureMarks(cell: Pick<ConsolidatedCell, 'period' | 'basis'>): FigureMark[] {
  return cell.basis.flagged.length > 0 ? [{ kind: 'flagged', period: cell.period, values: cell.basis.flagged }] : [];
}

/**
 * For a series of figures drawn or read as a trend (a chart, a row of key figures), even without a
 * tracked evolution: each period whose respondents differ from the previous applicable period's.
 */
export function scopeChanges(cells: ReadonlyArray<Pick<ConsolidatedCell, 'period' | 'basis' | 'applicable'>>): FigureMark[] {
  const marks: FigureMark[] = [];
  let before: Pick<ConsolidatedCell, 'period' | 'basis'> | null = null;
  for (const cell of cells.filter((c) => c.applicable)) {
    const [previous, current] = [before?.basis.respondents ?? [], cell.basis.respondents];
    const both = current.filter((r) => previous.includes(r)).length;
    if (before !== null && previous.length > 0 && current.length > 0 && (both !== previous.length || both !== current.length)) {
      marks.push({ kind: 'scope_changed', previousPeriod: before.period, period: cell.period, previous: previous.length, current: current.length, both });
    }
    before = cell;
  }
  return marks;
}
