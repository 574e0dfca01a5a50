/**
 * The consolidation workbook as a spec: its sheets, the « Données » table traced to the source
 * cells, live formulas over the detail for the territory figures, links from the anomalies to
 * the data rows, key figures and charts wired to the fiche tabs — and text from returns only
 * ever as values.
 */
import { consolidate, type Consolidation } from '../../src/consolidate';
import { buildConsolidationWorkbook, dataTableName } from '../../src/report';
import { isValidSheetName } from '../../src/collect';
import { parseA1 } from '../../src/workbook/a1';
import type { CellSpec, SheetSpec, WorkbookSpec } from '../../src/workbook/spec';
import { now, returnOf, smallPlan } from '../consolidate/fixtures';

const plan = smallPlan();
const injected = ['=1+1', '+33 6 12 34 56 78', '-2 (estimation)', '@SOMME(A1:A2)'];

function build(): { c: Consolidation; spec: WorkbookSpec } {
  const c = consolidate(
    plan,
    [
      returnOf(plan, '04001', { 't.sum|2023|': 4, 't.sum|2024|': 6, 't.places|2024|eaje': 2, 't.places|2024|mam': 'NC', 't.part|2024|familles': 0.3, 't.max|2024|': 5, 't.charte|2024|': false, 't.texte|2024|': injected[0]! }, {
        comments: { 't.sum|': injected[1]!, 't.places|eaje': injected[2]! },
        findings: [{ code: 'implausible_change', key: 't.sum|2024|' }],
      }),
      returnOf(plan, '04002', { 't.sum|2024|': null, 't.places|2024|eaje': 3, 't.places|2024|mam': 4, 't.part|2024|familles': 0.5, 't.max|2024|': { invalid: injected[3]! }, 't.texte|2024|': injected[3]! }, {
        findings: [{ code: 'not_a_number', key: 't.max|2024|' }],
      }),
      returnOf(plan, 'epci1', { 't.sum|2024|': 10, 't.charte|2024|': true }, { fileDate: '2026-01-09T00:00:00Z' }),
    ],
    { now },
  );
  return { c, spec: buildConsolidationWorkbook(plan, c) };
}

const { c, spec } = build();
const sheet = (name: string) => spec.sheets.find((s) => s.name === name)!;
const at = (s: SheetSpec, ref: string): CellSpec | undefined => {
  const p = parseA1(ref)!;
  return s.rows[p.row]?.[p.column];
};
const rowWithCode = (s: SheetSpec, code: string, column = 0) => s.rows.findIndex((r) => r?.[column]?.value === code) + 1;
const allCells = (s: SheetSpec) => s.rows.flatMap((r) => (r ?? []).filter((x): x is CellSpec => x !== undefined));

it('has the summary, one tab per fiche, the data, findings, history and reminder sheets, and the follow-up', () => {
  expect(spec.sheets.map((s) => s.name)).toEqual(['Synthèse', 'FA 1.1 - Test', 'FA 2.1 - Caf', 'Données', 'Anomalies', 'Historique', 'Relances', 'Suivi des actions', 'Écarts', 'Gouvernance', '_campagne']);
  for (const s of spec.sheets) {
    expect({ sheet: s.name, frozen: s.freeze !== undefined || s.tables === undefined }).toEqual({ sheet: s.name, frozen: true });
  }
  for (const s of spec.sheets.filter((x) => x.tables !== undefined || x.name.startsWith('FA '))) expect(s.print).toMatchObject({ paper: 'A4', fitToWidth: true });
});

describe('« Données »', () => {
  const data = sheet('Données');
  const table = data.tables![0]!;

  it('is one Excel table with the columns of the issue, one row per value', () => {
    expect(table.name).toBe(dataTableName);
    expect(table.topLeft).toBe('A1');
    expect(table.columns).toEqual(['fiche', 'action', 'indicateur', 'libellé', 'répondant', 'nom', 'membre', 'période', 'valeur', 'état', 'fichier', 'feuille', 'cellule', 'version', 'importé le']);
    expect(table.rows).toHaveLength(c.values.length);
  });

  it('traces each value to the file, sheet and cell it came from', () => {
    const row = table.rows.find((r) => r[4] === '04001' && r[2] === 't.sum' && r[7] === 'Année 2024')!;
    expect(row.slice(0, 14)).toEqual(['1.1', 1, 't.sum', 'Libellé t.sum', '04001', 'Aiglun', null, 'Année 2024', 6, 'valeur', '04001.xlsx', 'FA 1.1', 'E7', 1]);
    expect(row[14]).toBeCloseTo((Date.parse(now) - Date.UTC(1899, 11, 30)) / 86_400_000, 6);
  });

  it.each([
    ['an empty cell', '04002', 't.sum', '', 'Année 2024', null, 'vide'],
    ['« NC »', '04001', 't.places', 'MAM', 'Année 2024', null, 'non concerné'],
    ['a refused value, as typed', '04002', 't.max', '', 'Année 2024', injected[3], 'invalide'],
    ['a yes/no', 'epci1', 't.charte', '', 'Année 2024', 'Oui', 'valeur'],
    ['a member', '04002', 't.places', 'EAJE', 'Année 2024', 3, 'valeur'],
  ])('writes %s with its state', (_name, respondent, code, member, period, value, state) => {
    const row = table.rows.find((r) => r[4] === respondent && r[2] === code && (r[6] ?? '') === member && r[7] === period)!;
    expect([row[8], row[9]]).toEqual([value, state]);
  });

  it('gives the value column the number format of each indicator', () => {
    const index = table.rows.findIndex((r) => r[2] === 't.part' && r[4] === '04001' && r[7] === 'Année 2024' && r[6] === 'Familles');
    expect(data.rows[index + 1]?.[8]?.style).toBe('data.amount');
    expect(spec.styles['data.amount']?.numberFormat).toMatch(/€/);
  });
});

describe('a fiche tab', () => {
  const fiche = sheet('FA 1.1 - Test');
  const territoryRow = (code: string) => rowWithCode(fiche, code);
  /** The detail rows a formula's range points at, by their code in column A and respondent in column C. */
  const rowsOf = (formula: string) => {
    const m = /([A-Z]+)(\d+):\1(\d+)/.exec(formula)!;
    return Array.from({ length: Number(m[3]) - Number(m[2]) + 1 }, (_v, i) => {
      const r = fiche.rows[Number(m[2]) - 1 + i]!;
      return `${String(r[0]?.value)} ${String(r[2]?.value)}`;
    });
  };

  it.each([
    ['t.sum', 'SUM', ['t.sum epci1', 't.sum 04001', 't.sum 04002']],
    ['t.places/mam', 'SUM', ['t.places/mam 04001', 't.places/mam 04002']],
    ['t.part/familles', 'SUM', ['t.part/familles 04001', 't.part/familles 04002']],
    ['t.max', 'MAX', ['t.max 04001', 't.max 04002']],
  ])('computes %s by %s over the detail of each respondent', (code, fn, detail) => {
    const formula = at(fiche, `F${territoryRow(code)}`)!.formula!;
    expect(formula).toMatch(new RegExp(`^IF\\(COUNT\\((F\\d+:F\\d+)\\)=0,"",${fn}\\(\\1\\)\\)$`));
    expect(rowsOf(formula)).toEqual(detail);
  });

  it('computes each funder’s share from the territory amounts, never from the respondents’ shares', () => {
    const share = at(fiche, `F${territoryRow('t.part/familles/part')}`)!;
    const [member, total] = [`F${territoryRow('t.part/familles')}`, `F${territoryRow('t.part/total')}`];
    expect(share.formula).toBe(`IF(OR(NOT(ISNUMBER(${member})),NOT(ISNUMBER(${total})),${total}=0),"",${member}/${total})`);
    expect(share.note).toMatch(/^part calculée sur les montants/);
  });

  it('says beside each figure how it was formed and from how many respondents', () => {
    // The first line says how it was formed; marks (a flagged value…) follow on their own lines.
    expect(at(fiche, `F${territoryRow('t.sum')}`)?.note?.split('\n')[0]).toMatch(/^somme des contributions distinctes de l’EPCI et de \d+ communes$|^somme des contributions distinctes de l’EPCI et d’une commune$/);
    expect(at(fiche, `D${territoryRow('t.sum')}`)?.value).toBe('contributions distinctes (EPCI, communes)');
  });

  it('adds up the members in a total row', () => {
    const total = territoryRow('t.places/total');
    expect(at(fiche, `F${total}`)?.formula).toBe(`IF(COUNT(F${territoryRow('t.places/eaje')}:F${territoryRow('t.places/mam')})=0,"",SUM(F${territoryRow('t.places/eaje')}:F${territoryRow('t.places/mam')}))`);
  });

  it('takes the newest answer for « last » from that respondent’s cell', () => {
    const formula = at(fiche, `F${territoryRow('t.charte')}`)!.formula!;
    const ref = /IF\(([A-Z]+\d+)="","",\1\)/.exec(formula)![1]!;
    const p = parseA1(ref)!;
    expect([fiche.rows[p.row]![2]!.value, fiche.rows[p.row]![p.column]!.value]).toEqual(['epci1', 'Oui']);
  });

  it('tracks evolutions and targets with formulas on the territory row', () => {
    const figure = territoryRow('t.sum');
    expect(at(fiche, `F${territoryRow('t.sum/evolution')}`)?.formula).toBe(`IF(AND(ISNUMBER(F${figure}),ISNUMBER(E${figure})),F${figure}-E${figure},"")`);
    expect(at(fiche, `F${territoryRow('t.sum/evolution_pct')}`)?.formula).toBe(`IF(AND(ISNUMBER(F${figure}),ISNUMBER(E${figure})),IF(E${figure}=0,"",(F${figure}-E${figure})/E${figure}),"")`);
    const target = territoryRow('t.sum/cible');
    expect([at(fiche, `E${target}`)?.value, at(fiche, `F${target}`)?.value, at(fiche, `G${target}`)?.value]).toEqual(['—', 10, 50]);
    expect(at(fiche, `F${territoryRow('t.sum/cible_atteinte')}`)?.formula).toBe(`IF(ISNUMBER(F${figure}),IF(F${figure}>=F${target},"atteinte","pas encore"),"pas encore")`);
    expect(at(fiche, `E${territoryRow('t.sum/cible_atteinte')}`)?.value).toBe('sans objet');
  });

  it('greys out the periods the plan does not collect', () => {
    expect(['E', 'F'].map((col) => at(fiche, `${col}${territoryRow('t.late')}`)?.value)).toEqual(['—', '—']);
  });

  it('colours a flagged value and explains it in a note', () => {
    const row = fiche.rows.findIndex((r) => r?.[0]?.value === 't.sum' && r?.[2]?.value === '04001') + 1;
    expect(at(fiche, `F${row}`)).toMatchObject({ value: 6, style: 'detail.integer.warning' });
    expect(at(fiche, `F${row}`)?.note).toMatch(/04001\.xlsx \(FA 1\.1!E7\)\n• Avertissement : /);
  });
});

describe('text that came from a return', () => {
  it('is written as a value, never as a formula', () => {
    const cells = spec.sheets.flatMap(allCells);
    for (const text of injected) {
      expect(cells.some((x) => x.value === text)).toBe(true);
      expect(cells.filter((x) => x.formula?.includes(text.slice(1, 5)))).toEqual([]);
    }
    const tables = spec.sheets.flatMap((s) => s.tables ?? []).flatMap((t) => t.rows.flat());
    expect(tables).toEqual(expect.arrayContaining([injected[0], injected[3]]));
  });
});

describe('« Anomalies »', () => {
  const findings = sheet('Anomalies');
  it('lists every finding in a table, with a link to the data row of the value it is about', () => {
    const table = findings.tables![0]!;
    expect(table.rows).toHaveLength(c.findings.length);
    c.findings.forEach((f, i) => {
      const link = findings.rows[i + 1]?.[table.columns.length];
      if (f.value === null) return expect(link).toBeUndefined();
      expect(link?.link).toEqual({ kind: 'internal', sheet: 'Données', cell: `A${f.value + 2}` });
      const dataRow = sheet('Données').tables![0]!.rows[f.value]!;
      expect([dataRow[2], dataRow[4], dataRow[12]]).toEqual([f.finding.indicator, f.respondent, f.finding.cell]);
    });
  });
});

describe('« Synthèse »', () => {
  const summary = sheet('Synthèse');
  it('links its key figures to the territory cells of the fiche tabs', () => {
    const row = rowWithCode(summary, 't.sum', 1);
    const fiche = sheet('FA 1.1 - Test');
    expect(at(summary, `D${row}`)?.formula).toBe(`IF('FA 1.1 - Test'!F${rowWithCode(fiche, 't.sum')}="",NA(),'FA 1.1 - Test'!F${rowWithCode(fiche, 't.sum')})`);
  });

  it.each([
    ['C', 'chiffre d’une commune'],
    ['D', 'somme des contributions distinctes de l’EPCI et d’une commune'],
    ['E', 'aucune réponse'],
  ])('says in a note how the key figure of column %s was formed: « %s »', (column, said) => {
    // The first line; the marks of a flagged value follow (tested with the marks).
    expect(at(summary, `${column}${rowWithCode(summary, 't.sum', 1)}`)?.note?.split('\n')[0]).toBe(said);
  });

  it('draws a line chart per key indicator, over the periods it is collected for, with the computed values cached', () => {
    const charts = summary.charts!;
    // t.sum holds a flagged value and changes respondents between 2023 and 2024: its title says so.
    expect(charts.map((x) => x.title)).toEqual(['FA 1.1 · Libellé t.sum — ⚠ valeur signalée · périmètre changé', 'FA 1.1 · Libellé t.places', 'FA 2.1 · Libellé t.caf']);
    const row = rowWithCode(summary, 't.sum', 1);
    expect(charts[0]).toMatchObject({ kind: 'line', series: [{ values: `C${row}:E${row}`, cached: [4, 16, null] }], cachedCategories: ['Année 2023', 'Année 2024', 'Année 2025'] });
    const header = parseA1(charts[0]!.categories.split(':')[0]!)!;
    expect(summary.rows[header.row]?.[2]?.value).toBe('Année 2023');
  });

  it('colours the completeness of each respondent and fiche, with counts', () => {
    const row = rowWithCode(summary, '04002', 1);
    expect(at(summary, `C${row}`)).toMatchObject({ value: '5 / 25', style: 'status.partial' });
    expect(at(summary, `D${row}`)).toMatchObject({ value: '—', style: 'status.none' });
    const caf = rowWithCode(summary, 'caf', 1);
    expect(at(summary, `D${caf}`)).toMatchObject({ value: '0 / 3', style: 'status.missing' });
  });
});

it('speaks English when asked: sheet names, headers and states', () => {
  const english = buildConsolidationWorkbook(plan, c, { lang: 'en' });
  expect(english.sheets.map((s) => s.name)).toEqual(['Summary', 'FA 1.1 - Test', 'FA 2.1 - Caf', 'Data', 'Findings', 'Value history', 'Reminders', 'Action follow-up', 'Gaps', 'Governance', '_campagne']);
  // Every name is one Excel accepts (« History » is reserved: ExcelJS and Excel refuse it).
  for (const sheet of [...english.sheets, ...buildConsolidationWorkbook(plan, c, { lang: 'fr' }).sheets]) expect({ name: sheet.name, valid: isValidSheetName(sheet.name) }).toEqual({ name: sheet.name, valid: true });
  const data = english.sheets.find((s) => s.name === 'Data')!.tables![0]!;
  expect(data.columns[9]).toBe('state');
  expect(new Set(data.rows.map((r) => r[9]))).toEqual(new Set(['value', 'empty', 'not concerned', 'invalid']));
  const link = english.sheets.find((s) => s.name === 'Findings')!.rows.flat().find((x) => x?.link !== undefined);
  expect(link?.link).toMatchObject({ kind: 'internal', sheet: 'Data' });
});
