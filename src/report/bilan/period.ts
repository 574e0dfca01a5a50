/** Which period a bilan is for, and the span an evaluation covers: small, so that the pane's view can ask without loading the bilan. */

/** The last period ended by `asOf` (ISO date): the year a bilan is written for by default; the first when none has ended. */
export function lastEndedPeriod(periods: ReadonlyArray<{ id: string; end: string }>, asOf: string): string {
  const ended = periods.filter((p) => p.end < asOf.slice(0, 10));
  return (ended[ended.length - 1] ?? periods[0]!).id;
}

/** « 2022 » and « 2025 »: the years the plan's periods start and end. */
export function conventionSpan(periods: ReadonlyArray<{ start: string; end: string }>): { first: string; last: string } {
  return { first: periods[0]!.start.slice(0, 4), last: periods[periods.length - 1]!.end.slice(0, 4) };
}
