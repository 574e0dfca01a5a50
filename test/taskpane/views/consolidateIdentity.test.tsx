/** @jest-environment jsdom */
/**
 * « Consolider »: a return whose file name names another commune than its `_ctg` sheet is listed
 * with « Utiliser quand même »; unticked it stays set apart, ticked it is consolidated for the
 * `_ctg`'s respondent; and the summary says which return replaced which, and why.
 */
import { checkedReturn, plan } from '../fixtures/views/returns';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { consolidate } from '../../../src/consolidate';
import { collectionFileName } from '../../../src/app/fileNames';
import { respondentsOf } from '../../../src/collect';
import { consolidationDetails } from '../../../src/taskpane/effects/fileConsolidationSummary';
import { defaultPreferences, type ImportedReturn, type PaneEffects } from '../../../src/taskpane/effects/types';
import { ConsolidateView } from '../../../src/taskpane/views/ConsolidateView';
import { fakeEffects } from '../support/fakeEffects';

const now = '2026-02-01T10:00:00.000Z';
const digneName = collectionFileName(plan, respondentsOf(plan).find((r) => r.code === '04070')!);
// Château-Arnoux-Saint-Auban's workbook, sent under Digne-les-Bains's name.
const misnamed = checkedReturn('04049', { fileName: digneName });
const caf = checkedReturn('caf04');
const returns = [caf, misnamed];

/** The effect as the surfaces do it, minus the workbook: the real consolidation, with the details the pane shows. */
function realConsolidate(): jest.MockedFunction<PaneEffects['consolidate']> {
  const effect: PaneEffects['consolidate'] = async (p, given, options) => {
    const inputs = given.map((r) => ({ result: r.result, fileDate: r.fileDate, importedAt: now }));
    const consolidation = consolidate(p, inputs, { now, errors: options.errorPolicy, confirmedIdentity: options.confirmedIdentity ?? [] });
    return { message: 'Consolidation terminée.', details: consolidationDetails(consolidation, 'fr'), consolidation, target: options.target, output: 'c.xlsx' };
  };
  return jest.fn(effect);
}

function show(effects: PaneEffects, given: ImportedReturn[] = returns) {
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <ConsolidateView effects={effects} plan={plan} returns={given} preferences={defaultPreferences} onPreferences={jest.fn()} />
    </FluentProvider>,
  );
  return user;
}

const useAnyway = () => screen.getByRole('checkbox', { name: `Utiliser quand même : ${digneName}` });

it('lists the return to confirm, with what its `_ctg` and its name say', () => {
  show(fakeEffects());
  expect(screen.getByRole('heading', { name: 'Retours à confirmer' })).toBeInTheDocument();
  expect(screen.getByText(`${digneName} — feuille « _ctg » : Château-Arnoux-Saint-Auban (04049) ; nom du fichier : Digne-les-Bains (04070)`)).toBeInTheDocument();
  expect(useAnyway()).not.toBeChecked();
});

it('shows no such list when every return agrees with itself', () => {
  show(fakeEffects(), [caf]);
  expect(screen.queryByRole('heading', { name: 'Retours à confirmer' })).toBeNull();
});

it.each([
  ['left unticked, the return stays set apart', false, [], 'unconfirmed'],
  ['ticked, it is consolidated for its `_ctg` respondent', true, [digneName], 'used'],
])('%s', async (_name, tick, confirmedIdentity, outcome) => {
  const effects = fakeEffects({ surface: 'files', consolidate: realConsolidate() });
  const user = show(effects);
  if (tick) await user.click(useAnyway());
  await user.click(screen.getByRole('button', { name: 'Consolider' }));
  expect(effects.consolidate.mock.calls[0]![2].confirmedIdentity ?? []).toEqual(confirmedIdentity);
  const summary = await (effects.consolidate as jest.Mock).mock.results[0]!.value;
  expect(summary.consolidation.files.find((f: { file: string }) => f.file === digneName).outcome).toBe(outcome);
  if (!tick) expect(await screen.findByText(/1 mis de côté \(répondant à confirmer\)/)).toBeInTheDocument();
});

it('the summary says which return replaced which, and why', () => {
  const first = checkedReturn('04001', { fileName: 'Aiglun.xlsx', fileDate: '2026-01-10T00:00:00.000Z' });
  const second = checkedReturn('04001', { fileName: 'Aiglun corrigé.xlsx', seed: 5, fileDate: '2026-01-20T00:00:00.000Z' });
  const c = consolidate(plan, [first, second].map((r) => ({ result: r.result, fileDate: r.fileDate, importedAt: now })), { now });
  expect(consolidationDetails(c, 'fr')).toEqual(
    expect.arrayContaining([expect.stringMatching(/^Aiglun corrigé\.xlsx a remplacé Aiglun\.xlsx \(\d+ valeurs\) — même modèle, fichier plus récent : modifié le 20\/01\/2026 à 00:00 UTC \(l’autre le 10\/01\/2026 à 00:00 UTC\)\.$/)]),
  );
});
