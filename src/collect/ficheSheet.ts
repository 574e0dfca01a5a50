/**
 * One sheet per fiche action: its number, title and objectives, then action by action the text,
 * the dates and the indicators this respondent reports — one row each, one input column per
 * period. A broken-down indicator gets one row per member and a total row computed by formula.
 */
import { collectionWords } from '../i18n/collectionWords';
import { breakdownMembers } from '../plan/breakdown';
import type { Action, ChoiceList, Fiche, Indicator, Period } from '../plan/schema';
import { a1, columnLetter } from '../workbook/a1';
import type { CellSpec, SheetSpec } from '../workbook/spec';
import type { InputCell } from './cellMap';
import { fillableTab } from './fillableTab';
import { commentRule, inputRuleFor } from './inputRules';
import { collectionColumns, columnIndex, frozenColumns, headerRow, rowKey, totalMember } from './layout';
import { inputStyleOf, totalStyleOf } from './styles';

export type FicheSheetInput = {
  fiche: Fiche;
  sheetName: string;
  /** The actions with the indicators of this respondent; `undefined` holds the fiche-level criteria. */
  blocks: Array<{ action?: Action; indicators: Indicator[] }>;
  periods: Period[];
  lists: ChoiceList[];
  protection: SheetSpec['protection'];
};

export type FicheSheet = { sheet: SheetSpec; inputs: InputCell[] };

const words = collectionWords;

export function buildFicheSheet(input: FicheSheetInput): FicheSheet {
  const { fiche, sheetName, periods } = input;
  const columns = collectionColumns(periods);
  const codeColumn = columnIndex(columns, 'code');
  const labelColumn = columnIndex(columns, 'label');
  const unitColumn = columnIndex(columns, 'unit');
  const commentColumn = columnIndex(columns, 'comment');
  const periodColumn = new Map(columns.flatMap((c, i) => (c.role === 'period' ? [[c.period.id, i] as const] : [])));
  const columnOf = (period: Period) => periodColumn.get(period.id)!;
  const lastColumn = columnLetter(commentColumn);
  const rows: Array<Array<CellSpec | undefined>> = [];
  const merges: string[] = [];
  const inputs: InputCell[] = [];
  const rowHeights: Record<number, number> = {};
  const put = (row: number, column: number, cell: CellSpec) => {
    (rows[row - 1] ??= [])[column] = cell;
  };
  const wideRow = (row: number, cell: CellSpec, height?: number) => {
    put(row, 0, cell);
    merges.push(`A${row}:${lastColumn}${row}`);
    if (height !== undefined) rowHeights[row] = height;
  };

  wideRow(1, { value: words.ficheTitle(fiche.number, fiche.title), style: 'title' }, 22);
  wideRow(2, { value: `${fiche.theme.number}) ${fiche.theme.label}`, style: 'subtitle' });
  // One objective a line: joined with a space they ran together (« …conditions de travail Communiquer… »).
  const objectives = `${words.objectives}\n${fiche.objectives.map((o) => `• ${o}`).join('\n')}`;
  wideRow(3, { value: objectives, style: 'text' }, heightFor(objectives, 150));
  wideRow(4, { value: fiche.targetPublic ? words.targetPublic(fiche.targetPublic) : '', style: 'note' });
  columns.forEach((column, index) => put(headerRow, index, { value: column.header, style: 'header' }));

  let row = headerRow + 1;
  for (const block of input.blocks) {
    if (block.action !== undefined) {
      const when = block.action.start ? ` — ${block.action.start}` : '';
      wideRow(row++, { value: `${words.actionTitle(block.action.number, block.action.title)}${when}`, style: 'action' }, 20);
      const text = block.action.description.join('\n');
      if (text) wideRow(row++, { value: text, style: 'actionText' }, heightFor(text, 150));
    } else {
      wideRow(row++, { value: words.ficheCriteria, style: 'action' }, 20);
    }
    for (const indicator of block.indicators) {
      const members = breakdownMembers(indicator, input.lists);
      const labelRow = row;
      put(row, codeColumn, { value: indicator.code, style: 'code' });
      put(row, labelColumn, { value: indicator.label, style: 'label', ...(indicator.note ? { note: indicator.note } : {}) });
      put(row, unitColumn, { value: indicator.unit && indicator.unit !== words.units.integer ? indicator.unit : words.units[indicator.type], style: 'unit' });
      rowHeights[row] = heightFor(indicator.label, 60);
      if (members.length === 0) {
        fillInputRow(row, indicator, '');
        row++;
        continue;
      }
      // The label row heads the block; members follow, then their total. Its cells under the years
      // are locked: grey, so that they do not look like cells to fill (white ones did).
      periods.forEach((period) => put(labelRow, columnOf(period), { style: 'blockHead' }));
      put(labelRow, commentColumn, { style: 'blockHead' });
      row++;
      const firstMemberRow = row;
      for (const member of members) {
        put(row, codeColumn, { value: rowKey(indicator.code, member.code), style: 'code' });
        put(row, labelColumn, { value: member.label, style: 'member' });
        put(row, unitColumn, { value: '', style: 'unit' });
        fillInputRow(row, indicator, member.code);
        row++;
      }
      put(row, codeColumn, { value: rowKey(indicator.code, totalMember), style: 'code' });
      put(row, labelColumn, { value: words.total, style: 'totalLabel' });
      put(row, unitColumn, { value: '', style: 'unit' });
      periods.forEach((period) => {
        const column = columnOf(period);
        if (!indicator.periods.includes(period.id)) {
          put(row, column, notApplicable());
          return;
        }
        // Only figures add up: a sum of dates (Gouvernance's meeting dates) showed a date in the 2200s.
        // The cell stays empty and locked, without a value, so that it never reads as a typed total.
        if (!summedTypes.has(indicator.type)) {
          put(row, column, { style: totalStyleOf(indicator.type) });
          return;
        }
        const range = `${columnLetter(column)}${firstMemberRow}:${columnLetter(column)}${row - 1}`;
        // Empty members are never summed as zero: with no figure at all the total stays empty.
        put(row, column, { formula: `IF(COUNT(${range})=0,"",SUM(${range}))`, style: totalStyleOf(indicator.type) });
      });
      // The total takes no comment (its members do): locked, and grey like the block's first row.
      put(row, commentColumn, { value: '', style: 'blockHead' });
      row++;
    }
    row++;
  }

  function fillInputRow(r: number, indicator: Indicator, member: string) {
    periods.forEach((period) => {
      const column = columnOf(period);
      if (!indicator.periods.includes(period.id)) {
        put(r, column, notApplicable());
        return;
      }
      const cell = a1(r - 1, column);
      put(r, column, { style: inputStyleOf(indicator.type), input: inputRuleFor(indicator, period), unlocked: true });
      inputs.push({ sheet: sheetName, cell, code: indicator.code, period: period.id, member, type: indicator.type });
    });
    const comment = a1(r - 1, commentColumn);
    put(r, commentColumn, { style: 'comment', input: { ...commentRule }, unlocked: true });
    inputs.push({ sheet: sheetName, cell: comment, code: indicator.code, period: '', member, type: 'comment' });
  }

  const widths = columns.map((c) => c.width);
  return { sheet: fillableTab({ name: sheetName, widths, rows, rowHeights, merges, headerRow, frozenColumns, protection: input.protection }), inputs };
}

/** The types whose members a total row sums (as the reader's check of breakdowns does). */
const summedTypes: ReadonlySet<Indicator['type']> = new Set(['integer', 'decimal', 'amount', 'percentage']);

function notApplicable(): CellSpec {
  return { value: words.notApplicable.value, style: 'notApplicable', note: words.notApplicable.note };
}

/** Row height in points so that wrapped text is readable without resizing (about 15 pt a line). */
function heightFor(text: string, charsPerLine: number): number {
  const lines = text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / charsPerLine)), 0);
  return Math.min(15 * Math.max(1, lines) + 3, 300);
}
