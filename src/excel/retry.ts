/**
 * Trying again when Excel says « not now »: while the user is editing a cell Excel refuses every
 * call (InvalidOperationInCellEditMode), and a busy or co-authored workbook may refuse one for a
 * moment. The operation is run again after a pause, a few times; then the typed error (retryable)
 * goes to the task pane, which offers « Réessayer ». Other errors are thrown at once.
 */
import { wrapOfficeError, type ExcelAdapterError } from './errors';

export type RetryOptions = {
  /** Pauses before each new attempt; none: no retry. */
  delaysMs?: readonly number[];
  sleep?: (ms: number) => Promise<void>;
  /** Told before each pause (the task pane shows « terminez la saisie en cours… »). */
  onRetry?: (error: ExcelAdapterError, attempt: number) => void;
};

export const defaultRetryDelays = [500, 1000, 2000, 4000] as const;

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function withRetry<T>(attempt: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const delays = options.delaysMs ?? defaultRetryDelays;
  const sleep = options.sleep ?? wait;
  for (let tries = 0; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      const wrapped = wrapOfficeError(error);
      const delay = delays[tries];
      if (!wrapped.retryable || delay === undefined) throw wrapped;
      options.onRetry?.(wrapped, tries + 1);
      await sleep(delay);
    }
  }
}
