/**
 * The collection workbook as a real .xlsx file: read back with ExcelJS (validations, locks,
 * protection, visibility) and opened by LibreOffice headless (labels, recalculated totals, PDF).
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCollectionWorkbook, isValidSheetName, respondentsOf, type InputCell } from '../../src/collect';
import { defaultPlan, indicatorSites } from '../../src/plan';
import { renderSpec } from '../../src/xlsx/renderSpec';
import { convert, sheetsAsCsv } from '../support/libreoffice';

const plan = defaultPlan();
const now = '2026-11-29T10:00:00.000Z';
const dir = mkdtempSync(join(tmpdir(), 'ctg-collect-'));
const epci = respondentsOf(plan).find((r) => r.kind === 'epci')!;
const digne = respondentsOf(plan).find((r) => r.code === '04070')!;

async function writeWorkbook(respondent = epci): Promise<{ file: string; inputs: InputCell[] }> {
  const { spec, inputs } = buildCollectionWorkbook(plan, respondent, { now });
  const file = join(dir, `${respondent.code}.xlsx`);
  writeFileSync(file, await renderSpec(spec));
  return { file, inputs };
}

async function load(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** The cell map as the file itself records it in `_ctg` (A:F from row 2). */
function cellMapOf(workbook: ExcelJS.Workbook): InputCell[] {
  const sheet = workbook.getWorksheet('_ctg')!;
  const cells: InputCell[] = [];
  sheet.eachRow((row, r) => {
    if (r === 1) return;
    const [sheetName, cell, code, period, member, type] = [1, 2, 3, 4, 5, 6].map((c) => String(row.getCell(c).value ?? ''));
    if (sheetName) cells.push({ sheet: sheetName, cell: cell!, code: code!, period: period!, member: member!, type: type as InputCell['type'] });
  });
  return cells;
}

const expectedValidation: Record<string, { type: string; formula?: RegExp }> = {
  integer: { type: 'custom', formula: /ISNUMBER.*INT.*"NC"/ },
  decimal: { type: 'custom', formula: /ISNUMBER.*"NC"/ },
  amount: { type: 'custom', formula: /ISNUMBER.*"NC"/ },
  percentage: { type: 'custom', formula: /<=1\).*"NC"/ },
  date: { type: 'custom', formula: /DATE\(\d{4},1,1\).*DATE\(\d{4},12,31\)/ },
  deliverable: { type: 'list', formula: /^"Oui,Non,NC"$/ },
  yesNo: { type: 'list', formula: /^"Oui,Non,NC"$/ },
  text: { type: 'textLength' },
  // An action's state (its follow-up): the options on « _listes », by their defined name.
  choice: { type: 'list', formula: /^_listes_etat_action$/ },
  comment: { type: 'textLength' },
};

describe.each([
  ['the EPCI', epci],
  ['Digne-les-Bains', digne],
])('the .xlsx of %s, read back with ExcelJS', (_name, respondent) => {
  let workbook: ExcelJS.Workbook;
  let inputs: InputCell[];
  beforeAll(async () => {
    const written = await writeWorkbook(respondent);
    inputs = written.inputs;
    workbook = await load(written.file);
  });

  it('records its cell map in a very hidden `_ctg` sheet, identical to the generator’s', () => {
    expect(workbook.getWorksheet('_ctg')?.state).toBe('veryHidden');
    expect(cellMapOf(workbook)).toEqual(inputs);
    const identity = new Map<string, string>();
    workbook.getWorksheet('_ctg')!.eachRow((row) => identity.set(String(row.getCell(8).value ?? ''), String(row.getCell(9).value ?? '')));
    expect(identity.get('plan_id')).toBe(plan.id);
    expect(identity.get('respondent_code')).toBe(respondent.code);
    expect(identity.get('generated_at')).toBe(now);
  });

  it('gives every input cell a validation matching its type, with French messages, and unlocks it', () => {
    for (const input of cellMapOf(workbook)) {
      const cell = workbook.getWorksheet(input.sheet)!.getCell(input.cell);
      const expected = expectedValidation[input.type]!;
      expect({ at: `${input.sheet}!${input.cell}`, type: cell.dataValidation?.type }).toEqual({ at: `${input.sheet}!${input.cell}`, type: expected.type });
      if (expected.formula) expect(String(cell.dataValidation.formulae?.[0])).toMatch(expected.formula);
      expect(cell.dataValidation.showErrorMessage).toBe(true);
      expect(cell.dataValidation.errorTitle).toMatch(/[a-zé]/);
      expect(cell.protection?.locked).toBe(false);
    }
  });

  it('locks every other cell and protects every sheet', () => {
    const inputAddresses = new Set(cellMapOf(workbook).map((c) => `${c.sheet}!${c.cell}`));
    workbook.eachSheet((sheet) => {
      expect(isValidSheetName(sheet.name)).toBe(true);
      expect((sheet as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (!inputAddresses.has(`${sheet.name}!${cell.address}`)) expect(cell.protection?.locked ?? true).toBe(true);
        }),
      );
    });
  });

  it('freezes the header rows and prints A4 landscape, fitted to width, header repeated', () => {
    workbook.eachSheet((sheet) => {
      if (!sheet.name.startsWith('FA ')) return;
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 5, xSplit: 2 });
      expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, printTitlesRow: '5:5' });
    });
  });
});

describe('opened by LibreOffice headless', () => {
  let sheets: Map<string, string[][]>;
  let file: string;
  beforeAll(async () => {
    const written = await writeWorkbook(epci);
    file = written.file;
    // Fill some members as a commune would, then let LibreOffice compute the totals.
    const workbook = await load(file);
    const fill = (code: string, period: string, values: Record<string, number | string>) => {
      for (const input of written.inputs.filter((c) => c.code === code && c.period === period)) {
        if (input.member in values) workbook.getWorksheet(input.sheet)!.getCell(input.cell).value = values[input.member]!;
      }
    };
    fill('3.2.a1.places_creees', '2024', { eaje: 3, mam: 5 });
    fill('3.1.a3.vae', '2025', { 'en-cours': 'NC', reussie: 2, arretee: 4 });
    fill('3.2.a1.cout_financier', '2023', { familles: 300, caf: 700 });
    await workbook.xlsx.writeFile(file);
    sheets = await sheetsAsCsv(file);
  }, 120_000);

  it('exports every sheet, `_ctg` included', () => {
    const names = [...sheets.keys()];
    expect(names).toEqual(expect.arrayContaining(['Lisez-moi', 'FA 3.2 - Accueil 0-3 ans', '_ctg']));
  });

  it('shows the label of every indicator the EPCI reports', () => {
    const text = [...sheets.values()].map((rows) => rows.map((r) => r.join('|')).join('\n')).join('\n');
    for (const site of indicatorSites(plan).filter((s) => s.indicator.reporters.includes('epci'))) {
      expect(text).toContain(site.indicator.label);
    }
  });

  it.each([
    ['FA 3.2 - Accueil 0-3 ans', '3.2.a1.places_creees/total', 'Année 2024', /^8$/],
    ['FA 3.1 - Métiers, formations', '3.1.a3.vae/total', 'Année 2025', /^6$/],
    // No member filled: the total stays empty, never a zero.
    ['FA 3.2 - Accueil 0-3 ans', '3.2.a1.places_creees/total', 'Année 2025', /^$/],
    ['FA 3.2 - Accueil 0-3 ans', '3.2.a1.cout_financier/total', 'Année 2023', /^1[ ,\u00a0]?000(\.00)?( €)?$/],
  ])('computes the total formula of %s %s for %s', (sheetName, code, period, expected) => {
    const rows = sheets.get(sheetName)!;
    const header = rows.find((r) => r[0] === 'Code')!;
    const row = rows.find((r) => r[0] === code)!;
    expect(row[header.indexOf(period)]).toMatch(expected);
  });

  it('prints to PDF', async () => {
    const out = mkdtempSync(join(tmpdir(), 'ctg-pdf-'));
    const [pdf] = await convert(file, 'pdf', out);
    expect(statSync(pdf!).size).toBeGreaterThan(20_000);
  }, 120_000);
});

describe('a partner’s workbook (Annexe 2) opened by LibreOffice headless', () => {
  const ifac = respondentsOf(plan).find((r) => r.code === 'ifac')!;
  let sheets: Map<string, string[][]>;
  let file: string;
  beforeAll(async () => {
    file = (await writeWorkbook(ifac)).file;
    sheets = await sheetsAsCsv(file);
  }, 120_000);

  it('opens with its read-me, the fiche 3.1 sheet, the facilities it answers for (Annexe 2) and the cell map, and nothing else to fill', () => {
    expect([...sheets.keys()].sort()).toEqual(['Annexe 2', 'FA 3.1 - Métiers, formations', 'Lisez-moi', '_ctg'].sort());
  });

  it('asks the days of sick leave « par employeur », and names the partner in its read-me', () => {
    const codes = sheets.get('FA 3.1 - Métiers, formations')!.map((row) => row[0]);
    expect(codes).toContain('3.1.a1.jours_arret_travail');
    expect(sheets.get('Lisez-moi')!.flat().join(' ')).toContain('IFAC');
  });

  it('prints to PDF', async () => {
    const out = mkdtempSync(join(tmpdir(), 'ctg-pdf-'));
    const [pdf] = await convert(file, 'pdf', out);
    expect(statSync(pdf!).size).toBeGreaterThan(10_000);
  }, 120_000);
});
