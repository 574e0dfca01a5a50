/**
 * End to end on files: collection workbooks generated, filled with known values as a commune
 * would (ExcelJS), read back, validated and consolidated; then the written workbook is read back
 * (« Données » and the fiche tabs hold exactly the numbers written) and opened by LibreOffice with
 * a profile that recalculates on load, whose totals must equal those the code computed.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { consolidateFiles, consolidationJson, type ConsolidateFile, type ConsolidateRun } from '../../src/app/consolidate';
import { collectionFileName } from '../../src/app/fileNames';
import { buildCollectionWorkbook, respondentsOf, type InputCell } from '../../src/collect';
import { defaultPlan, type Plan } from '../../src/plan';
import { isGovernanceFiche } from '../../src/plan/governance';
import type { Grid } from '../../src/workbook/grid';
import { renderWorkbook } from '../../src/xlsx/charts';
import { readGrids } from '../../src/xlsx/readGrids';
import { renderSpec } from '../../src/xlsx/renderSpec';
import { convert } from '../support/libreoffice';
import { csvNumber, recalculatedSheets } from './support/recalc';

/**
 * This file tests the consolidation workbook, not who is asked: every commune is asked fiche 3.2
 * action 1 and 6.1's meetings, as the plan did before it chose respondents by competence and
 * perimeter (test/collect/respondentSelection.test.ts covers that), so that Digne-les-Bains,
 * Aiglun and Seyne can type them.
 */
function everyCommuneAsked(plan: Plan): Plan {
  const copy = structuredClone(plan);
  for (const fiche of copy.fiches) {
    for (const indicator of [...fiche.indicators, ...fiche.actions.flatMap((a) => a.indicators)]) {
      indicator.reporters = indicator.reporters.map((r) => (r.startsWith('commune[') ? 'commune' : r));
    }
  }
  return copy;
}

const plan = everyCommuneAsked(defaultPlan());
const dir = mkdtempSync(join(tmpdir(), 'ctg-consolidation-'));
const now = '2026-02-02T08:30:00.000Z';
const respondents = new Map(respondentsOf(plan).map((r) => [r.code, r]));

type Fill = string | number | Date;
/** What each respondent types, by `code|period|member` (`code||member` for a comment). */
const fills: Record<string, Record<string, Fill>> = {
  '200067437': {
    '3.2.a1.places_creees|2024|eaje': 3, '3.2.a1.places_creees|2024|mam': 5,
    '3.2.a1.projets|2023|eaje': 2, '3.2.a1.projets|2023|mam': 1, '3.2.a1.projets|2023|autre': 0,
    '3.2.a1.projets|2024|eaje': 3, '3.2.a1.projets|2024|mam': 1,
    '3.2.a1.cout_financier|2024|familles': 3000, '3.2.a1.cout_financier|2024|caf': 5000, '3.2.a1.cout_financier|2024|epci': 2000,
    '3.1.a1.jours_arret_travail|2023|': 100, '3.1.a1.jours_arret_travail|2024|': 120,
    '6.1.reunions_partenariales|2022|': 2,
    '3.1.a1.jours_arret_travail||': '=HYPERLINK("http://exemple.fr","clic")',
  },
  '04070': {
    '3.2.a1.places_creees|2024|eaje': 5, '3.2.a1.places_creees|2024|mam': 'NC', '3.2.a1.places_creees|2024|autre': 0,
    '3.2.a1.projets|2023|eaje': 4, '3.2.a1.projets|2024|eaje': 6, '3.2.a1.projets|2024|mam': 2,
    '3.2.a1.cout_financier|2024|familles': 500, '3.2.a1.cout_financier|2024|caf': 250, '3.2.a1.cout_financier|2024|communes': 250,
    '3.1.a1.jours_arret_travail|2023|': 50, '3.1.a1.jours_arret_travail|2024|': 0, '3.1.a1.jours_arret_travail|2025|': 30,
    '6.1.reunions_partenariales|2022|': 3,
    '3.2.a1.places_creees||eaje': '+33 6 12 34 56 78',
  },
  '04001': {
    '3.2.a1.places_creees|2024|eaje': 0, '3.2.a1.projets|2024|autre': 1,
    '6.1.reunions_partenariales|2022|': 1,
    '3.1.a1.jours_arret_travail||': '-2 jours (estimation)',
  },
  '04205': {
    '3.2.a1.places_creees|2024|eaje': 'NC', '3.2.a1.places_creees|2024|mam': 'NC', '3.2.a1.places_creees|2024|autre': 'NC',
    '3.1.a1.jours_arret_travail|2024|': 'NC', '6.1.reunions_partenariales|2022|': 0,
    '3.3.a1.rencontres_partenaires|2023|': 'beaucoup',
  },
  caf04: {
    '2.1.a1.diversite_structures|2023|': 4, '2.1.a1.diversite_structures|2024|': 6,
    '2.2.a1.montant_moyen_droits|2022|': 123.45,
    '2.1.a2.carte|2024|': 'Oui', '2.1.a2.carte_date|2024|': new Date(Date.UTC(2024, 5, 15)),
    '6.1.reunions_partenariales|2022|': 5, '2.2.a2.accompagnements_sociaux|2024|': 410,
    '6.1.questionnaires_resultats|2024|': '=1+1', '6.1.questionnaires_resultats|2025|': '@SOMME(A1:A2)',
  },
};
/** Digne's first return, replaced by the one above (dated later). */
const digneFirst: Record<string, Fill> = { '3.2.a1.places_creees|2024|eaje': 50, '3.2.a1.projets|2023|eaje': 4 };
const injected = ['=HYPERLINK("http://exemple.fr","clic")', '+33 6 12 34 56 78', '-2 jours (estimation)', '=1+1', '@SOMME(A1:A2)'];

/** A date as LibreOffice exports it: in its locale's order (month first in a fresh profile), 2- or 4-digit year. */
function exportedDate(iso: string): RegExp {
  const [y, m, d] = iso.split('-') as [string, string, string];
  const year = `(${y}|${y.slice(2)})`;
  return new RegExp(`^(${m}/${d}/${year}|${d}/${m}/${year})$`);
}

const cellMaps = new Map<string, InputCell[]>();

async function writeReturn(code: string, values: Record<string, Fill>, suffix = ''): Promise<string> {
  const respondent = respondents.get(code)!;
  const { spec, inputs } = buildCollectionWorkbook(plan, respondent, { now: '2025-12-01T09:00:00.000Z' });
  cellMaps.set(code, inputs);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await renderSpec(spec)) as unknown as ArrayBuffer);
  for (const [key, value] of Object.entries(values)) {
    const [c, period, member] = key.split('|') as [string, string, string];
    const input = inputs.find((i) => i.code === c && i.period === period && i.member === member && (period === '' ? i.type === 'comment' : i.type !== 'comment'));
    if (input === undefined) throw new Error(`no input cell for ${code} ${key}`);
    workbook.getWorksheet(input.sheet)!.getCell(input.cell).value = value;
  }
  const file = join(dir, collectionFileName(plan, respondent).replace('.xlsx', `${suffix}.xlsx`));
  writeFileSync(file, new Uint8Array(await workbook.xlsx.writeBuffer()));
  return file;
}

let run: ConsolidateRun;
let output: string;
let grids: Map<string, Grid>;

beforeAll(async () => {
  const files: ConsolidateFile[] = [];
  const add = (fileName: string, fileDate: string) => files.push({ fileName, fileDate, bytes: new Uint8Array(readFileSync(fileName)) });
  add(await writeReturn('04070', digneFirst, '_v1'), '2026-01-10T10:00:00.000Z');
  for (const [code, values] of Object.entries(fills)) add(await writeReturn(code, values), '2026-01-20T10:00:00.000Z');
  output = join(dir, 'consolidation.xlsx');
  run = await consolidateFiles(
    plan,
    files,
    {
      readGrids: (bytes) => readGrids(bytes),
      render: renderWorkbook,
      write: async (bytes) => {
        writeFileSync(output, bytes);
        return output;
      },
    },
    { now },
  );
  grids = new Map((await readGrids(readFileSync(output))).map((g) => [g.name, g]));
}, 120_000);

const cellOf = (code: string, period: string, member = '') => run.consolidation.indicators.find((i) => i.code === code)!.cells.find((c) => c.period === period && c.member === member)!;

describe('the consolidation of the files', () => {
  it.each<[string, string, string, unknown]>([
    ['3.2.a1.places_creees', '2024', 'eaje', 8],
    ['3.2.a1.places_creees', '2024', 'mam', 5],
    ['3.2.a1.places_creees', '2024', 'autre', 0],
    ['3.2.a1.places_creees', '2024', 'total', 13],
    ['3.2.a1.places_creees', '2025', 'total', null],
    ['3.2.a1.projets', '2023', 'total', 7],
    ['3.2.a1.projets', '2024', 'total', 13],
    ['3.2.a1.cout_financier', '2024', 'familles', 3500],
    ['3.2.a1.cout_financier', '2024', 'caf', 5250],
    ['3.2.a1.cout_financier', '2024', 'total', 11000],
    ['3.1.a1.jours_arret_travail', '2023', '', 150],
    ['3.1.a1.jours_arret_travail', '2024', '', 120],
    ['3.1.a1.jours_arret_travail', '2025', '', 30],
    ['2.1.a1.diversite_structures', '2024', '', 6],
    ['2.2.a1.montant_moyen_droits', '2022', '', 123.45],
    ['2.1.a2.carte', '2024', '', true],
    ['2.1.a2.carte_date', '2024', '', '2024-06-15'],
    // « Participation du pôle logement de la CAF à toutes les opérations »: the Caf's count (5), not 5 + 2 + 3 + 1 + 0.
    ['6.1.reunions_partenariales', '2022', '', 5],
    // Asked once in fiche 2.2, shown in fiche 2.1 too.
    ['2.1.a1.accompagnements_sociaux', '2024', '', 410],
    ['2.2.a2.accompagnements_sociaux', '2024', '', 410],
  ])('totals %s %s %s as %p', (code, period, member, total) => {
    expect(cellOf(code, period, member).total).toEqual(total);
  });

  it.each<[string, string, string, string]>([
    ['6.1.reunions_partenariales', '2022', '', 'chiffre de la Caf (source qui fait foi)'],
    ['3.2.a1.projets', '2024', 'total', 'somme des contributions distinctes de l’EPCI et de 2 communes'],
    ['3.1.a1.jours_arret_travail', '2024', '', 'somme des contributions distinctes de l’EPCI et d’une commune'],
    ['2.1.a1.accompagnements_sociaux', '2024', '', 'chiffre de la Caf, repris de 2.2.a2.accompagnements_sociaux (demandé une seule fois)'],
    ['3.2.a1.cout_financier', '2024', 'familles', 'part calculée sur les montants (somme des contributions distinctes de l’EPCI et d’une commune)'],
  ])('says how %s %s %s was formed, in the JSON: « %s »', (code, period, member, text) => {
    const total = consolidationJson(run.consolidation, output).totals.find((t) => t.indicator === code && t.period === period && t.member === member)!;
    expect(total.formation.text).toBe(text);
  });

  it('computes the shares of the cost from the amounts: a ratio of the sums, whatever each project’s size', () => {
    // The EPCI's families paid 30 % of 10 000 €, Digne's 50 % of 1 000 €: together 3 500 of 11 000 €.
    expect(cellOf('3.2.a1.cout_financier', '2024', 'familles').share).toBeCloseTo(3500 / 11000, 9);
    expect(cellOf('3.2.a1.cout_financier', '2024', 'familles').share).not.toBeCloseTo((0.3 + 0.5) / 2, 2);
  });

  it('counts empty, « NC » and refused cells apart', () => {
    expect(cellOf('3.2.a1.places_creees', '2024', 'eaje').counts).toMatchObject({ answered: 3, nc: 1, empty: 0 });
    expect(cellOf('3.1.a1.jours_arret_travail', '2024', '').counts).toMatchObject({ answered: 2, nc: 1, empty: 1 });
    expect(cellOf('3.3.a1.rencontres_partenaires', '2023', '').counts).toMatchObject({ answered: 0, invalid: 1 });
  });

  it('computes the evolution the plan asks for', () => {
    expect(cellOf('3.2.a1.projets', '2024', 'total').evolution).toMatchObject({ absolute: 6, percent: 0.857142857 });
    expect(cellOf('3.1.a1.jours_arret_travail', '2025', '').evolution).toMatchObject({ absolute: -90, percent: -0.75 });
  });

  it('lets Digne’s newer return win and keeps the replaced value', () => {
    expect(run.consolidation.files.find((f) => f.file.endsWith('_v1.xlsx'))).toMatchObject({ outcome: 'superseded', version: 1 });
    expect(run.consolidation.history).toEqual(expect.arrayContaining([expect.objectContaining({ respondent: '04070', code: '3.2.a1.places_creees', value: 50, replacedBy: expect.objectContaining({ value: 5, version: 2 }) })]));
  });
});

describe('the workbook read back', () => {
  const table = () => {
    const rows = grids.get('Données')!.rows;
    const header = rows[0] as string[];
    return rows.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? null])));
  };

  it('holds in « Données » exactly the values typed, each traced to its cell', () => {
    const typed = Object.entries(fills).flatMap(([respondent, values]) =>
      Object.entries(values)
        .filter(([key, v]) => key.split('|')[1] !== '' && v !== 'NC' && v !== 'beaucoup')
        .map(([key, v]) => {
          const [code, period, member] = key.split('|') as [string, string, string];
          const cell = cellMaps.get(respondent)!.find((i) => i.code === code && i.period === period && i.member === member)!;
          // Date cells come back as ISO dates (readGrids).
          const shown = v instanceof Date ? v.toISOString().slice(0, 10) : v;
          return [respondent, code, member, period, shown, cell.sheet, cell.cell].join(' | ');
        }),
    );
    const members = new Map(plan.lists.flatMap((l) => l.options.map((o) => [o.label, o.code])));
    const periods = new Map(plan.periods.map((p) => [p.label, p.id]));
    const read = table()
      .filter((r) => r['état'] === 'valeur')
      .map((r) => [r['répondant'], r['indicateur'], members.get(String(r['membre'])) ?? '', periods.get(String(r['période'])), r['valeur'], r['feuille'], r['cellule']].join(' | '));
    expect(read.sort()).toEqual(typed.sort());
  });

  it('says which file each value came from, its version and state', () => {
    const rows = table();
    const digne = rows.find((r) => r['répondant'] === '04070' && r['indicateur'] === '3.2.a1.places_creees' && r['période'] === 'Année 2024' && r['membre'] === 'MAM (maison d’assistants maternels)')!;
    expect([digne['valeur'], digne['état'], digne['version'], digne['fichier']]).toEqual([null, 'non concerné', 2, 'CTG-P2A-2022-2025_04070_Digne-les-Bains.xlsx']);
    const refusedValue = rows.find((r) => r['répondant'] === '04205' && r['indicateur'] === '3.3.a1.rencontres_partenaires' && r['période'] === 'Année 2023')!;
    expect([refusedValue['valeur'], refusedValue['état']]).toEqual(['beaucoup', 'invalide']);
    expect(rows.filter((r) => r['état'] === 'vide').length).toBeGreaterThan(100);
  });

  it('keeps in « Historique » the value Digne’s newer return replaced, with its source and dates', () => {
    const rows = grids.get('Historique')!.rows;
    const header = rows[0] as string[];
    const row = rows.find((r) => r[0] === '04070' && r[2] === '3.2.a1.places_creees' && r[5] === 'Année 2024' && r[6] === 50)!;
    const at = (name: string) => row[header.indexOf(name)];
    expect([at('état'), at('fichier'), at('version'), at('date du fichier'), at('importé le')]).toEqual(['valeur', 'CTG-P2A-2022-2025_04070_Digne-les-Bains_v1.xlsx', 1, '2026-01-10T10:00:00', '2026-02-02T08:30:00']);
    expect([at('remplacée par'), at('nouvelle version'), at('nouvelle valeur'), at('modifiée')]).toEqual(['CTG-P2A-2022-2025_04070_Digne-les-Bains.xlsx', 2, 5, 'Oui']);
    const unchanged = rows.find((r) => r[0] === '04070' && r[2] === '3.2.a1.projets' && r[5] === 'Année 2023')!;
    expect(unchanged[header.indexOf('modifiée')]).toBe('Non');
  });

  it('holds in the fiche tab the value of each respondent where the territory formulas read it', () => {
    const rows = grids.get('FA 3.2 - Accueil 0-3 ans')!.rows;
    const column = (rows[4] as string[]).indexOf('Année 2024');
    const detail = (code: string, respondent: string) => rows.find((r) => r[0] === code && r[2] === respondent)?.[column];
    expect(detail('3.2.a1.places_creees/eaje', '200067437')).toBe(3);
    expect(detail('3.2.a1.places_creees/eaje', '04070')).toBe(5);
    expect(detail('3.2.a1.places_creees/mam', '04070')).toBe('NC');
    expect(detail('3.2.a1.places_creees/autre', '04070')).toBe(0);
    expect(detail('3.2.a1.places_creees/autre', '200067437') ?? null).toBeNull();
  });
});

describe('opened by LibreOffice, recalculating on load', () => {
  let sheets: Map<string, string[][]>;
  beforeAll(async () => {
    sheets = await recalculatedSheets(output);
  }, 180_000);

  it('gives, in every fiche tab, the territory figures the code computed', () => {
    let compared = 0;
    // The governance the plan derives has its own tab (« Gouvernance »), not a fiche tab.
    for (const fiche of plan.fiches.filter((f) => f.status === 'active' && !isGovernanceFiche(f))) {
      const rows = [...sheets.entries()].find(([name]) => name.startsWith(`FA ${fiche.number} `))![1];
      const header = rows[4]!;
      for (const indicator of run.consolidation.indicators.filter((i) => i.fiche === fiche.number && i.applied !== 'listed')) {
        for (const cell of indicator.cells.filter((c) => c.applicable)) {
          const code = cell.member === '' ? indicator.code : `${indicator.code}/${cell.member}`;
          const row = rows.find((r) => r[0] === code)!;
          const shown = row[header.indexOf(plan.periods.find((p) => p.id === cell.period)!.label)]!;
          const expected = cell.total === null ? '' : cell.total === true ? 'Oui' : cell.total === false ? 'Non' : cell.total;
          const read = csvNumber(shown);
          const at = `${code} ${cell.period}`;
          if (typeof expected === 'number') expect({ at, read: typeof read === 'number' ? Math.round(read * 1e9) / 1e9 : read }).toEqual({ at, read: expected });
          else if (indicator.type === 'date' && expected !== '') expect({ at, read: shown }).toEqual({ at, read: expect.stringMatching(exportedDate(expected)) });
          else expect({ at, read }).toEqual({ at, read: expected });
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(150);
  });

  it('recalculates the evolutions and the counts of answers', () => {
    const rows = sheets.get('FA 3.2 - Accueil 0-3 ans')!;
    const header = rows[4]!;
    const c2024 = header.indexOf('Année 2024');
    expect(csvNumber(rows.find((r) => r[0] === '3.2.a1.projets/total/evolution')![c2024]!)).toBe(6);
    expect(csvNumber(rows.find((r) => r[0] === '3.2.a1.projets/total/evolution_pct')![c2024]!)).toBeCloseTo(6 / 7, 9);
    const block = rows.findIndex((r) => r[0] === '3.2.a1.places_creees/eaje' && r[2] !== '' && r[2] !== undefined);
    const counts = rows.slice(block).find((r) => r[1] === 'Répondu · vide · NC')!;
    expect(counts[c2024]).toBe('3 · 0 · 1');
  });

  it('recalculates each funder’s share of the cost from the territory amounts, as the code computed it', () => {
    const rows = sheets.get('FA 3.2 - Accueil 0-3 ans')!;
    const header = rows[4]!;
    const indicator = run.consolidation.indicators.find((i) => i.code === '3.2.a1.cout_financier')!;
    const shares = indicator.cells.filter((c) => c.period === '2024' && c.share !== null);
    expect(shares.map((c) => c.member).sort()).toEqual(['caf', 'communes', 'epci', 'familles']);
    for (const cell of shares) {
      const read = csvNumber(rows.find((r) => r[0] === `3.2.a1.cout_financier/${cell.member}/part`)![header.indexOf('Année 2024')]!);
      expect({ member: cell.member, read: Math.round((read as number) * 1e9) / 1e9 }).toEqual({ member: cell.member, read: cell.share });
    }
  });

  it('shows the key figures of the summary linked to the fiche tabs', () => {
    const rows = sheets.get('Synthèse')!;
    const header = rows.find((r) => r[0] === 'Indicateur')!;
    const row = rows.find((r) => r[1] === '3.2.a1.projets/total')!;
    expect(csvNumber(row[header.indexOf('Année 2024')]!)).toBe(13);
    expect(csvNumber(row[header.indexOf('Année 2023')]!)).toBe(7);
  });

  it('keeps the text that came from the returns as text', () => {
    const text = [...sheets.values()].flat().flat();
    for (const t of injected) expect(text).toContain(t);
    const rows = sheets.get('FA 6.1 - Logement')!;
    const header = rows[4]!;
    const answers = rows.find((r) => r[0] === '6.1.questionnaires_resultats' && r[2] === 'caf04')!;
    expect([answers[header.indexOf('Année 2024')], answers[header.indexOf('Année 2025')]]).toEqual(['=1+1', '@SOMME(A1:A2)']);
  });

  it('prints the workbook, charts included, to PDF', async () => {
    const out = mkdtempSync(join(tmpdir(), 'ctg-pdf-'));
    const [pdf] = await convert(output, 'pdf', out);
    expect(statSync(pdf!).size).toBeGreaterThan(50_000);
  }, 120_000);
});

describe('formula injection', () => {
  it('writes every comment and text answer starting with = + - @ as a text cell, read back with ExcelJS', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(output) as unknown as ArrayBuffer);
    const found = new Map<string, number>();
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          const formula = cell.type === ExcelJS.ValueType.Formula ? String(cell.formula) : '';
          for (const t of injected) {
            expect(formula.includes(t.slice(1))).toBe(false);
            if (cell.value === t) {
              expect({ at: `${sheet.name}!${cell.address}`, type: cell.type }).toEqual({ at: `${sheet.name}!${cell.address}`, type: ExcelJS.ValueType.String });
              found.set(t, (found.get(t) ?? 0) + 1);
            }
          }
        }),
      ),
    );
    for (const t of injected) expect({ t, found: (found.get(t) ?? 0) > 0 }).toEqual({ t, found: true });
  });
});
