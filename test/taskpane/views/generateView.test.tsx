/** @jest-environment jsdom */
/**
 * « Générer »: the request handed to `effects.generate` for each way of choosing the respondents,
 * the periods and the deadline; the button's disabled state and its reason; progress, cancel and
 * failure; the preferences (initialise the form, saved on generate only); where the workbooks go
 * (a choice inside Excel only).
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { ExcelAdapterError, issueMessage } from '../../../src/excel';
import { respondentsOf } from '../../../src/collect/respondents';
import { defaultPlan } from '../../../src/plan/default';
import {
  TaskCancelled,
  defaultPreferences,
  type GeneratedSummary,
  type GenerateRequest,
  type PaneEffects,
  type Preferences,
  type TaskControl,
} from '../../../src/taskpane/effects/types';
import { GenerateView } from '../../../src/taskpane/views/GenerateView';
import { readDeadline, type DeadlineReading } from '../../../src/taskpane/views/generateViewState';
import type { Plan } from '../../../src/plan/schema';
import { fakeEffects } from '../support/fakeEffects';
import { describeError } from '../../../src/taskpane/task/describeError';


const plan = defaultPlan();
const respondents = respondentsOf(plan);
const signatories = respondents.filter((r) => r.signatory);
// What the convention says the campaign asks: the Caf, the EPCI, the 4 managers named in Annexe 2
// and the 10 signatory communes (not the 36 other member communes).
const expectedCodes = ['caf04', '200067437', 'ifac', 'francas-mees', 'guzu', 'scouts-ahp', ...plan.territory.communes.filter((c) => c.signatory).map((c) => c.insee)];
const allPeriods = plan.periods.map((p) => p.id);
const codeOf = (name: string) => {
  const found = respondents.find((r) => r.name === name);
  if (found === undefined) throw new Error(`${name} is not in the embedded plan`);
  return found.code;
};
const plural = (n: number) => `${n} classeur${n > 1 ? 's' : ''}`;

type Generate = PaneEffects['generate'];
const summary: GeneratedSummary = { message: '2 classeurs téléchargés.', details: ['CTG_04070_Digne-les-Bains.xlsx'], files: [] };

function show(options: { effects?: PaneEffects; preferences?: Preferences; generate?: Generate } = {}) {
  const generate = jest.fn<ReturnType<Generate>, Parameters<Generate>>(options.generate ?? (async () => summary));
  const effects = options.effects ?? fakeEffects({ generate });
  const onPreferences = jest.fn<void, [Preferences]>();
  const preferences = options.preferences ?? defaultPreferences;
  render(
    <FluentProvider theme={webLightTheme}>
      <GenerateView effects={effects} plan={plan} preferences={preferences} onPreferences={onPreferences} />
    </FluentProvider>,
  );
  return { generate: (options.effects?.generate as jest.Mock | undefined) ?? generate, onPreferences };
}

const generateButton = () => screen.getByRole('button', { name: /^Générer \d+ classeurs?$/ });
const lastRequest = (generate: jest.Mock): GenerateRequest => generate.mock.calls[generate.mock.calls.length - 1]![1];

async function pickBySearch(user: UserEvent, search: string, name: string) {
  const field = screen.getByRole('searchbox', { name: 'Rechercher un destinataire' });
  await user.clear(field);
  await user.type(field, search);
  const list = screen.getByRole('group', { name: 'Destinataires à cocher' });
  await user.click(within(list).getByRole('checkbox', { name: new RegExp(`^${name}( · |$)`) }));
}

describe('who receives a workbook', () => {
  it.each<[string, (user: UserEvent) => Promise<void>, GenerateRequest['selection'], number]>([
    ['the expected respondents, by default', async () => undefined, { kind: 'expected' }, 16],
    ['every commune', async (user) => user.click(screen.getByRole('radio', { name: `Tous, chaque commune comprise (${respondents.length})` })), { kind: 'all' }, respondents.length],
    [
      'the signatories',
      async (user) => user.click(screen.getByRole('radio', { name: `Signataires (${signatories.length})` })),
      { kind: 'signatories' },
      signatories.length,
    ],
    [
      'two communes found by searching',
      async (user) => {
        await user.click(screen.getByRole('radio', { name: 'Choisir…' }));
        await pickBySearch(user, 'malijai', 'Malijai');
        await pickBySearch(user, 'digne', 'Digne-les-Bains');
      },
      // In the plan's order, not the order they were ticked in.
      { kind: 'codes', codes: [codeOf('Digne-les-Bains'), codeOf('Malijai')] },
      2,
    ],
  ])('%s', async (_, choose, selection, count) => {
    const user = userEvent.setup();
    const { generate } = show();
    await choose(user);
    expect(generateButton()).toHaveAccessibleName(`Générer ${plural(count)}`);
    await user.click(generateButton());
    expect(generate).toHaveBeenCalledTimes(1);
    expect(generate).toHaveBeenCalledWith(plan, { selection, periods: allPeriods, deadline: '', where: 'download' }, expect.objectContaining({ signal: expect.any(AbortSignal) }));
    expect(await screen.findByText('2 classeurs téléchargés.')).toBeInTheDocument();
  });

  it('starts on the expected respondents, says who they are, and counts each choice from the plan', () => {
    show();
    expect(expectedCodes).toHaveLength(16);
    expect(screen.getByRole('radio', { name: `Répondants attendus (${expectedCodes.length})` })).toBeChecked();
    expect(screen.getByText(/La Caf, l’EPCI, les partenaires du plan et les communes signataires/)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: `Tous, chaque commune comprise (${respondents.length})` })).not.toBeChecked();
    expect(screen.getByRole('radio', { name: `Signataires (${signatories.length})` })).not.toBeChecked();
    expect(generateButton()).toHaveAccessibleName('Générer 16 classeurs');
  });

  it('searches without accents or hyphens, among the communes, the EPCI and the Caf', async () => {
    const user = userEvent.setup();
    show();
    await user.click(screen.getByRole('radio', { name: 'Choisir…' }));
    const list = () => within(screen.getByRole('group', { name: 'Destinataires à cocher' }));
    expect(list().getAllByRole('checkbox')).toHaveLength(respondents.length);
    await user.type(screen.getByRole('searchbox', { name: 'Rechercher un destinataire' }), 'chateau arnoux');
    expect(list().getAllByRole('checkbox').map((c) => c.closest('.fui-Checkbox')?.textContent)).toEqual(['Château-Arnoux-Saint-Auban · signataire']);
    await user.clear(screen.getByRole('searchbox', { name: 'Rechercher un destinataire' }));
    await user.type(screen.getByRole('searchbox', { name: 'Rechercher un destinataire' }), 'agglo');
    expect(list().getByRole('checkbox', { name: 'Provence Alpes Agglomération · EPCI' })).toBeInTheDocument();
  });

  it('groups the hand-picked list: the Caf and the EPCI, the partners of Annexe 2, the communes', async () => {
    const user = userEvent.setup();
    show();
    await user.click(screen.getByRole('radio', { name: 'Choisir…' }));
    const list = within(screen.getByRole('group', { name: 'Destinataires à cocher' }));
    const groups: Array<[string, (r: (typeof respondents)[number]) => boolean]> = [
      ['Caf et EPCI', (r) => r.kind === 'caf' || r.kind === 'epci'],
      ['Partenaires (Annexe 2)', (r) => r.kind === 'partner'],
      ['Communes', (r) => r.kind === 'commune'],
    ];
    for (const [name, belongs] of groups) {
      const names = within(list.getByRole('group', { name })).getAllByRole('checkbox').map((c) => c.closest('.fui-Checkbox')?.textContent?.split(' · ')[0]);
      expect(names).toEqual(respondents.filter(belongs).map((r) => r.name));
    }
  });

  it.each([
    ['ifac', 'IFAC'],
    ['guzu', 'Association GUZU'],
  ])('finds the partner « %s » and sends its code', async (search, name) => {
    const user = userEvent.setup();
    const { generate } = show();
    await user.click(screen.getByRole('radio', { name: 'Choisir…' }));
    await pickBySearch(user, search, name);
    const partners = within(screen.getByRole('group', { name: 'Partenaires (Annexe 2)' }));
    // A partner is shown with the facilities of Annexe 2 it runs.
    const managed = plan.territory.facilities.filter((f) => f.manager === codeOf(name)).length;
    expect(managed).toBeGreaterThan(0);
    expect(partners.getByRole('checkbox', { name: `${name} · partenaire · ${managed} équipement${managed > 1 ? 's' : ''}` })).toBeChecked();
    await user.click(generateButton());
    expect(lastRequest(generate).selection).toEqual({ kind: 'codes', codes: [codeOf(name)] });
  });

  it('keeps the ticks of respondents hidden by the search, and counts them', async () => {
    const user = userEvent.setup();
    const { generate } = show();
    await user.click(screen.getByRole('radio', { name: 'Choisir…' }));
    await pickBySearch(user, 'seyne', 'Seyne');
    await pickBySearch(user, 'allocations', 'Caisse d\'Allocations Familiales des Alpes de Haute-Provence');
    expect(screen.getByText('2 destinataires cochés')).toBeInTheDocument();
    await user.click(generateButton());
    expect(lastRequest(generate).selection).toEqual({ kind: 'codes', codes: [codeOf("Caisse d'Allocations Familiales des Alpes de Haute-Provence"), codeOf('Seyne')] });
  });
});

describe('periods and deadline', () => {
  it('sends the periods left ticked and the deadline', async () => {
    const user = userEvent.setup();
    const { generate } = show();
    const periods = screen.getByRole('group', { name: 'Périodes' });
    for (const period of plan.periods) expect(within(periods).getByRole('checkbox', { name: period.label })).toBeChecked();
    await user.click(within(periods).getByRole('checkbox', { name: plan.periods[0]!.label }));
    await user.type(screen.getByLabelText(/^Date limite de retour/), '31/03/2025');
    await user.click(generateButton());
    expect(lastRequest(generate)).toEqual({ selection: { kind: 'expected' }, periods: allPeriods.slice(1), deadline: '2025-03-31', where: 'download' });
  });

  // A text field, not the browser's date field: its format follows the browser's locale (mm/dd/yyyy in English).
  it('asks for the deadline as JJ/MM/AAAA in a text field', () => {
    show();
    const field = screen.getByLabelText(/^Date limite de retour/);
    expect(field).toHaveAttribute('type', 'text');
    expect(field).toHaveAttribute('placeholder', 'JJ/MM/AAAA');
    expect(field).toHaveAccessibleDescription(/au format JJ\/MM\/AAAA/);
  });

  it.each<[string, string]>([
    ['a day that does not exist', '31/02/2026'],
    ['month and day the American way', '03/31/2026'],
    ['a year of two digits', '31/03/26'],
    ['words', 'fin mars'],
  ])('refuses %s, says the format expected, and generates nothing', async (_name, typed) => {
    const user = userEvent.setup();
    const { generate } = show();
    await user.type(screen.getByLabelText(/^Date limite de retour/), typed);
    const message = 'Date attendue au format JJ/MM/AAAA, par exemple 31/03/2026 (ou laissez le champ vide).';
    expect(screen.getByLabelText(/^Date limite de retour/)).toHaveAttribute('aria-invalid', 'true');
    expect(generateButton()).toHaveAttribute('aria-disabled', 'true');
    expect(generateButton()).toHaveAccessibleDescription(message);
    await user.click(generateButton());
    expect(generate).not.toHaveBeenCalled();
  });
});

describe('readDeadline', () => {
  it.each<[string, DeadlineReading]>([
    ['', { kind: 'none' }],
    ['   ', { kind: 'none' }],
    ['31/03/2026', { kind: 'day', iso: '2026-03-31' }],
    [' 1/4/2026 ', { kind: 'day', iso: '2026-04-01' }],
    ['31.03.2026', { kind: 'day', iso: '2026-03-31' }],
    ['29/02/2024', { kind: 'day', iso: '2024-02-29' }],
    ['29/02/2025', { kind: 'invalid' }],
    ['2026-03-31', { kind: 'day', iso: '2026-03-31' }],
    ['13/13/2026', { kind: 'invalid' }],
    ['31/03/2026 12:00', { kind: 'invalid' }],
  ])('%j → %j', (text, reading) => {
    expect(readDeadline(text)).toEqual(reading);
  });
});

describe('when nothing can be generated', () => {
  it.each<[string, (user: UserEvent) => Promise<void>, string, string]>([
    ['no respondent ticked', async (user) => user.click(screen.getByRole('radio', { name: 'Choisir…' })), 'Générer 0 classeur', 'Cochez au moins un destinataire pour générer des classeurs.'],
    [
      'no period ticked',
      async (user) => {
        for (const period of plan.periods) await user.click(screen.getByRole('checkbox', { name: period.label }));
      },
      `Générer ${plural(expectedCodes.length)}`,
      'Cochez au moins une période pour générer des classeurs.',
    ],
  ])('%s: the button is disabled and says why', async (_, choose, name, reason) => {
    const user = userEvent.setup();
    const { generate, onPreferences } = show();
    await choose(user);
    const button = generateButton();
    expect(button).toHaveAccessibleName(name);
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAccessibleDescription(reason);
    await user.click(button);
    expect(generate).not.toHaveBeenCalled();
    expect(onPreferences).not.toHaveBeenCalled();
  });

  it('is enabled again once a respondent is ticked', async () => {
    const user = userEvent.setup();
    show();
    await user.click(screen.getByRole('radio', { name: 'Choisir…' }));
    await pickBySearch(user, 'digne', 'Digne-les-Bains');
    expect(generateButton()).toHaveAccessibleName('Générer 1 classeur');
    expect(generateButton()).not.toHaveAttribute('aria-disabled', 'true');
    expect(screen.queryByText(/Cochez au moins/)).toBeNull();
  });
});

describe('while generating', () => {
  it('shows the progress, and cancelling aborts the signal', async () => {
    const user = userEvent.setup();
    let seen: TaskControl | undefined;
    const generate: Generate = (_plan, _request, control) => {
      seen = control;
      control.progress?.({ done: 1, total: 3, label: 'Digne-les-Bains' });
      return new Promise((_, reject) => control.signal?.addEventListener('abort', () => reject(new TaskCancelled())));
    };
    show({ generate });
    await user.click(generateButton());
    expect(screen.getByRole('progressbar', { name: `Génération de ${plural(expectedCodes.length)}…` })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('1 / 3 — Digne-les-Bains');
    expect(generateButton()).toHaveAttribute('aria-disabled', 'true');
    await user.click(screen.getByRole('button', { name: 'Annuler' }));
    expect(seen?.signal?.aborted).toBe(true);
    expect(await screen.findByText(/Opération annulée/)).toBeInTheDocument();
    expect(generateButton()).not.toHaveAttribute('aria-disabled', 'true');
  });

  it('shows the failure in French', async () => {
    const user = userEvent.setup();
    const protectedSheet = { code: 'sheet-protected', sheet: 'Lisez-moi' } as const;
    show({ generate: async () => Promise.reject(new ExcelAdapterError(protectedSheet)) });
    await user.click(generateButton());
    expect(await screen.findByText(issueMessage(protectedSheet))).toBeInTheDocument();
  });

  it('shows the summary and its details when done', async () => {
    const user = userEvent.setup();
    show();
    await user.click(generateButton());
    expect(await screen.findByText('2 classeurs téléchargés.')).toBeInTheDocument();
    expect(screen.getByText('CTG_04070_Digne-les-Bains.xlsx')).toBeInTheDocument();
  });
});

describe('preferences', () => {
  const saved: Preferences = {
    ...defaultPreferences,
    selection: 'codes',
    codes: [codeOf('Digne-les-Bains'), 'code-disparu'],
    periods: ['2024', '2025'],
    deadline: '2025-06-30',
  };

  it('initialise the form (codes and periods the plan no longer has left out)', async () => {
    const user = userEvent.setup();
    const { generate } = show({ preferences: saved });
    expect(screen.getByRole('radio', { name: 'Choisir…' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Digne-les-Bains · signataire' })).toBeChecked();
    expect(screen.getByText('1 destinataire coché')).toBeInTheDocument();
    const periods = within(screen.getByRole('group', { name: 'Périodes' }));
    expect(plan.periods.filter((p) => periods.getByRole('checkbox', { name: p.label }).matches(':checked')).map((p) => p.id)).toEqual(['2024', '2025']);
    expect(screen.getByLabelText(/^Date limite de retour/)).toHaveValue('30/06/2025');
    await user.click(generateButton());
    expect(lastRequest(generate)).toEqual({ selection: { kind: 'codes', codes: [codeOf('Digne-les-Bains')] }, periods: ['2024', '2025'], deadline: '2025-06-30', where: 'download' });
  });

  it('tick all the plan’s periods when none of the saved ones is in the plan', () => {
    show({ preferences: { ...defaultPreferences, periods: ['1999'] } });
    for (const period of plan.periods) expect(screen.getByRole('checkbox', { name: period.label })).toBeChecked();
  });

  it('are saved when generating, not while choosing', async () => {
    const user = userEvent.setup();
    const { onPreferences } = show({ preferences: { ...saved, errorPolicy: 'quarantine', consolidationTarget: 'new-workbook' } });
    await pickBySearch(user, 'seyne', 'Seyne');
    await user.click(screen.getByRole('checkbox', { name: 'Année 2023' }));
    await user.clear(screen.getByLabelText(/^Date limite de retour/));
    await user.type(screen.getByLabelText(/^Date limite de retour/), '15/09/2025');
    expect(onPreferences).not.toHaveBeenCalled();
    await user.click(generateButton());
    expect(onPreferences).toHaveBeenCalledTimes(1);
    expect(onPreferences).toHaveBeenCalledWith({
      selection: 'codes',
      codes: [codeOf('Digne-les-Bains'), codeOf('Seyne')],
      periods: ['2023', '2024', '2025'],
      deadline: '2025-09-15',
      errorPolicy: 'quarantine',
      consolidationTarget: 'new-workbook',
    });
  });

  it('keep the hand-picked codes when another mode is used', async () => {
    const user = userEvent.setup();
    const { onPreferences } = show({ preferences: saved });
    await user.click(screen.getByRole('radio', { name: `Signataires (${signatories.length})` }));
    await user.click(generateButton());
    expect(onPreferences).toHaveBeenCalledWith(expect.objectContaining({ selection: 'signatories', codes: [codeOf('Digne-les-Bains')] }));
  });
});

describe('where the workbooks go', () => {
  it('is not asked outside Excel: they are downloaded', async () => {
    const user = userEvent.setup();
    const { generate } = show({ effects: fakeEffects({ surface: 'files', generate: jest.fn(async () => summary) }) });
    expect(screen.queryByRole('radiogroup', { name: 'Destination des classeurs' })).toBeNull();
    await user.click(generateButton());
    expect(lastRequest(generate).where).toBe('download');
  });

  it.each<[string, string | null, GenerateRequest['where']]>([
    ['downloads by default', null, 'download'],
    ['writes into the open workbook when chosen', 'Écrire dans ce classeur', 'workbook'],
  ])('inside Excel, %s', async (_, choice, where) => {
    const user = userEvent.setup();
    const { generate } = show({ effects: fakeEffects({ surface: 'excel', generate: jest.fn(async () => summary) }) });
    const group = screen.getByRole('radiogroup', { name: 'Destination des classeurs' });
    expect(within(group).getByRole('radio', { name: 'Télécharger les classeurs' })).toBeChecked();
    if (choice !== null) await user.click(within(group).getByRole('radio', { name: choice }));
    await user.click(generateButton());
    expect(lastRequest(generate).where).toBe(where);
  });
});

describe('sheets the adviser changed by hand, inside Excel', () => {
  const modified = new ExcelAdapterError({ code: 'sheet-modified', sheets: ['04070 FA 3.2 - Accueil 0-3 ans'] });

  it('offers to replace them, and asks the effects to overwrite only then', async () => {
    const user = userEvent.setup();
    const generate = jest.fn<ReturnType<Generate>, Parameters<Generate>>().mockRejectedValueOnce(modified).mockResolvedValue(summary);
    show({ effects: fakeEffects({ surface: 'excel', generate }) });
    await user.click(screen.getByRole('radio', { name: 'Écrire dans ce classeur' }));
    await user.click(generateButton());
    expect(await screen.findByText(/a été modifiée depuis que le complément/)).toBeInTheDocument();
    expect(lastRequest(generate).overwrite).toBeUndefined();
    await user.click(screen.getByRole('button', { name: 'Remplacer quand même' }));
    expect(generate).toHaveBeenCalledTimes(2);
    expect(lastRequest(generate)).toMatchObject({ where: 'workbook', overwrite: true });
    expect(screen.queryByRole('button', { name: 'Remplacer quand même' })).toBeNull();
  });

  it.each<[string, Error, 'excel' | 'files']>([
    ['another failure', new ExcelAdapterError({ code: 'busy', officeCode: 'ActivityLimitReached' }), 'excel'],
    ['outside Excel', modified, 'files'],
  ])('offers nothing to replace after %s', async (_, error, surface) => {
    const user = userEvent.setup();
    show({ effects: fakeEffects({ surface, generate: jest.fn(async () => Promise.reject(error)) }) });
    if (surface === 'excel') await user.click(screen.getByRole('radio', { name: 'Écrire dans ce classeur' }));
    await user.click(generateButton());
    expect(await screen.findByText(describeError(error))).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Remplacer quand même' })).toBeNull();
  });
});

describe('in English', () => {
  it('words the form in English', () => {
    show({ effects: fakeEffects({ lang: 'en' }) });
    expect(screen.getByRole('radio', { name: `Expected respondents (${expectedCodes.length})` })).toBeChecked();
    expect(screen.getByRole('button', { name: `Generate ${expectedCodes.length} workbooks` })).toBeInTheDocument();
    expect(screen.getByLabelText(/^Return deadline/)).toHaveAttribute('placeholder', 'DD/MM/YYYY');
  });
});

// The plan is what the view is given: a smaller one changes the counts.
it('counts the respondents of the plan it is given', () => {
  const small: Plan = { ...plan, territory: { ...plan.territory, communes: plan.territory.communes.filter((c) => !c.signatory).slice(0, 3) } };
  render(
    <FluentProvider theme={webLightTheme}>
      <GenerateView effects={fakeEffects()} plan={small} preferences={defaultPreferences} onPreferences={() => undefined} />
    </FluentProvider>,
  );
  expect(screen.getByRole('radio', { name: `Tous, chaque commune comprise (${respondentsOf(small).length})` })).toBeInTheDocument();
  // The 3 communes kept did not sign: the Caf, the EPCI and the 4 partners remain expected.
  expect(screen.getByRole('radio', { name: 'Répondants attendus (6)' })).toBeChecked();
});
