/**
 * Jest setup for every test file. In the jsdom environment (component tests, `@jest-environment
 * jsdom`): jest-dom's matchers, and the browser APIs jsdom lacks that Fluent UI uses.
 */
import '@testing-library/jest-dom';
import { deserialize, serialize } from 'node:v8';

if (typeof window !== 'undefined') {
  // Fluent's MessageBar and overflow components observe their size; jsdom has no layout.
  class NoLayoutResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  window.ResizeObserver ??= NoLayoutResizeObserver as unknown as typeof ResizeObserver;
  // jsdom's window has no structuredClone (the embedded plan is cloned with it); V8's serializer
  // is the same structured clone algorithm.
  globalThis.structuredClone ??= (<T>(value: T): T => deserialize(serialize(value)) as T) as typeof structuredClone;
}
