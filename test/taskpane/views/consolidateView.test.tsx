/** @jest-environment jsdom */
import { checkedReturn, earlierPlan, plan, refusedReturn } from '../fixtures/views/returns';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { consolidate, type Consolidation, type ErrorPolicy } from '../../../src/consolidate';
import {
  TaskCancelled,
  defaultPreferences,
  type ConsolidationSummary,
  type ImportedReturn,
  type PaneEffects,
  type Preferences,
  type TaskControl,
} from '../../../src/taskpane/effects/types';
import { ConsolidateView } from '../../../src/taskpane/views/ConsolidateView';
import { fakeEffects } from '../support/fakeEffects';
import { ExcelAdapterError, issueMessage } from '../../../src/excel';

const now = '2026-02-01T10:00:00.000Z';
const caf = checkedReturn('caf04');
const epci = checkedReturn('200067437', { anomalies: ['negative_count', 'text_in_number'] });
// Digne sent an older workbook first, then the current one: the first is superseded.
const digneFirst = checkedReturn('04070', { generatedWith: earlierPlan('0.9.0'), fileName: 'Digne premier envoi.xlsx', fileDate: '2025-12-20T00:00:00.000Z' });
const digne = checkedReturn('04070', { completeness: 'partial', fileDate: '2026-01-20T00:00:00.000Z' });
const pdf = refusedReturn('notes.pdf');
const returns = [caf, epci, digneFirst, digne, pdf];

/** The effect as the surfaces do it, minus the workbook: the real consolidation of the returns given. */
function realConsolidate(): jest.MockedFunction<PaneEffects['consolidate']> {
  const effect: PaneEffects['consolidate'] = async (p, given, options) => {
    const consolidation = consolidate(p, given.map((r) => ({ result: r.result, fileDate: r.fileDate, importedAt: now })), { now, errors: options.errorPolicy });
    return { message: 'Consolidation terminée.', details: ['Classeur enregistré.'], consolidation, target: options.target, output: 'consolidation-CTG-P2A-2022-2025.xlsx' };
  };
  return jest.fn(effect);
}

function show(effects: PaneEffects, options: { returns?: ImportedReturn[]; preferences?: Preferences } = {}) {
  const onPreferences = jest.fn();
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <ConsolidateView effects={effects} plan={plan} returns={options.returns ?? returns} preferences={options.preferences ?? defaultPreferences} onPreferences={onPreferences} />
    </FluentProvider>,
  );
  return { user, onPreferences };
}

const run = () => screen.getByRole('button', { name: 'Consolider' });

it('says what will be included', () => {
  show(fakeEffects());
  // Digne's partial return leaves its actions' states of 2024 and 2025 empty: errors (plan 2.1.0 asks them).
  expect(screen.getByText('5 retours importés : 1 conforme, 1 avec avertissements, 2 avec erreurs, 1 refusé.')).toBeInTheDocument();
  expect(returns.map((r) => r.result.status)).toEqual(['ok', 'errors', 'warnings', 'errors', 'refused']);
});

it('without returns, « Consolider » is disabled and says why', async () => {
  const effects = fakeEffects();
  const { user } = show(effects, { returns: [] });
  expect(run()).toHaveAttribute('aria-disabled', 'true');
  expect(run()).toHaveAccessibleDescription('Aucun retour importé : importez d’abord les fichiers reçus à l’étape « Retours ».');
  await user.click(run());
  expect(effects.consolidate).not.toHaveBeenCalled();
});

describe('choices', () => {
  it('the error policy starts from the preferences', () => {
    show(fakeEffects(), { preferences: { ...defaultPreferences, errorPolicy: 'quarantine' } });
    const group = screen.getByRole('radiogroup', { name: 'Retours en erreur' });
    expect(within(group).getByRole('radio', { name: 'Mettre en quarantaine les retours en erreur' })).toBeChecked();
    expect(within(group).getByRole('radio', { name: 'Inclure les retours en erreur (valeurs signalées)' })).not.toBeChecked();
  });

  it('outside Excel, the consolidation can only be downloaded: no choice of destination', async () => {
    const effects = fakeEffects({ surface: 'files', consolidate: realConsolidate() });
    const preferences = { ...defaultPreferences, consolidationTarget: 'workbook-tabs' as const };
    const { user, onPreferences } = show(effects, { preferences });
    expect(screen.queryByRole('radiogroup', { name: 'Destination' })).toBeNull();
    expect(screen.getAllByRole('radiogroup')).toHaveLength(1);
    expect(screen.getByText('Télécharger le classeur de consolidation')).toBeInTheDocument();
    await user.click(run());
    expect(effects.consolidate.mock.calls[0]![2]).toEqual({ target: 'download', errorPolicy: 'include' });
    // The destination chosen in Excel is kept for Excel; nothing else changed.
    expect(onPreferences).not.toHaveBeenCalled();
  });

  it('in Excel, offers the three destinations, starting from the preferences', () => {
    show(fakeEffects({ surface: 'excel' }), { preferences: { ...defaultPreferences, consolidationTarget: 'workbook-tabs' } });
    const group = screen.getByRole('radiogroup', { name: 'Destination' });
    expect(within(group).getAllByRole('radio').map((r) => r.closest('span, div')!.textContent)).toEqual(['Onglets dans ce classeur', 'Nouveau classeur', 'Télécharger']);
    expect(within(group).getByRole('radio', { name: 'Onglets dans ce classeur' })).toBeChecked();
  });

  it.each<[string, string, ErrorPolicy, 'workbook-tabs' | 'new-workbook' | 'download']>([
    ['tabs, errors included', 'Onglets dans ce classeur', 'include', 'workbook-tabs'],
    ['a new workbook, errors quarantined', 'Nouveau classeur', 'quarantine', 'new-workbook'],
    ['a download, errors quarantined', 'Télécharger', 'quarantine', 'download'],
  ])('passes the plan, the returns and the choices, and saves them: %s', async (_name, targetLabel, errorPolicy, target) => {
    const effects = fakeEffects({ surface: 'excel', consolidate: realConsolidate() });
    const preferences: Preferences = { ...defaultPreferences, errorPolicy: 'include', consolidationTarget: 'download', periods: ['2024'] };
    const { user, onPreferences } = show(effects, { preferences });
    await user.click(screen.getByRole('radio', { name: targetLabel }));
    if (errorPolicy === 'quarantine') await user.click(screen.getByRole('radio', { name: 'Mettre en quarantaine les retours en erreur' }));
    await user.click(run());
    expect(effects.consolidate).toHaveBeenCalledTimes(1);
    const [planArg, returnsArg, options, control] = effects.consolidate.mock.calls[0]!;
    expect(planArg).toBe(plan);
    expect(returnsArg).toBe(returns);
    expect(options).toEqual({ target, errorPolicy });
    expect(control.signal).toBeInstanceOf(AbortSignal);
    expect(onPreferences).toHaveBeenCalledWith({ ...preferences, errorPolicy, consolidationTarget: target });
    expect(await screen.findByText('Consolidation terminée.')).toBeInTheDocument();
  });
});

describe('the summary', () => {
  /** The figures, counted here from the consolidation the effect returned. */
  function expectedLines(c: Consolidation) {
    const outcome = (o: string) => c.files.filter((f) => f.outcome === o).length;
    const expected = c.respondents.filter((r) => r.expected).map((r) => r.code);
    const status = (s: string) => c.completeness.respondents.filter((r) => expected.includes(r.respondent) && r.status === s).length;
    return { outcome, status, expected: expected.length };
  }

  it.each<[ErrorPolicy, { used: number; superseded: number; quarantined: number; refused: number }]>([
    ['include', { used: 3, superseded: 1, quarantined: 0, refused: 1 }],
    // Set aside: the EPCI's planted errors and Digne's partial return (its actions' states left empty);
    // Digne's first sending then stands, superseded by nothing.
    ['quarantine', { used: 2, superseded: 0, quarantined: 2, refused: 1 }],
  ])('of the real consolidation, errors %s', async (errorPolicy, files) => {
    const effects = fakeEffects({ consolidate: realConsolidate() });
    const { user } = show(effects, { preferences: { ...defaultPreferences, errorPolicy } });
    await user.click(run());
    expect(await screen.findByText('Consolidation terminée.')).toBeInTheDocument();
    expect(screen.getByText('Classeur enregistré.')).toBeInTheDocument();
    const summary = (await effects.consolidate.mock.results[0]!.value) as ConsolidationSummary;
    const c = summary.consolidation;
    const e = expectedLines(c);
    // The files: the figures the consolidation gives, which are those this set of returns must give.
    expect({ used: e.outcome('used'), superseded: e.outcome('superseded'), quarantined: e.outcome('quarantined'), refused: e.outcome('refused') }).toEqual(files);
    const list = within(screen.getByRole('list', { name: 'Résumé de la consolidation' }));
    const s = (n: number) => (n > 1 ? 's' : '');
    const superseded = files.superseded > 0 ? `, ${files.superseded} remplacé${s(files.superseded)} par un retour plus récent` : '';
    const quarantined = files.quarantined > 0 ? `, ${files.quarantined} écarté${s(files.quarantined)} (erreurs)` : '';
    expect(
      list.getByText(
        `${returns.length} retours : ${files.used} retenu${s(files.used)}${superseded}${quarantined}, ${files.refused} refusé${s(files.refused)} (illisible${s(files.refused)}).`,
      ),
    ).toBeInTheDocument();
    // Completeness: the expected respondents, by how much they answered.
    const [answered, partial, missing, excluded] = ['answered', 'partial', 'missing', 'excluded'].map(e.status) as [number, number, number, number];
    expect(answered + partial).toBeGreaterThan(0);
    expect(missing).toBeGreaterThan(0);
    expect(excluded).toBe(errorPolicy === 'quarantine' ? 1 : 0);
    const completeness = list.getByText(/^Complétude : /).textContent;
    expect(completeness).toContain(`${answered} complet${s(answered)}, ${partial} partiel${s(partial)}, ${missing} sans réponse`);
    expect(completeness).toContain(`(sur ${e.expected} répondants attendus)`);
    expect(completeness.includes('écarté')).toBe(excluded > 0);
    expect(list.getByText('Emplacement : consolidation-CTG-P2A-2022-2025.xlsx')).toBeInTheDocument();
    // Findings: the workbook's count (« En bref », the matrix), those of the replaced and refused files apart.
    const counted = c.completeness.respondents.reduce((n, r) => n + r.counts.error, 0);
    const findings = list.getByText(/^Anomalies : /).textContent;
    expect(findings).toMatch(new RegExp(`^Anomalies : ${counted} erreurs?, `));
    // Apart: those of a replaced file, when one is (with errors set aside, Digne's first sending stands).
    expect(/ ; à part : .*dans le fichier remplacé/.test(findings ?? '')).toBe(files.superseded > 0);
    expect(findings).toMatch(/dans le fichier refusé/);
  });
});

it('drops the summary once the imported returns change: it would describe other files', async () => {
  const effects = fakeEffects({ consolidate: realConsolidate() });
  const user = userEvent.setup();
  const view = (given: ImportedReturn[]) => (
    <FluentProvider theme={webLightTheme}>
      <ConsolidateView effects={effects} plan={plan} returns={given} preferences={defaultPreferences} onPreferences={jest.fn()} />
    </FluentProvider>
  );
  const { rerender } = render(view(returns));
  await user.click(run());
  expect(await screen.findByText('Consolidation terminée.')).toBeInTheDocument();
  rerender(view(returns));
  expect(screen.getByText('Consolidation terminée.')).toBeInTheDocument();
  rerender(view(returns.slice(1)));
  expect(screen.queryByText('Consolidation terminée.')).toBeNull();
  expect(screen.queryByRole('list', { name: 'Résumé de la consolidation' })).toBeNull();
});

it('shows the progress, and cancelling aborts the consolidation', async () => {
  let seen: TaskControl | undefined;
  const effects = fakeEffects({
    consolidate: jest.fn((_p, _r, _o, control: TaskControl) => {
      seen = control;
      control.progress?.({ done: 2, total: 5, label: caf.fileName });
      return new Promise<ConsolidationSummary>((_, reject) => control.signal?.addEventListener('abort', () => reject(new TaskCancelled())));
    }),
  });
  const { user } = show(effects);
  await user.click(run());
  expect(screen.getByRole('progressbar', { name: 'Consolidation des retours…' })).toHaveAttribute('aria-valuenow', '0.4');
  expect(run()).toHaveAttribute('aria-disabled', 'true');
  await user.click(screen.getByRole('button', { name: 'Annuler' }));
  expect(seen?.signal?.aborted).toBe(true);
  expect(await screen.findByText(/Opération annulée/)).toBeInTheDocument();
  expect(screen.queryByRole('list', { name: 'Résumé de la consolidation' })).toBeNull();
});

it('a failure is said, with no summary', async () => {
  const protectedSheet = { code: 'sheet-protected', sheet: 'Synthèse' } as const;
  const effects = fakeEffects({ consolidate: jest.fn(async () => Promise.reject(new ExcelAdapterError(protectedSheet))) });
  const { user } = show(effects);
  await user.click(run());
  expect(await screen.findByText(issueMessage(protectedSheet))).toBeInTheDocument();
  expect(screen.queryByRole('list', { name: 'Résumé de la consolidation' })).toBeNull();
});

describe('consolidation tabs the adviser changed by hand, inside Excel', () => {
  type Consolidate = PaneEffects['consolidate'];
  const modified = new ExcelAdapterError({ code: 'sheet-modified', sheets: ['Synthèse'] });
  const lastChoice = (effect: jest.Mock) => effect.mock.calls.at(-1)![2] as Parameters<Consolidate>[2];
  const inTabs = { ...defaultPreferences, consolidationTarget: 'workbook-tabs' as const };

  it('offers to replace them, and asks the effects to overwrite only then', async () => {
    const consolidate = jest.fn<ReturnType<Consolidate>, Parameters<Consolidate>>().mockRejectedValueOnce(modified).mockImplementation(realConsolidate());
    const { user } = show(fakeEffects({ surface: 'excel', consolidate }), { preferences: inTabs });
    expect(screen.queryByRole('button', { name: 'Remplacer quand même' })).toBeNull();
    await user.click(run());
    expect(await screen.findByText(/a été modifiée depuis que le complément/)).toBeInTheDocument();
    expect(lastChoice(consolidate).overwrite).toBeUndefined();
    const replace = screen.getByRole('button', { name: 'Remplacer quand même' });
    expect(replace).toHaveAccessibleDescription('Remplacer efface les modifications faites à la main dans ces onglets.');
    await user.click(replace);
    expect(consolidate).toHaveBeenCalledTimes(2);
    expect(lastChoice(consolidate)).toMatchObject({ target: 'workbook-tabs', overwrite: true });
    expect(await screen.findByRole('heading', { name: 'Résumé de la consolidation' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Remplacer quand même' })).toBeNull();
  });

  it.each<[string, ExcelAdapterError, Preferences]>([
    ['another failure', new ExcelAdapterError({ code: 'busy', officeCode: 'GeneralException' }), inTabs],
    ['a new workbook', modified, { ...defaultPreferences, consolidationTarget: 'new-workbook' }],
  ])('offers nothing to replace after %s', async (_label, error, preferences) => {
    const { user } = show(fakeEffects({ surface: 'excel', consolidate: jest.fn(async () => Promise.reject(error)) }), { preferences });
    await user.click(run());
    expect(await screen.findByText(issueMessage(error.issue))).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Remplacer quand même' })).toBeNull();
  });

  it('says it in English', async () => {
    const consolidate = jest.fn<ReturnType<Consolidate>, Parameters<Consolidate>>().mockRejectedValueOnce(modified);
    const { user } = show(fakeEffects({ surface: 'excel', lang: 'en', consolidate }), { preferences: inTabs });
    await user.click(screen.getByRole('button', { name: 'Consolidate' }));
    expect(await screen.findByRole('button', { name: 'Replace anyway' })).toHaveAccessibleDescription('Replacing erases the changes made by hand in these sheets.');
  });
});
