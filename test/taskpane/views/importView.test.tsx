/** @jest-environment jsdom */
import { checkedReturn, earlierPlan, picked, plan, refusedReturn } from '../fixtures/views/returns';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { countBySeverity } from '../../../src/returns/findings';
import { TaskCancelled, type ImportedReturn, type PaneEffects, type TaskControl } from '../../../src/taskpane/effects/types';
import { ImportView } from '../../../src/taskpane/views/ImportView';
import { mergeReturns } from '../../../src/taskpane/views/importMerge';
import { fakeEffects } from '../support/fakeEffects';

const caf = checkedReturn('caf04');
const epciWithErrors = checkedReturn('200067437', { anomalies: ['negative_count', 'text_in_number'] });
const digneOlder = checkedReturn('04070', { generatedWith: earlierPlan('0.9.0') });
const unidentified = checkedReturn('04070', { alter: (grids) => grids.filter((g) => g.name !== '_ctg'), fileName: 'retour mairie.xlsx' });
const pdf = refusedReturn('notes de réunion.pdf');

/** The view with the session's list kept as the App keeps it; every `onReturns` call recorded. */
function Harness({ effects, initial = [], calls }: { effects: PaneEffects; initial?: ImportedReturn[]; calls: ImportedReturn[][] }) {
  const [returns, setReturns] = useState<ImportedReturn[]>(initial);
  return (
    <FluentProvider theme={webLightTheme}>
      <ImportView
        effects={effects}
        plan={plan}
        returns={returns}
        onReturns={(next) => {
          calls.push(next);
          setReturns(next);
        }}
      />
    </FluentProvider>
  );
}

function setup(options: { read?: ImportedReturn[]; initial?: ImportedReturn[]; importReturns?: PaneEffects['importReturns'] } = {}) {
  const effects = fakeEffects({ importReturns: jest.fn(options.importReturns ?? (async () => options.read ?? [])) });
  const calls: ImportedReturn[][] = [];
  const user = userEvent.setup({ applyAccept: false });
  render(<Harness effects={effects} initial={options.initial} calls={calls} />);
  return { effects, calls, user, input: screen.getByLabelText<HTMLInputElement>('Fichiers de retour à importer') };
}

const previewCards = () => within(screen.getByRole('list', { name: 'Fichiers lus' })).getAllByRole('listitem');
const cardOf = (fileName: string) => {
  const card = previewCards().find((li) => within(li).queryByText(fileName) !== null);
  if (card === undefined) throw new Error(`No card for ${fileName}`);
  return card;
};

describe('choosing files', () => {
  it('offers a labelled multiple file input for the spreadsheet kinds', () => {
    const { input } = setup();
    expect(input).toHaveAttribute('type', 'file');
    expect(input.multiple).toBe(true);
    expect(input.accept).toBe('.xlsx,.xlsm,.xls,.ods');
  });

  // The other kinds can be chosen so that each gets its reason; the hint must not promise them.
  it('the drop zone’s hint announces .xlsx alone, and .xlsm among the refused kinds', () => {
    setup();
    const zone = screen.getByRole('button', { name: 'Déposez les fichiers .xlsx ici ou choisissez-les' });
    expect(zone).toHaveAccessibleDescription(/^Classeurs Excel \.xlsx\. Un autre format \(\.xlsm à macros, .*\) est refusé/);
  });

  it('reads the chosen files with the plan through the effects', async () => {
    const { effects, user, input } = setup({ read: [caf] });
    const files = [new File(['a'], caf.fileName), new File(['b'], 'notes de réunion.pdf')];
    await user.upload(input, files);
    expect(effects.importReturns).toHaveBeenCalledTimes(1);
    const [planArg, filesArg, control] = effects.importReturns.mock.calls[0]!;
    expect(planArg).toBe(plan);
    // A kind outside `accept` is not filtered out here: the effects refuse it with a reason.
    expect(filesArg.map((f) => f.name)).toEqual([caf.fileName, 'notes de réunion.pdf']);
    expect(control.signal).toBeInstanceOf(AbortSignal);
  });

  it('the drop zone is a keyboard-reachable button that opens the file chooser', async () => {
    const { user, input } = setup();
    const click = jest.spyOn(input, 'click').mockImplementation(() => undefined);
    const zone = screen.getByRole('button', { name: 'Déposez les fichiers .xlsx ici ou choisissez-les' });
    await user.tab();
    expect(zone).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.keyboard(' ');
    expect(click).toHaveBeenCalledTimes(2);
  });

  it('dropped files go to the effects, every kind included', async () => {
    const { effects } = setup({ read: [caf, pdf] });
    const zone = screen.getByRole('button', { name: 'Déposez les fichiers .xlsx ici ou choisissez-les' });
    const files = [picked(caf.fileName), picked('notes de réunion.pdf')];
    await act(async () => {
      fireEvent.drop(zone, { dataTransfer: { files, types: ['Files'] } });
    });
    expect(effects.importReturns.mock.calls[0]![1].map((f) => f.name)).toEqual([caf.fileName, 'notes de réunion.pdf']);
    expect(await screen.findByRole('list', { name: 'Fichiers lus' })).toBeInTheDocument();
  });

  it('shows the progress file by file, and cancelling aborts the reading', async () => {
    let seen: TaskControl | undefined;
    const { user, input, calls } = setup({
      importReturns: (_plan, _files, control) => {
        seen = control;
        control.progress?.({ done: 1, total: 3, label: 'Digne.xlsx' });
        return new Promise((_, reject) => control.signal?.addEventListener('abort', () => reject(new TaskCancelled())));
      },
    });
    await user.upload(input, [new File(['a'], 'Digne.xlsx')]);
    expect(screen.getByRole('progressbar', { name: 'Lecture et contrôle des fichiers…' })).toHaveAttribute('aria-valuenow', String(1 / 3));
    expect(screen.getByRole('status')).toHaveTextContent('1 / 3 — Digne.xlsx');
    await user.click(screen.getByRole('button', { name: 'Annuler' }));
    expect(seen?.signal?.aborted).toBe(true);
    expect(await screen.findByText(/Opération annulée/)).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Fichiers lus' })).toBeNull();
    expect(calls).toEqual([]);
  });

  it('an effect that fails says so and imports nothing', async () => {
    const { user, input, calls } = setup({ importReturns: async () => Promise.reject(new Error('disque plein')) });
    await user.upload(input, [new File(['a'], 'Digne.xlsx')]);
    expect(await screen.findByText(/disque plein/)).toBeInTheDocument();
    expect(calls).toEqual([]);
  });
});

describe('the preview, file by file', () => {
  const counted = (r: ImportedReturn) => countBySeverity(r.result.findings);

  it.each<[string, ImportedReturn, { status: string; respondent: string; version: string | null; detail: RegExp }]>([
    ['a clean return', caf, { status: 'Conforme', respondent: "Répondant : Caisse d'Allocations Familiales des Alpes de Haute-Provence (caf04)", version: `Version du modèle : ${plan.version}`, detail: /^0 erreur, 0 avertissement$/ }],
    ['planted errors', epciWithErrors, { status: 'Erreurs', respondent: 'Répondant : Provence Alpes Agglomération (200067437)', version: `Version du modèle : ${plan.version}`, detail: /^2 erreurs, 0 avertissement$/ }],
    ['a workbook of an earlier plan version', digneOlder, { status: 'Avertissements', respondent: 'Répondant : Digne-les-Bains (04070)', version: 'Version du modèle : 0.9.0', detail: /^0 erreur, 1 avertissement$/ }],
    ['no « _ctg » sheet, no code in the name', unidentified, { status: 'Erreurs', respondent: 'Répondant : Non reconnu', version: null, detail: /^1 erreur, 1 avertissement$/ }],
    ['a refused file', pdf, { status: 'Refusé', respondent: 'Répondant : Non reconnu', version: null, detail: /^Motif du refus : Ce fichier n’est pas un classeur Excel/ }],
  ])('%s', async (_name, imported, expected) => {
    const { user, input } = setup({ read: [caf, epciWithErrors, digneOlder, unidentified, pdf] });
    await user.upload(input, [new File(['a'], 'x.xlsx')]);
    await screen.findByRole('list', { name: 'Fichiers lus' });
    expect(previewCards()).toHaveLength(5);
    const card = within(cardOf(imported.fileName));
    expect(card.getByText(expected.status)).toBeInTheDocument();
    expect(card.getByText(expected.respondent)).toBeInTheDocument();
    if (expected.version === null) expect(card.queryByText(/Version du modèle/)).toBeNull();
    else expect(card.getByText(expected.version)).toBeInTheDocument();
    expect(card.getByText(expected.detail)).toBeInTheDocument();
    // The counts shown are those of the findings.
    if (imported.result.status !== 'refused') {
      const c = counted(imported);
      expect(card.getByText(expected.detail).textContent).toContain(`${c.error} erreur`);
      expect(card.getByText(expected.detail).textContent).toContain(`${c.warning} avertissement`);
    }
  });

  it('imports the files read, a file of the same name replacing the earlier one; a refused file is neither counted nor imported', async () => {
    const older = { ...caf, fileDate: '2025-12-20T00:00:00.000Z' };
    const other = checkedReturn('04001');
    const { user, input, calls } = setup({ initial: [older, other], read: [caf, epciWithErrors, pdf] });
    await user.upload(input, [new File(['a'], caf.fileName), new File(['c'], epciWithErrors.fileName), new File(['b'], pdf.fileName)]);
    expect(within(cardOf(caf.fileName)).getByText('Remplacera le fichier du même nom déjà importé.')).toBeInTheDocument();
    expect(within(cardOf(pdf.fileName)).queryByText(/Remplacera/)).toBeNull();
    expect(screen.getByText('Le fichier refusé ne sera pas importé : demandez au répondant de le renvoyer au format .xlsx.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Importer ces 3 fichiers' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Importer ces 2 fichiers' }));
    expect(calls).toHaveLength(1);
    expect(calls[0]).toEqual([other, caf, epciWithErrors]);
    expect(calls[0]).not.toContain(older);
    // The preview is gone; the list below shows the session's returns.
    expect(screen.queryByRole('list', { name: 'Fichiers lus' })).toBeNull();
    const imported = within(screen.getByRole('list', { name: 'Retours importés' })).getAllByRole('listitem');
    expect(imported.map((li) => li.textContent)).toEqual([
      expect.stringContaining('CTG-P2A-2022-2025_04001_Aiglun.xlsx'),
      expect.stringContaining(caf.fileName),
      expect.stringContaining(epciWithErrors.fileName),
    ]);
  });

  it('a refused file never replaces a readable return of the same name', async () => {
    const named = refusedReturn(caf.fileName);
    const { user, input, calls } = setup({ initial: [caf], read: [named] });
    await user.upload(input, [new File(['a'], caf.fileName)]);
    expect(await screen.findByText('Le fichier refusé ne sera pas importé : demandez au répondant de le renvoyer au format .xlsx.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Importer/ })).toBeNull();
    expect(within(cardOf(caf.fileName)).queryByText(/Remplacera/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Fermer' }));
    expect(calls).toEqual([]);
    expect(within(screen.getByRole('list', { name: 'Retours importés' })).getAllByRole('listitem')).toHaveLength(1);
  });

  it('« Annuler » leaves the list as it was', async () => {
    const { user, input, calls } = setup({ initial: [caf], read: [epciWithErrors] });
    await user.upload(input, [new File(['a'], epciWithErrors.fileName)]);
    await user.click(await screen.findByRole('button', { name: 'Annuler' }));
    expect(calls).toEqual([]);
    expect(screen.queryByRole('list', { name: 'Fichiers lus' })).toBeNull();
    expect(within(screen.getByRole('list', { name: 'Retours importés' })).getAllByRole('listitem')).toHaveLength(1);
  });

  it('says so when no file could be read, with nothing to import', async () => {
    const { user, input } = setup({ read: [] });
    await user.upload(input, [new File(['a'], 'x.xlsx')]);
    expect(await screen.findByText('Aucun fichier n’a été lu.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Importer/ })).toBeNull();
  });
});

describe('the returns imported so far', () => {
  it('counts them by status and can be cleared, once confirmed', async () => {
    const { user, calls } = setup({ initial: [caf, epciWithErrors, digneOlder, pdf] });
    expect(screen.getByText('4 retours importés : 1 conforme, 1 avec avertissements, 1 avec erreurs, 1 refusé.')).toBeInTheDocument();
    const items = within(screen.getByRole('list', { name: 'Retours importés' })).getAllByRole('listitem');
    expect(items.map((li) => within(li).getByText(/^(Conforme|Avertissements|Erreurs|Refusé)$/).textContent)).toEqual(['Conforme', 'Erreurs', 'Avertissements', 'Refusé']);
    await user.click(screen.getByRole('button', { name: 'Vider la liste' }));
    expect(calls).toEqual([]);
    expect(screen.getByText('Retirer les 4 retours importés ? Il faudra les importer de nouveau pour les consolider.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Garder les retours' }));
    expect(calls).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Vider la liste' }));
    await user.click(screen.getByRole('button', { name: 'Oui, vider la liste' }));
    expect(calls).toEqual([[]]);
    expect(screen.getByText('Aucun retour importé pour l’instant.')).toBeInTheDocument();
  });
});

describe('mergeReturns', () => {
  const named = (fileName: string, tag: string): ImportedReturn => ({ ...refusedReturn(fileName), fileDate: tag });
  it.each<[string, string[], string[], string[]]>([
    ['appends new files', ['a@1', 'b@1'], ['c@2'], ['a@1', 'b@1', 'c@2']],
    ['a file of the same name replaces the earlier one, as the newest', ['a@1', 'b@1'], ['a@2'], ['b@1', 'a@2']],
    ['within one batch the last of a name wins', [], ['a@1', 'b@1', 'a@2'], ['b@1', 'a@2']],
    ['names differing in case are different files', ['A@1'], ['a@2'], ['A@1', 'a@2']],
  ])('%s', (_name, existing, incoming, expected) => {
    const build = (items: string[]) => items.map((x) => named(x.split('@')[0]!, x.split('@')[1]!));
    expect(mergeReturns(build(existing), build(incoming)).map((r) => `${r.fileName}@${r.fileDate}`)).toEqual(expected);
  });
});
