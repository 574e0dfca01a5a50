/**
 * The « Annexe 2 » tab of a holder's collection workbook: one row per facility it answers for
 * (plan/facilityHolder.ts) and per period, identity locked, the answers in yellow with Excel's own
 * lists and length checks; then a few rows for the facilities it adds. The layout is
 * collect/layout/facilities.ts.
 */
import { facilityWords } from '../i18n/facilityWords';
import type { Facility, Period, Plan } from '../plan/schema';
import { columnLetter } from '../workbook/a1';
import type { CellSpec, InputRule, SheetSpec } from '../workbook/spec';
import {
  facilityColumns,
  facilityFrozenColumns,
  facilityHeaderRow,
  facilityRowKey,
  facilitySheetName,
  facilityStatusLabels,
  facilityTextMax,
  newFacilityRowKey,
  newFacilityRows,
  type FacilityColumnRole,
} from './layout/facilities';
import { fillableTab } from './fillableTab';
import { inputMessages, type Said } from './inputRules';
import { inputStyleOf } from './styles';

export type FacilitySheetInput = {
  plan: Plan;
  /** The facilities this respondent answers for, with their index in Annexe 2. */
  held: ReadonlyArray<{ index: number; facility: Facility }>;
  periods: readonly Period[];
  protection: SheetSpec['protection'];
};

const words = facilityWords.input;

type Messages = { prompt: Said; error: Said };

function textRule(role: FacilityColumnRole, messages: Messages): InputRule {
  return { kind: 'textLength', max: facilityTextMax[role] ?? 2000, allowBlank: true, ...inputMessages(messages.prompt, messages.error) };
}

function listRule(options: string[], messages: Messages): InputRule {
  return { kind: 'list', options, allowBlank: true, ...inputMessages(messages.prompt, messages.error) };
}

/** Excel's rule for each answer column; identity columns of a new facility's row below. */
const answerRules: Record<'status' | 'supported' | 'supportedBy' | 'change', InputRule> = {
  status: listRule(Object.values(facilityStatusLabels), words.status),
  supported: listRule([facilityWords.yes, facilityWords.no], words.supported),
  supportedBy: textRule('supportedBy', words.supportedBy),
  change: textRule('change', words.change),
};

const answerStyles: Record<keyof typeof answerRules, string> = {
  status: inputStyleOf('choice'),
  supported: inputStyleOf('yesNo'),
  supportedBy: inputStyleOf('text'),
  change: inputStyleOf('text'),
};

export type FacilitySheet = { sheet: SheetSpec; inputs: number };

function widthOf(role: FacilityColumnRole): number {
  return facilityColumns.find((c) => c.role === role)!.width;
}

/** Lines a wrapped text takes in a column of that width (about one character a unit, less the margins). */
function linesOf(text: string, width: number): number {
  return Math.max(1, Math.ceil(text.length / Math.max(1, width - 3)));
}

export function buildFacilitySheet(input: FacilitySheetInput): FacilitySheet {
  const { plan, held, periods } = input;
  const column = new Map(facilityColumns.map((c, i) => [c.role, i]));
  const at = (role: FacilityColumnRole) => column.get(role)!;
  const lastColumn = facilityColumns.length - 1;
  const rows: Array<Array<CellSpec | undefined>> = [];
  const merges: string[] = [];
  const rowHeights: Record<number, number> = {};
  const letter = columnLetter(lastColumn);
  const wide = (row: number, cell: CellSpec, height?: number) => {
    (rows[row - 1] ??= [])[0] = cell;
    merges.push(`A${row}:${letter}${row}`);
    if (height !== undefined) rowHeights[row] = height;
  };
  const put = (row: number, role: FacilityColumnRole, cell: CellSpec) => ((rows[row - 1] ??= [])[at(role)] = cell);
  let inputs = 0;
  const answer = (row: number, role: keyof typeof answerRules) => {
    put(row, role, { style: answerStyles[role], input: answerRules[role], unlocked: true });
    inputs++;
  };

  wide(1, { value: facilityWords.title, style: 'title' }, 22);
  wide(2, { value: facilityWords.intro, style: 'text' }, 48);
  facilityColumns.forEach((c, i) => ((rows[facilityHeaderRow - 1] ??= [])[i] = { value: c.header, style: 'header' }));
  rowHeights[facilityHeaderRow] = 30;

  const communeName = new Map(plan.territory.communes.map((c) => [c.insee, c.name]));
  let row = facilityHeaderRow + 1;
  for (const { index, facility } of held) {
    for (const period of periods) {
      put(row, 'code', { value: facilityRowKey(index, period.id), style: 'code' });
      put(row, 'name', { value: facility.name, style: 'label' });
      put(row, 'address', { value: facility.address, style: 'label' });
      put(row, 'commune', { value: communeName.get(facility.commune) ?? facility.commune, style: 'label' });
      put(row, 'period', { value: period.label, style: 'unit' });
      for (const role of ['status', 'supported', 'supportedBy', 'change'] as const) answer(row, role);
      // A long name or address wraps: its height written, or LibreOffice cuts it.
      rowHeights[row] = Math.max(linesOf(facility.name, widthOf('name')), linesOf(facility.address, widthOf('address'))) * 15 + 3;
      row++;
    }
  }

  row++;
  wide(row++, { value: facilityWords.newRow, style: 'action' }, 20);
  const periodRule = listRule(
    periods.map((p) => p.label),
    words.period,
  );
  for (let n = 1; n <= newFacilityRows; n++) {
    put(row, 'code', { value: newFacilityRowKey(n), style: 'code' });
    put(row, 'name', { style: inputStyleOf('text'), input: textRule('name', words.name), unlocked: true });
    put(row, 'address', { style: inputStyleOf('text'), input: textRule('address', words.place), unlocked: true });
    put(row, 'commune', { style: inputStyleOf('text'), input: textRule('commune', words.place), unlocked: true });
    put(row, 'period', { style: inputStyleOf('choice'), input: periodRule, unlocked: true });
    for (const role of ['status', 'supported', 'supportedBy', 'change'] as const) answer(row, role);
    row++;
  }

  const widths = facilityColumns.map((c) => c.width);
  const sheet = fillableTab({ name: facilitySheetName, widths, rows, rowHeights, merges, headerRow: facilityHeaderRow, frozenColumns: facilityFrozenColumns, protection: input.protection });
  return { sheet, inputs };
}
