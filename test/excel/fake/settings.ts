/**
 * A fake of `Office.context.document.settings`, as office.js behaves: `get` and `set` work on an
 * in-memory copy (values go through JSON, as Office serialises them), `saveAsync` writes that copy
 * into the document and answers later through its callback; `reopened()` is the document opened
 * again, holding only what was saved.
 */
import type { DocumentSettings, SettingsSaveResult } from '../../../src/excel/settings';

export class FakeSettings implements DocumentSettings {
  /** What the document holds (saved). */
  readonly saved: Map<string, string>;
  private readonly memory: Map<string, string>;
  saves = 0;
  /** The message the next saves fail with, in order (Office's `asyncResult.error`). */
  readonly saveFailures: string[] = [];

  constructor(saved: Record<string, unknown> = {}) {
    this.saved = new Map(Object.entries(saved).map(([k, v]) => [k, JSON.stringify(v)]));
    this.memory = new Map(this.saved);
  }

  get(name: string): unknown {
    const text = this.memory.get(name);
    return text === undefined ? null : JSON.parse(text);
  }

  set(name: string, value: unknown): void {
    this.memory.set(name, JSON.stringify(value));
  }

  saveAsync(callback: (result: SettingsSaveResult) => void): void {
    setTimeout(() => {
      this.saves++;
      const failure = this.saveFailures.shift();
      if (failure !== undefined) return callback({ status: 'failed', error: { code: 5001, message: failure } });
      for (const [k, v] of this.memory) this.saved.set(k, v);
      callback({ status: 'succeeded', error: null });
    }, 0);
  }

  /** The document closed and opened again. */
  reopened(): FakeSettings {
    return new FakeSettings(Object.fromEntries([...this.saved].map(([k, v]) => [k, JSON.parse(v) as unknown])));
  }
}
