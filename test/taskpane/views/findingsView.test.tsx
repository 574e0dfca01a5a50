/** @jest-environment jsdom */
import { checkedReturn, earlierPlan, plan, refusedReturn } from '../fixtures/views/returns';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderFinding } from '../../../src/i18n/findings';
import { finding, type Finding } from '../../../src/returns/findings';
import type { ImportedReturn, PaneEffects } from '../../../src/taskpane/effects/types';
import { FindingsView } from '../../../src/taskpane/views/FindingsView';
import { findingSubjects } from '../../../src/taskpane/views/findingSubject';
import { indicatorSites } from '../../../src/plan/walk';
import { fakeEffects } from '../support/fakeEffects';
import { FileEffectError } from '../../../src/taskpane/effects/fileErrors';

const caf = checkedReturn('caf04');
const epci = checkedReturn('200067437', { anomalies: ['negative_count', 'text_in_number'] });
const digneOlder = checkedReturn('04070', { generatedWith: earlierPlan('0.9.0') });
const unidentified = checkedReturn('04070', { alter: (grids) => grids.filter((g) => g.name !== '_ctg'), fileName: 'retour mairie.xlsx' });
const pdf = refusedReturn('notes.pdf');
const returns = [caf, epci, digneOlder, unidentified, pdf];
const everyFinding = returns.flatMap((r) => r.result.findings.map((f) => ({ f, r })));

function show(effects: PaneEffects, shown: readonly ImportedReturn[] = returns) {
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <FindingsView effects={effects} plan={plan} returns={shown} />
    </FluentProvider>,
  );
  return user;
}

/** The findings listed, across the returns. */
const listed = () => screen.queryAllByRole('list', { name: /^Anomalies de / }).flatMap((list) => within(list).getAllByRole('listitem'));

const negative = epci.result.findings.find((f) => f.code === 'negative_count')!;
const labelOf = (code: string) => indicatorSites(plan).find((site) => site.indicator.code === code)!.indicator.label;
const firstOption = plan.lists[0]!.options[0]!;

it('without returns, points to the « Retours » step', () => {
  show(fakeEffects(), []);
  expect(screen.getByText(/importez d’abord les fichiers reçus à l’étape « Retours »/)).toBeInTheDocument();
  expect(screen.queryByRole('combobox')).toBeNull();
});

describe('filters', () => {
  it('are labelled selects offering the values the findings hold', () => {
    show(fakeEffects());
    const labels = ['Gravité', 'Répondant', 'Fiche', 'Période'];
    for (const label of labels) expect(screen.getByRole('combobox', { name: label })).toBeInTheDocument();
    const options = (label: string) => within(screen.getByRole('combobox', { name: label })).getAllByRole('option').map((o) => o.textContent);
    expect(options('Gravité')).toEqual(['Toutes', 'Erreurs', 'Avertissements', 'Informations']);
    expect(options('Répondant')).toEqual(['Tous', "Caisse d'Allocations Familiales des Alpes de Haute-Provence", 'Digne-les-Bains', 'Provence Alpes Agglomération', 'Répondant non identifié']);
    // The governance's dates, typed as numbers by the simulated return, are noted (date_from_serial): its option is named.
    expect(options('Fiche')).toEqual(['Toutes', 'Gouvernance', 'Fiche 1.1', 'Fiche 2.1', 'Fiche 3.1']);
    expect(options('Période')).toEqual(['Toutes', '2022', '2023', '2024', '2025']);
  });

  it('start with every finding shown', () => {
    show(fakeEffects());
    expect(screen.getByText(`${everyFinding.length} anomalies affichées sur ${everyFinding.length}`)).toBeInTheDocument();
    expect(listed()).toHaveLength(everyFinding.length);
  });

  it.each<[string, string, string, (row: (typeof everyFinding)[number]) => boolean]>([
    ['errors', 'Gravité', 'Erreurs', ({ f }) => f.severity === 'error'],
    ['warnings', 'Gravité', 'Avertissements', ({ f }) => f.severity === 'warning'],
    ['information', 'Gravité', 'Informations', ({ f }) => f.severity === 'info'],
    ['a respondent', 'Répondant', 'Provence Alpes Agglomération', ({ r }) => r.result.respondent?.code === '200067437'],
    ['the unidentified', 'Répondant', 'Répondant non identifié', ({ r }) => r.result.respondent === null],
    ['a fiche', 'Fiche', 'Fiche 3.1', ({ f }) => f.fiche === '3.1'],
    ['a period', 'Période', '2024', ({ f }) => f.period === '2024'],
  ])('narrow the list: %s', async (_name, label, option, keep) => {
    const user = show(fakeEffects());
    await user.selectOptions(screen.getByRole('combobox', { name: label }), option);
    const expected = everyFinding.filter(keep);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(everyFinding.length);
    expect(screen.getByText(`${expected.length} anomalie${expected.length > 1 ? 's' : ''} affichée${expected.length > 1 ? 's' : ''} sur ${everyFinding.length}`)).toBeInTheDocument();
    expect(listed().map((li) => li.textContent)).toEqual(expected.map(({ f }) => expect.stringContaining(renderFinding(f, 'fr'))));
    // Returns with no finding left are not listed.
    const files = new Set(expected.map(({ r }) => r.fileName));
    for (const r of returns) expect(screen.queryByRole('list', { name: `Anomalies de ${r.fileName}` }) !== null).toBe(files.has(r.fileName));
  });

  it('combine, and « Toutes » lets go', async () => {
    const user = show(fakeEffects());
    await user.selectOptions(screen.getByRole('combobox', { name: 'Gravité' }), 'Erreurs');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Fiche' }), 'Fiche 1.1');
    const both = everyFinding.filter(({ f }) => f.severity === 'error' && f.fiche === '1.1');
    expect(listed()).toHaveLength(both.length);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Gravité' }), 'Toutes');
    expect(listed()).toHaveLength(everyFinding.filter(({ f }) => f.fiche === '1.1').length);
  });
});

describe('each finding', () => {
  it('says its severity in words, what is wrong in French, and where', () => {
    show(fakeEffects());
    const item = listed().find((li) => li.textContent?.includes(renderFinding(negative, 'fr')))!;
    expect(item).toBeDefined();
    expect(within(item).getByText('Erreur')).toBeInTheDocument();
    expect(within(item).getByText(`FA 1.1 - Coordination!${negative.cell} · ${negative.period}`)).toBeInTheDocument();
    // Column E: the first year asked; the row, below the action's follow-up block (plan 2.1.0).
    expect(negative).toMatchObject({ sheet: 'FA 1.1 - Coordination', cell: expect.stringMatching(/^E\d+$/) });
    // A finding about the whole file says so.
    const version = listed().find((li) => li.textContent?.includes('version 0.9.0'))!;
    expect(within(version).getByText('Avertissement')).toBeInTheDocument();
    expect(within(version).getByText('Classeur entier')).toBeInTheDocument();
    // The refusal's reason.
    expect(within(screen.getByRole('list', { name: 'Anomalies de notes.pdf' })).getByText(/n’est pas un classeur Excel/)).toBeInTheDocument();
  });

  // The adviser reads the plan's words; the code is there for whoever asks (the workbook's « Code » column).
  it('names its indicator by the label the collection sheet shows, the code on hover', async () => {
    const user = show(fakeEffects());
    const item = listed().find((li) => li.textContent?.includes(renderFinding(negative, 'fr')))!;
    const label = labelOf(negative.indicator!);
    expect(label).not.toBe(negative.indicator);
    expect(item.textContent).not.toContain(negative.indicator!);
    const shown = within(item).getByText(label);
    await user.hover(shown);
    expect(await screen.findByRole('tooltip')).toHaveTextContent(`Code : ${negative.indicator}`);
  });

  it.each<[string, Pick<Finding, 'indicator' | 'member'>, string | null]>([
    ['no indicator', { indicator: null, member: null }, null],
    ['an indicator', { indicator: negative.indicator, member: null }, labelOf(negative.indicator!)],
    ['a breakdown total', { indicator: negative.indicator, member: 'total' }, `${labelOf(negative.indicator!)} — total`],
    ['a member the plan lists', { indicator: negative.indicator, member: firstOption.code }, `${labelOf(negative.indicator!)} — ${firstOption.label}`],
    ['an indicator removed from the plan', { indicator: '9.9.a1.retire', member: null }, '9.9.a1.retire'],
  ])('labels %s', (_name, f, label) => {
    const subject = findingSubjects(plan, { total: 'total' })(f);
    expect(subject?.label ?? null).toBe(label);
    if (f.indicator !== null) expect(subject?.code).toBe(f.member !== null ? `${f.indicator}/${f.member}` : f.indicator);
  });

  it('outside Excel, offers no « Aller à la cellule »', () => {
    show(fakeEffects({ surface: 'files' }));
    expect(screen.queryAllByRole('button', { name: /Aller à la cellule/ })).toHaveLength(0);
  });

  it('in Excel, selects the cell of the finding; says when its sheet is not in the workbook', async () => {
    const selectFinding = jest.fn(async (f: Finding, _from: ImportedReturn) => f.cell !== negative.cell);
    const user = show(fakeEffects({ surface: 'excel', selectFinding }));
    const withCell = everyFinding.filter(({ f }) => f.sheet !== null && f.cell !== null);
    expect(screen.getAllByRole('button', { name: /^Aller à la cellule/ })).toHaveLength(withCell.length);
    await user.click(screen.getByRole('button', { name: `Aller à la cellule ${negative.cell} de l’onglet FA 1.1 - Coordination` }));
    // The finding, with the return it belongs to (the effect checks the open workbook is that return).
    expect(selectFinding).toHaveBeenCalledWith(negative, epci);
    expect(selectFinding.mock.calls[0]![0]).toBe(negative);
    expect(selectFinding.mock.calls[0]![1]).toBe(epci);
    const warning = await screen.findByText('L’onglet « FA 1.1 - Coordination » n’est pas dans ce classeur : ouvrez le fichier du retour pour voir la cellule.');
    expect(warning.closest('li')!.textContent).toContain(renderFinding(negative, 'fr'));
    // A sheet that is there: selected, and the message goes.
    const other = withCell.find(({ f }) => f.cell !== negative.cell)!.f;
    await user.click(screen.getByRole('button', { name: `Aller à la cellule ${other.cell} de l’onglet ${other.sheet}` }));
    expect(selectFinding).toHaveBeenLastCalledWith(other, expect.objectContaining({ result: expect.objectContaining({ findings: expect.arrayContaining([other]) }) }));
    expect(screen.queryByText(/n’est pas dans ce classeur/)).toBeNull();
  });
});

describe('annotated copy', () => {
  it('is offered for each return that was read, not for a refused file', () => {
    show(fakeEffects());
    const buttons = screen.getAllByRole('button', { name: /^Télécharger la copie annotée de / });
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual(
      returns.filter((r) => r.result.submission !== null).map((r) => `Télécharger la copie annotée de ${r.fileName}`),
    );
    expect(screen.queryByRole('button', { name: 'Télécharger la copie annotée de notes.pdf' })).toBeNull();
  });

  it('downloads the copy of the return asked for and says what was done', async () => {
    const effects = fakeEffects({ downloadAnnotated: jest.fn(async (r: ImportedReturn) => ({ message: `Copie annotée de ${r.fileName} téléchargée.`, details: ['2 cellules signalées.'] })) });
    const user = show(effects);
    await user.click(screen.getByRole('button', { name: `Télécharger la copie annotée de ${epci.fileName}` }));
    expect(effects.downloadAnnotated).toHaveBeenCalledTimes(1);
    expect(effects.downloadAnnotated.mock.calls[0]![0]).toBe(epci);
    expect(await screen.findByText(`Copie annotée de ${epci.fileName} téléchargée.`)).toBeInTheDocument();
    expect(screen.getByText('2 cellules signalées.')).toBeInTheDocument();
  });

  it('shows the error when the copy could not be made', async () => {
    const effects = fakeEffects({ downloadAnnotated: jest.fn(async () => Promise.reject(new FileEffectError('refused_file', 'Le fichier d’origine n’est plus disponible.'))) });
    const user = show(effects);
    await user.click(screen.getByRole('button', { name: `Télécharger la copie annotée de ${caf.fileName}` }));
    expect(await screen.findByText('Le fichier d’origine n’est plus disponible.')).toBeInTheDocument();
  });
});

it('a return with many findings shows them page by page', async () => {
  const findings = Array.from({ length: 57 }, (_, i) => finding('spaces_trimmed', { file: 'long.xlsx', sheet: 'FA 3.2', cell: `D${i + 7}`, value: ` ${i} `, params: { text: ` ${i} ` } }));
  const long: ImportedReturn = { fileName: 'long.xlsx', fileDate: null, bytes: null, result: { file: 'long.xlsx', respondent: null, status: 'ok', findings, submission: null } };
  const user = show(fakeEffects(), [long]);
  expect(screen.getByText('57 anomalies affichées sur 57')).toBeInTheDocument();
  expect(listed()).toHaveLength(50);
  await user.click(screen.getByRole('button', { name: 'Afficher les 7 anomalies suivantes' }));
  expect(listed()).toHaveLength(57);
  expect(screen.queryByRole('button', { name: /^Afficher/ })).toBeNull();
});
