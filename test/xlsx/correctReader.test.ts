/**
 * The reader reads what the file says, per ECMA-376 (issue 12, « Wrong values, silently »), and
 * no more of it than the reach it is given (« One small file takes everything down »). Each
 * table row is a file ExcelJS — and the lean reader when it copied ExcelJS — read wrongly or
 * without bound.
 */
import type { CellValue, Grid, GridReach } from '../../src/workbook/grid';
import { parseA1 } from '../../src/workbook/a1';
import { untrustedFileMessage } from '../../src/i18n/untrustedFile';
import { UntrustedFileError } from '../../src/xlsx/guards';
import { nodeInflate } from '../../src/xlsx/inflateNode';
import { readGrids } from '../../src/xlsx/readGrids';
import { data, handmadeXlsx, sheet, type Handmade } from './handmade';

const read = (book: Handmade, reach?: GridReach) => readGrids(handmadeXlsx(book), { inflate: nodeInflate, reach });

const valueAt = (grid: Grid, address: string): CellValue => {
  const at = parseA1(address)!;
  return grid.rows[at.row]?.[at.column] ?? null;
};

describe('a number is a finite xsd:double; any other text is reported at its cell, with that text', () => {
  it.each([
    ['NaN', 'NaN'],
    ['INF', 'INF'],
    ['-INF', '-INF'],
    ['1e309 (overflows to infinity)', '1e309'],
    ['0x1F (hexadecimal)', '0x1F'],
    ['12abc (parseFloat read 12)', '12abc'],
    ['1,5 (a decimal comma)', '1,5'],
    ['1 234 (a space inside)', '1 234'],
  ])('%s', async (_name, raw) => {
    const [grid] = await read(sheet(data(`<row r="1"><c r="A1"><v>7</v></c><c r="B1"><v>${raw}</v></c></row>`)));
    expect(valueAt(grid!, 'B1')).toBeNull();
    expect(grid!.unreadable).toEqual([{ cell: 'B1', type: 'number', raw }]);
  });

  it.each([
    [' 42 ', 42],
    ['-0.125', -0.125],
    ['1E-7', 1e-7],
    ['.5', 0.5],
    ['5.', 5],
    ['+3', 3],
    ['1.7976931348623157e308', 1.7976931348623157e308],
  ])('« %s » is a number', async (raw, expected) => {
    const [grid] = await read(sheet(data(`<row r="1"><c r="A1"><v>${raw}</v></c></row>`)));
    expect(valueAt(grid!, 'A1')).toBe(expected);
    expect(grid!.unreadable).toBeUndefined();
  });

  it('a formula’s cached result that is not a number is reported too, its formula kept', async () => {
    const [grid] = await read(sheet(data('<row r="2"><c r="C2"><f>1/0</f><v>INF</v></c></row>')));
    expect(valueAt(grid!, 'C2')).toBeNull();
    expect(grid!.formulas[1]?.[2]).toBe('1/0');
    expect(grid!.unreadable).toEqual([{ cell: 'C2', type: 'number', raw: 'INF' }]);
  });

  it('the raw text carried is cut to 100 characters', async () => {
    const [grid] = await read(sheet(data(`<row r="1"><c r="A1"><v>${'9x'.repeat(5000)}</v></c></row>`)));
    expect(grid!.unreadable![0]!.raw).toHaveLength(100);
  });
});

describe('t="d": ISO 8601 text is a date (SheetJS writes these with cellDates)', () => {
  it.each([
    ['2024-03-15', '2024-03-15'],
    ['2024-03-15T00:00:00.000Z', '2024-03-15'],
    ['2024-03-15T14:30:00Z', '2024-03-15T14:30:00'],
    ['2024-03-15T14:30', '2024-03-15T14:30:00'],
    ['2024-02-29T08:00:00+02:00', '2024-02-29T08:00:00'],
  ])('%s', async (raw, expected) => {
    const [grid] = await read(sheet(data(`<row r="1"><c r="A1" t="d"><v>${raw}</v></c></row>`)));
    expect(valueAt(grid!, 'A1')).toBe(expected);
  });

  it.each(['2023-02-29', '2024-13-01', '15/03/2024', '45366', 'demain'])('« %s » is no date: reported at its cell', async (raw) => {
    const [grid] = await read(sheet(data(`<row r="1"><c r="A1" t="d"><v>${raw}</v></c></row>`)));
    expect(valueAt(grid!, 'A1')).toBeNull();
    expect(grid!.unreadable).toEqual([{ cell: 'A1', type: 'date', raw }]);
  });
});

describe('a formula’s cached result is its value, whatever it is', () => {
  it.each([
    ['a cached 0', '<c r="A1"><f>2-2</f><v>0</v></c>', 0],
    ['a cached FALSE', '<c r="A1" t="b"><f>1&gt;2</f><v>0</v></c>', false],
    ['a cached empty text', '<c r="A1" t="str"><f>""</f><v></v></c>', null],
    ['a text result written as a shared string index, as Gnumeric does', '<c r="A1" t="s"><f>IF(B1&gt;0,"oui","non")</f><v>1</v></c>', 'oui'],
    ['a cached ISO date', '<c r="A1" t="d"><f>TODAY()</f><v>2025-06-30</v></c>', '2025-06-30'],
  ])('%s', async (_name, cell, expected) => {
    const [grid] = await read({ ...sheet(data(`<row r="1">${cell}</row>`)), sharedStrings: ['<t>non</t>', '<t>oui</t>'] });
    expect(valueAt(grid!, 'A1')).toBe(expected);
    expect(grid!.formulas[0]?.[0]).toBeDefined();
  });

  it('a boolean written other than 0, 1, true or false is reported', async () => {
    const [grid] = await read(sheet(data('<row r="1"><c r="A1" t="b"><v>2</v></c></row>')));
    expect(grid!.unreadable).toEqual([{ cell: 'A1', type: 'boolean', raw: '2' }]);
  });
});

describe('XML: the five predefined entities and character references only, never a lookup on Object.prototype', () => {
  const refusal = async (book: Handmade) => {
    try {
      await read(book);
    } catch (error) {
      if (error instanceof UntrustedFileError) return { code: error.code, reason: error.params.reason, message: untrustedFileMessage(error.issue) };
      throw error;
    }
    return undefined;
  };

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'nbsp'])('&%s; in a shared string: the file is refused, saying why', async (name) => {
    const outcome = await refusal({ ...sheet(data('<row r="1"><c r="A1" t="s"><v>0</v></c></row>')), sharedStrings: [`<t>avant &${name}; après</t>`] });
    expect(outcome).toMatchObject({ code: 'corrupt', reason: 'entity' });
    expect(outcome!.message).toContain('entité inconnue');
    expect(outcome!.message).not.toContain('native code');
  });

  it('&constructor; in an attribute of a worksheet is refused too', async () => {
    expect(await refusal(sheet(data('<row r="1" x14ac:dyDescent="&constructor;"><c r="A1"><v>1</v></c></row>')))).toMatchObject({ reason: 'entity' });
  });

  it('predefined entities and character references are read', async () => {
    const [grid] = await read({ ...sheet(data('<row r="1"><c r="A1" t="s"><v>0</v></c></row>')), sharedStrings: ['<t>&lt;&amp;&gt;&quot;&apos;&#65;&#x1F600;</t>'] });
    expect(valueAt(grid!, 'A1')).toBe('<&>"\'A😀');
  });
});

// --- bounded reading ---------------------------------------------------------------------------

const reach: GridReach = { rows: 300, columns: 40, sheets: 12 };

describe('a sheet is read only as far as the reach: never padded to the far corner a file claims', () => {
  it('one cell at XFD1048576: the grid stays small, the cell is counted with its address', async () => {
    const [grid] = await read(sheet(data('<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>2</v></c></row>')), reach);
    expect(grid!.rows).toEqual([[1]]);
    expect(grid!.beyond).toEqual({ kind: 'cells', cells: 1, first: 'XFD1048576' });
  });

  it('column XFD on 20 000 rows: at most the reach, every skipped cell counted', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c><c r="XFD${i + 1}"><v>1</v></c></row>`).join('');
    const [grid] = await read(sheet(data(rows)), reach);
    expect(grid!.rows).toHaveLength(reach.rows);
    expect(Math.max(...grid!.rows.map((row) => row.length))).toBe(1);
    expect(grid!.beyond).toEqual({ kind: 'cells', cells: 20_000 + (20_000 - reach.rows), first: 'XFD1' });
  });

  it('cells without an address marching past the last column are counted, not placed', async () => {
    const cells = '<c r="A1"><v>0</v></c>' + '<c><v>1</v></c>'.repeat(100);
    const [grid] = await read(sheet(data(`<row r="1">${cells}</row>`)), reach);
    expect(grid!.rows[0]).toHaveLength(reach.columns);
    expect(grid!.beyond).toMatchObject({ kind: 'cells', cells: 101 - reach.columns });
  });

  it('one row written 100 000 times keeps at most the reach of rows', async () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => `<row r="2"><c r="A2"><v>${i}</v></c></row>`).join('');
    const [grid] = await read(sheet(data(rows)), reach);
    // The last row kept wins, as a later row with the same number replaces an earlier one.
    expect(grid!.rows).toEqual([[], [reach.rows - 1]]);
    expect(grid!.beyond).toMatchObject({ kind: 'cells', cells: 100_000 - reach.rows });
  });

  it('80 sheets each with a cell at the far corner: the first `reach.sheets` read, the others named and left unread', async () => {
    const sheets = Array.from({ length: 80 }, (_, i) => ({ name: `F${i + 1}`, body: data('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>') }));
    const grids = await read({ sheets }, reach);
    expect(grids).toHaveLength(80);
    expect(grids.slice(0, reach.sheets).every((g) => g.rows.length === 0 && g.beyond?.kind === 'cells')).toBe(true);
    expect(grids.slice(reach.sheets).every((g) => g.rows.length === 0 && g.beyond?.kind === 'sheet')).toBe(true);
  });

  it('a value past row 1 048 576 is still refused: no spreadsheet wrote it', async () => {
    await expect(read(sheet(data('<row r="1048577"><c r="A1048577"><v>1</v></c></row>')), reach)).rejects.toMatchObject({ code: 'corrupt', params: { reason: 'sheet_bounds' } });
  });
});
