/**
 * The next free row of a sheet being laid out, moved only by taking rows: a block takes the rows
 * it writes and is handed their numbers, instead of every writer moving one shared counter.
 */
export type RowCursor = {
  /** The first row no block has taken yet. */
  readonly next: number;
  /** The first of `count` rows, now taken. */
  take(count?: number): number;
};

export function rowCursor(start: number): RowCursor {
  let next = start;
  return {
    get next() {
      return next;
    },
    take(count = 1) {
      const first = next;
      next += count;
      return first;
    },
  };
}
