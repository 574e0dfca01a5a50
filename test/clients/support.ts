/**
 * One client file through the real path — bytes → readGrids → checks → consolidation → the
 * consolidation workbook read back — and the checks every client file must pass: no false
 * finding, every value typed read back at its cell and traced in « Données ».
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { consolidateFiles } from '../../src/app/consolidate';
import { collectionFileName } from '../../src/app/fileNames';
import { readReturnGrids, validateGrids } from '../../src/app/validate';
import type { Consolidation } from '../../src/consolidate/types';
import { reportWords } from '../../src/i18n/reportWords';
import type { Plan } from '../../src/plan/schema';
import { indicatorSites } from '../../src/plan/walk';
import type { ReturnResult } from '../../src/returns/result';
import type { Grid } from '../../src/workbook/grid';
import { readGrids } from '../../src/xlsx';
import { renderSpec } from '../../src/xlsx/renderSpec';
import { expectedFileName, folderOf, respondentOf, type ClientFile, type Expected, type FixtureId } from '../../scripts/fixtures/clients/fixtures';
import { readWithin } from '../support/readWithin';


export const fixturesDir = join(__dirname, '../fixtures/clients');

/** A committed fixture: the .xlsx of its folder and the expected JSON beside it. */
export function committedFixture(plan: Plan, id: FixtureId): ClientFile {
  const folder = join(fixturesDir, folderOf(id));
  const fileName = collectionFileName(plan, respondentOf(plan, id.respondent));
  return {
    fileName,
    bytes: new Uint8Array(readFileSync(join(folder, fileName))),
    expected: JSON.parse(readFileSync(join(folder, expectedFileName(fileName)), 'utf8')) as Expected,
  };
}

export type Checked = { grids: Grid[]; result: ReturnResult; consolidation: Consolidation; data: Grid | undefined };

/** A consolidation date after every period, so that every period is due. */
const now = '2026-12-01T09:00:00.000Z';

export async function check(plan: Plan, file: ClientFile): Promise<Checked> {
  const read = await readReturnGrids({ fileName: file.fileName, bytes: file.bytes }, readWithin);
  if (!read.ok) throw new Error(`${file.fileName} refused: ${JSON.stringify(read.result.findings)}`);
  const result = validateGrids(plan, file.fileName, read.grids);
  let written: Uint8Array = new Uint8Array();
  const run = await consolidateFiles(plan, [{ fileName: file.fileName, fileDate: null, bytes: file.bytes }], {
    readGrids: readWithin,
    render: renderSpec,
    write: async (bytes) => {
      written = bytes;
      return 'consolidation.xlsx';
    },
  }, { now });
  const data = (await readGrids(written)).find((g) => g.name === reportWords.fr.sheets.data);
  return { grids: read.grids, result, consolidation: run.consolidation, data };
}

/** Findings as compared: what, how grave, where. */
export const findingKey = (f: { severity: string; code: string; sheet: string | null; cell: string | null }) => `${f.severity} ${f.code} ${f.sheet}!${f.cell}`;

/** The only findings a file may give: one information per liberty of French typing it holds. */
export function expectedFindings(expected: Expected): string[] {
  return expected.values
    .filter((v) => v.note !== null)
    .map((v) => findingKey({ severity: 'info', code: v.note as string, sheet: v.sheet, cell: v.cell }))
    .sort();
}

const at = (v: { code: string; period: string; member: string }) => `${v.code} ${v.period} ${v.member || '-'}`;

/** Every value typed, as the submission has it: state, value and cell. Lists the differences (none expected). */
export function submissionMismatches(expected: Expected, result: ReturnResult): string[] {
  const entries = result.submission?.entries ?? [];
  const mismatches: string[] = [];
  for (const v of expected.values) {
    const entry = entries.find((e) => e.code === v.code && e.period === v.period && e.member === v.member);
    const want = { state: v.expected.state, value: v.expected.state === 'value' ? v.expected.value : null, where: { sheet: v.sheet, cell: v.cell } };
    const got = entry && { state: entry.state, value: entry.value, where: entry.where };
    if (JSON.stringify(got) !== JSON.stringify(want)) mismatches.push(`${at(v)}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)} (raw ${JSON.stringify(entry?.raw)})`);
  }
  const filled = new Set(expected.values.map(at));
  for (const e of entries) if (!filled.has(at(e)) && e.state !== 'empty') mismatches.push(`${at(e)}: nothing typed, read as ${e.state} ${JSON.stringify(e.raw)}`);
  return mismatches;
}

/** Every value typed, as the consolidation holds it (respondent, value, source cell). */
export function consolidationMismatches(expected: Expected, consolidation: Consolidation): string[] {
  const mismatches: string[] = [];
  for (const v of expected.values) {
    const found = consolidation.values.find((c) => c.respondent === expected.respondent.code && c.code === v.code && c.period === v.period && c.member === v.member);
    const want = { state: v.expected.state, value: v.expected.state === 'value' ? v.expected.value : null, sheet: v.sheet, cell: v.cell };
    const got = found && { state: found.state, value: found.value, sheet: found.source.sheet, cell: found.source.cell };
    if (JSON.stringify(got) !== JSON.stringify(want)) mismatches.push(`${at(v)}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  }
  return mismatches;
}

/**
 * Every value typed, as the « Données » sheet of the consolidation workbook shows it once read
 * back: the row of the respondent's cell, its state in words, and the value (« Oui »/« Non » for
 * yes/no, a choice by its option's label in the plan's list, dates as read back, numbers and
 * texts as typed).
 */
export function dataSheetMismatches(plan: Plan, expected: Expected, data: Grid | undefined): string[] {
  if (data === undefined) return ['no « Données » sheet'];
  const words = reportWords.fr;
  const listOf = new Map(indicatorSites(plan).map((s) => [s.indicator.code, plan.lists.find((l) => l.id === s.indicator.list)]));
  const labelOf = (code: string, option: unknown) => listOf.get(code)?.options.find((o) => o.code === option)?.label ?? `no option ${String(option)}`;
  const header = (data.rows[0] ?? []).map(String);
  const column = (name: string) => header.indexOf(name);
  const [code, respondent, sheet, cell, state, value] = ['indicateur', 'répondant', 'feuille', 'cellule', 'état', 'valeur'].map<number>(column);
  const rows = data.rows.slice(1);
  const mismatches: string[] = [];
  for (const v of expected.values) {
    const row = rows.find((r) => r[code!] === v.code && String(r[respondent!]) === expected.respondent.code && r[sheet!] === v.sheet && r[cell!] === v.cell);
    const shown =
      v.expected.state !== 'value'
        ? null
        : typeof v.expected.value === 'boolean'
          ? v.expected.value
            ? words.yes
            : words.no
          : v.type === 'choice'
            ? labelOf(v.code, v.expected.value)
            : v.expected.value;
    const want = { state: words.state[v.expected.state], value: shown };
    const got = row && { state: row[state!], value: row[value!] ?? null };
    if (JSON.stringify(got) !== JSON.stringify(want)) mismatches.push(`${at(v)} ${v.sheet}!${v.cell}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  }
  return mismatches;
}

/** Comments typed, as the submission and the consolidation keep them. */
export function commentMismatches(expected: Expected, result: ReturnResult, consolidation: Consolidation): string[] {
  const mismatches: string[] = [];
  for (const c of expected.comments) {
    const read = result.submission?.comments.find((s) => s.where.sheet === c.sheet && s.where.cell === c.cell);
    if (read?.text !== c.text || read.code !== c.code) mismatches.push(`${c.sheet}!${c.cell}: read ${JSON.stringify(read)}`);
    const kept = consolidation.comments.find((k) => k.source.sheet === c.sheet && k.source.cell === c.cell);
    if (kept?.text !== c.text || kept.respondent !== expected.respondent.code) mismatches.push(`${c.sheet}!${c.cell}: consolidated ${JSON.stringify(kept)}`);
  }
  return mismatches;
}

/**
 * Our total rows hold `IF(COUNT(range)=0,"",SUM(range))`: where no member of the range holds a
 * number, the cached result is the empty text, whatever way the file stores it (Gnumeric: a
 * shared-string index, `t="s"`). Lists the total cells read as anything else.
 */
export function emptyTotalMismatches(grids: readonly Grid[]): string[] {
  return totalRows(grids)
    .filter((t) => t.members.every((m) => typeof m !== 'number') && t.value !== null && t.value !== '')
    .map((t) => `${t.at}: ${JSON.stringify(t.value)}`);
}

/**
 * Where the client recalculated the formulas, a total row whose members hold numbers reads as
 * their sum, 0 included (a formula's cached 0 is a value, not an empty cell).
 */
export function cachedTotalMismatches(grids: readonly Grid[]): string[] {
  return totalRows(grids)
    .filter((t) => t.members.some((m) => typeof m === 'number'))
    .map((t) => ({ ...t, sum: t.members.reduce<number>((n, m) => n + (typeof m === 'number' ? m : 0), 0) }))
    .filter((t) => typeof t.value !== 'number' || Math.abs(t.value - t.sum) > 1e-9)
    .map((t) => `${t.at}: ${JSON.stringify(t.value)}, members add up to ${t.sum}`);
}

type TotalRow = { at: string; value: Grid['rows'][number][number]; members: Array<Grid['rows'][number][number]> };

/** The total rows of our collection sheets, found by their formula `IF(COUNT(E9:E11)=0,"",SUM(E9:E11))`. */
function totalRows(grids: readonly Grid[]): TotalRow[] {
  const totals: TotalRow[] = [];
  for (const grid of grids) {
    grid.formulas.forEach((row, r) =>
      row?.forEach((formula, c) => {
        const range = formula && /^IF\(COUNT\(([A-Z]+)(\d+):\1(\d+)\)=0,"",SUM\(/.exec(formula);
        if (!range) return;
        const members = Array.from({ length: Number(range[3]) - Number(range[2]) + 1 }, (_, i) => grid.rows[Number(range[2]) - 1 + i]?.[c] ?? null);
        totals.push({ at: `${grid.name}!${range[1]}${r + 1}`, value: grid.rows[r]?.[c] ?? null, members });
      }),
    );
  }
  return totals;
}

/** The checks every client file must pass, as one block of tests (committed fixtures and live runs share it). */
export function itReadsTheFileAsTyped(plan: () => Plan, load: () => Promise<ClientFile>): void {
  let file: ClientFile;
  let checked: Checked;
  beforeAll(async () => {
    file = await load();
    checked = await check(plan(), file);
  }, 120_000);

  it('gives no error and no warning: only an information for each French typing it holds', () => {
    expect(checked.result.findings.map(findingKey).sort()).toEqual(expectedFindings(file.expected));
    expect(checked.result.respondent).toEqual(file.expected.respondent);
  });

  it('reads every typed value at its cell, typed as the plan says, and nothing where nothing was typed', () => {
    expect(submissionMismatches(file.expected, checked.result)).toEqual([]);
  });

  it('reads a total row whose members are all empty as empty (the formula’s text result)', () => {
    expect(emptyTotalMismatches(checked.grids)).toEqual([]);
  });

  it('reads the totals the client computed as their members’ sum, 0 included (only where it recalculated)', () => {
    const totals = cachedTotalMismatches(checked.grids);
    expect(file.expected.recalculated ? totals : []).toEqual([]);
  });

  it('traces every value in the consolidation, with its file cell, and in the « Données » sheet', () => {
    expect(checked.consolidation.files.map((f) => ({ outcome: f.outcome, counts: { error: f.counts.error, warning: f.counts.warning } }))).toEqual([
      { outcome: 'used', counts: { error: 0, warning: 0 } },
    ]);
    expect(consolidationMismatches(file.expected, checked.consolidation)).toEqual([]);
    expect(dataSheetMismatches(plan(), file.expected, checked.data)).toEqual([]);
  });

  it('keeps every comment, accents, « guillemets » and apostrophes included', () => {
    expect(file.expected.comments.length).toBeGreaterThan(0);
    expect(commentMismatches(file.expected, checked.result, checked.consolidation)).toEqual([]);
  });
}
