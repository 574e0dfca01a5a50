/**
 * Which of two returns of one respondent is newer, from facts we can check, in this order:
 * 1. the generation of the collection workbook (`generated_at` of `_ctg`, a new workbook replaces
 *    an older one) — only when it was judged trustworthy (src/returns/instant.ts: an ISO instant,
 *    not in the future, not before the plan); sources carry it only then;
 * 2. the file's own modification date (not in the future either);
 * 3. the import order.
 * A missing or untrusted date counts as older than any date, so a forged `generated_at`
 * (« 9999-12-31 », « zzz ») makes a file lose, never win. Dates are compared as instants.
 */
import type { RecencyReason, Source } from './types';

export type Recency = Pick<Source, 'generatedAt' | 'fileDate' | 'order'>;

const ms = (iso: string | null): number | null => {
  if (iso === null) return null;
  const t = Date.parse(iso);
  return Number.isFinite(t) ? t : null;
};

/** Missing is older than any instant. */
function compareInstants(a: string | null, b: string | null): number {
  const [x, y] = [ms(a), ms(b)];
  if (x === null || y === null) return x === y ? 0 : x === null ? -1 : 1;
  return Math.sign(x - y);
}

export function compareRecency(a: Recency, b: Recency): number {
  return compareInstants(a.generatedAt, b.generatedAt) || compareInstants(a.fileDate, b.fileDate) || a.order - b.order;
}

/** Why `newer` wins over `older` (call with compareRecency(newer, older) > 0). */
export function explainRecency(newer: Recency, older: Recency): RecencyReason {
  if (compareInstants(newer.generatedAt, older.generatedAt) > 0) return { kind: 'generated_later', newer: newer.generatedAt!, older: older.generatedAt };
  if (compareInstants(newer.fileDate, older.fileDate) > 0) {
    return { kind: 'file_later', newer: newer.fileDate!, older: older.fileDate, sameTemplate: newer.generatedAt !== null };
  }
  return { kind: 'imported_later' };
}

/** Newest first; a stable sort, so equal sources keep their order. */
export function newestFirst<T extends { source: Recency }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compareRecency(b.source, a.source));
}
