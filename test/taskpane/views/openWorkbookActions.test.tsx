/** @jest-environment jsdom */
/**
 * The « Contrôles » step inside Excel, as the adviser sees it: « Contrôler ce classeur » reads the
 * return open in Excel and adds it to the list, « Marquer les cellules » (on a return's card) and
 * « Retirer les marques » act on the open workbook. The effects are fakes: what is asserted is what
 * the pane shows and which effect it calls with what.
 */
import { checkedReturn, plan } from '../fixtures/views/returns';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { ExcelAdapterError } from '../../../src/excel/errors';
import type { ImportedReturn, Outcome, PaneEffects } from '../../../src/taskpane/effects/types';
import { FindingsView } from '../../../src/taskpane/views/FindingsView';
import { fakeEffects } from '../support/fakeEffects';

const epci = checkedReturn('200067437', { anomalies: ['negative_count', 'text_in_number'] });
const caf = checkedReturn('caf04', { anomalies: ['negative_count'] });

/** The buttons by their accessible names (the visible words are shorter: asserted where it matters). */
const checkButton = () => screen.getByRole('button', { name: 'Contrôler le classeur ouvert dans Excel et l’ajouter aux retours' });
const unmarkButton = () => screen.getByRole('button', { name: 'Retirer les marques posées dans le classeur ouvert' });
const markButton = (file: string) => screen.getByRole('button', { name: `Marquer dans le classeur ouvert les cellules en cause de ${file}` });

/** Counted here from the findings themselves, not by the code under test. */
const severities = (r: ImportedReturn) => ({
  errors: r.result.findings.filter((f) => f.severity === 'error').length,
  warnings: r.result.findings.filter((f) => f.severity === 'warning').length,
});

/** Resolves when told: a task caught while it runs. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

function excel(overrides: Partial<PaneEffects> = {}) {
  return fakeEffects({
    surface: 'excel',
    checkOpenWorkbook: jest.fn(async () => epci),
    markOpenWorkbook: jest.fn(async (): Promise<Outcome> => ({ message: 'marquage fait (faux)', details: [] })),
    unmarkOpenWorkbook: jest.fn(async (): Promise<Outcome> => ({ message: 'marques retirées (faux)', details: [] })),
    ...overrides,
  });
}

/** The view with the session's list of returns held as the App holds it. */
function show(effects: PaneEffects, initial: readonly ImportedReturn[] = []) {
  const lists: ImportedReturn[][] = [];
  function Session() {
    const [returns, setReturns] = useState<readonly ImportedReturn[]>(initial);
    return (
      <FindingsView
        effects={effects}
        plan={plan}
        returns={returns}
        onReturns={(next) => {
          lists.push(next);
          setReturns(next);
        }}
      />
    );
  }
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <Session />
    </FluentProvider>,
  );
  return { user, lists };
}

it.each<[string, Partial<PaneEffects>]>([
  ['outside Excel (the file effects have none of the three)', { surface: 'files' }],
  ['in Excel without the open workbook’s check', { surface: 'excel', checkOpenWorkbook: undefined, markOpenWorkbook: undefined, unmarkOpenWorkbook: undefined }],
])('offers none of the three buttons %s', (_where, effects) => {
  show(fakeEffects(effects), [epci]);
  expect(screen.queryByRole('button', { name: /classeur ouvert/ })).toBeNull();
  expect(screen.queryByText('Contrôler ce classeur')).toBeNull();
  expect(screen.queryByText('Marquer les cellules')).toBeNull();
  expect(screen.queryByText('Retirer les marques')).toBeNull();
  // The annotated copy stays offered everywhere.
  expect(screen.getByRole('button', { name: /copie annotée/i })).toBeInTheDocument();
});

it.each<[string, readonly ImportedReturn[]]>([
  ['from an empty list', []],
  ['after another return', [caf]],
])('« Contrôler ce classeur » checks the open return against the plan in use and adds it to the list, %s', async (_when, before) => {
  const effects = excel();
  const { user, lists } = show(effects, before);
  expect(checkButton()).toHaveTextContent('Contrôler ce classeur');
  await user.click(checkButton());
  const { errors, warnings } = severities(epci);
  expect(errors).toBeGreaterThan(0);
  expect(await screen.findByText(`« ${epci.fileName} » contrôlé et ajouté aux retours : ${errors} erreur${errors > 1 ? 's' : ''}, ${warnings} avertissement${warnings > 1 ? 's' : ''}.`)).toBeInTheDocument();
  expect(effects.checkOpenWorkbook).toHaveBeenCalledTimes(1);
  expect(effects.checkOpenWorkbook).toHaveBeenCalledWith(plan, expect.anything());
  expect(lists).toEqual([[...before, epci]]);
  // Its card is there now, with its findings and its own « Marquer les cellules ».
  expect(screen.getByRole('list', { name: `Anomalies de ${epci.fileName}` })).toBeInTheDocument();
  expect(markButton(epci.fileName)).toHaveTextContent('Marquer les cellules');
});

it('« Contrôler ce classeur » on a workbook that is not a return says what to open, and adds nothing', async () => {
  const effects = excel({ checkOpenWorkbook: jest.fn(async () => null) });
  const { user, lists } = show(effects, [caf]);
  await user.click(checkButton());
  expect(await screen.findByText(/Le classeur ouvert n’est pas un classeur de recueil : il n’a pas de feuille « _ctg »\. Ouvrez dans Excel le classeur renvoyé/)).toBeInTheDocument();
  expect(lists).toEqual([]);
  expect(screen.queryByRole('list', { name: `Anomalies de ${epci.fileName}` })).toBeNull();
});

it('« Contrôler ce classeur » while Excel edits a cell says, in French, what to do — no stack trace — and the button works again', async () => {
  const check = jest.fn<Promise<ImportedReturn | null>, Parameters<NonNullable<PaneEffects['checkOpenWorkbook']>>>().mockRejectedValueOnce(new ExcelAdapterError({ code: 'cell-edit-mode' })).mockResolvedValueOnce(epci);
  const { user, lists } = show(excel({ checkOpenWorkbook: check }), []);
  await user.click(checkButton());
  const alert = await screen.findByText(/Excel est en train de modifier une cellule : validez la saisie \(Entrée\) ou annulez-la \(Échap\), puis réessayez\./);
  expect(alert.textContent).not.toMatch(/ExcelAdapterError|at \w+ \(|cell-edit-mode/);
  expect(lists).toEqual([]);
  await user.click(checkButton());
  await waitFor(() => expect(lists).toEqual([[epci]]));
});

it('« Marquer les cellules » marks the return of its own card, and says what was done', async () => {
  const effects = excel();
  const { user } = show(effects, [caf, epci]);
  await user.click(markButton(epci.fileName));
  expect(await screen.findByText('marquage fait (faux)')).toBeInTheDocument();
  expect(effects.markOpenWorkbook).toHaveBeenCalledTimes(1);
  expect(effects.markOpenWorkbook).toHaveBeenCalledWith(epci);
  await user.click(markButton(caf.fileName));
  await waitFor(() => expect(effects.markOpenWorkbook).toHaveBeenLastCalledWith(caf));
  expect(effects.unmarkOpenWorkbook).not.toHaveBeenCalled();
});

it('« Retirer les marques » puts the open workbook back, and says so', async () => {
  const effects = excel();
  const { user } = show(effects, [epci]);
  expect(unmarkButton()).toHaveTextContent('Retirer les marques');
  await user.click(unmarkButton());
  expect(await screen.findByText('marques retirées (faux)')).toBeInTheDocument();
  expect(effects.unmarkOpenWorkbook).toHaveBeenCalledTimes(1);
  expect(effects.unmarkOpenWorkbook).toHaveBeenCalledWith();
  expect(effects.markOpenWorkbook).not.toHaveBeenCalled();
});

it.each<[string, (file: string) => HTMLElement, string, keyof PaneEffects]>([
  ['« Marquer les cellules »', markButton, 'Marquage des cellules…', 'markOpenWorkbook'],
  ['« Retirer les marques »', () => unmarkButton(), 'Retrait des marques…', 'unmarkOpenWorkbook'],
])('while %s runs, it says so and the three buttons wait (one change to the workbook at a time)', async (_name, button, running, effect) => {
  const pending = deferred<Outcome>();
  const effects = excel({ [effect]: jest.fn(() => pending.promise) });
  const { user } = show(effects, [epci]);
  await user.click(button(epci.fileName));
  expect(await screen.findByRole('status')).toHaveTextContent(running);
  for (const b of [checkButton(), unmarkButton(), markButton(epci.fileName)]) expect(b).toBeDisabled();
  pending.resolve({ message: 'fini (faux)', details: [] });
  expect(await screen.findByText('fini (faux)')).toBeInTheDocument();
  for (const b of [checkButton(), unmarkButton(), markButton(epci.fileName)]) expect(b).toBeEnabled();
});
