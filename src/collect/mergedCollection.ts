/**
 * The collection sheets of several respondents in ONE workbook (« Générer dans le classeur
 * ouvert »): each respondent's workbook, built as for a file, with every sheet prefixed by the
 * respondent's code (« 04070 FA 3.2 - Accueil 0-3 ans ») so that names stay unique, and every
 * internal link following its sheet. Pure: the time of generation is passed in.
 *
 * Building (`collectionPart`, one respondent at a time, the costly part) is separate from
 * merging (`mergeCollections`, cheap), so that the task pane can report progress and stop
 * between two respondents.
 *
 * The workbook-level items of the respondents' workbooks:
 * - `_listes` and its defined names (`_listes_<id>`): a defined name is unique in a workbook, and
 *   each respondent's `_listes` lays out only the lists it uses, so the same name would point at
 *   different columns. The options come from the plan, identical for everyone: the respondents'
 *   `_listes` sheets are dropped and ONE shared `_listes` is built with every list any of them
 *   uses. Validations point at the names, not at the sheet, so they need no change.
 * - `_ctg` (the cell map, very hidden): kept per respondent, renamed « <code> _ctg » with its
 *   sheet column following the renamed sheets. Each respondent's block so stays self-describing
 *   (it can be told apart and read back by its map), and since no sheet is called `_ctg`, the
 *   merged workbook is never taken for one respondent's return (src/returns/manifest.ts looks
 *   for that exact name).
 */
import { collectionWords } from '../i18n/workbookWords';
import type { Plan } from '../plan/schema';
import type { CellSpec, DefinedName, SheetSpec, WorkbookSpec } from '../workbook/spec';
import { buildCollectionWorkbook, type CollectionOptions, type CollectionWorkbook } from './collectionWorkbook';
import { listRangeName } from './inputRules';
import { manifestSheetName, listsSheetName } from './layout';
import { buildListsSheet } from './listsSheet';
import type { Respondent } from './respondents';
import { safeSheetName } from './sheetName';

/** One respondent's collection workbook, as built for a file. */
export type CollectionPart = CollectionWorkbook & { respondent: Respondent };

/** Where a respondent's sheets went: original name → name in the merged workbook, in order. */
export type MergedRespondent = { respondent: Respondent; sheets: Array<{ from: string; to: string; visibility: SheetSpec['visibility'] }> };

export type MergedCollection = { spec: WorkbookSpec; respondents: MergedRespondent[] };

export function collectionPart(plan: Plan, respondent: Respondent, options: CollectionOptions): CollectionPart {
  return { respondent, ...buildCollectionWorkbook(plan, respondent, options) };
}

export function mergedCollectionSpec(plan: Plan, respondents: readonly Respondent[], options: CollectionOptions): WorkbookSpec {
  return mergeCollections(plan, respondents.map((respondent) => collectionPart(plan, respondent, options)), options).spec;
}

export function mergeCollections(plan: Plan, parts: readonly CollectionPart[], options: Pick<CollectionOptions, 'now'>): MergedCollection {
  // Lower case: Excel compares sheet names without case. The shared lists sheet is reserved first.
  const used = new Set<string>([listsSheetName.toLowerCase()]);
  const sheets: SheetSpec[] = [];
  const respondents: MergedRespondent[] = [];
  const listNames = new Set<string>();
  const otherNames = new Map<string, DefinedName>();
  let styles: WorkbookSpec['styles'] = {};

  for (const part of parts) {
    const { respondent, spec } = part;
    styles = { ...styles, ...spec.styles };
    const own = spec.sheets.filter((s) => s.name !== listsSheetName);
    const renamed = new Map<string, string>();
    for (const sheet of own) renamed.set(sheet.name, uniqueName(respondent.code, sheet.name, used));
    for (const sheet of own) sheets.push(renameSheet(sheet, renamed, respondent.code));
    respondents.push({ respondent, sheets: own.map((s) => ({ from: s.name, to: renamed.get(s.name)!, visibility: s.visibility })) });
    for (const name of spec.definedNames) {
      if (name.sheet === listsSheetName) listNames.add(name.name);
      // Collection workbooks define names only for their lists today; any other name follows its
      // sheet, and one of the same name from another respondent (the same plan) is not repeated.
      else if (!otherNames.has(name.name)) otherNames.set(name.name, { ...name, sheet: renamed.get(name.sheet) ?? name.sheet });
    }
  }

  const lists = plan.lists.filter((list) => listNames.has(listRangeName(list.id)));
  const shared = lists.length > 0 ? buildListsSheet(lists) : undefined;
  return {
    spec: {
      sheets: [...sheets, ...(shared !== undefined ? [shared.sheet] : [])],
      styles,
      definedNames: [...(shared?.names ?? []), ...otherNames.values()],
      properties: { title: collectionWords.mergedTitle(parts.length), subject: plan.title, creator: 'CTG Indicateurs', created: options.now },
    },
    respondents,
  };
}

/**
 * « <code> <name> », at most 31 characters; « <code>-2 <name> »… when truncation makes two alike
 * (the code cut to 20 characters there, so that the number always survives the truncation).
 */
function uniqueName(code: string, name: string, used: Set<string>): string {
  let candidate = safeSheetName(`${code} ${name}`);
  for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = safeSheetName(`${code.slice(0, 20)}-${n} ${name}`);
  used.add(candidate.toLowerCase());
  return candidate;
}

function renameSheet(sheet: SheetSpec, renamed: ReadonlyMap<string, string>, code: string): SheetSpec {
  const isManifest = sheet.name === manifestSheetName;
  const rows = sheet.rows.map((row, r) => row?.map((cell, c) => (cell === undefined ? cell : renameCell(cell, renamed, isManifest && r > 0 && c === 0))));
  return {
    ...sheet,
    name: renamed.get(sheet.name)!,
    rows,
    // Table names are unique in a workbook too (collection sheets have none today).
    ...(sheet.tables !== undefined ? { tables: sheet.tables.map((t) => ({ ...t, name: `${t.name}_${code.replace(/[^A-Za-z0-9_]/g, '_')}` })) } : {}),
  };
}

/**
 * An internal link follows its sheet, and so does its text when it shows the sheet's name (the
 * « Lisez-moi » list of sheets); in `_ctg`, the sheet column of the cell map (`sheetColumn`).
 */
function renameCell(cell: CellSpec, renamed: ReadonlyMap<string, string>, sheetColumn: boolean): CellSpec {
  const rename = (value: CellSpec['value']) => (typeof value === 'string' ? (renamed.get(value) ?? value) : value);
  if (cell.link?.kind === 'internal') {
    const target = renamed.get(cell.link.sheet);
    if (target === undefined) return cell;
    return { ...cell, ...(cell.value === cell.link.sheet ? { value: target } : {}), link: { ...cell.link, sheet: target } };
  }
  return sheetColumn ? { ...cell, value: rename(cell.value) } : cell;
}
