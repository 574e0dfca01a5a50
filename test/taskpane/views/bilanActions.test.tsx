/** @jest-environment jsdom */
/** « Préparer le bilan » under the consolidation's summary: what it asks the effect, and what it shows. */
import { checkedReturn, plan } from '../fixtures/views/returns';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { consolidate } from '../../../src/consolidate';
import { defaultPreferences, type PaneEffects } from '../../../src/taskpane/effects/types';
import { ConsolidateView } from '../../../src/taskpane/views/ConsolidateView';
import { fakeEffects } from '../support/fakeEffects';

const now = '2026-02-01T10:00:00.000Z';
const returns = [checkedReturn('caf04'), checkedReturn('04070')];

const realConsolidate: PaneEffects['consolidate'] = async (p, given, options) => {
  const consolidation = consolidate(p, given.map((r) => ({ result: r.result, fileDate: r.fileDate, importedAt: now })), { now, errors: options.errorPolicy });
  return { message: 'Consolidation terminée.', details: [], consolidation, target: options.target, output: 'consolidation.xlsx' };
};

async function consolidated(effects: PaneEffects) {
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <ConsolidateView effects={effects} plan={plan} returns={returns} preferences={defaultPreferences} onPreferences={jest.fn()} />
    </FluentProvider>,
  );
  expect(screen.queryByRole('button', { name: /^Préparer/ })).toBeNull();
  await user.click(screen.getByRole('button', { name: 'Consolider' }));
  await screen.findByText('Consolidation terminée.');
  return user;
}

it.each([
  // The consolidation is dated 1 February 2026: the last year ended is 2025.
  ['Préparer le bilan (Année 2025)', { kind: 'annual', period: '2025' }],
  ['Préparer l’évaluation 2022–2025', { kind: 'evaluation' }],
])('« %s » asks the effect for %j on the consolidation just made, then says what was downloaded', async (name, request) => {
  const prepareBilan = jest.fn<ReturnType<NonNullable<PaneEffects['prepareBilan']>>, Parameters<NonNullable<PaneEffects['prepareBilan']>>>(async () => ({
    message: 'Bilan téléchargé : bilan-CTG-P2A-2025.docx (120 Ko).',
    details: ['Relisez-le.'],
  }));
  const effects = fakeEffects({ consolidate: jest.fn(realConsolidate), prepareBilan });
  const user = await consolidated(effects);
  await user.click(await screen.findByRole('button', { name }));
  expect(await screen.findByText('Bilan téléchargé : bilan-CTG-P2A-2025.docx (120 Ko).')).toBeInTheDocument();
  const [planArg, consolidation, requestArg] = prepareBilan.mock.calls[0]!;
  expect(planArg).toBe(plan);
  expect(consolidation).toBe((await (effects.consolidate as jest.Mock).mock.results[0]!.value).consolidation);
  expect(requestArg).toEqual(request);
});

it('offers nothing where the surface cannot prepare a bilan', async () => {
  await consolidated(fakeEffects({ consolidate: jest.fn(realConsolidate) }));
  expect(screen.queryByText('Bilan du comité de pilotage')).toBeNull();
  expect(screen.queryByRole('button', { name: /^Préparer/ })).toBeNull();
});

it('says in French when preparing fails, and the consolidation stays shown', async () => {
  const prepareBilan = jest.fn(async () => {
    throw new Error('canvas toBlob');
  });
  const user = await consolidated(fakeEffects({ consolidate: jest.fn(realConsolidate), prepareBilan }));
  await user.click(await screen.findByRole('button', { name: 'Préparer le bilan (Année 2025)' }));
  expect(await screen.findByText(/canvas toBlob/)).toBeInTheDocument();
  expect(screen.getByText('Consolidation terminée.')).toBeInTheDocument();
});
