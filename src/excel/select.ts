/** Show a cell or a range to the user (to jump to a finding): one round trip. */
import type { ExcelContext } from './api';
import { SyncLog } from './batch';
import { wrapOfficeError } from './errors';

export async function selectRange(context: ExcelContext, sheet: string, address: string, log = new SyncLog()): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRange(address).select();
  try {
    await log.sync(context, 'select', 1);
  } catch (error) {
    throw wrapOfficeError(error, { sheet });
  }
}
