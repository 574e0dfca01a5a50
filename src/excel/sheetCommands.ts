/**
 * The commands that write one spec sheet's content into an existing, empty worksheet: values and
 * formulas in 2D blocks (row bands), styles, unlocked cells and validations by ranges of equal
 * cells, then merges, links, notes, tables, conditional formats, frozen panes, tab colour and page
 * layout. Nothing here syncs: the commands are batched by `runCommands`.
 */
import { columnLetter } from '../workbook/a1';
import { groupByKey, inputRuleRanges, rangeAddress } from '../workbook/ranges';
import type { ChartSpec, SheetSpec, WorkbookSpec } from '../workbook/spec';
import type { ChartSeriesApi } from './api';
import type { Command } from './batch';
import type { Features } from './features';
import { cellInput, type CellInput } from './literal';
import { callBytes, jsonBytes, pathOverheadBytes, utf8Length, type Budget } from './payload';
import { cellGrid, tableOrigin } from './sheetCells';
import { excelStyleName, officeColour } from './styles';
import { officeValidation } from './validation';

export type NoteCounts = { asNotes: number; asComments: number; dropped: number };

export type SheetPlanContext = {
  spec: WorkbookSpec;
  features: Features;
  budget: Budget;
  notes: NoteCounts;
};

/** Column width in characters (spec, ExcelJS) → points (Office.js): 7 px a character plus 5 px of padding. */
export function widthToPoints(width: number): number {
  return Math.round(width * 7 + 5) * 0.75;
}

export function pointsToWidth(points: number): number {
  return (points / 0.75 - 5) / 7;
}

/** A reference to a cell of a sheet, quoted as formulas and links expect. */
export function sheetReference(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

const print = { leftMargin: 28.8, rightMargin: 28.8, topMargin: 36, bottomMargin: 36, headerMargin: 21.6, footerMargin: 21.6 } as const;

export function sheetContentCommands(sheet: SheetSpec, context: SheetPlanContext): Command[] {
  const name = sheet.name;
  const commands: Command[] = [];
  const paths = pathOverheadBytes + utf8Length(name);
  const on = (bytes: number, apply: Command['apply']) => commands.push({ bytes: bytes + paths, apply });

  // Column widths and hidden columns, by runs of equal columns.
  for (const run of runs(sheet.columns.map((c) => `${c.width}|${c.hidden === true}`))) {
    const column = sheet.columns[run.start]!;
    const address = `${columnLetter(run.start)}:${columnLetter(run.end)}`;
    const points = widthToPoints(column.width);
    on(callBytes(column.hidden === true ? 2 : 1, address, points), (scope) => {
      const range = scope.sheet(name).getRange(address);
      range.format.columnWidth = points;
      if (column.hidden === true) range.columnHidden = true;
    });
  }
  // Row heights, by runs of rows of equal height.
  const heights = Object.entries(sheet.rowHeights ?? {})
    .map(([row, height]) => ({ row: Number(row), height }))
    .sort((a, b) => a.row - b.row);
  for (let i = 0; i < heights.length; ) {
    let j = i;
    while (j + 1 < heights.length && heights[j + 1]!.row === heights[j]!.row + 1 && heights[j + 1]!.height === heights[i]!.height) j++;
    const address = `${heights[i]!.row}:${heights[j]!.row}`;
    const height = heights[i]!.height;
    on(callBytes(1, address, height), (scope) => {
      scope.sheet(name).getRange(address).format.rowHeight = height;
    });
    i = j + 1;
  }

  // Values and formulas, in row bands.
  for (const band of valueBands(sheet, Math.floor(context.budget.requestBytes / 8))) {
    on(band.bytes, (scope) => {
      scope.sheet(name).getRange(band.address).formulas = band.inputs;
    });
  }

  // Styles, then unlocked cells (a style sets `locked`), by ranges of equal cells.
  const styleOf = (style: string | undefined) => (style !== undefined && context.spec.styles[style] !== undefined ? style : undefined);
  for (const { range, value } of groupByKey(sheet, (cell) => styleOf(cell.style), (cell) => excelStyleName(cell.style as string))) {
    const address = rangeAddress(range);
    on(callBytes(1, address, value), (scope) => {
      scope.sheet(name).getRange(address).style = value;
    });
  }
  for (const { range } of groupByKey(sheet, (cell) => (cell.unlocked === true ? 'unlocked' : undefined), () => true)) {
    const address = rangeAddress(range);
    on(callBytes(1, address, false), (scope) => {
      scope.sheet(name).getRange(address).format.protection.locked = false;
    });
  }

  for (const merge of sheet.merges) {
    on(callBytes(1, merge), (scope) => scope.sheet(name).getRange(merge).merge(false));
  }

  for (const { address, rule } of inputRuleRanges(sheet)) {
    const validation = officeValidation(rule);
    on(callBytes(4, address, validation), (scope) => {
      const target = scope.sheet(name).getRange(address).dataValidation;
      target.rule = validation.rule;
      target.ignoreBlanks = validation.ignoreBlanks;
      target.prompt = validation.prompt;
      target.errorAlert = validation.errorAlert;
    });
  }

  sheet.rows.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (cell === undefined) return;
      const address = `${columnLetter(c)}${r + 1}`;
      if (cell.link !== undefined && cell.formula === undefined && typeof cell.value === 'string') {
        const hyperlink: Excel.RangeHyperlink = cell.link.kind === 'internal' ? { documentReference: sheetReference(cell.link.sheet, cell.link.cell) } : { address: cell.link.url };
        on(callBytes(1, address, hyperlink), (scope) => {
          scope.sheet(name).getRange(address).hyperlink = hyperlink;
        });
      }
      if (cell.note !== undefined) commands.push(...noteCommand(name, address, cell.note, context));
    }),
  );

  for (const table of sheet.tables ?? []) {
    const { row, column } = tableOrigin(table);
    const address = `${columnLetter(column)}${row + 1}:${columnLetter(column + table.columns.length - 1)}${row + 1 + table.rows.length}`;
    on(callBytes(6, address, table.name), (scope) => {
      const sheet = scope.sheet(name);
      const created = sheet.tables.add(sheet.getRange(address), true);
      created.name = table.name;
      created.style = 'TableStyleMedium2';
      created.showBandedRows = true;
      created.showFilterButton = true;
    });
  }

  for (const format of sheet.conditionalFormats ?? []) {
    const style = context.spec.styles[format.style] ?? {};
    on(callBytes(5, format.range, format.formula, style), (scope) => {
      const added = scope.sheet(name).getRange(format.range).conditionalFormats.add('Custom');
      added.custom.rule.formula = `=${format.formula}`;
      if (style.fill !== undefined) added.custom.format.fill.color = officeColour(style.fill);
      if (style.font?.colour !== undefined) added.custom.format.font.color = officeColour(style.font.colour);
      if (style.font?.bold !== undefined) added.custom.format.font.bold = style.font.bold;
      if (style.font?.italic !== undefined) added.custom.format.font.italic = style.font.italic;
    });
  }

  sheet.charts?.forEach((chart, index) => commands.push(chartCommand(name, chart, index)));

  const freeze = sheet.freeze;
  if (freeze !== undefined && (freeze.rows > 0 || freeze.columns > 0)) {
    on(callBytes(2, freeze), (scope) => {
      const sheet = scope.sheet(name);
      const panes = sheet.freezePanes;
      if (freeze.rows > 0 && freeze.columns > 0) panes.freezeAt(sheet.getRange(`A1:${columnLetter(freeze.columns - 1)}${freeze.rows}`));
      else if (freeze.rows > 0) panes.freezeRows(freeze.rows);
      else panes.freezeColumns(freeze.columns);
    });
  }

  if (sheet.tabColour !== undefined) {
    const colour = officeColour(sheet.tabColour);
    on(callBytes(1, colour), (scope) => {
      scope.sheet(name).tabColor = colour;
    });
  }

  const setup = sheet.print;
  if (setup !== undefined && context.features.pageLayout) {
    on(callBytes(10, setup), (scope) => {
      const layout = scope.sheet(name).pageLayout;
      layout.orientation = setup.orientation === 'landscape' ? 'Landscape' : 'Portrait';
      layout.paperSize = 'A4';
      Object.assign(layout, print);
      if (setup.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      if (setup.repeatRows !== undefined) layout.setPrintTitleRows(`$${setup.repeatRows[0]}:$${setup.repeatRows[1]}`);
    });
  }
  return commands;
}

/**
 * A line chart as the .xlsx adapter draws it: title, one series per spec series (values and
 * categories read from the sheet), value labels on top, the value axis's number format, a legend
 * at the bottom when there are several series, placed between the spec's two cells.
 */
function chartCommand(sheet: string, chart: ChartSpec, index: number): Command {
  const format = chart.numberFormat ?? 'General';
  return {
    bytes: callBytes(8 + 7 * chart.series.length, chart.title, chart.series, chart.categories, chart.from, chart.to, format) + (4 + 3 * chart.series.length) * pathOverheadBytes + utf8Length(sheet),
    apply: (scope) => {
      const target = scope.sheet(sheet);
      const [first, ...others] = chart.series;
      if (first === undefined) return;
      const source = target.getRange(first.values);
      const created = target.charts.add('Line', source, isColumn(first.values) ? 'Columns' : 'Rows');
      created.name = `Graphique ${index + 1}`;
      created.title.text = chart.title;
      created.setPosition(chart.from, chart.to);
      created.axes.valueAxis.numberFormat = format;
      if (chart.valueAxisFrom !== undefined) created.axes.valueAxis.minimum = chart.valueAxisFrom;
      created.legend.visible = chart.series.length > 1;
      if (chart.series.length > 1) created.legend.position = 'Bottom';
      const style = (series: ChartSeriesApi, name: string) => {
        series.name = name;
        series.setXAxisValues(target.getRange(chart.categories));
        series.hasDataLabels = true;
        series.dataLabels.showValue = true;
        series.dataLabels.position = 'Top';
        series.dataLabels.numberFormat = format;
      };
      style(created.series.getItemAt(0), first.name);
      for (const other of others) {
        const series = created.series.add(other.name);
        series.setValues(target.getRange(other.values));
        style(series, other.name);
      }
    },
  };
}

/** A range one column wide (its values run down): the chart's series is by columns. */
function isColumn(address: string): boolean {
  const [start, end = start] = address.split(':');
  const column = (ref: string | undefined) => /^\$?([A-Za-z]+)/.exec(ref ?? '')?.[1]?.toUpperCase();
  return column(start) === column(end) && start !== end;
}

function noteCommand(sheet: string, address: string, note: string, context: SheetPlanContext): Command[] {
  if (context.features.notes) {
    context.notes.asNotes++;
    return [{ bytes: callBytes(1, address, note) + pathOverheadBytes + utf8Length(sheet), apply: (scope) => void scope.sheet(sheet).notes.add(address, note) }];
  }
  if (context.features.comments) {
    context.notes.asComments++;
    const reference = sheetReference(sheet, address);
    return [{ bytes: callBytes(1, reference, note) + pathOverheadBytes, apply: (scope) => void scope.context.workbook.comments.add(reference, note) }];
  }
  context.notes.dropped++;
  return [];
}

/** Runs of equal keys: [start, end] index pairs (inclusive). */
function runs(keys: readonly string[]): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  keys.forEach((key, i) => {
    const last = out[out.length - 1];
    if (last !== undefined && keys[last.end] === key && last.end === i - 1) last.end = i;
    else out.push({ start: i, end: i });
  });
  return out;
}

export type ValueBand = { address: string; inputs: CellInput[][]; bytes: number };

/**
 * The sheet's inputs as rectangular blocks of whole rows from column A, each under `maxBytes`
 * (rows with nothing to write are skipped; one row may still exceed it, and is then on its own).
 */
export function valueBands(sheet: SheetSpec, maxBytes: number): ValueBand[] {
  const grid = cellGrid(sheet);
  const bands: ValueBand[] = [];
  let rows: CellInput[][] = [];
  let top = 0;
  let bytes = 0;
  const flush = () => {
    if (rows.length === 0) return;
    const width = rows.reduce((w, row) => Math.max(w, row.length), 1);
    const inputs = rows.map((row) => (row.length === width ? row : [...row, ...Array<CellInput>(width - row.length).fill('')]));
    const address = `A${top + 1}:${columnLetter(width - 1)}${top + rows.length}`;
    bands.push({ address, inputs, bytes: callBytes(1, address, inputs) });
    rows = [];
    bytes = 0;
  };
  grid.forEach((cells, r) => {
    const inputs = Array.from({ length: cells.length }, (_, c) => cellInput(cells[c]));
    while (inputs.length > 0 && inputs[inputs.length - 1] === '') inputs.pop();
    if (inputs.length === 0) {
      flush();
      return;
    }
    const size = jsonBytes(inputs) + 4 * inputs.length;
    if (rows.length > 0 && bytes + size > maxBytes) flush();
    if (rows.length === 0) top = r;
    rows.push(inputs);
    bytes += size;
  });
  flush();
  return bands;
}
