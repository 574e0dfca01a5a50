/**
 * The hidden « _listes » sheet: the options of the choice lists this workbook uses, one column per
 * list, each named (`_listes_<id>`) so that a list validation can point at it — an inline list is
 * limited to 255 characters. « NC » closes every list: « non concerné » is always an answer.
 */
import type { ChoiceList } from '../plan/schema';
import { a1 } from '../workbook/a1';
import type { CellSpec, DefinedName, SheetSpec } from '../workbook/spec';
import { listRangeName } from './inputRules';
import { listsSheetName } from './layout/sheetNames';


export function buildListsSheet(lists: ChoiceList[]): { sheet: SheetSpec; names: DefinedName[] } {
  const rows: Array<Array<CellSpec | undefined>> = [];
  const names: DefinedName[] = [];
  lists.forEach((list, column) => {
    const labels = [...list.options.map((o) => o.label), 'NC'];
    ((rows[0] ??= [])[column] = { value: list.id, style: 'header' });
    labels.forEach((label, i) => ((rows[i + 1] ??= [])[column] = { value: label }));
    names.push({ name: listRangeName(list.id), sheet: listsSheetName, range: `${a1(1, column)}:${a1(labels.length, column)}` });
  });
  return {
    sheet: { name: listsSheetName, visibility: 'veryHidden', columns: lists.map(() => ({ width: 30 })), rows, merges: [], protection: {} },
    names,
  };
}
