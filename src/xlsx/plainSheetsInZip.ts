/**
 * The big plain sheets (plainSheet.ts) in the workbook ExcelJS wrote. ExcelJS renders a stub of
 * each — its columns, view, print setup and tables as specified, the tables with their first row
 * only, and one sample cell of each cell format the sheet uses, so that the styles part holds
 * every format and says its index — then the stub's `<sheetData>` is replaced by the whole sheet,
 * its strings appended to the shared strings, and each table's range widened to all its rows.
 */
import { columnLetter, parseA1 } from '../workbook/a1';
import type { SheetSpec, WorkbookSpec } from '../workbook/spec';
import type { PackageParts } from './packageParts';
import { formatsOf, SharedStrings, sheetDataXml, tableRange, xmlText } from './plainSheet';

/** The row (0-based) of a stub's sample cells: below its tables' first data row, one row left blank. */
function sampleRow(sheet: SheetSpec): number {
  return Math.max(...(sheet.tables ?? []).map((t) => parseA1(t.topLeft)!.row + 3));
}

/** The spec ExcelJS renders: each sheet named in `direct` reduced to its stub. */
export function withStubs(spec: WorkbookSpec, direct: ReadonlySet<string>): WorkbookSpec {
  return {
    ...spec,
    sheets: spec.sheets.map((sheet) => {
      if (!direct.has(sheet.name)) return sheet;
      const rows: SheetSpec['rows'] = [];
      rows[sampleRow(sheet)] = [...formatsOf(sheet).values()];
      return { ...sheet, rows, tables: (sheet.tables ?? []).map((t) => ({ ...t, rows: t.rows.slice(0, 1) })) };
    }),
  };
}

/** Each cell format's index in the styles part, read from the stub's sample cells (none: 0). */
function formatIndices(stubXml: string, sheet: SheetSpec): Map<string, number> {
  const row = sampleRow(sheet) + 1;
  const indices = new Map<string, number>();
  [...formatsOf(sheet).keys()].forEach((key, c) => {
    const ref = `${columnLetter(c)}${row}`;
    const match = new RegExp(`<c r="${ref}"(?: s="(\\d+)")?`).exec(stubXml);
    indices.set(key, match?.[1] !== undefined ? Number(match[1]) : 0);
  });
  return indices;
}

/**
 * Replaces each stub in `zip` (the parts ExcelJS wrote for `withStubs(spec)`) by its whole sheet;
 * false, `zip` untouched, when a part the stubs should have made is missing (the caller then lets
 * ExcelJS write everything).
 */
export function fillStubs(zip: PackageParts, sheets: readonly SheetSpec[], parts: ReadonlyMap<string, string>): boolean {
  const text = (path: string) => zip.text(path);
  const stringsPath = 'xl/sharedStrings.xml';
  const sst = text(stringsPath);
  // The stubs' table headers are strings: ExcelJS writes this part whenever there is a stub.
  if (sst === '' || sheets.some((s) => !parts.has(s.name))) return false;
  const strings = new SharedStrings(sst.split('<si>').length - 1);
  const tableParts = zip.names().filter((name) => /^xl\/tables\/[^/]+\.xml$/.test(name));
  for (const sheet of sheets) {
    const part = parts.get(sheet.name)!;
    const stub = text(part);
    const { xml, dimension } = sheetDataXml(sheet, formatIndices(stub, sheet), strings);
    const filled = stub.replace(/<sheetData\/>|<sheetData>[\s\S]*<\/sheetData>/, () => xml).replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="${dimension}"/>`);
    zip.set(part, filled);
    for (const table of sheet.tables ?? []) {
      for (const name of tableParts) {
        const tableXml = text(name);
        if (!tableXml.includes(` name="${xmlText(table.name)}"`)) continue;
        zip.set(name, tableXml.split(`ref="${tableRange(table, 1)}"`).join(`ref="${tableRange(table)}"`));
      }
    }
  }
  const count = (name: string) => Number(new RegExp(`<sst\\b[^>]*\\s${name}="(\\d+)"`).exec(sst)?.[1] ?? 0);
  const patched = sst
    .replace(/(<sst\b[^>]*\scount=")\d+"/, (_m, head: string) => `${head}${count('count') + strings.references}"`)
    .replace(/(<sst\b[^>]*\suniqueCount=")\d+"/, (_m, head: string) => `${head}${count('uniqueCount') + strings.added.length}"`)
    .replace('</sst>', `${strings.items()}</sst>`);
  zip.set(stringsPath, patched);
  return true;
}
