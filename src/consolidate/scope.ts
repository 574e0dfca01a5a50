/**
 * Who is behind a territory figure, and the evolution « à périmètre constant ». The convention
 * asks for « le nombre … et son évolution » (e.g. fiche 3.1, « Nombre de jours "arrêts de
 * travail" et son évolution par employeur »): an evolution means something only between figures
 * of the same respondents. When 9 communes answered in 2023 and 7 in 2024, the raw change mixes
 * a change of scope with a change of the thing counted; so the change is computed on the
 * respondents who answered both periods, and the raw figures stay beside it.
 *
 * The territory figure of a set of respondents is passed in (`FigureOf`): whatever the plan says
 * about how a figure is formed, the constant-scope figure applies the same formation to fewer
 * respondents.
 */
import type { TypedValue } from '../returns/submission';
import { evolution } from './evolution';
import type { FigureBasis, FlaggedValue, RespondentValue, ScopedEvolution } from './types';

/** The territory figure formed from the values of these respondents only. */
export type FigureOf = (respondents: ReadonlySet<string>) => TypedValue | null;

/** A period's figure, who is behind it, and how to form it again for fewer respondents. */
export type ScopedFigure = { total: TypedValue | null; basis: FigureBasis; figureOf: FigureOf };

/** The respondents whose value enters a figure (a value: not empty, « NC » or refused) and the flags on those values. */
export function basisOf(values: readonly RespondentValue[]): FigureBasis {
  const respondents: string[] = [];
  const flagged: FlaggedValue[] = [];
  const flags = new Map<string, FlaggedValue['severity']>();
  for (const v of values) {
    if (v.state !== 'value' || v.value === null) continue;
    if (!respondents.includes(v.respondent)) respondents.push(v.respondent);
    if (v.flag === 'error' || v.flag === 'warning') {
      const before = flags.get(v.respondent);
      if (before === undefined || (before === 'warning' && v.flag === 'error')) flags.set(v.respondent, v.flag);
    }
  }
  for (const respondent of respondents) {
    const severity = flags.get(respondent);
    if (severity !== undefined) flagged.push({ respondent, severity });
  }
  return { respondents, flagged };
}

/** The basis of a sum over members: a respondent is behind it when any of its member values is. */
export function mergeBases(bases: readonly FigureBasis[]): FigureBasis {
  const respondents = [...new Set(bases.flatMap((b) => b.respondents))];
  const worst = new Map<string, FlaggedValue['severity']>();
  for (const f of bases.flatMap((b) => b.flagged)) if (worst.get(f.respondent) !== 'error') worst.set(f.respondent, f.severity);
  return { respondents, flagged: respondents.filter((r) => worst.has(r)).map((respondent) => ({ respondent, severity: worst.get(respondent)! })) };
}

/**
 * The raw change, and the change on the respondents present in both periods. The scope has
 * `changed` when both periods have respondents and they are not the same ones; a period nobody
 * answered has no evolution to mark.
 */
export function scopedEvolution(previousPeriod: string | null, before: ScopedFigure | null, now: ScopedFigure): ScopedEvolution {
  const raw = evolution(previousPeriod, before?.total, now.total);
  const previous = before?.basis.respondents ?? [];
  const current = now.basis.respondents;
  const both = new Set(current.filter((r) => previous.includes(r)));
  const respondents = { previous: previous.length, current: current.length, both: both.size };
  if (previousPeriod === null || before === null) return { ...raw, respondents, scope: 'same', constant: null, previousFlagged: [] };
  const changed = previous.length > 0 && current.length > 0 && !(previous.length === both.size && current.length === both.size);
  const [from, to] = [before.figureOf(both), now.figureOf(both)];
  const e = evolution(previousPeriod, from, to);
  return {
    ...raw,
    respondents,
    scope: changed ? 'changed' : 'same',
    constant: { previous: e.previous, current: typeof to === 'number' ? to : null, absolute: e.absolute, percent: e.percent },
    previousFlagged: before.basis.flagged,
  };
}
