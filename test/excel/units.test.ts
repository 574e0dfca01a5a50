/** The adapter's pure pieces: batching, value bands, literal input, base64, sizes, cell values, fingerprints, validation rules. */
import fc from 'fast-check';
import { toBase64 } from '../../src/excel/base64';
import { planBatches, type Command } from '../../src/excel/batch';
import { gridValue, isDateFormat, isFormulaCell, serialToIsoDateTime } from '../../src/excel/cellValues';
import { ExcelAdapterError } from '../../src/excel/errors';
import { ContentFingerprint, normaliseFormula, specFingerprint } from '../../src/excel/fingerprint';
import { cellInput } from '../../src/excel/literal';
import { jsonBytes, utf8Length } from '../../src/excel/payload';
import { pointsToWidth, valueBands, widthToPoints } from '../../src/excel/sheetCommands';
import { officeValidation } from '../../src/excel/validation';
import type { CellSpec, InputRule, SheetSpec } from '../../src/workbook/spec';
import { writeOnFake } from './support/run';
import { collectionSpec } from './support/specs';

const command = (bytes: number): Command => ({ bytes, apply: () => undefined });

describe('planBatches', () => {
  it.each<[number[], number, number[][]]>([
    [[], 10, []],
    [[4, 4, 4], 10, [[4, 4], [4]]],
    [[10, 1], 10, [[10], [1]]],
    [[3, 3, 3, 3], 12, [[3, 3, 3, 3]]],
    [[6, 5, 6, 5], 11, [[6, 5], [6, 5]]],
  ])('%j under %d → %j', (sizes, budget, expected) => {
    expect(planBatches(sizes.map(command), budget).map((batch) => batch.map((c) => c.bytes))).toEqual(expected);
  });

  it('keeps the order of the commands', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 50 }), { maxLength: 60 }), fc.integer({ min: 50, max: 200 }), (sizes, budget) => {
        const commands = sizes.map(command);
        const batches = planBatches(commands, budget);
        expect(batches.flat()).toEqual(commands);
        for (const batch of batches) expect(batch.reduce((n, c) => n + c.bytes, 0)).toBeLessThanOrEqual(budget);
      }),
    );
  });

  it('refuses a single command above the budget', () => {
    expect(() => planBatches([command(11)], 10)).toThrow(ExcelAdapterError);
  });
});

describe('valueBands', () => {
  const sheet = (rows: SheetSpec['rows']): SheetSpec => ({ name: 'S', visibility: 'visible', columns: [], rows, merges: [] });

  it('writes whole rows from column A, skips empty rows, and pads short rows', () => {
    const rows: SheetSpec['rows'] = [];
    rows[0] = [{ value: 'a' }, { value: 1 }];
    rows[1] = [undefined, undefined, { formula: 'A1' }];
    rows[3] = [{ value: true }];
    rows[4] = [{ style: 'x' }];
    rows[5] = [{ value: '' }, { value: 'fin' }];
    expect(valueBands(sheet(rows), 1_000_000).map(({ address, inputs }) => ({ address, inputs }))).toEqual([
      { address: 'A1:C2', inputs: [["'a", 1, ''], ['', '', '=A1']] },
      { address: 'A4:A4', inputs: [[true]] },
      { address: 'A6:B6', inputs: [['', "'fin"]] },
    ]);
  });

  it('splits bands at the byte budget, a row never cut', () => {
    const rows = Array.from({ length: 200 }, (_, r): CellSpec[] => [{ value: `ligne ${r}` }, { value: r }]);
    const bands = valueBands(sheet(rows), 1000);
    expect(bands.length).toBeGreaterThan(5);
    expect(bands.flatMap((b) => b.inputs)).toHaveLength(200);
    for (const band of bands) expect(jsonBytes(band.inputs)).toBeLessThanOrEqual(1000);
  });
});

describe('cellInput: what Excel is sent for a cell', () => {
  it.each<[CellSpec | undefined, unknown]>([
    [undefined, ''],
    [{}, ''],
    [{ value: null }, ''],
    [{ value: '' }, ''],
    [{ value: 'texte' }, "'texte"],
    [{ value: '=1+1' }, "'=1+1"],
    [{ value: "'cité" }, "''cité"],
    [{ value: 0 }, 0],
    [{ value: -2.5 }, -2.5],
    [{ value: Number.NaN }, ''],
    [{ value: false }, false],
    [{ formula: 'SUM(A1:A3)' }, '=SUM(A1:A3)'],
    [{ formula: 'A1', value: 'ignoré' }, '=A1'],
  ])('%j → %j', (cell, expected) => {
    expect(cellInput(cell)).toEqual(expected);
  });
});

describe('sizes and encodings', () => {
  it('utf8Length is the UTF-8 size', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'))));
  });
  it('toBase64 matches Node’s', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 20_000 }), (bytes) => expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'))));
  });
  it('column widths: characters ↔ points', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 200 }), (width) => expect(Math.round(pointsToWidth(widthToPoints(width)) * 100) / 100).toBe(width)));
    expect(widthToPoints(8.43)).toBe(48);
  });
});

describe('cell values read back', () => {
  it.each<[unknown, unknown, boolean]>([
    [2, '=1+1', true],
    ['', '=IF(A1>0,"x","")', true],
    ['=texte', '=texte', false],
    [12, 12, false],
    ['', '', false],
    ['=', '=', false],
  ])('value %j, formula %j → formula: %s', (value, formula, expected) => {
    expect(isFormulaCell(value, formula)).toBe(expected);
  });

  it.each<[unknown, unknown, unknown]>([
    ['', 'General', null],
    [45366, 'dd/mm/yyyy', '2024-03-15'],
    [45366.4375, 'yyyy-mm-dd hh:mm', '2024-03-15T10:30:00'],
    [45366, '#,##0.00 "€"', 45366],
    [0.5, '0.0%', 0.5],
    [45366, '[Red]0', 45366],
    [true, 'General', true],
    ['#DIV/0!', 'General', '#DIV/0!'],
    [Number.POSITIVE_INFINITY, 'General', null],
  ])('%j formatted %j → %j', (value, format, expected) => {
    expect(gridValue(value, format)).toEqual(expected);
  });

  it.each([
    ['dd/mm/yyyy', true],
    ['hh:mm', true],
    ['#,##0', false],
    ['"jours" 0', false],
    ['[$-40C]General', false],
  ])('%j is a date format: %s', (format, expected) => {
    expect(isDateFormat(format)).toBe(expected);
  });

  it('serials are 1900-system days', () => {
    expect(serialToIsoDateTime(61)).toBe('1900-03-01'); // after Excel's phantom 29 February 1900, as ExcelJS reads it
    expect(serialToIsoDateTime(45658)).toBe('2025-01-01');
  });
});

describe('fingerprints', () => {
  it.each([
    ['=sum(a1:a3)', 'SUM(A1:A3)'],
    ['IF(A1 > 0, "a b", "")', 'IF(A1>0,"a b","")'],
    ['_xlfn.IFS(A1,1)', 'IFS(A1,1)'],
    ['@A1:A3', 'A1:A3'],
  ])('%j normalises to %j', (formula, expected) => {
    expect(normaliseFormula(formula)).toBe(expected);
  });

  it('the fingerprint of what was written equals the fingerprint of what is read back, and changes with a cell', async () => {
    const spec = collectionSpec('04070');
    const { fake } = await writeOnFake(spec);
    for (const sheet of spec.sheets) {
      const read = await fake.host().run(async (context) => {
        const range = context.workbook.worksheets.getItem(sheet.name).getRange('A1:Z200').load('values,formulas');
        await context.sync();
        return { values: range.values, formulas: range.formulas };
      });
      const fingerprint = new ContentFingerprint();
      fingerprint.add(0, 0, read.values, read.formulas);
      expect(fingerprint.value()).toBe(specFingerprint(sheet));
      const changed = new ContentFingerprint();
      changed.add(0, 0, [...read.values, [7]], [...read.formulas, [7]]);
      expect(changed.value()).not.toBe(specFingerprint(sheet));
    }
  });

  it('tells a number from the same text', () => {
    const sheet = (value: string | number): SheetSpec => ({ name: 'S', visibility: 'visible', columns: [], rows: [[{ value }]], merges: [] });
    expect(specFingerprint(sheet(12))).not.toBe(specFingerprint(sheet('12')));
  });
});

describe('officeValidation', () => {
  const base = { allowBlank: true, prompt: { title: 'T', text: 'Aide' }, error: { title: 'E', text: 'Non', style: 'warning' as const } };
  it.each<[InputRule, Excel.DataValidationRule]>([
    [{ ...base, kind: 'whole', min: 0 }, { wholeNumber: { operator: 'Between', formula1: 0, formula2: 1e15 } }],
    [{ ...base, kind: 'decimal', max: 1 }, { decimal: { operator: 'Between', formula1: -1e15, formula2: 1 } }],
    [{ ...base, kind: 'date', from: '2024-01-01', to: '2024-12-31' }, { date: { operator: 'Between', formula1: '2024-01-01', formula2: '2024-12-31' } }],
    [{ ...base, kind: 'list', options: ['Oui', 'Non'] }, { list: { inCellDropDown: true, source: 'Oui,Non' } }],
    [{ ...base, kind: 'listRange', source: '_listes_x' }, { list: { inCellDropDown: true, source: '=_listes_x' } }],
    [{ ...base, kind: 'textLength', max: 2000 }, { textLength: { operator: 'LessThanOrEqualTo', formula1: 2000 } }],
    [{ ...base, kind: 'custom', formula: 'ISNUMBER(B2)' }, { custom: { formula: '=ISNUMBER(B2)' } }],
  ])('%j', (rule, expected) => {
    const validation = officeValidation(rule);
    expect(validation.rule).toEqual(expected);
    expect(validation.prompt).toEqual({ showPrompt: true, title: 'T', message: 'Aide' });
    expect(validation.errorAlert).toEqual({ showAlert: true, style: 'Warning', title: 'E', message: 'Non' });
  });

  it('without messages: no prompt and no error alert (as ExcelJS writes it)', () => {
    const validation = officeValidation({ kind: 'list', options: ['a'], allowBlank: false });
    expect(validation).toMatchObject({ ignoreBlanks: false, prompt: { showPrompt: false }, errorAlert: { showAlert: false } });
  });
});
