/**
 * Reading cell blocks under the response budget: each block is cut into row chunks, chunks are
 * packed into as few syncs as the estimated answer size allows, and a sync Excel still refuses as
 * too large (cells longer than estimated) is split in two and tried again.
 */
import { columnLetter } from '../workbook/a1';
import type { ExcelContext, RangeApi } from './api';
import type { SyncLog, SyncPhase } from './batch';
import type { Budget } from './payload';

export type BlockProperty = 'values' | 'formulas' | 'numberFormat';

/** A rectangle of a sheet, 0-based. */
export type BlockRequest = { sheet: string; top: number; left: number; rows: number; columns: number };

export type Block = BlockRequest & { values: unknown[][]; formulas: unknown[][]; numberFormat: unknown[][] };

export function blockAddress(block: BlockRequest): string {
  return `${columnLetter(block.left)}${block.top + 1}:${columnLetter(block.left + block.columns - 1)}${block.top + block.rows}`;
}

/** Cells per sync so that the estimated answer stays under the budget. */
export function cellsPerSync(budget: Budget, properties: readonly BlockProperty[]): number {
  const perCell = (budget.readBytesPerCell * properties.length) / 3;
  return Math.max(1, Math.floor(budget.responseBytes / perCell));
}

function splitRows(block: BlockRequest, maxCells: number): BlockRequest[] {
  const rowsPerChunk = Math.max(1, Math.floor(maxCells / Math.max(1, block.columns)));
  const chunks: BlockRequest[] = [];
  for (let top = 0; top < block.rows; top += rowsPerChunk) {
    chunks.push({ ...block, top: block.top + top, rows: Math.min(rowsPerChunk, block.rows - top) });
  }
  return chunks;
}

function pack(chunks: BlockRequest[], maxCells: number): BlockRequest[][] {
  const groups: BlockRequest[][] = [];
  let current: BlockRequest[] = [];
  let cells = 0;
  for (const chunk of chunks) {
    const size = chunk.rows * chunk.columns;
    if (current.length > 0 && cells + size > maxCells) {
      groups.push(current);
      current = [];
      cells = 0;
    }
    current.push(chunk);
    cells += size;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

function halve(group: BlockRequest[]): BlockRequest[][] | undefined {
  if (group.length > 1) {
    const middle = Math.ceil(group.length / 2);
    return [group.slice(0, middle), group.slice(middle)];
  }
  const [only] = group;
  if (only === undefined || only.rows < 2) return undefined;
  const first = Math.ceil(only.rows / 2);
  return [[{ ...only, rows: first }], [{ ...only, top: only.top + first, rows: only.rows - first }]];
}

const isResponseTooLarge = (error: unknown) => (error as { code?: unknown } | null)?.code === 'ResponsePayloadSizeLimitExceeded';

export async function readBlocks(
  context: ExcelContext,
  requests: readonly BlockRequest[],
  properties: readonly BlockProperty[],
  budget: Budget,
  log: SyncLog,
  phase: SyncPhase,
): Promise<Block[]> {
  const maxCells = cellsPerSync(budget, properties);
  const queue = pack(
    requests.filter((r) => r.rows > 0 && r.columns > 0).flatMap((r) => splitRows(r, maxCells)),
    maxCells,
  );
  const blocks: Block[] = [];
  while (queue.length > 0) {
    const group = queue.shift() as BlockRequest[];
    const ranges: RangeApi[] = group.map((chunk) => context.workbook.worksheets.getItem(chunk.sheet).getRange(blockAddress(chunk)).load([...properties]));
    try {
      await log.sync(context, phase, group.length);
    } catch (error) {
      const halves = isResponseTooLarge(error) ? halve(group) : undefined;
      if (halves === undefined) throw error;
      queue.unshift(...halves);
      continue;
    }
    group.forEach((chunk, i) => {
      const range = ranges[i] as RangeApi;
      blocks.push({
        ...chunk,
        values: properties.includes('values') ? range.values : [],
        formulas: properties.includes('formulas') ? range.formulas : [],
        numberFormat: properties.includes('numberFormat') ? range.numberFormat : [],
      });
    });
  }
  return blocks;
}
