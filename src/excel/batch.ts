/**
 * Queue, then sync. An operation is planned as a list of commands, each with the estimated size of
 * what it queues; `runCommands` applies them in order and calls `context.sync()` once per batch,
 * starting a new batch only when the next command would take the batch over the request budget.
 * So the number of round trips depends on the bytes to send, never on the number of sheets, rows
 * or cells.
 */
import type { ExcelContext, WorksheetApi } from './api';
import { ExcelAdapterError } from './errors';

/** Worksheet proxies, fetched once per batch by name (robust across syncs). */
export class Scope {
  private readonly sheets = new Map<string, WorksheetApi>();
  constructor(readonly context: ExcelContext) {}
  sheet(name: string): WorksheetApi {
    let sheet = this.sheets.get(name);
    if (sheet === undefined) {
      sheet = this.context.workbook.worksheets.getItem(name);
      this.sheets.set(name, sheet);
    }
    return sheet;
  }
}

export type Command = {
  /** Estimated request bytes (see payload.ts). */
  bytes: number;
  apply(scope: Scope): void;
};

export type SyncPhase = 'inspect' | 'details' | 'check' | 'unprotect' | 'write' | 'recover' | 'rollback' | 'list' | 'dimensions' | 'read' | 'select' | 'insert' | 'types';

export type SyncRecord = { phase: SyncPhase; commands: number; estimatedBytes: number };

/** Every `context.sync()` of an operation goes through here, so that it can be counted and reported. */
export class SyncLog {
  readonly records: SyncRecord[] = [];
  async sync(context: ExcelContext, phase: SyncPhase, commands = 0, estimatedBytes = 0): Promise<void> {
    this.records.push({ phase, commands, estimatedBytes });
    await context.sync();
  }
  get count(): number {
    return this.records.length;
  }
}

/** Splits commands into batches under `budgetBytes`, in order. */
export function planBatches(commands: readonly Command[], budgetBytes: number): Command[][] {
  const batches: Command[][] = [];
  let current: Command[] = [];
  let bytes = 0;
  for (const command of commands) {
    if (command.bytes > budgetBytes) {
      throw new ExcelAdapterError({ code: 'payload-too-large', what: 'cell', bytes: command.bytes, limit: budgetBytes });
    }
    if (current.length > 0 && bytes + command.bytes > budgetBytes) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(command);
    bytes += command.bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** Applies and syncs each batch; returns the number of syncs. */
export async function runCommands(context: ExcelContext, commands: readonly Command[], budgetBytes: number, log: SyncLog, phase: SyncPhase): Promise<number> {
  const batches = planBatches(commands, budgetBytes);
  for (const batch of batches) {
    const scope = new Scope(context);
    for (const command of batch) command.apply(scope);
    await log.sync(context, phase, batch.length, batch.reduce((n, c) => n + c.bytes, 0));
  }
  return batches.length;
}
