/**
 * The fake Excel is only worth the tests built on it if it refuses what Excel refuses: these
 * tests pin that down.
 */
import { excelWebPayloadLimit } from '../../src/excel/payload';
import { FakeExcel, FakeOfficeError, FakeUnsupportedError, type FakeContext } from './fake';

const run = <T>(fake: FakeExcel, batch: (context: FakeContext) => Promise<T>) => fake.host().run((context) => batch(context as FakeContext));
const codeOf = async (promise: Promise<unknown>) => promise.then(() => 'ok', (error: unknown) => (error as { code?: string }).code ?? String(error));

describe('like Office.js', () => {
  it('a property is readable only after load and sync', async () => {
    const fake = new FakeExcel();
    await run(fake, async (context) => {
      const sheet = context.workbook.worksheets.getItem('Feuil1');
      expect(() => sheet.name).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      sheet.load('name');
      expect(() => sheet.name).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(sheet.name).toBe('Feuil1');
      expect(() => sheet.visibility).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('a set or a call changes the workbook only at sync', async () => {
    const fake = new FakeExcel();
    await run(fake, async (context) => {
      context.workbook.worksheets.add('Nouvelle');
      context.workbook.worksheets.getItem('Feuil1').getRange('A1').values = [['x']];
      expect(fake.state.sheets.map((s) => s.name)).toEqual(['Feuil1']);
      expect(fake.state.sheets[0]!.cells.size).toBe(0);
      await context.sync();
      expect(fake.state.sheets.map((s) => s.name)).toEqual(['Feuil1', 'Nouvelle']);
    });
  });

  it('the first failing call rejects the sync: calls before it stay applied, later ones are dropped, loads are not delivered', async () => {
    const fake = new FakeExcel();
    await run(fake, async (context) => {
      const sheets = context.workbook.worksheets;
      const first = sheets.getItem('Feuil1').load('name');
      sheets.add('Avant');
      sheets.getItem('Absente').getRange('A1').values = [['x']];
      sheets.add('Après');
      await expect(context.sync()).rejects.toMatchObject({ name: 'RichApi.Error', code: 'ItemNotFound' });
      expect(fake.state.sheets.map((s) => s.name)).toEqual(['Feuil1', 'Avant']);
      expect(() => first.name).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('refuses a member it does not model, instead of answering undefined', async () => {
    const fake = new FakeExcel();
    await run(fake, async (context) => {
      const range = context.workbook.worksheets.getItem('Feuil1').getRange('A1') as unknown as Record<string, unknown>;
      expect(() => range.valuesAsJson).toThrow(FakeUnsupportedError);
      expect(() => {
        range.text = 'x';
      }).toThrow(FakeUnsupportedError);
      expect(() => context.workbook.worksheets.load([])).toThrow(FakeUnsupportedError);
    });
  });

  it.each([
    ['1.11', 'ApiNotFound'],
    ['1.12', 'ok'],
  ])('on an ExcelApi %s host, a 1.12 call (worksheet custom properties) gives %s', async (version, expected) => {
    const fake = new FakeExcel({ version });
    expect(await codeOf(run(fake, async (context) => {
      context.workbook.worksheets.getItem('Feuil1').customProperties.add('clé', 'valeur');
      await context.sync();
    }))).toBe(expected);
  });

  it('refuses a request above 5 MB, applying none of it', async () => {
    const fake = new FakeExcel();
    const big = 'x'.repeat(1_000_000);
    const code = await codeOf(run(fake, async (context) => {
      const sheet = context.workbook.worksheets.getItem('Feuil1');
      for (let r = 1; r <= 6; r++) sheet.getRange(`A${r}`).values = [[`'${big}`]];
      await context.sync();
    }));
    expect(code).toBe('RequestPayloadSizeLimitExceeded');
    expect(fake.state.sheets[0]!.cells.size).toBe(0);
    expect(fake.syncs.at(-1)!.requestBytes).toBeGreaterThan(excelWebPayloadLimit);
  });

  it('refuses an answer above 5 MB', async () => {
    const fake = new FakeExcel();
    await run(fake, async (context) => {
      const sheet = context.workbook.worksheets.getItem('Feuil1');
      for (let r = 1; r <= 6; r++) {
        sheet.getRange(`A${r}`).values = [[`'${'y'.repeat(1_000_000)}`]];
        await context.sync();
      }
    });
    expect(await codeOf(run(fake, async (context) => {
      context.workbook.worksheets.getItem('Feuil1').getRange('A1:A6').load('values');
      await context.sync();
    }))).toBe('ResponsePayloadSizeLimitExceeded');
  });

  it('records the size of each request and answer', async () => {
    const fake = new FakeExcel();
    await run(fake, async (context) => {
      const range = context.workbook.worksheets.getItem('Feuil1').getRange('A1:B2');
      range.values = [['un', 'deux'], ['trois', 'quatre']];
      await context.sync();
      range.load('values');
      await context.sync();
    });
    const [write, read] = fake.takeSyncs();
    expect(write!.requestBytes).toBeGreaterThan(JSON.stringify([['un', 'deux'], ['trois', 'quatre']]).length);
    expect(write!.responseBytes).toBe(0);
    expect(read!.responseBytes).toBeGreaterThan(JSON.stringify([['un', 'deux'], ['trois', 'quatre']]).length);
  });

  it('refuses changes to locked cells of a protected sheet, and accepts values in unlocked ones', async () => {
    const fake = new FakeExcel();
    await run(fake, async (context) => {
      const sheet = context.workbook.worksheets.getItem('Feuil1');
      sheet.getRange('B2').format.protection.locked = false;
      sheet.protection.protect({});
      await context.sync();
      sheet.getRange('B2').values = [[5]];
      await context.sync();
      sheet.getRange('A1').values = [[5]];
      await expect(context.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
      sheet.getRange('B2').format.protection.locked = true;
      await expect(context.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
      sheet.protection.protect({});
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
    });
  });

  it('in cell edit mode, every sync fails and nothing is applied', async () => {
    const fake = new FakeExcel();
    fake.cellEditMode = true;
    const code = await codeOf(run(fake, async (context) => {
      context.workbook.worksheets.add('Nouvelle');
      await context.sync();
    }));
    expect(code).toBe('InvalidOperationInCellEditMode');
    expect(fake.state.sheets).toHaveLength(1);
  });

  it('a context is dead once its run is over', async () => {
    const fake = new FakeExcel();
    let kept: FakeContext | undefined;
    await run(fake, async (context) => {
      kept = context;
    });
    expect(() => kept!.workbook.worksheets.add('Trop tard')).toThrow(expect.objectContaining({ code: 'InvalidRequestContext' }));
  });

  it('keeps a workbook with at least one visible sheet', async () => {
    const fake = new FakeExcel();
    expect(await codeOf(run(fake, async (context) => {
      context.workbook.worksheets.getItem('Feuil1').visibility = 'Hidden';
      await context.sync();
    }))).toBe('InvalidOperation');
  });

  it('throws Office-shaped errors (name RichApi.Error, code, debugInfo)', () => {
    const error = new FakeOfficeError('ItemNotFound', 'absent', 'workbook.worksheets');
    expect(error).toMatchObject({ name: 'RichApi.Error', code: 'ItemNotFound', debugInfo: { code: 'ItemNotFound', errorLocation: 'workbook.worksheets' } });
  });
});
