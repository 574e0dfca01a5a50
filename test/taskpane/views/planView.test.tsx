/** @jest-environment jsdom */
/**
 * « Plan »: the plan in use and its counts (from the plan itself), importing a plan file (valid or
 * not), going back to the embedded plan, the startup problem, and writing the plan sheets (Excel
 * only, with the « replace anyway » path).
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { LoadedPlan, LocatedIssue } from '../../../src/app/loadPlan';
import { ExcelAdapterError, issueMessage } from '../../../src/excel';
import { renderPlanIssue } from '../../../src/i18n/planIssues';
import { parsePlan } from '../../../src/plan';
import { withoutFollowUp } from '../../../src/plan/followUpPlan';
import { defaultPlan, defaultPlanInput } from '../../../src/plan/default';
import type { Plan } from '../../../src/plan/schema';
import type { Outcome, PaneEffects, PlanInUse, PlanSource } from '../../../src/taskpane/effects/types';
import { PlanView } from '../../../src/taskpane/views/PlanView';
import type { PlanViewProps } from '../../../src/taskpane/views/viewProps';
import { fakeEffects } from '../support/fakeEffects';
import { UntrustedFileError } from '../../../src/workbook/fileIssues';
import { untrustedFileMessage } from '../../../src/i18n/untrustedFile';


const plan = defaultPlan();
const embedded: PlanInUse = { plan, source: { kind: 'embedded' } };

function show(props: Partial<PlanViewProps> & { effects?: PaneEffects } = {}) {
  const onPlan = jest.fn();
  const effects = props.effects ?? fakeEffects();
  render(
    <FluentProvider theme={webLightTheme}>
      <PlanView effects={effects} planInUse={props.planInUse ?? embedded} startupProblem={props.startupProblem} onPlan={props.onPlan ?? onPlan} />
    </FluentProvider>,
  );
  return { onPlan: (props.onPlan as jest.Mock | undefined) ?? onPlan, effects };
}

/** Counted here from the plan's own structure, independently of the view's code. */
/** The fiches as the convention writes them: the derived follow-up (actions' states, governance) is not counted. */
function expectedCounts(p: Plan) {
  return withoutFollowUp(p).fiches.map((fiche) => ({
    number: fiche.number,
    shortTitle: fiche.shortTitle ?? fiche.title,
    announced: fiche.status === 'announced',
    actions: fiche.actions.length,
    indicators: fiche.actions.reduce((n, a) => n + a.indicators.length, 0) + fiche.indicators.length,
  }));
}

function ficheRows() {
  const table = screen.getByRole('table', { name: 'Fiches actions du plan' });
  return within(table).getAllByRole('row').slice(1);
}

const pick = (name: string) => new File(['{}'], name, { type: name.endsWith('.json') ? 'application/json' : 'application/octet-stream' });

describe('the plan in use', () => {
  it('shows one row per fiche, in order, with its number, short title and counts', () => {
    show();
    const expected = expectedCounts(plan);
    const rows = ficheRows();
    expect(rows).toHaveLength(expected.length);
    expect(rows).toHaveLength((defaultPlanInput as { fiches: unknown[] }).fiches.length);
    expect(expected.some((f) => f.announced)).toBe(true);
    // The derived governance is no fiche of the convention: no « 0 » row, no « Gouvernance » row.
    expect(rows.map((r) => r.textContent)).not.toContainEqual(expect.stringMatching(/^0 |Gouvernance/));
    expected.forEach((fiche, i) => {
      const cells = within(rows[i]!).getAllByRole('cell').map((c) => c.textContent);
      if (fiche.announced) expect(cells).toEqual([`${fiche.number} ${fiche.shortTitle}`, 'annoncée']);
      else expect(cells).toEqual([`${fiche.number} ${fiche.shortTitle}`, String(fiche.actions), String(fiche.indicators)]);
    });
  });

  it('totals fiches, actions, indicators and communes', () => {
    show();
    const expected = expectedCounts(plan);
    const actions = expected.reduce((n, f) => n + f.actions, 0);
    const indicators = expected.reduce((n, f) => n + f.indicators, 0);
    const announced = expected.filter((f) => f.announced).length;
    expect(
      screen.getByText(
        `Total : ${expected.length} fiches (dont ${announced} annoncée), ${actions} actions, ${indicators} indicateurs, ${plan.territory.communes.length} communes`,
      ),
    ).toBeInTheDocument();
  });

  it('shows the title, id, version and period range', () => {
    show();
    expect(screen.getByRole('heading', { name: plan.title })).toBeInTheDocument();
    expect(screen.getByText(new RegExp(`^${plan.id} · version ${plan.version.replace(/\./g, '\\.')} · signé le 31/10/2022$`))).toBeInTheDocument();
    const first = plan.periods[0]!.label;
    const last = plan.periods[plan.periods.length - 1]!.label;
    expect(screen.getByText(`Périodes : ${first} à ${last} (${plan.periods.length})`)).toBeInTheDocument();
  });

  it.each<[string, PlanSource, string]>([
    ['embedded', { kind: 'embedded' }, 'Plan intégré : CTG Provence Alpes Agglomération 2022–2025'],
    ['workbook', { kind: 'workbook' }, 'Plan lu dans les feuilles du classeur'],
    ['file', { kind: 'file', name: 'plan-2024.json' }, 'Plan importé : plan-2024.json'],
  ])('says where the plan comes from (%s)', (_, source, said) => {
    show({ planInUse: { plan, source } });
    expect(screen.getByText(said)).toBeInTheDocument();
  });

  it('counts the plan it is given, not the embedded one', () => {
    const smaller: Plan = { ...plan, fiches: plan.fiches.slice(0, 2), territory: { ...plan.territory, communes: plan.territory.communes.slice(0, 3) } };
    show({ planInUse: { plan: smaller, source: { kind: 'file', name: 'petit.json' } } });
    expect(ficheRows()).toHaveLength(2);
    expect(screen.getByText(/^Total : 2 fiches, .*, 3 communes$/)).toBeInTheDocument();
  });

  it('speaks English when the effects do', () => {
    show({ effects: fakeEffects({ lang: 'en' }) });
    expect(screen.getByText('Embedded plan: CTG Provence Alpes Agglomération 2022–2025')).toBeInTheDocument();
    expect(screen.getByLabelText('Import a plan…')).toBeInTheDocument();
  });
});

describe('importing a plan', () => {
  it('reads the picked file and makes it the plan in use, from that file', async () => {
    const user = userEvent.setup();
    const other: Plan = { ...plan, id: 'ctg-autre', title: 'Une autre convention' };
    const readPlanFile = jest.fn(async (): Promise<LoadedPlan> => ({ ok: true, plan: other, format: 'json' }));
    const { onPlan } = show({ effects: fakeEffects({ readPlanFile }) });
    const input = screen.getByLabelText('Importer un plan…');
    expect(input).toHaveAttribute('accept', '.json,.xlsx');
    const file = pick('autre-plan.json');
    await user.upload(input, file);
    expect(readPlanFile).toHaveBeenCalledWith(file);
    expect(onPlan).toHaveBeenCalledTimes(1);
    expect(onPlan).toHaveBeenCalledWith({ plan: other, source: { kind: 'file', name: 'autre-plan.json' } });
    expect(await screen.findByText(/Plan « autre-plan\.json » importé/)).toBeInTheDocument();
  });

  it('opens the file picker from a French button (the browser’s own control speaks its own language)', async () => {
    const user = userEvent.setup();
    show();
    const input = screen.getByLabelText<HTMLInputElement>('Importer un plan…');
    const opened = jest.spyOn(input, 'click');
    await user.click(screen.getByRole('button', { name: 'Choisir un fichier…' }));
    expect(opened).toHaveBeenCalledTimes(1);
    expect(input).toHaveAttribute('tabindex', '-1');
  });

  it('shows every issue of an invalid plan with where it sits, and keeps the plan in use', async () => {
    const user = userEvent.setup();
    // Issues as the loaders give them: a sheet issue (rendered message), a plan issue located in a sheet, and a JSON one (path only).
    const parsed = parsePlan({ ...defaultPlanInput, version: 'deux' });
    if (parsed.ok) throw new Error('the plan should have been refused');
    const jsonIssue = parsed.issues[0]!;
    const inSheet: LocatedIssue = { kind: 'plan', issue: { code: 'unknown_period', path: ['fiches', 0, 'actions', 0, 'indicators', 0, 'periods', 0], params: { value: '2031' } }, sheet: 'Indicateurs', cell: 'H7' };
    const sheetIssue: LocatedIssue = { kind: 'sheet', issue: { code: 'duplicate_sheet', sheet: 'Fiches', params: { sheet: 'Fiches' } }, sheet: 'Fiches' };
    const readPlanFile = jest.fn(async (): Promise<LoadedPlan> => ({ ok: false, format: 'xlsx', issues: [sheetIssue, inSheet, { kind: 'plan', issue: jsonIssue }] }));
    const { onPlan } = show({ effects: fakeEffects({ readPlanFile }) });
    await user.upload(screen.getByLabelText('Importer un plan…'), pick('plan-modifié.xlsx'));

    expect(await screen.findByText(/Le plan « plan-modifié\.xlsx » n’a pas été importé : 3 problèmes .* Le plan en usage n’a pas changé\./)).toBeInTheDocument();
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      'Feuille « Fiches » : Deux feuilles portent le nom « Fiches » (à la casse, aux accents ou aux espaces près) : seule la première est lue. Supprimez ou renommez l’autre.',
      `Feuille « Indicateurs », cellule H7 : ${renderPlanIssue(inSheet.issue)}`,
      `version : ${renderPlanIssue(jsonIssue)}`,
    ]);
    expect(items[1]).toMatch(/Période « 2031 » inconnue/);
    expect(onPlan).not.toHaveBeenCalled();
    expect(screen.getByRole('heading', { name: plan.title })).toBeInTheDocument();
  });

  it('says when the file cannot be read at all', async () => {
    const user = userEvent.setup();
    const readPlanFile = jest.fn(async (): Promise<LoadedPlan> => ({ ok: false, format: 'json', unreadable: { code: 'json_syntax', params: { line: 3, column: 7, detail: 'Unexpected token' } } }));
    const { onPlan } = show({ effects: fakeEffects({ readPlanFile }) });
    await user.upload(screen.getByLabelText('Importer un plan…'), pick('cassé.json'));
    expect(await screen.findByText('Le fichier « cassé.json » n’a pas pu être lu. Le plan en usage n’a pas changé.')).toBeInTheDocument();
    expect(screen.getByText(/JSON illisible à la ligne 3, colonne 7 \(Unexpected token\)\. Vérifiez la syntaxe du fichier à cet endroit/)).toBeInTheDocument();
    expect(onPlan).not.toHaveBeenCalled();
  });

  it('shows a failure of the reader itself', async () => {
    const user = userEvent.setup();
    const tooLarge = { code: 'too_large', params: { size: 30 * 1024 * 1024, max: 20 * 1024 * 1024 } } as const;
    const readPlanFile = jest.fn(async (): Promise<LoadedPlan> => {
      throw new UntrustedFileError(tooLarge);
    });
    const { onPlan } = show({ effects: fakeEffects({ readPlanFile }) });
    await user.upload(screen.getByLabelText('Importer un plan…'), pick('énorme.xlsx'));
    expect(await screen.findByText(untrustedFileMessage(tooLarge))).toBeInTheDocument();
    expect(onPlan).not.toHaveBeenCalled();
  });
});

describe('going back to the embedded plan', () => {
  it.each<[PlanSource]>([[{ kind: 'file', name: 'autre.json' }], [{ kind: 'workbook' }]])('from a plan of source %o', async (source) => {
    const user = userEvent.setup();
    const { onPlan } = show({ planInUse: { plan: { ...plan, title: 'Autre' }, source } });
    await user.click(screen.getByRole('button', { name: 'Revenir au plan intégré' }));
    expect(onPlan).toHaveBeenCalledTimes(1);
    expect(onPlan).toHaveBeenCalledWith({ plan: defaultPlan(), source: { kind: 'embedded' } });
  });

  it('is not offered when the embedded plan is in use', () => {
    show();
    expect(screen.queryByRole('button', { name: 'Revenir au plan intégré' })).toBeNull();
  });
});

describe('checking the workbook’s plan sheets (Excel)', () => {
  const check = () => screen.getByRole('button', { name: 'Vérifier et utiliser les feuilles du plan' });
  const writePlanSheets = async () => ({ message: '', details: [] });

  it('is not offered outside Excel', () => {
    show();
    expect(screen.queryByRole('button', { name: 'Vérifier et utiliser les feuilles du plan' })).toBeNull();
  });

  it('makes correct sheets the plan in use', async () => {
    const user = userEvent.setup();
    const amended: Plan = { ...plan, version: '1.1.0' };
    const readWorkbookPlan = jest.fn(async (): Promise<LoadedPlan | null> => ({ ok: true, plan: amended, format: 'xlsx' }));
    const { onPlan } = show({ effects: fakeEffects({ surface: 'excel', writePlanSheets, readWorkbookPlan }) });
    await user.click(check());
    expect(await screen.findByText(/sont justes : c’est désormais le plan en usage/)).toBeInTheDocument();
    expect(onPlan).toHaveBeenCalledWith({ plan: amended, source: { kind: 'workbook' } });
  });

  it.each<[string, LoadedPlan | null, RegExp]>([
    ['sheets with problems: each at its cell', { ok: false, format: 'xlsx', issues: [{ kind: 'plan', issue: { code: 'unknown_list', path: ['fiches', 0], params: { value: 'pas une liste' } }, sheet: 'Indicateurs', cell: 'F2' }] }, /Feuille « Indicateurs », cellule F2/],
    ['no plan sheets', null, /n’a pas de feuilles du plan/],
    ['unreadable sheets', { ok: false, format: 'xlsx', unreadable: { code: 'sheets_not_read', excel: { code: 'cell-edit-mode' } } }, /Les feuilles du plan de ce classeur n’ont pas pu être lues : /],
  ])('keeps the plan in use with %s, and says why', async (_, read, said) => {
    const user = userEvent.setup();
    const { onPlan } = show({ effects: fakeEffects({ surface: 'excel', writePlanSheets, readWorkbookPlan: jest.fn(async () => read) }) });
    await user.click(check());
    expect(await screen.findByText(said)).toBeInTheDocument();
    expect(onPlan).not.toHaveBeenCalled();
  });
});

describe('the workbook’s plan sheets at startup', () => {
  it('warns that they could not be used, with their issues, and that the embedded plan is used', () => {
    const problem: LoadedPlan = {
      ok: false,
      format: 'xlsx',
      issues: [{ kind: 'plan', issue: { code: 'duplicate', path: ['fiches', 1, 'code'], params: { what: 'Fiche', value: '2.1' } }, sheet: 'Fiches', cell: 'A5' }],
    };
    show({ startupProblem: problem });
    expect(screen.getByText(/n’ont pas pu être utilisées \(1 problème\) : le plan intégré est utilisé à la place/)).toBeInTheDocument();
    expect(screen.getByRole('listitem')).toHaveTextContent('Feuille « Fiches », cellule A5 : Fiche « 2.1 » en double.');
  });

  it('says why when they could not be read at all', () => {
    show({ startupProblem: { ok: false, format: 'xlsx', unreadable: { code: 'sheets_not_read', excel: { code: 'cell-edit-mode' } } } });
    expect(screen.getByText(/^Les feuilles du plan de ce classeur n’ont pas pu être lues : .+ Le plan intégré est utilisé à la place\.$/)).toBeInTheDocument();
  });

  it('no longer warns once another plan is in use', () => {
    show({ startupProblem: { ok: false, format: 'xlsx', unreadable: { code: 'sheets_not_read', excel: { code: 'cell-edit-mode' } } }, planInUse: { plan, source: { kind: 'file', name: 'plan.json' } } });
    expect(screen.queryByText(/n’ont pas pu être lues/)).toBeNull();
  });

  it('says nothing when there was no problem', () => {
    show();
    expect(screen.queryByText(/le plan intégré est utilisé à la place/)).toBeNull();
  });
});

describe('writing the plan sheets', () => {
  const write = 'Insérer les feuilles du plan dans ce classeur';

  it('is not offered outside Excel', () => {
    show({ effects: fakeEffects({ surface: 'files' }) });
    expect(screen.queryByRole('button', { name: write })).toBeNull();
  });

  it('writes the plan in use into the workbook and shows the outcome', async () => {
    const user = userEvent.setup();
    const writePlanSheets = jest.fn(async (): Promise<Outcome> => ({ message: '9 feuilles créées.', details: ['La feuille « Plan » est en tête du classeur.'] }));
    const inUse: PlanInUse = { plan: { ...plan, title: 'Plan du classeur' }, source: { kind: 'workbook' } };
    show({ effects: fakeEffects({ surface: 'excel', writePlanSheets }), planInUse: inUse });
    await user.click(screen.getByRole('button', { name: write }));
    expect(writePlanSheets).toHaveBeenCalledWith(inUse.plan, { overwrite: false });
    expect(await screen.findByText('9 feuilles créées.')).toBeInTheDocument();
    expect(screen.getByText('La feuille « Plan » est en tête du classeur.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Remplacer quand même' })).toBeNull();
  });

  it('offers to replace sheets changed by hand, and replaces them when confirmed', async () => {
    const user = userEvent.setup();
    const modified = new ExcelAdapterError({ code: 'sheet-modified', sheets: ['Plan', 'Fiches'] });
    const writePlanSheets = jest
      .fn<Promise<Outcome>, [Plan, { overwrite: boolean }]>()
      .mockRejectedValueOnce(modified)
      .mockResolvedValueOnce({ message: '2 feuilles remplacées.', details: [] });
    show({ effects: fakeEffects({ surface: 'excel', writePlanSheets }) });
    await user.click(screen.getByRole('button', { name: write }));
    expect(await screen.findByText(/ont été modifiées depuis que le complément/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remplacer quand même' }));
    expect(writePlanSheets).toHaveBeenLastCalledWith(plan, { overwrite: true });
    expect(await screen.findByText('2 feuilles remplacées.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Remplacer quand même' })).toBeNull();
  });

  it('does not offer to replace when the failure is of another kind', async () => {
    const user = userEvent.setup();
    const denied = { code: 'access-denied', officeCode: 'AccessDenied', detail: 'read-only' } as const;
    const writePlanSheets = jest.fn(async (): Promise<Outcome> => {
      throw new ExcelAdapterError(denied);
    });
    show({ effects: fakeEffects({ surface: 'excel', writePlanSheets }) });
    await user.click(screen.getByRole('button', { name: write }));
    expect(await screen.findByText(issueMessage(denied))).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Remplacer quand même' })).toBeNull();
  });
});
