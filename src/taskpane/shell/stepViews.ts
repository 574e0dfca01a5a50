/**
 * Which code each step's view needs, and when it comes. The Plan view, the first screen, is in the
 * pane's initial script; each other view (with its words and the Fluent components only it uses)
 * is a chunk of its own, fetched when the adviser first opens its step — or before, once the first
 * screen is up and the browser is idle (`preloadStepViews`), so that a click does not wait.
 */
import type { ComponentType } from 'react';
import { PlanView } from '../views/PlanView';
import type { ConsolidateViewProps, FindingsViewProps, GenerateViewProps, ImportViewProps, PlanViewProps } from '../views/viewProps';
import { lazyView, type LazyView } from './lazyView';

export type Step = 'plan' | 'generate' | 'import' | 'findings' | 'consolidate';
export const steps: readonly Step[] = ['plan', 'generate', 'import', 'findings', 'consolidate'];

/** The steps whose view is loaded on first use. */
export type LaterStep = Exclude<Step, 'plan'>;

export const firstView: ComponentType<PlanViewProps> = PlanView;

/** Each step's view props. */
type StepProps = { plan: PlanViewProps; generate: GenerateViewProps; import: ImportViewProps; findings: FindingsViewProps; consolidate: ConsolidateViewProps };

export const laterViews: { [S in LaterStep]: LazyView<StepProps[S]> } = {
  generate: lazyView(() => import(/* webpackChunkName: "step-generate" */ '../views/GenerateView').then((m) => m.GenerateView)),
  import: lazyView(() => import(/* webpackChunkName: "step-import" */ '../views/ImportView').then((m) => m.ImportView)),
  findings: lazyView(() => import(/* webpackChunkName: "step-findings" */ '../views/FindingsView').then((m) => m.FindingsView)),
  consolidate: lazyView(() => import(/* webpackChunkName: "step-consolidate" */ '../views/ConsolidateView').then((m) => m.ConsolidateView)),
};

/** The steps in the order an adviser usually takes them: the next one first. */
const preloadOrder: readonly LaterStep[] = ['generate', 'import', 'findings', 'consolidate'];

/**
 * Fetches the later views' chunks one after the other (the first screen's own requests are done by
 * then; one at a time leaves the main thread free between them). A failure is kept by that view,
 * which says so, with « Réessayer », when its step is opened.
 */
export async function preloadStepViews(): Promise<void> {
  for (const step of preloadOrder) {
    await laterViews[step].preload().catch(() => undefined);
  }
}

/**
 * Runs `work` once the browser is idle after the first screen (`requestIdleCallback`, which the
 * Safari web view of Excel for Mac lacks: a short timeout there). Returns the cancel.
 */
export function whenIdle(work: () => void, scope: object = globalThis): () => void {
  const idle = scope as { requestIdleCallback?: (cb: () => void, options?: { timeout: number }) => number; cancelIdleCallback?: (id: number) => void };
  if (typeof idle.requestIdleCallback === 'function' && typeof idle.cancelIdleCallback === 'function') {
    const id = idle.requestIdleCallback(work, { timeout: 2000 });
    return () => idle.cancelIdleCallback?.(id);
  }
  const timer = setTimeout(work, 300);
  return () => clearTimeout(timer);
}
