/**
 * What the task pane does with the open workbook, as plain async functions returning what to show
 * (in French): the component only renders these states. The plan and the collect code are loaded
 * on first use (a separate chunk), so the pane opens fast.
 */
import { ExcelAdapterError, ExcelWorkbook, officeExcelHost, wrapOfficeError, type WriteReport } from '../excel';
import { writeOutcome } from './effects/excelOutcome';

export type ActionState =
  | { kind: 'idle' }
  | { kind: 'running'; message: string }
  | { kind: 'done'; message: string; notices: string[] }
  /** `retry`: worth trying again as is; `overwrite`: the user may confirm replacing changed sheets. */
  | { kind: 'failed'; message: string; retry: boolean; overwrite: boolean };

/** The open workbook, or undefined outside Excel. */
export function openWorkbook(scope: object = globalThis, onWait?: (message: string) => void): ExcelWorkbook | undefined {
  const host = officeExcelHost(scope);
  return host === undefined ? undefined : new ExcelWorkbook(host, { retry: { onRetry: (error) => onWait?.(error.message) } });
}

export function describeWrite(report: WriteReport): ActionState {
  const { message, details } = writeOutcome(report);
  return { kind: 'done', message, notices: details };
}

export function describeFailure(error: unknown): ActionState {
  const wrapped = error instanceof ExcelAdapterError ? error : wrapOfficeError(error);
  return { kind: 'failed', message: wrapped.message, retry: wrapped.retryable, overwrite: wrapped.issue.code === 'sheet-modified' };
}

/** « Écrire les feuilles du plan » : the embedded plan as editable sheets of the open workbook. */
export async function writePlanSheets(workbook: ExcelWorkbook, options: { overwrite?: boolean; now?: string } = {}): Promise<ActionState> {
  try {
    const [{ defaultPlan }, { buildPlanWorkbook }] = await Promise.all([import('../plan/default'), import('../collect/planWorkbook')]);
    const spec = buildPlanWorkbook(defaultPlan(), options.now ?? new Date().toISOString());
    return describeWrite(await workbook.writeSpec(spec, { onModified: options.overwrite === true ? 'overwrite' : 'refuse' }));
  } catch (error) {
    return describeFailure(error);
  }
}
