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

/** One part of a sheet's content: its commands, in the order they run. */
type Part = (sheet: SheetSpec, context: SheetPlanContext) => Command[];

/** A command on the sheet, its payload counting the path to the sheet. */
function onSheet(sheet: SheetSpec, bytes: number, apply: Command['apply']): Command {
  return { bytes: bytes + pathOverheadBytes + utf8Length(sheet.name), apply };
}

/** Column widths and hidden columns, by runs of equal columns. */
const columnWidths: Part = (sheet) =>
  runs(sheet.columns.map((c) => `${c.width}|${c.hidden === true}`)).map((run) => {
    const column = sheet.columns[run.start]!;
    const address = `${columnLetter(run.start)}:${columnLetter(run.end)}`;
    const points = widthToPoints(column.width);
    return onSheet(sheet, callBytes(column.hidden === true ? 2 : 1, address, points), (scope) => {
      const range = scope.sheet(sheet.name).getRange(address);
      range.format.columnWidth = points;
      if (column.hidden === true) range.columnHidden = true;
    });
  });

/** Row heights, by runs of consecutive rows of equal height. */
const rowHeights: Part = (sheet) =>
  heightRuns(sheet.rowHeights ?? {}).map(({ first, last, height }) => {
    const address = `${first}:${last}`;
    return onSheet(sheet, callBytes(1, address, height), (scope) => {
      scope.sheet(sheet.name).getRange(address).format.rowHeight = height;
    });
  });

/** Values and formulas, in row bands. */
const values: Part = (sheet, context) =>
  valueBands(sheet, Math.floor(context.budget.requestBytes / 8)).map((band) =>
    onSheet(sheet, band.bytes, (scope) => {
      scope.sheet(sheet.name).getRange(band.address).formulas = band.inputs;
    }),
  );

/** Styles by ranges of equal cells; before the unlocked cells, since a style sets `locked`. */
const styles: Part = (sheet, context) => {
  const styleOf = (style: string | undefined) => (style !== undefined && context.spec.styles[style] !== undefined ? style : undefined);
  return groupByKey(sheet, (cell) => styleOf(cell.style), (cell) => excelStyleName(cell.style as string)).map(({ range, value }) => {
    const address = rangeAddress(range);
    return onSheet(sheet, callBytes(1, address, value), (scope) => {
      scope.sheet(sheet.name).getRange(address).style = value;
    });
  });
};

const unlockedCells: Part = (sheet) =>
  groupByKey(sheet, (cell) => (cell.unlocked === true ? 'unlocked' : undefined), () => true).map(({ range }) => {
    const address = rangeAddress(range);
    return onSheet(sheet, callBytes(1, address, false), (scope) => {
      scope.sheet(sheet.name).getRange(address).format.protection.locked = false;
    });
  });

const merges: Part = (sheet) => sheet.merges.map((merge) => onSheet(sheet, callBytes(1, merge), (scope) => scope.sheet(sheet.name).getRange(merge).merge(false)));

const validations: Part = (sheet) =>
  inputRuleRanges(sheet).map(({ address, rule }) => {
    const validation = officeValidation(rule);
    return onSheet(sheet, callBytes(4, address, validation), (scope) => {
      const target = scope.sheet(sheet.name).getRange(address).dataValidation;
      target.rule = validation.rule;
      target.ignoreBlanks = validation.ignoreBlanks;
      target.prompt = validation.prompt;
      target.errorAlert = validation.errorAlert;
    });
  });

/** Cell by cell: its link, then its note (or comment, where the host has no notes). */
const linksAndNotes: Part = (sheet, context) =>
  sheet.rows.flatMap((row, r) =>
    (row ?? []).flatMap((cell, c) => {
      if (cell === undefined) return [];
      const address = `${columnLetter(c)}${r + 1}`;
      const commands: Command[] = [];
      if (cell.link !== undefined && cell.formula === undefined && typeof cell.value === 'string') {
        const hyperlink: Excel.RangeHyperlink = cell.link.kind === 'internal' ? { documentReference: sheetReference(cell.link.sheet, cell.link.cell) } : { address: cell.link.url };
        commands.push(
          onSheet(sheet, callBytes(1, address, hyperlink), (scope) => {
            scope.sheet(sheet.name).getRange(address).hyperlink = hyperlink;
          }),
        );
      }
      if (cell.note !== undefined) commands.push(...noteCommand(sheet.name, address, cell.note, context));
      return commands;
    }),
  );

const tables: Part = (sheet) =>
  (sheet.tables ?? []).map((table) => {
    const { row, column } = tableOrigin(table);
    const address = `${columnLetter(column)}${row + 1}:${columnLetter(column + table.columns.length - 1)}${row + 1 + table.rows.length}`;
    return onSheet(sheet, callBytes(6, address, table.name), (scope) => {
      const target = scope.sheet(sheet.name);
      const created = target.tables.add(target.getRange(address), true);
      created.name = table.name;
      created.style = 'TableStyleMedium2';
      created.showBandedRows = true;
      created.showFilterButton = true;
    });
  });

const conditionalFormats: Part = (sheet, context) =>
  (sheet.conditionalFormats ?? []).map((format) => {
    const style = context.spec.styles[format.style] ?? {};
    return onSheet(sheet, callBytes(5, format.range, format.formula, style), (scope) => {
      const added = scope.sheet(sheet.name).getRange(format.range).conditionalFormats.add('Custom');
      added.custom.rule.formula = `=${format.formula}`;
      if (style.fill !== undefined) added.custom.format.fill.color = officeColour(style.fill);
      if (style.font?.colour !== undefined) added.custom.format.font.color = officeColour(style.font.colour);
      if (style.font?.bold !== undefined) added.custom.format.font.bold = style.font.bold;
      if (style.font?.italic !== undefined) added.custom.format.font.italic = style.font.italic;
    });
  });

const charts: Part = (sheet) => (sheet.charts ?? []).map((chart, index) => chartCommand(sheet.name, chart, index));

const frozenPanes: Part = (sheet) => {
  const freeze = sheet.freeze;
  if (freeze === undefined || (freeze.rows <= 0 && freeze.columns <= 0)) return [];
  return [
    onSheet(sheet, callBytes(2, freeze), (scope) => {
      const target = scope.sheet(sheet.name);
      const panes = target.freezePanes;
      if (freeze.rows > 0 && freeze.columns > 0) panes.freezeAt(target.getRange(`A1:${columnLetter(freeze.columns - 1)}${freeze.rows}`));
      else if (freeze.rows > 0) panes.freezeRows(freeze.rows);
      else panes.freezeColumns(freeze.columns);
    }),
  ];
};

const tabColour: Part = (sheet) => {
  if (sheet.tabColour === undefined) return [];
  const colour = officeColour(sheet.tabColour);
  return [
    onSheet(sheet, callBytes(1, colour), (scope) => {
      scope.sheet(sheet.name).tabColor = colour;
    }),
  ];
};

/** Only where the host has page layout (features.ts). */
const pageLayout: Part = (sheet, context) => {
  const setup = sheet.print;
  if (setup === undefined || !context.features.pageLayout) return [];
  return [
    onSheet(sheet, callBytes(10, setup), (scope) => {
      const layout = scope.sheet(sheet.name).pageLayout;
      layout.orientation = setup.orientation === 'landscape' ? 'Landscape' : 'Portrait';
      layout.paperSize = 'A4';
      Object.assign(layout, print);
      if (setup.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      if (setup.repeatRows !== undefined) layout.setPrintTitleRows(`$${setup.repeatRows[0]}:$${setup.repeatRows[1]}`);
    }),
  ];
};

/** In this order: values before styles, styles before unlocking, content before the panes and the page. */
const parts: readonly Part[] = [columnWidths, rowHeights, values, styles, unlockedCells, merges, validations, linksAndNotes, tables, conditionalFormats, charts, frozenPanes, tabColour, pageLayout];

export function sheetContentCommands(sheet: SheetSpec, context: SheetPlanContext): Command[] {
  return parts.flatMap((part) => part(sheet, context));
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

/** Rows of equal height that follow one another, as [first, last] row numbers (inclusive). */
function heightRuns(heights: Readonly<Record<number, number>>): Array<{ first: number; last: number; height: number }> {
  const sorted = Object.entries(heights)
    .map(([row, height]) => ({ row: Number(row), height }))
    .sort((a, b) => a.row - b.row);
  const out: Array<{ first: number; last: number; height: number }> = [];
  for (const { row, height } of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && last.last === row - 1 && last.height === height) last.last = row;
    else out.push({ first: row, last: row, height });
  }
  return out;
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
