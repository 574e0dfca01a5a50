/**
 * WorkbookSpec → .xlsx bytes, with ExcelJS. Values are written as values (a string is always a
 * string, never parsed as a formula); only `formula` fields become formulas.
 */
import ExcelJS from 'exceljs';
import { inputRuleRanges } from '../workbook/ranges';
import type { CellSpec, InputRule, SheetSpec, Style, WorkbookSpec } from '../workbook/spec';
import { clipText } from '../workbook/textLimit';
import { printFooter } from './printFooter';

/** Password hashing cost: ExcelJS's default (100 000 rounds) costs ~0.6 s a sheet; protection is not security. */
const passwordSpinCount = 1000;

export type RenderOptions = {
  /**
   * How ExcelJS zips the parts: deflated (the default, a finished file), or stored for a caller
   * that edits the parts and deflates the package itself (charts.ts).
   */
  compression?: 'DEFLATE' | 'STORE';
};

export async function renderSpec(spec: WorkbookSpec, options: RenderOptions = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = spec.properties.creator;
  workbook.title = spec.properties.title;
  if (spec.properties.subject !== undefined) workbook.subject = spec.properties.subject;
  if (spec.properties.company !== undefined) workbook.company = spec.properties.company;
  workbook.created = new Date(spec.properties.created);
  workbook.modified = new Date(spec.properties.created);
  const styles = cellStyles(spec);
  for (const sheet of spec.sheets) await renderSheet(workbook, sheet, styles);
  for (const name of spec.definedNames) {
    workbook.definedNames.add(`'${name.sheet.replace(/'/g, "''")}'!${absolute(name.range)}`, name.name);
  }
  const buffer = await workbook.xlsx.writeBuffer({ zip: { compression: options.compression ?? 'DEFLATE' } });
  return new Uint8Array(buffer);
}

/**
 * One ExcelJS style object per named style and lock state, shared by every cell that has them:
 * ExcelJS remembers the index of a style object it has seen (a WeakMap in its styles part), so a
 * shared object is serialised once instead of once per cell (font, fill, border and alignment XML
 * built to be looked up). Nothing here or in ExcelJS's writing mutates a cell's style object.
 */
type CellStyles = { style(name: string | undefined, locked: boolean): Partial<ExcelJS.Style>; named(name: string): Partial<ExcelJS.Style> | undefined };

function cellStyles(spec: WorkbookSpec): CellStyles {
  const named = new Map(Object.entries(spec.styles).map(([name, style]) => [name, toExcelStyle(style)]));
  const shared = new Map<string, Partial<ExcelJS.Style>>();
  return {
    named: (name) => named.get(name),
    style(name, locked) {
      const key = `${locked ? 'L' : 'U'}${name ?? ''}`;
      let style = shared.get(key);
      if (style === undefined) {
        style = { ...((name !== undefined ? named.get(name) : undefined) ?? {}), protection: { locked } };
        shared.set(key, style);
      }
      return style;
    },
  };
}

async function renderSheet(workbook: ExcelJS.Workbook, sheet: SheetSpec, styles: CellStyles): Promise<void> {
  const worksheet = workbook.addWorksheet(sheet.name, {
    state: sheet.visibility,
    ...(sheet.tabColour !== undefined ? { properties: { tabColor: { argb: sheet.tabColour } } } : {}),
    views: sheet.freeze !== undefined ? [{ state: 'frozen', xSplit: sheet.freeze.columns, ySplit: sheet.freeze.rows }] : [],
  });
  // ExcelJS treats a width of exactly 9 as « default » and leaves it out of the file, which Excel
  // then shows at 8.43: nudge it by a billionth so it is written.
  worksheet.columns = sheet.columns.map((c) => ({ width: c.width === 9 ? 9 + 1e-9 : c.width, hidden: c.hidden ?? false }));
  sheet.rows.forEach((row, r) => {
    if (row === undefined) return;
    const excelRow = worksheet.getRow(r + 1);
    row.forEach((cell, c) => {
      if (cell !== undefined) writeCell(excelRow.getCell(c + 1), cell, styles);
    });
  });
  for (const [row, height] of Object.entries(sheet.rowHeights ?? {})) worksheet.getRow(Number(row)).height = height;
  for (const range of sheet.merges) worksheet.mergeCells(range);
  // ExcelJS types omit `dataValidations`, which accepts a range address and writes one node for it.
  const validations = (worksheet as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  for (const { address, rule } of inputRuleRanges(sheet)) validations.add(address, toValidation(rule));
  for (const table of sheet.tables ?? []) {
    worksheet.addTable({
      name: table.name,
      ref: table.topLeft,
      headerRow: true,
      style: { theme: 'TableStyleMedium2', showRowStripes: true },
      columns: table.columns.map((name) => ({ name, filterButton: true })),
      rows: table.rows,
    });
  }
  for (const format of sheet.conditionalFormats ?? []) {
    const style = styles.named(format.style) ?? {};
    worksheet.addConditionalFormatting({
      ref: format.range,
      rules: [{ type: 'expression', priority: 1, formulae: [format.formula], style: conditionalStyle(style) }],
    });
  }
  if (sheet.print !== undefined) {
    worksheet.pageSetup = {
      ...worksheet.pageSetup,
      paperSize: 9, // A4
      orientation: sheet.print.orientation,
      fitToPage: sheet.print.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
      ...(sheet.print.repeatRows !== undefined ? { printTitlesRow: `${sheet.print.repeatRows[0]}:${sheet.print.repeatRows[1]}` } : {}),
    };
    worksheet.headerFooter = { ...worksheet.headerFooter, oddFooter: printFooter };
  }
  if (sheet.protection !== undefined) {
    await worksheet.protect(sheet.protection.password ?? '', {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
      ...(sheet.protection.password !== undefined ? { spinCount: passwordSpinCount } : {}),
    });
  }
}

function writeCell(target: ExcelJS.Cell, cell: CellSpec, styles: CellStyles): void {
  if (cell.formula !== undefined) {
    target.value = { formula: cell.formula };
  } else if (cell.link !== undefined && typeof cell.value === 'string') {
    const hyperlink = cell.link.kind === 'internal' ? `#'${cell.link.sheet.replace(/'/g, "''")}'!${cell.link.cell}` : cell.link.url;
    target.value = { text: clipText(cell.value), hyperlink };
  } else if (cell.value !== undefined) {
    // A string is stored as a shared string: Excel never runs it, whatever its first character.
    // Text that came from a return is cut to what a cell holds (32 767 characters): the last line
    // of defence, so that no workbook written here is one Excel must repair.
    target.value = typeof cell.value === 'string' ? clipText(cell.value) : cell.value;
  }
  target.style = styles.style(cell.style, cell.unlocked !== true);
  if (cell.note !== undefined) target.note = clipText(cell.note);
}

function toExcelStyle(style: Style): Partial<ExcelJS.Style> {
  const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FFBFBFBF' } };
  return {
    ...(style.font !== undefined
      ? { font: { bold: style.font.bold, italic: style.font.italic, size: style.font.size ?? 10, underline: style.font.underline, name: 'Calibri', ...(style.font.colour !== undefined ? { color: { argb: style.font.colour } } : {}) } }
      : { font: { size: 10, name: 'Calibri' } }),
    ...(style.fill !== undefined ? { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: style.fill } } } : {}),
    ...(style.numberFormat !== undefined ? { numFmt: style.numberFormat } : {}),
    ...(style.alignment !== undefined
      ? { alignment: { horizontal: style.alignment.horizontal, vertical: style.alignment.vertical, wrapText: style.alignment.wrap, indent: style.alignment.indent } }
      : {}),
    ...(style.border === 'thin' ? { border: { top: thin, left: thin, bottom: thin, right: thin } } : {}),
  };
}

function conditionalStyle(style: Partial<ExcelJS.Style>): Partial<ExcelJS.Style> {
  const fill = style.fill as ExcelJS.FillPattern | undefined;
  return {
    ...(style.font !== undefined ? { font: style.font } : {}),
    ...(fill !== undefined ? { fill: { type: 'pattern', pattern: 'solid', bgColor: fill.fgColor } } : {}),
  };
}

function toValidation(rule: InputRule): ExcelJS.DataValidation {
  const messages = {
    allowBlank: rule.allowBlank,
    showInputMessage: rule.prompt !== undefined,
    ...(rule.prompt !== undefined ? { promptTitle: rule.prompt.title, prompt: rule.prompt.text } : {}),
    showErrorMessage: rule.error !== undefined,
    ...(rule.error !== undefined ? { errorTitle: rule.error.title, error: rule.error.text, errorStyle: rule.error.style } : {}),
  };
  switch (rule.kind) {
    case 'whole':
    case 'decimal':
      return { ...messages, type: rule.kind, operator: 'between', formulae: [rule.min ?? -1e15, rule.max ?? 1e15] };
    case 'date':
      return { ...messages, type: 'date', operator: 'between', formulae: [new Date(rule.from), new Date(rule.to)] };
    case 'list':
      return { ...messages, type: 'list', formulae: [`"${rule.options.join(',')}"`] };
    case 'listRange':
      return { ...messages, type: 'list', formulae: [rule.source] };
    case 'textLength':
      return { ...messages, type: 'textLength', operator: 'lessThanOrEqual', formulae: [rule.max] };
    case 'custom':
      return { ...messages, type: 'custom', formulae: [rule.formula] };
  }
}

function absolute(range: string): string {
  return range
    .split(':')
    .map((ref) => ref.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2'))
    .join(':');
}
