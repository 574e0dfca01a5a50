/**
 * A view whose code comes in a chunk of its own, fetched on first use (or earlier, by `preload`),
 * so that the pane's first screen carries only the shell and the first step's view.
 *
 * Not `React.lazy`: a lazy component always suspends once, even when its chunk has been preloaded
 * (a flash of the fallback on every first click), and it keeps a failed load for good, where the
 * adviser must be able to try again once the network is back (`retry`).
 */
import { use, type ComponentType } from 'react';

export type LazyView<P> = {
  /** Renders the view; suspends (the nearest Suspense shows its fallback) while the chunk loads. */
  View: ComponentType<P>;
  /** Fetches and runs the chunk now; settles when the view can render without waiting. */
  preload: () => Promise<unknown>;
  /** Forgets a failed load, so that the next render fetches the chunk again. */
  retry: () => void;
};

export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>): LazyView<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = () => (pending ??= load().then((component) => (loaded = component)));
  function View(props: P) {
    // `use` suspends on the same promise until it settles, and throws its failure to the error boundary.
    const Loaded = loaded ?? use(preload());
    return <Loaded {...props} />;
  }
  return {
    View,
    preload,
    retry: () => {
      if (loaded === undefined) pending = undefined;
    },
  };
}
