/**
 * Findings marked in the return open in Excel, and the marks removed (issue 16, point 3): marking
 * changes only the marked cells' fill and note; removing gives back exactly what was there — every
 * cell value, format, validation, note and the sheets' protection — on hosts with notes (1.18) and
 * without (fill only). The round trips do not grow with the number of cells.
 */
import { ExcelAdapterError, featuresUpTo, markCells, unmarkCells, type CellMark, type MarkRecord } from '../../src/excel';
import { a1 } from '../../src/workbook/a1';
import { cellKey, type FakeExcel, type WorkbookState } from './fake';
import { snapshot as rawSnapshot, writeOnFake } from './support/run';
import { plainState } from './support/stateDiff';
import { collectionSpec } from './support/specs';
import { userProtects } from './support/user';

/** Every cell value, format, validation, note, and each sheet's protection, as plain data. */
const snapshot = (fake: FakeExcel) => plainState(fake.state);

const mark = (fake: FakeExcel, marks: readonly CellMark[]) => fake.host().run((context) => markCells(context, marks, featuresUpTo(fake.version)));
const unmark = (fake: FakeExcel, record: MarkRecord) => fake.host().run((context) => unmarkCells(context, record, featuresUpTo(fake.version)));

/** A commune's return open in Excel: its sheets protected as generated, one cell with the commune's own note, one with its own fill. */
async function openReturn(version: string) {
  const spec = collectionSpec('caf');
  const { fake } = await writeOnFake(spec, { version });
  const sheets = spec.sheets.filter((s) => s.visibility === 'visible' && s.protection !== undefined);
  const inputs = sheets.flatMap((sheet) =>
    sheet.rows.flatMap((row, r) => (row ?? []).flatMap((cell, c) => (cell?.unlocked === true ? [{ sheet: sheet.name, cell: a1(r, c), row: r, column: c }] : []))),
  );
  const noted = inputs[0]!;
  const filled = inputs[1]!;
  const state = fake.state.sheets.find((s) => s.name === noted.sheet)!;
  state.notes.set(cellKey(noted.row, noted.column), 'Chiffre provisoire (la commune)');
  const filledCell = fake.state.sheets.find((s) => s.name === filled.sheet)!.cells;
  filledCell.set(cellKey(filled.row, filled.column), { ...filledCell.get(cellKey(filled.row, filled.column)), fill: '#00B050' });
  return { fake, inputs, noted };
}

const colours = ['#FFC7CE', '#FFEB9C', '#DDEBF7'];
const marksOn = (inputs: ReadonlyArray<{ sheet: string; cell: string }>, count: number): CellMark[] =>
  inputs.slice(0, count).map((input, i) => ({ sheet: input.sheet, cell: input.cell, fill: colours[i % 3]!, note: `Contrôle CTG\n• Erreur : constat ${i + 1}` }));

/** `before` with exactly the marks applied, as the workbook should look once marked. */
function expectedAfterMarking(before: WorkbookState, marks: readonly CellMark[], notes: boolean, inputs: ReadonlyArray<{ sheet: string; cell: string; row: number; column: number }>): WorkbookState {
  const expected = structuredClone(before);
  for (const m of marks) {
    const input = inputs.find((i) => i.sheet === m.sheet && i.cell === m.cell)!;
    const sheet = expected.sheets.find((s) => s.name === m.sheet)!;
    const key = cellKey(input.row, input.column);
    sheet.cells.set(key, { ...sheet.cells.get(key), fill: m.fill });
    if (notes) {
      const earlier = sheet.notes.get(key);
      sheet.notes.set(key, earlier === undefined ? m.note : `${earlier}\n\n${m.note}`);
    }
  }
  return expected;
}

describe.each([
  ['1.18', true],
  ['1.12', false],
  ['1.8', false],
])('on ExcelApi %s', (version, notes) => {
  it('marks only the cells of the findings (fill, and note where the host has notes), then gives every cell back as it was', async () => {
    const { fake, inputs } = await openReturn(version);
    const before = rawSnapshot(fake) as WorkbookState;
    const marks = marksOn(inputs, 12);
    const report = await mark(fake, marks);
    expect({ marked: report.marked, notes: report.notes, missing: report.missingSheets }).toEqual({ marked: 12, notes, missing: [] });
    expect(snapshot(fake)).toEqual(plainState(expectedAfterMarking(before, marks, notes, inputs)));

    const removed = await unmark(fake, structuredClone(report.record));
    expect(removed.restored).toBe(12);
    expect(snapshot(fake)).toEqual(plainState(before));
  });

  it('costs the same round trips for 5 cells and for every input cell of the return', async () => {
    const counts = [];
    for (const size of [5, Number.POSITIVE_INFINITY]) {
      const { fake, inputs } = await openReturn(version);
      if (size > 5) expect(inputs.length).toBeGreaterThan(100);
      const marked = await mark(fake, marksOn(inputs, size));
      const removed = await unmark(fake, marked.record);
      counts.push([marked.syncs, removed.syncs]);
    }
    expect(counts[0]).toEqual(counts[1]);
  });
});

it('a cell whose note the adviser deleted meanwhile: the rest is still restored', async () => {
  const { fake, inputs, noted } = await openReturn('1.18');
  const before = rawSnapshot(fake) as WorkbookState;
  const marks = marksOn(inputs, 4);
  const { record } = await mark(fake, marks);
  const other = inputs[2]!;
  fake.state.sheets.find((s) => s.name === other.sheet)!.notes.delete(cellKey(other.row, other.column));
  await unmark(fake, record);
  expect(snapshot(fake)).toEqual(plainState(before));
  expect(fake.state.sheets.find((s) => s.name === noted.sheet)!.notes.get(cellKey(noted.row, noted.column))).toBe('Chiffre provisoire (la commune)');
});

it('a sheet that is not in the workbook is named, the others marked', async () => {
  const { fake, inputs } = await openReturn('1.18');
  const report = await mark(fake, [...marksOn(inputs, 3), { sheet: 'FA 9.9 - Absente', cell: 'B4', fill: '#FFC7CE', note: 'x' }]);
  expect({ marked: report.marked, missing: report.missingSheets }).toEqual({ marked: 3, missing: ['FA 9.9 - Absente'] });
});

it('a sheet protected with a password the add-in does not have: refused by name, nothing changed', async () => {
  const { fake, inputs } = await openReturn('1.18');
  const sheet = inputs[0]!.sheet;
  await fake.host().run(async (context) => {
    context.workbook.worksheets.getItem(sheet).protection.unprotect();
    await context.sync();
  });
  await userProtects(fake, sheet, { allowFormatColumns: true }, 'secret');
  const before = snapshot(fake);
  const error = await mark(fake, marksOn(inputs, 3)).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ExcelAdapterError);
  expect((error as ExcelAdapterError).issue).toEqual({ code: 'sheet-protected', sheet });
  expect(snapshot(fake)).toEqual(plainState(before));
});

it.each([
  ['1.18', [5, 4]],
  ['1.8', [5, 3]],
])('round trips on ExcelApi %s: marking and removing (BENCHMARKS.md)', async (version, expected) => {
  const { fake, inputs } = await openReturn(version);
  const marked = await mark(fake, marksOn(inputs, 50));
  const removed = await unmark(fake, marked.record);
  expect([marked.syncs, removed.syncs]).toEqual(expected);
});
