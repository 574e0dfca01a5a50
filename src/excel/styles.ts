/**
 * The spec's named styles become Excel cell styles (« CTG header », « CTG input.integer »…),
 * defined once per operation; a range then takes its style in one call (`range.style = name`)
 * instead of a dozen format calls. The style carries what ExcelJS writes on each cell: font
 * (Calibri, 10 pt unless said), fill, number format, alignment, thin grey borders, locked.
 */
import type { Style, WorkbookSpec } from '../workbook/spec';
import type { StyleApi } from './api';
import { callBytes, pathOverheadBytes } from './payload';
import type { Command } from './batch';

export const stylePrefix = 'CTG ';
export const excelStyleName = (name: string) => `${stylePrefix}${name}`;

/** « FF1F3864 » (ARGB, as the spec and ExcelJS write it) → « #1F3864 » (Office.js). */
export function officeColour(argb: string): string {
  return `#${argb.length === 8 ? argb.slice(2) : argb}`.toUpperCase();
}

export const borderColour = '#BFBFBF';
export const defaultFont = { name: 'Calibri', size: 10 } as const;

const horizontal = { left: 'Left', center: 'Center', right: 'Right' } as const;
const vertical = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;
const edges = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;

/** Names of the spec styles some cell uses. */
export function usedStyles(spec: WorkbookSpec): string[] {
  const used = new Set<string>();
  for (const sheet of spec.sheets) {
    for (const row of sheet.rows) for (const cell of row ?? []) if (cell?.style !== undefined && spec.styles[cell.style] !== undefined) used.add(cell.style);
  }
  return [...used].sort();
}

/** Sets every property of the Excel style from the spec style (all of them, so an old definition is overwritten). */
export function applyStyle(target: StyleApi, style: Style): void {
  target.includeFont = true;
  target.includePatterns = true;
  target.includeNumber = true;
  target.includeAlignment = true;
  target.includeBorder = true;
  target.includeProtection = true;
  target.font.name = defaultFont.name;
  target.font.size = style.font?.size ?? defaultFont.size;
  target.font.bold = style.font?.bold ?? false;
  target.font.italic = style.font?.italic ?? false;
  target.font.underline = style.font?.underline === true ? 'Single' : 'None';
  target.font.color = style.font?.colour !== undefined ? officeColour(style.font.colour) : '#000000';
  if (style.fill !== undefined) target.fill.color = officeColour(style.fill);
  else target.fill.clear();
  target.numberFormat = style.numberFormat ?? 'General';
  target.horizontalAlignment = style.alignment?.horizontal !== undefined ? horizontal[style.alignment.horizontal] : 'General';
  target.verticalAlignment = style.alignment?.vertical !== undefined ? vertical[style.alignment.vertical] : 'Bottom';
  target.wrapText = style.alignment?.wrap ?? false;
  target.indentLevel = style.alignment?.indent ?? 0;
  target.locked = true;
  for (const edge of edges) {
    const border = target.borders.getItem(edge);
    if (style.border === 'thin') {
      border.style = 'Continuous';
      border.weight = 'Thin';
      border.color = borderColour;
    } else {
      border.style = 'None';
    }
  }
}

/** Calls queued by `applyStyle` (for the payload estimate). */
const styleCalls = 24;

export function styleCommands(spec: WorkbookSpec, existing: ReadonlySet<string>): Command[] {
  return usedStyles(spec).map((name) => {
    const style = spec.styles[name] as Style;
    const excelName = excelStyleName(name);
    return {
      bytes: callBytes(styleCalls + 2, excelName, style) + 8 * pathOverheadBytes,
      apply: (scope) => {
        const styles = scope.context.workbook.styles;
        if (!existing.has(excelName)) styles.add(excelName);
        applyStyle(styles.getItem(excelName), style);
      },
    };
  });
}
