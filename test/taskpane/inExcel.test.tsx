/** @jest-environment jsdom */
/**
 * The whole pane inside Excel — App, chooseEffects, the views, excelEffects and the Office.js
 * adapter — on the typed fake of Excel (no Excel runs here): office.js's globals are the fake's,
 * as the page would find them. What the adviser clicks lands in the workbook, and the choices
 * come back when the workbook is opened again.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import { chooseEffects } from '../../src/taskpane/chooseEffects';
import type { HostState } from '../../src/taskpane/host';
import { FakeExcel, FakeSettings } from '../excel/fake';
import { userTypes } from '../excel/support/user';
import { preloadStepViews } from '../../src/taskpane/shell/stepViews';

// The later steps' views come in chunks fetched on first use (src/taskpane/shell/stepViews.ts), and
// the pane preloads them once its first screen is idle: loaded before the tests, as they are by the
// time an adviser clicks, a step's view shows at once instead of after a timing-dependent wait.
beforeAll(() => preloadStepViews());

const inExcel: HostState = { kind: 'excel', platform: 'OfficeOnline', lang: 'fr' };

/** What office.js puts on the page inside Excel, backed by the fake. */
function officeGlobals(fake: FakeExcel, settings: FakeSettings) {
  const host = fake.host();
  return {
    Excel: { run: host.run, ...(host.createWorkbook !== undefined ? { createWorkbook: host.createWorkbook } : {}) },
    Office: { context: { requirements: host.requirements, document: { settings } } },
  };
}

function openPane(fake: FakeExcel, settings: FakeSettings) {
  const scope = officeGlobals(fake, settings);
  render(<App host={Promise.resolve(inExcel)} makeEffects={(where) => chooseEffects(where, scope)} />);
}

async function pick(user: UserEvent, search: string, name: string) {
  await user.click(screen.getByRole('radio', { name: 'Choisir…' }));
  await user.type(screen.getByRole('searchbox', { name: 'Rechercher un destinataire' }), search);
  await user.click(within(screen.getByRole('group', { name: 'Destinataires à cocher' })).getByRole('checkbox', { name: new RegExp(`^${name}( · |$)`) }));
}

const sheetNames = (fake: FakeExcel) => fake.state.sheets.map((s) => s.name);

it('writes the plan sheets and two communes’ collection sheets into the workbook, then remembers the choices', async () => {
  const fake = new FakeExcel();
  const settings = new FakeSettings();
  const user = userEvent.setup();
  openPane(fake, settings);
  expect(await screen.findByText('Connecté à Excel')).toBeInTheDocument();
  // No plan sheets yet: the embedded plan.
  expect(await screen.findByText(/Plan intégré/)).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'Insérer les feuilles du plan dans ce classeur' }));
  expect(await screen.findByText(/Feuilles du plan écrites dans le classeur/)).toBeInTheDocument();
  expect(sheetNames(fake)).toEqual(expect.arrayContaining(['Plan', 'Fiches', 'Indicateurs', 'Communes']));

  await user.click(screen.getByRole('tab', { name: 'Générer' }));
  await pick(user, 'Digne', 'Digne-les-Bains');
  await user.clear(screen.getByRole('searchbox', { name: 'Rechercher un destinataire' }));
  await user.type(screen.getByRole('searchbox', { name: 'Rechercher un destinataire' }), 'Malijai');
  await user.click(within(screen.getByRole('group', { name: 'Destinataires à cocher' })).getByRole('checkbox', { name: /^Malijai( · |$)/ }));
  await user.click(screen.getByRole('radio', { name: 'Écrire dans ce classeur' }));
  await user.click(screen.getByRole('button', { name: 'Générer 2 classeurs' }));
  expect(await screen.findByText(/2 recueils générés dans le classeur/)).toBeInTheDocument();
  const written = sheetNames(fake);
  expect(written.filter((n) => n.startsWith('04070 ')).length).toBeGreaterThan(2);
  expect(written.filter((n) => n.startsWith('04108 ')).length).toBeGreaterThan(2);
  // The workbook's settings hold the choices (not a server, not the browser).
  expect(settings.get('ctg-indicateurs.preferences')).toMatchObject({ selection: 'codes', codes: ['04070', '04108'] });

  // The adviser closes and opens the workbook again: the plan comes from its sheets, the choices are back.
  cleanup();
  openPane(fake, settings.reopened());
  expect(await screen.findByText('Plan lu dans les feuilles du classeur')).toBeInTheDocument();
  await user.click(screen.getByRole('tab', { name: 'Générer' }));
  expect(screen.getByRole('radio', { name: 'Choisir…' })).toBeChecked();
  expect(screen.getByRole('button', { name: 'Générer 2 classeurs' })).toBeInTheDocument();
});

it('says what went wrong, in French, when Excel refuses, and the workbook keeps its sheets', async () => {
  const fake = new FakeExcel();
  const settings = new FakeSettings();
  const user = userEvent.setup();
  openPane(fake, settings);
  await user.click(await screen.findByRole('button', { name: 'Insérer les feuilles du plan dans ce classeur' }));
  await screen.findByText(/Feuilles du plan écrites/);
  const before = sheetNames(fake);
  // The adviser edits a plan sheet by hand, then asks again: refused, with the way out offered.
  await userTypes(fake, 'Périodes', 'B2', "'Année 2022 bis");
  await user.click(screen.getByRole('button', { name: 'Insérer les feuilles du plan dans ce classeur' }));
  expect(await screen.findByText(/« Périodes » a été modifiée/)).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Remplacer quand même' })).toBeInTheDocument();
  expect(sheetNames(fake)).toEqual(before);
});

it('checks the plan sheets the adviser amended: each problem at its cell, then the corrected plan in use', async () => {
  const fake = new FakeExcel();
  const user = userEvent.setup();
  openPane(fake, new FakeSettings());
  await user.click(await screen.findByRole('button', { name: 'Insérer les feuilles du plan dans ce classeur' }));
  await screen.findByText(/Feuilles du plan écrites/);
  // A wrong « Type » for the first indicator.
  await userTypes(fake, 'Indicateurs', 'F2', 'pas un type');
  await user.click(screen.getByRole('button', { name: 'Vérifier et utiliser les feuilles du plan' }));
  expect(await screen.findByText(/Les feuilles du plan comportent 1 problème à corriger/)).toBeInTheDocument();
  expect(screen.getByText(/Feuille « Indicateurs », cellule F2/)).toBeInTheDocument();
  expect(screen.getByText(/Plan intégré/)).toBeInTheDocument();
  // Corrected: the sheets become the plan in use.
  await userTypes(fake, 'Indicateurs', 'F2', 'integer');
  await user.click(screen.getByRole('button', { name: 'Vérifier et utiliser les feuilles du plan' }));
  expect(await screen.findByText(/sont justes : c’est désormais le plan en usage/)).toBeInTheDocument();
  expect(screen.getByText('Plan lu dans les feuilles du classeur')).toBeInTheDocument();
});
