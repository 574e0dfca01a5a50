/**
 * What a workbook means beyond its grids — number formats, styles, locks, data validation,
 * protection, visibility, frozen panes, widths, notes, links, tables, conditional formats, page
 * setup, charts, defined names — normalised the same way from the fake Excel's state and from an
 * .xlsx file, so the contract test can compare the two renderers.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { pointsToWidth } from '../../../src/excel/sheetCommands';
import { writtenCells } from '../../../src/excel/sheetCells';
import { a1 } from '../../../src/workbook/a1';
import type { WorkbookSpec } from '../../../src/workbook/spec';
import { rectAddress } from '../fake/addresses';
import { cellKey, effectiveFormat, findSheet, type CellState, type SheetState, type WorkbookState } from '../fake/state';

export type StyleFacts = {
  font: { name: string; size: number; bold: boolean; italic: boolean; underline: boolean; colour: string };
  fill: string | null;
  horizontal: string;
  vertical: string;
  wrap: boolean;
  indent: number;
  border: string;
};

export type ValidationFacts = {
  type: string;
  operator: string | null;
  formulae: string[];
  allowBlank: boolean;
  prompt: { title: string; text: string } | null;
  error: { title: string; text: string; style: string } | null;
};

export type CellFacts = { numberFormat: string; locked: boolean; style?: StyleFacts; validation?: ValidationFacts; note?: string; link?: string };

export type ChartFacts = { title: string; from: string; to: string; numberFormat: string; series: Array<{ name: string; values: string; categories: string }>; legend: boolean };

export type SheetFacts = {
  name: string;
  visibility: string;
  tabColour: string | null;
  freeze: { rows: number; columns: number } | null;
  columns: Array<{ width: number; hidden: boolean }>;
  rowHeights: Record<number, number>;
  merges: string[];
  protection: { protected: boolean; password: boolean; formatColumns: boolean; formatRows: boolean };
  cells: Record<string, CellFacts>;
  tables: Array<{ name: string; ref: string; columns: string[]; style: string }>;
  conditionalFormats: Array<{ ref: string; formula: string; fill: string | null; colour: string | null; bold: boolean; italic: boolean }>;
  print: { orientation: string; paper: string; fitToWidth: boolean; repeatRows: string | null } | null;
  charts: ChartFacts[];
};

export type WorkbookFacts = { sheets: SheetFacts[]; definedNames: Array<{ name: string; reference: string }> };

const hex = (colour: string | undefined | null) => (colour ? colour.replace(/^#/, '').slice(-6).toUpperCase() : null);
const round = (n: number) => Math.round(n * 10) / 10;
const stripQuotes = (s: string) => s.replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
/** `'Feuille'!$A$1:$B$2` and `Feuille!A1:B2` → `Feuille!A1:B2`. */
const reference = (text: string) => {
  const at = text.lastIndexOf('!');
  return `${stripQuotes(text.slice(0, at).replace(/^=/, ''))}!${text.slice(at + 1).replace(/\$/g, '')}`;
};

/** The spec cells (and table cells) of a sheet, and whether each carries a spec style. */
function specCells(spec: WorkbookSpec, sheetName: string): Array<{ address: string; row: number; column: number; styled: boolean }> {
  const sheet = spec.sheets.find((s) => s.name === sheetName);
  if (sheet === undefined) return [];
  return [...writtenCells(sheet)].map(({ row, column, cell }) => ({ address: a1(row, column), row, column, styled: cell.style !== undefined && spec.styles[cell.style] !== undefined }));
}

// --- from the fake ------------------------------------------------------------------------------

function fakeValidation(cell: CellState | undefined): ValidationFacts | undefined {
  const v = cell?.validation;
  if (v === undefined) return undefined;
  const [kind, body] = Object.entries(v.rule).find(([, b]) => b !== undefined) as [string, Record<string, unknown>];
  const types: Record<string, string> = { wholeNumber: 'whole', decimal: 'decimal', date: 'date', list: 'list', textLength: 'textLength', custom: 'custom' };
  const operators: Record<string, string> = { Between: 'between', LessThanOrEqualTo: 'lessThanOrEqual' };
  const formulae =
    kind === 'custom' ? [String(body.formula).replace(/^=/, '')] : kind === 'list' ? [String(body.source).replace(/^=/, '')] : [body.formula1, body.formula2].filter((f) => f !== undefined).map(String);
  return {
    type: types[kind] ?? kind,
    operator: body.operator !== undefined ? (operators[String(body.operator)] ?? String(body.operator)) : null,
    formulae,
    allowBlank: v.ignoreBlanks,
    prompt: v.prompt?.showPrompt ? { title: v.prompt.title, text: v.prompt.message } : null,
    error: v.errorAlert?.showAlert ? { title: v.errorAlert.title, text: v.errorAlert.message, style: v.errorAlert.style.toLowerCase() } : null,
  };
}

function fakeStyle(workbook: WorkbookState, cell: CellState | undefined): StyleFacts {
  const { style } = effectiveFormat(workbook, cell);
  const horizontal: Record<string, string> = { General: 'general', Left: 'left', Center: 'center', Right: 'right' };
  const vertical: Record<string, string> = { Top: 'top', Center: 'middle', Bottom: 'bottom' };
  const edges = Object.values(style.borders);
  return {
    font: { name: style.font.name, size: style.font.size, bold: style.font.bold, italic: style.font.italic, underline: style.font.underline !== 'None', colour: hex(style.font.color) ?? '000000' },
    fill: hex(style.fill),
    horizontal: horizontal[style.horizontalAlignment] ?? style.horizontalAlignment,
    vertical: vertical[style.verticalAlignment] ?? style.verticalAlignment,
    wrap: style.wrapText,
    indent: style.indentLevel,
    border: edges.every((e) => e.style === 'Continuous' && e.weight === 'Thin' && e.color === '#BFBFBF') ? 'thin' : edges.every((e) => e.style === 'None') ? 'none' : 'mixed',
  };
}

function fakeSheetFacts(workbook: WorkbookState, spec: WorkbookSpec, sheet: SheetState): SheetFacts {
  const specSheet = spec.sheets.find((s) => s.name === sheet.name)!;
  const cells: Record<string, CellFacts> = {};
  for (const { address, row, column, styled } of specCells(spec, sheet.name)) {
    const cell = sheet.cells.get(cellKey(row, column));
    const format = effectiveFormat(workbook, cell);
    const comment = workbook.comments.find((c) => c.sheet === sheet.name && c.cell === address)?.content;
    const note = sheet.notes.get(cellKey(row, column)) ?? comment;
    const link = cell?.hyperlink;
    cells[address] = {
      numberFormat: format.numberFormat,
      locked: format.locked,
      ...(styled ? { style: fakeStyle(workbook, cell) } : {}),
      ...(fakeValidation(cell) !== undefined ? { validation: fakeValidation(cell)! } : {}),
      ...(note !== undefined ? { note } : {}),
      ...(link !== undefined ? { link: link.documentReference !== undefined ? reference(link.documentReference) : String(link.address) } : {}),
    };
  }
  const layout = sheet.pageLayout;
  return {
    name: sheet.name,
    visibility: { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' }[sheet.visibility],
    tabColour: hex(sheet.tabColor),
    freeze: sheet.freeze !== undefined && (sheet.freeze.rows > 0 || sheet.freeze.columns > 0) ? { ...sheet.freeze } : null,
    columns: specSheet.columns.map((_c, i) => ({ width: round(pointsToWidth(sheet.columnWidths.get(i) ?? 48)), hidden: sheet.hiddenColumns.has(i) })),
    rowHeights: Object.fromEntries([...sheet.rowHeights].map(([r, h]) => [r + 1, h])),
    merges: sheet.merges.map(rectAddress).sort(),
    protection: {
      protected: sheet.protection.protected,
      password: sheet.protection.password !== undefined,
      formatColumns: sheet.protection.options.allowFormatColumns === true,
      formatRows: sheet.protection.options.allowFormatRows === true,
    },
    cells,
    tables: sheet.tables.map((t) => ({
      name: t.name,
      ref: rectAddress(t.rect),
      columns: Array.from({ length: t.rect.right - t.rect.left + 1 }, (_, c) => String(sheet.cells.get(cellKey(t.rect.top, t.rect.left + c))?.value)),
      style: t.style,
    })),
    conditionalFormats: sheet.conditionalFormats.map((f) => ({ ref: rectAddress(f.rect), formula: String(f.formula).replace(/^=/, ''), fill: hex(f.fill), colour: hex(f.font.color), bold: f.font.bold === true, italic: f.font.italic === true })),
    print:
      layout.orientation !== undefined
        ? { orientation: layout.orientation.toLowerCase(), paper: String(layout.paperSize), fitToWidth: layout.zoom?.horizontalFitToPages === 1, repeatRows: layout.printTitleRows?.replace(/\$/g, '') ?? null }
        : null,
    charts: sheet.charts.map((c) => ({
      title: c.title,
      from: c.position?.from ?? '',
      to: c.position?.to ?? '',
      numberFormat: c.valueAxisFormat ?? 'General',
      series: c.series.map((s) => ({ name: s.name, values: rectAddress(s.values), categories: s.categories !== undefined ? rectAddress(s.categories) : '' })),
      legend: c.legend.visible,
    })),
  };
}

export function factsFromFake(workbook: WorkbookState, spec: WorkbookSpec): WorkbookFacts {
  return {
    sheets: spec.sheets.map((s) => fakeSheetFacts(workbook, spec, findSheet(workbook, s.name)!)),
    definedNames: [...workbook.names.values()].map((n) => ({ name: n.name, reference: reference(n.reference) })).sort((a, b) => a.name.localeCompare(b.name)),
  };
}

// --- from an .xlsx file -------------------------------------------------------------------------

function xlsxValidation(v: ExcelJS.DataValidation | undefined): ValidationFacts | undefined {
  if (v === undefined || (v as { type?: string }).type === undefined) return undefined;
  const formulae = (v.formulae ?? []).map((f: unknown) => (f instanceof Date ? f.toISOString().slice(0, 10) : String(f)));
  return {
    type: v.type,
    operator: v.type === 'list' || v.type === 'custom' ? null : (v.operator ?? 'between'),
    formulae: v.type === 'list' ? formulae.map((f) => f.replace(/^"(.*)"$/, '$1')) : formulae,
    allowBlank: v.allowBlank === true,
    prompt: v.showInputMessage ? { title: v.promptTitle ?? '', text: v.prompt ?? '' } : null,
    error: v.showErrorMessage ? { title: v.errorTitle ?? '', text: v.error ?? '', style: v.errorStyle ?? 'stop' } : null,
  };
}

function xlsxStyle(cell: ExcelJS.Cell): StyleFacts {
  const font = cell.font ?? {};
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  const edges = [cell.border?.top, cell.border?.bottom, cell.border?.left, cell.border?.right];
  return {
    font: { name: font.name ?? 'Calibri', size: font.size ?? 11, bold: font.bold === true, italic: font.italic === true, underline: font.underline !== undefined && font.underline !== false && font.underline !== 'none', colour: hex(font.color?.argb) ?? '000000' },
    fill: fill?.type === 'pattern' && fill.pattern === 'solid' ? hex(fill.fgColor?.argb) : null,
    horizontal: cell.alignment?.horizontal ?? 'general',
    vertical: cell.alignment?.vertical ?? 'bottom',
    wrap: cell.alignment?.wrapText === true,
    indent: cell.alignment?.indent ?? 0,
    border: edges.every((e) => e?.style === 'thin' && hex(e.color?.argb) === 'BFBFBF') ? 'thin' : edges.every((e) => e?.style === undefined) ? 'none' : 'mixed',
  };
}

/** Chart facts from the DrawingML parts of the .xlsx (ExcelJS does not read charts). */
async function xlsxCharts(bytes: Uint8Array): Promise<Map<string, ChartFacts[]>> {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (path: string) => (await zip.file(path)?.async('string')) ?? '';
  const unescape = (s: string) => s.replace(/&(lt|gt|quot|apos|amp);/g, (_m, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);
  const workbook = await text('xl/workbook.xml');
  const rels = await text('xl/_rels/workbook.xml.rels');
  const target = (xml: string, id: string) => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(xml)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(xml)?.[1];
  const out = new Map<string, ChartFacts[]>();
  for (const [, name, id] of workbook.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const part = `xl/${target(rels, id!)!.replace(/^\/?xl\//, '')}`;
    const sheetXml = await text(part);
    const drawingId = /<drawing r:id="([^"]+)"/.exec(sheetXml)?.[1];
    if (drawingId === undefined) continue;
    const sheetRels = await text(part.replace(/([^/]+)$/, '_rels/$1.rels'));
    const drawingPath = `xl/${target(sheetRels, drawingId)!.replace(/^\.\.\//, '')}`;
    const drawing = await text(drawingPath);
    const drawingRels = await text(drawingPath.replace(/([^/]+)$/, '_rels/$1.rels'));
    const charts: ChartFacts[] = [];
    for (const anchor of drawing.match(/<xdr:twoCellAnchor[\s\S]*?<\/xdr:twoCellAnchor>/g) ?? []) {
      const marker = (tag: string) => {
        const m = new RegExp(`<xdr:${tag}><xdr:col>(\\d+)</xdr:col>.*?<xdr:row>(\\d+)</xdr:row>`).exec(anchor)!;
        return a1(Number(m[2]), Number(m[1]));
      };
      const chartPath = `xl/${target(drawingRels, /r:id="([^"]+)"/.exec(anchor)![1]!)!.replace(/^\.\.\//, '')}`;
      const xml = await text(chartPath);
      const title = unescape([...(/<c:title>[\s\S]*?<\/c:title>/.exec(xml)?.[0] ?? '').matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(''));
      const series = [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map(([, ser]) => ({
        name: unescape(/<c:tx><c:v>([^<]*)<\/c:v><\/c:tx>/.exec(ser!)?.[1] ?? ''),
        values: reference(unescape(/<c:val><c:numRef><c:f>([^<]*)<\/c:f>/.exec(ser!)?.[1] ?? '')).split('!')[1]!,
        categories: reference(unescape(/<c:cat><c:strRef><c:f>([^<]*)<\/c:f>/.exec(ser!)?.[1] ?? '')).split('!')[1]!,
      }));
      charts.push({ title, from: marker('from'), to: marker('to'), numberFormat: unescape(/<c:valAx>[\s\S]*?<c:numFmt formatCode="([^"]*)"/.exec(xml)?.[1] ?? 'General'), series, legend: xml.includes('<c:legend>') });
    }
    out.set(unescape(name!), charts);
  }
  return out;
}

export async function factsFromXlsx(bytes: Uint8Array, spec: WorkbookSpec): Promise<WorkbookFacts> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const charts = await xlsxCharts(bytes);
  const sheets = spec.sheets.map((specSheet): SheetFacts => {
    const ws = workbook.getWorksheet(specSheet.name)!;
    const cells: Record<string, CellFacts> = {};
    for (const { address, styled } of specCells(spec, specSheet.name)) {
      const cell = ws.getCell(address);
      const note = typeof cell.note === 'string' ? cell.note : (cell.note as { texts?: Array<{ text: string }> } | undefined)?.texts?.map((t) => t.text).join('');
      const link = cell.hyperlink;
      const validation = xlsxValidation(cell.dataValidation);
      cells[address] = {
        numberFormat: cell.numFmt ?? 'General',
        locked: cell.protection?.locked !== false,
        ...(styled ? { style: xlsxStyle(cell) } : {}),
        ...(validation !== undefined ? { validation } : {}),
        ...(note !== undefined ? { note } : {}),
        ...(link !== undefined ? { link: link.startsWith('#') ? reference(link.slice(1)) : link } : {}),
      };
    }
    const view = ws.views?.[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
    const protection = (ws as unknown as { sheetProtection?: { sheet?: boolean; hashValue?: string; formatColumns?: boolean; formatRows?: boolean } }).sheetProtection;
    const tables = Object.values((ws as unknown as { tables: Record<string, { table: { name: string; tableRef: string; columns: Array<{ name: string }>; style: { theme: string } } }> }).tables);
    const rowHeights: Record<number, number> = {};
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      if (row.height !== undefined) rowHeights[n] = row.height;
    });
    for (const r of Object.keys(specSheet.rowHeights ?? {})) if (ws.getRow(Number(r)).height !== undefined) rowHeights[Number(r)] = ws.getRow(Number(r)).height;
    const setup = ws.pageSetup;
    return {
      name: ws.name,
      visibility: ws.state,
      tabColour: hex((ws.properties.tabColor as { argb?: string } | undefined)?.argb),
      freeze: view?.state === 'frozen' && ((view.xSplit ?? 0) > 0 || (view.ySplit ?? 0) > 0) ? { rows: view.ySplit ?? 0, columns: view.xSplit ?? 0 } : null,
      columns: specSheet.columns.map((_c, i) => ({ width: round(ws.getColumn(i + 1).width ?? 8.43), hidden: ws.getColumn(i + 1).hidden === true })),
      rowHeights,
      merges: Object.values((ws as unknown as { _merges: Record<string, { range: string }> })._merges)
        .map((m) => m.range)
        .sort(),
      protection: { protected: protection?.sheet === true, password: protection?.hashValue !== undefined, formatColumns: protection?.formatColumns === true, formatRows: protection?.formatRows === true },
      cells,
      tables: tables.map(({ table }) => ({ name: table.name, ref: table.tableRef, columns: table.columns.map((c) => c.name), style: table.style.theme })),
      conditionalFormats: (ws as unknown as { conditionalFormattings: Array<{ ref: string; rules: unknown[] }> }).conditionalFormattings.map((f) => {
        const rule = f.rules[0] as { formulae?: string[]; style?: { fill?: { bgColor?: { argb?: string } }; font?: { color?: { argb?: string }; bold?: boolean; italic?: boolean } } };
        return { ref: f.ref, formula: rule.formulae?.[0] ?? '', fill: hex(rule.style?.fill?.bgColor?.argb), colour: hex(rule.style?.font?.color?.argb), bold: rule.style?.font?.bold === true, italic: rule.style?.font?.italic === true };
      }),
      print:
        specSheet.print !== undefined
          ? { orientation: setup.orientation ?? 'portrait', paper: setup.paperSize === 9 ? 'A4' : String(setup.paperSize), fitToWidth: setup.fitToPage === true && setup.fitToWidth === 1, repeatRows: setup.printTitlesRow?.replace(/\$/g, '') ?? null }
          : null,
      charts: charts.get(ws.name) ?? [],
    };
  });
  const definedNames = (workbook.definedNames.model as Array<{ name: string; ranges: string[] }>).map((n) => ({ name: n.name, reference: reference(n.ranges[0]!) })).sort((a, b) => a.name.localeCompare(b.name));
  return { sheets, definedNames };
}

