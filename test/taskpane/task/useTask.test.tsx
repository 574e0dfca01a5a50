/** @jest-environment jsdom */
import { FluentProvider, Button, webLightTheme } from '@fluentui/react-components';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ExcelAdapterError } from '../../../src/excel';
import { TaskCancelled, type TaskControl } from '../../../src/taskpane/effects/types';
import { TaskStatus } from '../../../src/taskpane/task/TaskStatus';
import { useTask } from '../../../src/taskpane/task/useTask';
import { PaneLang } from '../../../src/taskpane/shell/paneLang';

type Work = (control: TaskControl) => Promise<string>;

/** As in the App: the pane's language is provided above the views that run tasks. */
function Harness({ work, lang = 'fr' }: { work: Work; lang?: 'fr' | 'en' }) {
  return (
    <FluentProvider theme={webLightTheme}>
      <PaneLang.Provider value={lang}>
        <Runner work={work} />
      </PaneLang.Provider>
    </FluentProvider>
  );
}

function Runner({ work }: { work: Work }) {
  const task = useTask<string>();
  return (
    <>
      <Button onClick={() => void task.run('Lecture des fichiers…', work)}>Lancer</Button>
      <TaskStatus task={task} />
      {task.state.kind === 'done' && <p>Résultat : {task.state.value}</p>}
    </>
  );
}

/** A task that waits until released, reporting progress on the way. */
function controllable() {
  let release: () => void = () => undefined;
  let seen: TaskControl | undefined;
  const work: Work = (control) => {
    seen = control;
    control.progress?.({ done: 1, total: 4, label: 'Digne.xlsx' });
    return new Promise((resolve, reject) => {
      release = () => (control.signal?.aborted ? reject(new TaskCancelled()) : resolve('fini'));
      control.signal?.addEventListener('abort', () => reject(new TaskCancelled()));
    });
  };
  return { work, release: () => release(), control: () => seen };
}

it('shows progress with the file being read, then the result', async () => {
  const user = userEvent.setup();
  const c = controllable();
  render(<Harness work={c.work} />);
  await user.click(screen.getByRole('button', { name: 'Lancer' }));
  expect(screen.getByRole('progressbar', { name: 'Lecture des fichiers…' })).toHaveAttribute('aria-valuenow', '0.25');
  expect(screen.getByRole('status')).toHaveTextContent('1 / 4 — Digne.xlsx');
  await act(async () => c.release());
  expect(screen.getByText('Résultat : fini')).toBeTruthy();
  expect(screen.queryByRole('progressbar')).toBeNull();
});

it('cancels: the signal is aborted and the pane says nothing was changed', async () => {
  const user = userEvent.setup();
  const c = controllable();
  render(<Harness work={c.work} />);
  await user.click(screen.getByRole('button', { name: 'Lancer' }));
  await user.click(screen.getByRole('button', { name: 'Annuler' }));
  expect(c.control()?.signal?.aborted).toBe(true);
  expect(await screen.findByText(/Opération annulée/)).toBeTruthy();
});

it('speaks the pane’s language: English when Office does', async () => {
  const user = userEvent.setup();
  const c = controllable();
  render(<Harness work={c.work} lang="en" />);
  await user.click(screen.getByRole('button', { name: 'Lancer' }));
  await user.click(screen.getByRole('button', { name: 'Cancel' }));
  expect(await screen.findByText('Cancelled: nothing was changed.')).toBeInTheDocument();
});

it.each<[string, Error, 'fr' | 'en', RegExp]>([
  ['an adapter error is worded from its issue, in French', new ExcelAdapterError({ code: 'sheet-protected', sheet: 'Synthèse' }), 'fr', /^La feuille « Synthèse » est protégée par un mot de passe/],
  ['an unexpected error says the workbook was not changed', new Error('boom'), 'fr', /boom.*n’a pas été modifié/],
  ['an unexpected error says so in the pane’s language', new Error('boom'), 'en', /^An unexpected error occurred: boom\. The workbook was not changed/],
])('%s', async (_, error, lang, expected) => {
  const user = userEvent.setup();
  render(<Harness work={() => Promise.reject(error)} lang={lang} />);
  await user.click(screen.getByRole('button', { name: 'Lancer' }));
  expect((await screen.findByText(expected)).textContent).toMatch(expected);
});
