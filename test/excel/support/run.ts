/** Running adapter operations on a fake Excel, and reading results back. */
import { ExcelAdapterError, featuresUpTo, readSheetGrids, SyncLog, wrapOfficeError, writeWorkbookSpec, type Budget, type WriteOptions, type WriteReport } from '../../../src/excel';
import type { Grid } from '../../../src/workbook/grid';
import type { WorkbookSpec } from '../../../src/workbook/spec';
import { FakeExcel, type SyncStat } from '../fake';

export type Written = { fake: FakeExcel; report: WriteReport; syncs: SyncStat[] };

export async function writeOnFake(spec: WorkbookSpec, options: Partial<WriteOptions> & { version?: string; fake?: FakeExcel; payloadLimit?: number } = {}): Promise<Written> {
  const fake = options.fake ?? new FakeExcel({ version: options.version ?? '1.18', ...(options.payloadLimit !== undefined ? { payloadLimit: options.payloadLimit } : {}) });
  fake.takeSyncs();
  const report = await fake.host().run((context) => writeWorkbookSpec(context, spec, { features: featuresUpTo(fake.version), ...options }));
  return { fake, report, syncs: fake.takeSyncs() };
}

export async function readOnFake(fake: FakeExcel, sheets?: readonly string[], budget?: Partial<Budget>): Promise<Grid[]> {
  return fake.host().run((context) => readSheetGrids(context, { ...(sheets !== undefined ? { sheets } : {}), ...(budget !== undefined ? { budget } : {}) }));
}

/** Excel's type of each cell of a range (`String`, `Double`, `Boolean`, `Empty`, `Error`): one sync. */
export async function readValueTypes(fake: FakeExcel, sheet: string, address: string): Promise<Excel.RangeValueType[][]> {
  return fake.host().run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange(address).load('valueTypes');
    try {
      await new SyncLog().sync(context, 'types');
    } catch (error) {
      throw wrapOfficeError(error, { sheet });
    }
    return range.valueTypes;
  });
}

/** The fake's state as plain data, to compare before and after a refused operation. */
export function snapshot(fake: FakeExcel): unknown {
  return structuredClone(fake.state);
}

/** The typed error an operation fails with (the test fails if it succeeds, or fails otherwise). */
export async function rejection(promise: Promise<unknown>): Promise<ExcelAdapterError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ExcelAdapterError) return error;
    throw error;
  }
  throw new Error('the operation was expected to fail');
}
