/**
 * Where the adapter meets office.js: `Excel.run`, `Excel.createWorkbook` and
 * `Office.context.requirements`, read from `globalThis` (the page loads office.js with a script
 * tag; nothing imports it). Tests hand in a fake host instead.
 */
import type { ExcelContext } from './api';
import type { CreateWorkbook } from './files';
import type { Requirements } from './features';

export interface ExcelHost {
  run<T>(batch: (context: ExcelContext) => Promise<T>): Promise<T>;
  requirements: Requirements;
  createWorkbook?: CreateWorkbook;
}

type ExcelGlobal = { run?: unknown; createWorkbook?: unknown };
type OfficeGlobal = { context?: { requirements?: { isSetSupported?: unknown } } };

/** The host office.js provides, or undefined outside Excel (or before office.js is ready). */
export function officeExcelHost(scope: object = globalThis): ExcelHost | undefined {
  const excel = (scope as { Excel?: ExcelGlobal }).Excel;
  const requirements = (scope as { Office?: OfficeGlobal }).Office?.context?.requirements;
  if (typeof excel?.run !== 'function' || typeof requirements?.isSetSupported !== 'function') return undefined;
  const office = excel as unknown as typeof Excel;
  return {
    run: (batch) => office.run((context) => batch(context)),
    requirements: requirements as Requirements,
    ...(typeof excel.createWorkbook === 'function' ? { createWorkbook: (base64: string) => office.createWorkbook(base64) } : {}),
  };
}
