/** @jest-environment jsdom */
/**
 * The pane's frame: where it runs decides the effects; the session loads the plan and the
 * preferences; the five steps are tabs; a failed start says why and can be retried.
 */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App, type Settled } from '../../src/taskpane/App';
import type { HostState } from '../../src/taskpane/host';
import { fakeEffects } from './support/fakeEffects';
import { ExcelAdapterError, issueMessage, SettingsSaveError } from '../../src/excel';
import { preloadStepViews } from '../../src/taskpane/shell/stepViews';

// The later steps' views come in chunks fetched on first use (src/taskpane/shell/stepViews.ts), and
// the pane preloads them once its first screen is idle: loaded before the tests, as they are by the
// time an adviser clicks, a step's view shows at once instead of after a timing-dependent wait.
beforeAll(() => preloadStepViews());

const standalone: HostState = { kind: 'standalone', reason: 'not-in-office' };

it.each<[string, HostState, RegExp]>([
  ['a browser page', standalone, /Mode autonome \(hors Excel\)/],
  ['office.js missing', { kind: 'standalone', reason: 'office-js-missing' }, /office\.js n’a pas pu être chargé/],
  ['Excel', { kind: 'excel', platform: 'OfficeOnline', lang: 'fr' }, /Connecté à Excel/],
  ['Word', { kind: 'other-host', host: 'Word' }, /Hôte non pris en charge : Word/],
])('in %s: says where it runs and asks for the effects of that place', async (_, host, said) => {
  const makeEffects = jest.fn((where: Settled) => fakeEffects({ surface: where.kind === 'excel' ? 'excel' : 'files' }));
  render(<App host={Promise.resolve(host)} makeEffects={makeEffects} />);
  expect(await screen.findByText(said)).toBeInTheDocument();
  expect(makeEffects).toHaveBeenLastCalledWith(host);
  expect(await screen.findByRole('tablist', { name: 'Étapes' })).toBeInTheDocument();
});

it('shows the five steps in order, the plan first, and keeps each view when switching', async () => {
  const user = userEvent.setup();
  render(<App host={Promise.resolve(standalone)} makeEffects={() => fakeEffects()} />);
  const tabs = within(await screen.findByRole('tablist', { name: 'Étapes' })).getAllByRole('tab');
  // By accessible name (Fluent's Tab also renders a hidden copy of its label to reserve space).
  ['Plan', 'Générer', 'Retours', 'Contrôles', 'Consolider'].forEach((name, i) => expect(tabs[i]).toBe(screen.getByRole('tab', { name })));
  expect(tabs).toHaveLength(5);
  expect(tabs[0]).toHaveAttribute('aria-selected', 'true');
  await user.click(screen.getByRole('tab', { name: 'Consolider' }));
  expect(screen.getByRole('tab', { name: 'Consolider' })).toHaveAttribute('aria-selected', 'true');
  // Only the selected panel is visible to assistive technologies.
  expect(screen.getAllByRole('tabpanel')).toHaveLength(1);
  expect(screen.getByRole('tabpanel')).toHaveAttribute('aria-labelledby', 'tab-consolidate');
});

it('goes on without Excel when office.js never answers', async () => {
  jest.useFakeTimers();
  try {
    const makeEffects = jest.fn(() => fakeEffects());
    render(<App host={new Promise<HostState>(() => undefined)} makeEffects={makeEffects} slowAfterMs={5000} />);
    expect(screen.getByText('Recherche d’Excel…')).toBeInTheDocument();
    await act(async () => jest.advanceTimersByTime(5000));
    expect(screen.getByText(/office\.js ne répond pas/)).toBeInTheDocument();
    expect(makeEffects).toHaveBeenCalledWith({ kind: 'slow' });
  } finally {
    jest.useRealTimers();
  }
});

it('speaks English when Office does', async () => {
  render(<App host={Promise.resolve<HostState>({ kind: 'excel', platform: 'PC', lang: 'en' })} makeEffects={() => fakeEffects({ surface: 'excel', lang: 'en' })} />);
  expect(await screen.findByRole('heading', { name: 'CTG Indicators' })).toBeInTheDocument();
  expect(await screen.findByRole('tab', { name: 'Consolidate' })).toBeInTheDocument();
});

it('says why it could not start, and starts when asked again', async () => {
  const user = userEvent.setup();
  const effects = fakeEffects();
  const missing = { code: 'sheet-not-found', sheet: 'Plan' } as const;
  effects.initialPlan.mockRejectedValueOnce(new ExcelAdapterError(missing));
  render(<App host={Promise.resolve(standalone)} makeEffects={() => effects} />);
  expect(await screen.findByText(issueMessage(missing))).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Réessayer' }));
  expect(await screen.findByRole('tablist', { name: 'Étapes' })).toBeInTheDocument();
  expect(effects.initialPlan).toHaveBeenCalledTimes(2);
});

it('tells when the preferences could not be saved, without stopping the work', async () => {
  const effects = fakeEffects();
  const failed = new SettingsSaveError('Le document est en lecture seule');
  effects.savePreferences.mockRejectedValue(failed);
  const user = userEvent.setup();
  render(<App host={Promise.resolve(standalone)} makeEffects={() => effects} />);
  await user.click(await screen.findByRole('tab', { name: 'Générer' }));
  await user.click(screen.getByRole('button', { name: /^Générer \d+ classeurs?/ }));
  expect(await screen.findByText(issueMessage(failed.issue))).toBeInTheDocument();
  expect(effects.generate).toHaveBeenCalled();
});

// The pane is 320–350 px wide: the introduction is for the first screen only.
describe('the header', () => {
  it('introduces the tool and links to the help, then folds to its title once the adviser moves on', async () => {
    const user = userEvent.setup();
    render(<App host={Promise.resolve(standalone)} makeEffects={() => fakeEffects()} />);
    await screen.findByRole('tablist', { name: 'Étapes' });
    expect(screen.getByRole('link', { name: 'Aide (s’ouvre dans un nouvel onglet)' })).toHaveAttribute('href', 'assets/aide.html');
    expect(screen.getByText(/^Indicateurs de la CTG : /)).toBeInTheDocument();
    expect(screen.getByText('Dans un navigateur : vous travaillez sur des fichiers.')).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Générer' }));
    expect(screen.queryByText(/^Indicateurs de la CTG : /)).toBeNull();
    expect(screen.queryByText('Dans un navigateur : vous travaillez sur des fichiers.')).toBeNull();
    // Folded, not gone: the title, where the pane runs, and the help stay.
    expect(screen.getByRole('heading', { name: 'CTG Indicateurs' })).toBeInTheDocument();
    expect(screen.getByText('Mode autonome (hors Excel)')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^Aide/ })).toBeInTheDocument();
    // Back on the plan, it stays folded: the adviser has started.
    await user.click(screen.getByRole('tab', { name: 'Plan' }));
    expect(screen.queryByText(/^Indicateurs de la CTG : /)).toBeNull();
  });

  it('keeps saying why it works without Excel when office.js failed, folded or not', async () => {
    const user = userEvent.setup();
    render(<App host={Promise.resolve<HostState>({ kind: 'standalone', reason: 'office-js-missing' })} makeEffects={() => fakeEffects()} />);
    await user.click(await screen.findByRole('tab', { name: 'Générer' }));
    expect(screen.getByText(/office\.js n’a pas pu être chargé/)).toBeInTheDocument();
  });
});

it('when the Excel side’s code cannot be fetched, says what to check in French, and « Réessayer » asks again', async () => {
  const user = userEvent.setup();
  const inExcel: HostState = { kind: 'excel', platform: 'PC', lang: 'fr' };
  const makeEffects = jest
    .fn<Promise<ReturnType<typeof fakeEffects>>, [Settled]>()
    .mockRejectedValueOnce(new Error('Loading chunk excel failed.'))
    .mockResolvedValueOnce(fakeEffects({ surface: 'excel' }));
  render(<App host={Promise.resolve(inExcel)} makeEffects={makeEffects} />);
  expect(await screen.findByText('Le volet n’a pas pu démarrer')).toBeInTheDocument();
  expect(screen.getByText(/Vérifiez que ce poste joint le serveur du complément \(réseau, VPN\), puis réessayez\./)).toBeInTheDocument();
  expect(screen.queryByText(/Loading chunk/)).toBeNull();
  expect(screen.queryByRole('tablist')).toBeNull();
  await user.click(screen.getByRole('button', { name: 'Réessayer' }));
  expect(await screen.findByRole('tablist', { name: 'Étapes' })).toBeInTheDocument();
  expect(makeEffects).toHaveBeenCalledTimes(2);
  expect(makeEffects).toHaveBeenLastCalledWith(inExcel);
  expect(screen.queryByText('Le volet n’a pas pu démarrer')).toBeNull();
});
