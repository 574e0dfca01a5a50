/**
 * Specs the Office.js adapter is tested and measured on: the real plan sheets and collection
 * workbooks (default plan, and a plan ten times as large), the collection sheets of the 46
 * communes gathered into one workbook, and consolidation tabs.
 *
 * Consolidation tabs come from the real builder (src/report) over simulated returns.
 */
import { simulateReturn } from '../../../src/demo';
import { validateGrids } from '../../../src/app/validate';
import { buildCollectionWorkbook, buildPlanWorkbook, mergedCollectionSpec, respondentsOf } from '../../../src/collect';
import { consolidate } from '../../../src/consolidate';
import { defaultPlan, type Plan } from '../../../src/plan';
import { buildConsolidationWorkbook } from '../../../src/report';
import { specToGrids } from '../../oracles/specToGrid';
import type { CellSpec, SheetSpec, WorkbookSpec } from '../../../src/workbook/spec';

export const now = '2026-11-29T10:00:00.000Z';

/** The default plan with its fiches copied `factor` times (new numbers and codes). */
export function scaledPlan(factor: number): Plan {
  const plan = defaultPlan();
  const copies = Array.from({ length: factor - 1 }, (_, i) => i + 1).flatMap((k) =>
    plan.fiches.map((fiche) => {
      const copy = structuredClone(fiche);
      const [major, minor] = fiche.number.split('.');
      copy.number = `${Number(major) + 10 * k}.${minor ?? '0'}`;
      const recode = (code: string) => `k${k}.${code}`;
      copy.actions.forEach((action) => {
        action.code = recode(action.code);
        action.indicators.forEach((indicator) => (indicator.code = recode(indicator.code)));
      });
      copy.indicators.forEach((indicator) => (indicator.code = recode(indicator.code)));
      return copy;
    }),
  );
  return { ...plan, fiches: [...plan.fiches, ...copies] };
}

export function collectionSpec(code: string, plan = defaultPlan(), options: { password?: string } = {}): WorkbookSpec {
  const respondent = respondentsOf(plan).find((r) => r.code === code || r.kind === code);
  if (respondent === undefined) throw new Error(`unknown respondent ${code}`);
  return buildCollectionWorkbook(plan, respondent, { now, ...options }).spec;
}

export function planSpec(plan = defaultPlan()): WorkbookSpec {
  return buildPlanWorkbook(plan, now);
}

/**
 * The collection sheets of the communes, in one workbook: each commune's sheets prefixed with its
 * INSEE code, internal links following (src/collect/mergedCollection.ts, as the task pane writes them).
 */
export function communesCollectionSpec(plan: Plan, count = 46): WorkbookSpec {
  const communes = respondentsOf(plan).filter((r) => r.kind === 'commune').slice(0, count);
  return mergedCollectionSpec(plan, communes, { now });
}

/** Text a commune may type, which Excel must never run or convert. */
export const trickyTexts = ['=1+1', '+33 4 92 00 00 00', '-5', '-reste à voir', '@SUM(A1)', "'déjà entre apostrophes", '12', '1,5', '50%', 'TRUE', '2024-03-15', '#N/A', '=HYPERLINK("http://exemple.org")'];


/** The default plan with `factor` times as many communes (new INSEE codes), so `factor` times as many returns. */
export function scaledTerritoryPlan(factor: number): Plan {
  const base = defaultPlan();
  const communes = base.territory.communes.flatMap((c) =>
    Array.from({ length: factor }, (_, k) => (k === 0 ? c : { ...c, insee: `${k}${c.insee.slice(1)}`, name: `${c.name} ${k + 1}`, signatory: false })),
  );
  return { ...base, territory: { ...base.territory, communes } };
}

/**
 * The real consolidation tabs (src/report) of one simulated, validated return per commune —
 * 46 returns for the default plan, ten times more with `factor` 10. Every fifth return carries
 * planted anomalies (text in a number cell, French typing), so findings and raw text show up.
 */
export function consolidationSpec(factor = 1): WorkbookSpec {
  const plan = scaledTerritoryPlan(factor);
  const inputs = respondentsOf(plan)
    .filter((r) => r.kind === 'commune')
    .map((respondent, i) => {
      const simulated = simulateReturn(plan, respondent, { seed: 2026, now, completeness: i % 7 === 3 ? 'partial' : 'full', anomalies: i % 5 === 0 ? ['text_in_number', 'french_typing'] : [] });
      const result = validateGrids(plan, `${respondent.code}.xlsx`, specToGrids(simulated.spec));
      return { result, fileDate: null, importedAt: now };
    });
  return buildConsolidationWorkbook(plan, consolidate(plan, inputs, { now }));
}

/** One sheet that uses every part of the spec model, for the contract test. */
export function everythingSpec(): WorkbookSpec {
  const rule = (kind: string) => ({ allowBlank: true, prompt: { title: `Saisie ${kind}`, text: 'Texte d’aide.' }, error: { title: 'Refusé', text: 'Valeur refusée.', style: 'stop' as const } });
  const sheet: SheetSpec = {
    name: "Tout d'un coup",
    visibility: 'visible',
    tabColour: 'FF00B050',
    columns: [{ width: 20 }, { width: 14 }, { width: 14, hidden: true }, { width: 30 }],
    rows: [
      [{ value: 'Titre fusionné', style: 'title' }],
      [{ value: 'Entier' }, { style: 'input.integer', unlocked: true, input: { kind: 'whole', min: 0, max: 100, ...rule('entier') } }],
      [{ value: 'Décimal' }, { style: 'input.decimal', unlocked: true, input: { kind: 'decimal', min: -1.5, ...rule('décimal') } }],
      [{ value: 'Date' }, { style: 'input.date', unlocked: true, input: { kind: 'date', from: '2024-01-01', to: '2024-12-31', ...rule('date') } }],
      [{ value: 'Liste' }, { style: 'input.yesNo', unlocked: true, input: { kind: 'list', options: ['Oui', 'Non', 'NC'], allowBlank: false } }],
      [{ value: 'Plage' }, { unlocked: true, input: { kind: 'listRange', source: 'Choix', ...rule('liste') } }],
      [{ value: 'Longueur' }, { style: 'comment', unlocked: true, input: { kind: 'textLength', max: 200, ...rule('texte') } }],
      [{ value: 'Personnalisée' }, { style: 'input.integer', unlocked: true, input: { kind: 'custom', formula: 'OR(ISNUMBER({cell}),{cell}="NC")', ...rule('libre') } }],
      [{ value: 'Personnalisée' }, { style: 'input.integer', unlocked: true, input: { kind: 'custom', formula: 'OR(ISNUMBER({cell}),{cell}="NC")', ...rule('libre') } }],
      [{ value: 'Formule' }, { formula: 'IF(COUNT(B8:B9)=0,"",SUM(B8:B9))', style: 'total.integer', note: 'Total calculé.' }],
      [{ value: 'Nombres' }, { value: 1234.5, style: 'total.amount' }, { value: 0.125, style: 'total.percentage' }, { value: true }],
      [{ value: 'Lien interne', style: 'link', link: { kind: 'internal', sheet: 'Cachée', cell: 'B2' } }, { value: 'Lien externe', style: 'link', link: { kind: 'external', url: 'https://www.caf.fr/' } }],
      [],
      ...trickyTexts.map((text): CellSpec[] => [{ value: 'Texte' }, { value: text, style: 'text' }]),
    ],
    rowHeights: { 1: 24, 2: 18, 3: 18, 5: 30 },
    merges: ['A1:D1'],
    freeze: { rows: 1, columns: 1 },
    protection: { password: 'secret' },
    print: { orientation: 'portrait', paper: 'A4', fitToWidth: true },
    tables: [{ name: 'Repères', topLeft: 'F2', columns: ['Code', 'Libellé', 'Valeur'], rows: [['a', '=pas une formule', 1], ['b', null, 2.5], ['c', '@x', true]] }],
    conditionalFormats: [{ range: 'B2:B9', formula: 'AND(ISNUMBER(B2),B2>50)', style: 'alert' }],
  };
  const hidden: SheetSpec = { name: 'Cachée', visibility: 'hidden', columns: [], rows: [[], [undefined, { value: 'cible' }]], merges: [] };
  const lists: SheetSpec = { name: 'Listes', visibility: 'veryHidden', columns: [{ width: 12 }], rows: [[{ value: 'un' }], [{ value: 'deux' }]], merges: [], freeze: { rows: 0, columns: 1 } };
  const rowsOnly: SheetSpec = { name: 'Lignes', visibility: 'visible', columns: [], rows: [[{ value: 'x' }]], merges: [], freeze: { rows: 2, columns: 0 } };
  return {
    sheets: [sheet, hidden, lists, rowsOnly],
    styles: {
      ...buildCollectionWorkbook(defaultPlan(), respondentsOf(defaultPlan())[0]!, { now }).spec.styles,
      alert: { fill: 'FFFFC7CE', font: { colour: 'FF9C0006', bold: true, italic: true } },
    },
    definedNames: [{ name: 'Choix', sheet: 'Listes', range: 'A1:A2' }],
    properties: { title: 'Tout', creator: 'CTG Indicateurs', created: now },
  };
}
