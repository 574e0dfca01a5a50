/**
 * Dates a return carries, judged before they are trusted (ARCHITECTURE: « Trust no identity or
 * date a file carries without checking it »). The `generated_at` of `_ctg` is text anyone can
 * type: « 9999-12-31 » or « zzz » must never make a file the newest. A date is usable only when it
 * is an ISO 8601 instant (date, time and zone, as src/collect writes it with toISOString), a real
 * calendar date, not after the run's `now`, and not before the plan could have been used.
 * Instants are compared as instants (milliseconds), never as text: « …T10:00+02:00 » is earlier
 * than « …T09:30Z ».
 */

export type UntrustedReason = 'malformed' | 'future' | 'too_early';

export type InstantJudgement =
  | { kind: 'missing' }
  | { kind: 'untrusted'; reason: UntrustedReason; text: string }
  /** `instant`: the same moment, normalised to UTC (`2025-12-01T09:00:00.000Z`). */
  | { kind: 'trusted'; instant: string; ms: number };

export type InstantBounds = {
  /** ISO instant of the run; when absent, nothing is judged « in the future ». */
  now?: string;
  /** ISO date or instant before which no workbook of this plan can have been generated. */
  notBefore?: string;
};

// YYYY-MM-DDTHH:MM[:SS[.fff]] then Z or ±HH:MM: an instant, not a local time open to guesses.
const isoInstant = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/;

/** Milliseconds of an ISO instant whose fields all exist on the calendar (no 31 February, no 25:00). */
export function parseInstant(text: string): number | undefined {
  const m = isoInstant.exec(text.trim());
  if (m === null) return undefined;
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0)) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return undefined;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  const zone = m[8]!;
  if (zone !== 'Z' && (Number(zone.slice(1, 3)) > 14 || Number(zone.slice(4, 6)) > 59)) return undefined;
  const ms = Date.parse(text.trim());
  return Number.isFinite(ms) ? ms : undefined;
}

/** Milliseconds of an ISO date (`2022-10-31`, midnight UTC) or instant; undefined otherwise. */
function boundMs(text: string): number | undefined {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) ? Date.parse(`${text}T00:00:00Z`) : parseInstant(text);
}

export function judgeInstant(text: string | null | undefined, bounds: InstantBounds = {}): InstantJudgement {
  const raw = (text ?? '').trim();
  if (raw === '') return { kind: 'missing' };
  const ms = parseInstant(raw);
  if (ms === undefined) return { kind: 'untrusted', reason: 'malformed', text: raw };
  const now = bounds.now !== undefined ? boundMs(bounds.now) : undefined;
  if (now !== undefined && ms > now) return { kind: 'untrusted', reason: 'future', text: raw };
  const notBefore = bounds.notBefore !== undefined ? boundMs(bounds.notBefore) : undefined;
  if (notBefore !== undefined && ms < notBefore) return { kind: 'untrusted', reason: 'too_early', text: raw };
  return { kind: 'trusted', instant: new Date(ms).toISOString(), ms };
}

/** The instant when trusted, null otherwise. */
export function trustedInstant(text: string | null | undefined, bounds: InstantBounds = {}): string | null {
  const judged = judgeInstant(text, bounds);
  return judged.kind === 'trusted' ? judged.instant : null;
}

/**
 * The earliest moment a collection workbook of this plan can have been generated: the plan's
 * signature, or the start of its first period if that comes first (workbooks are sometimes
 * prepared before the convention is signed, never before the first year it covers starts…
 * minus one year of preparation, to stay clear of false alarms).
 */
export function planEpoch(plan: { signedOn: string; periods: ReadonlyArray<{ start: string }> }): string {
  const starts = [plan.signedOn, ...plan.periods.map((p) => p.start)].filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
  const first = starts[0] ?? plan.signedOn;
  return `${String(Number(first.slice(0, 4)) - 1).padStart(4, '0')}${first.slice(4)}`;
}
