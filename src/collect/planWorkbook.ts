/**
 * The adviser's own workbook: the plan sheets (Plan, Périodes, Fiches, Actions, Indicateurs,
 * Listes, Règles, Communes…) as a spec, ready for the add-in to write into the open workbook or
 * for a file. Header rows frozen and styled, readable widths; the sheets stay editable.
 */
import { collectionWords } from '../i18n/workbookWords';
import type { Plan } from '../plan/schema';
import { isYesNo, planToGrids, sheetColumns, sheetNames, type ColumnDef, type SheetKey } from '../plan/sheets';
import type { CellSpec, InputRule, SheetSpec, WorkbookSpec } from '../workbook/spec';
import { collectionStyles } from './styles';

/** Header row: the first row of every sheet but « Plan », which is a list of key / value pairs. */
const keyValueSheet = 'Plan';
/** Rows below the last one that keep the drop-down lists, for the rows an adviser adds. */
const spareRows = 30;

/** A drop-down list for the columns that take one of a few codes (types, formation, « oui »/« non »). */
function listRule(def: ColumnDef): InputRule | undefined {
  const options = def.kind === 'enum' ? def.values : isYesNo(def) ? ['oui', 'non'] : undefined;
  // A list source starting with « = » is a formula to Excel (the rules' « == »), and a comma splits
  // an option: such columns keep no list, their codes are checked when the plan is read.
  if (options === undefined || options.some((o) => /^[=+\-@]/.test(o) || o.includes(','))) return undefined;
  return {
    kind: 'list',
    options: [...options],
    allowBlank: !def.required,
    ...(def.help !== undefined ? { prompt: { title: def.title.slice(0, 32), text: def.help } } : {}),
    error: { title: def.title.slice(0, 32), text: collectionWords.listError(options).slice(0, 255), style: 'stop' },
  };
}

/** The list rules of a sheet's columns, by column index (from its header row). */
function listRules(name: string, header: readonly unknown[]): Map<number, InputRule> {
  const key = (Object.keys(sheetNames) as SheetKey[]).find((k) => sheetNames[k] === name);
  const rules = new Map<number, InputRule>();
  if (key === undefined || name === keyValueSheet) return rules;
  const defs: readonly ColumnDef[] = Object.values(sheetColumns[key]);
  header.forEach((title, c) => {
    const def = defs.find((d) => d.title === title);
    const rule = def !== undefined ? listRule(def) : undefined;
    if (rule !== undefined) rules.set(c, rule);
  });
  return rules;
}

export function buildPlanWorkbook(plan: Plan, now: string): WorkbookSpec {
  const sheets: SheetSpec[] = planToGrids(plan).map((grid) => {
    const width = grid.rows.reduce((w, row) => Math.max(w, row.length), 0);
    const columns = Array.from({ length: width }, (_, c) => {
      const longest = grid.rows.reduce((n, row) => Math.max(n, String(row[c] ?? '').split('\n').reduce((m, l) => Math.max(m, l.length), 0)), 0);
      return { width: Math.min(Math.max(10, longest + 2), 60) };
    });
    const rules = listRules(grid.name, grid.rows[0] ?? []);
    const rows = grid.rows.map((row, r) =>
      row.map((value, c): CellSpec => {
        const isHeader = grid.name === keyValueSheet ? c === 0 : r === 0;
        const text = typeof value === 'string' && (value.includes('\n') || value.length > 60);
        const input = isHeader ? undefined : rules.get(c);
        return { value, style: isHeader ? (grid.name === keyValueSheet ? 'key' : 'header') : text ? 'text' : 'planCell', ...(input ? { input } : {}) };
      }),
    );
    if (rules.size > 0) {
      for (let r = 0; r < spareRows; r++) rows.push(Array.from({ length: width }, (_, c): CellSpec => (rules.has(c) ? { input: rules.get(c)! } : {})));
    }
    return {
      name: grid.name,
      visibility: 'visible',
      columns,
      rows,
      merges: [],
      ...(grid.name === keyValueSheet ? {} : { freeze: { rows: 1, columns: 0 } }),
      print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, ...(grid.name === keyValueSheet ? {} : { repeatRows: [1, 1] as [number, number] }) },
    };
  });
  return {
    sheets,
    styles: { ...collectionStyles, planCell: { alignment: { vertical: 'top' } } },
    definedNames: [],
    properties: { title: `Plan — ${plan.title}`, subject: plan.title, creator: 'CTG Indicateurs', created: now },
  };
}
