/**
 * The embedded plan (CTG Provence Alpes Agglomération 2022–2025) for the pane's first screen. Its
 * chunk is fetched and parsed from the moment the page starts (`startEmbeddedPlan`, index.tsx),
 * alongside office.js, instead of after office.js has answered and after the workflows' chunk has
 * loaded: the first screen then waits for the slower of the two, not for all three in turn.
 */
import type { PlanInUse } from './types';

let early: Promise<PlanInUse> | undefined;

function load(): Promise<PlanInUse> {
  return import(/* webpackChunkName: "plan" */ '../../plan/default').then(({ defaultPlan }) => ({ plan: defaultPlan(), source: { kind: 'embedded' } }));
}

/** Starts loading the embedded plan now; its first user takes it (embeddedPlan). */
export function startEmbeddedPlan(): void {
  if (early !== undefined) return;
  early = load();
  // Not an unhandled rejection: its first user loads it again (embeddedPlan).
  early.catch(() => undefined);
}

/** The embedded plan: the one started early the first time; a fresh parse after that (each user may change its copy). */
export async function embeddedPlan(): Promise<{ plan: PlanInUse }> {
  const pending = early;
  early = undefined;
  if (pending !== undefined) {
    try {
      return { plan: await pending };
    } catch {
      // A chunk that failed to load once (a network hiccup) may load now: ask again below.
    }
  }
  return { plan: await load() };
}
