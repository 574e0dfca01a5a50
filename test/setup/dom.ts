/**
 * Jest setup for every test file. In the jsdom environment (component tests, `@jest-environment
 * jsdom`): jest-dom's matchers, and the browser APIs jsdom lacks that Fluent UI uses.
 */
import '@testing-library/jest-dom';

if (typeof window !== 'undefined') {
  // Fluent's MessageBar and overflow components observe their size; jsdom has no layout.
  class NoLayoutResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  window.ResizeObserver ??= NoLayoutResizeObserver as unknown as typeof ResizeObserver;
}
