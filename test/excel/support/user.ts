/** What a user does in Excel between two runs of the add-in, done through the (fake) API. */
import type { FakeContext, FakeExcel } from '../fake';

const run = (fake: FakeExcel, batch: (context: FakeContext) => Promise<void>) => fake.host().run((context) => batch(context as FakeContext));

/** Types a value in a cell, as the user would (`'` for text). */
export function userTypes(fake: FakeExcel, sheet: string, address: string, value: string | number): Promise<void> {
  return run(fake, async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(address).values = [[value]];
    await context.sync();
  });
}

export function userAddsSheet(fake: FakeExcel, name: string, cells: Record<string, string | number> = {}): Promise<void> {
  return run(fake, async (context) => {
    const sheet = context.workbook.worksheets.add(name);
    for (const [address, value] of Object.entries(cells)) sheet.getRange(address).values = [[value]];
    await context.sync();
  });
}

export function userProtects(fake: FakeExcel, sheet: string, options: Excel.WorksheetProtectionOptions = {}, password?: string): Promise<void> {
  return run(fake, async (context) => {
    context.workbook.worksheets.getItem(sheet).protection.protect(options, password);
    await context.sync();
  });
}

export function userUnprotects(fake: FakeExcel, sheet: string, password?: string): Promise<void> {
  return run(fake, async (context) => {
    context.workbook.worksheets.getItem(sheet).protection.unprotect(password);
    await context.sync();
  });
}

export function userAddsName(fake: FakeExcel, name: string, reference: string): Promise<void> {
  return run(fake, async (context) => {
    context.workbook.names.add(name, reference);
    await context.sync();
  });
}

export function userDeletesSheet(fake: FakeExcel, name: string): Promise<void> {
  return run(fake, async (context) => {
    context.workbook.worksheets.getItem(name).delete();
    await context.sync();
  });
}
