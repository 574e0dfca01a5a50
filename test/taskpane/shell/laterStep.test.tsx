/** @jest-environment jsdom */
/**
 * A step's view whose code comes on first use (lazyView + LaterStepFrame): while it comes, a
 * spinner that names the step; if it cannot come, a French sentence saying what to check and
 * « Réessayer », which fetches it again; once preloaded, the view shows at once.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentType } from 'react';
import { shellWords } from '../../../src/i18n/pane/shell';
import { LaterStepFrame } from '../../../src/taskpane/shell/LaterStepFrame';
import { lazyView, type LazyView } from '../../../src/taskpane/shell/lazyView';

type Props = { who: string };
const Loaded = ({ who }: Props) => <p>{`vue chargée pour ${who}`}</p>;

/** A chunk load the test settles by hand, one per attempt. */
function chunkLoads() {
  const attempts: Array<{ resolve: () => void; reject: (error: Error) => void }> = [];
  const load = jest.fn(
    () =>
      new Promise<ComponentType<Props>>((resolve, reject) => {
        attempts.push({ resolve: () => resolve(Loaded), reject });
      }),
  );
  return { load, attempts };
}

/** Rendered inside act: React resumes a suspended render when the test's act scope flushes its work. */
async function show(view: LazyView<Props>, lang: 'fr' | 'en' = 'fr') {
  const words = shellWords[lang];
  await act(async () => {
    render(
    <FluentProvider theme={webLightTheme}>
      <LaterStepFrame name={words.step.generate} words={words} onRetry={view.retry}>
        <view.View who="Digne" />
      </LaterStepFrame>
    </FluentProvider>,
    );
  });
}

it.each([
  ['fr', 'Chargement de l’étape Générer…'],
  ['en', 'Loading the Generate step…'],
] as const)('while the code comes, says which step is loading (%s), then shows the view', async (lang, loading) => {
  const { load, attempts } = chunkLoads();
  const view = lazyView(load);
  await show(view, lang);
  expect(screen.getByRole('progressbar')).toBeInTheDocument();
  expect(screen.getByText(loading)).toBeInTheDocument();
  await act(async () => attempts[0]!.resolve());
  expect(await screen.findByText('vue chargée pour Digne')).toBeInTheDocument();
  expect(screen.queryByRole('progressbar')).toBeNull();
  expect(load).toHaveBeenCalledTimes(1);
});

it('when the code cannot come, says so in French with what to check, and « Réessayer » fetches it again', async () => {
  const { load, attempts } = chunkLoads();
  const view = lazyView(load);
  // React logs what an error boundary caught: expected here, not noise to show.
  const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    await show(view);
    await act(async () => attempts[0]!.reject(new Error('Loading chunk 42 failed.')));
    expect(await screen.findByText('L’étape « Générer » n’a pas pu être chargée.')).toBeInTheDocument();
    expect(screen.getByText(/Vérifiez que ce poste joint le serveur du complément \(réseau, VPN\), puis réessayez\./)).toBeInTheDocument();
    expect(screen.queryByText(/chunk 42/)).toBeNull();
    const user = userEvent.setup();
    // In one act scope with the load's end: React resumes the render the click suspended.
    await act(async () => {
      await user.click(screen.getByRole('button', { name: 'Réessayer' }));
      expect(load).toHaveBeenCalledTimes(2);
      expect(screen.getByText('Chargement de l’étape Générer…')).toBeInTheDocument();
      attempts[1]!.resolve();
    });
    expect(await screen.findByText('vue chargée pour Digne')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Réessayer' })).toBeNull();
  } finally {
    logged.mockRestore();
  }
});

it('once preloaded, shows the view at once, without the spinner, and loads the code only once', async () => {
  const { load, attempts } = chunkLoads();
  const view = lazyView(load);
  const preloaded = view.preload();
  attempts[0]!.resolve();
  await preloaded;
  await show(view);
  expect(screen.getByText('vue chargée pour Digne')).toBeInTheDocument();
  expect(screen.queryByRole('progressbar')).toBeNull();
  expect(load).toHaveBeenCalledTimes(1);
});
