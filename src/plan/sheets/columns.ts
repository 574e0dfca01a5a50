/**
 * The plan sheets' columns, said once for the writer, the reader and the error locator: for each
 * sheet its columns in writing order (key → words from src/i18n, how the cell is written and read,
 * and the field of the sheet's item it holds). The reader finds sheets and columns by these titles
 * (or an alias), never by position; a schema issue's path leads to the column holding its field.
 */
import { planSheetColumnWords as words, planSheetNames, type ColumnWords } from '../../i18n/planSheetWords';
import { ficheStatuses, formationKinds, indicatorTypes, missingPolicies, respondentKinds, ruleOperators } from '../schema';

/**
 * How a cell is written and read:
 * - `text`: trimmed text; numbers typed in Excel are read as their decimal writing (3.2 → « 3.2 »).
 * - `code5`: an INSEE code or a postcode; a number loses its leading zero in Excel, it is restored.
 * - `respondent`: a party's code or a commune's INSEE code; four digits get their leading zero back.
 * - `lines`: one item per line of the cell (Alt+Entrée in Excel).
 * - `codes`: codes separated by commas (« epci, commune[competence_petite_enfance] »); semicolons and line breaks also work.
 * - `selectors`: `codes` naming respondents; the kinds forgive case and accents (« EPCI » → « epci »).
 * - `integer`, `number`: a number; text like « 1,5 », « 1 000 » or « 50 % » (0.5) is accepted.
 * - `boolean`: « oui » / « non ».
 * - `flag`: « oui », or empty for « non » (a choice few rows make).
 * - `date`: AAAA-MM-JJ (an Excel date or « JJ/MM/AAAA » is converted).
 * - `targets`: « 2024=10 ; 2025=12 » (period id = value).
 * - `milestones`: one per line, « 2024-06-20 = printemps 2024 » (due date = the convention's wording).
 * - `clause`: « Fiche 3.2, action 2 : Les indicateurs » (where a line stands in the convention).
 * - `enum`: one of `values`, written as its code; case and accents are forgiven when reading.
 */
export type CellKind =
  | 'text'
  | 'code5'
  | 'respondent'
  | 'lines'
  | 'codes'
  | 'selectors'
  | 'integer'
  | 'number'
  | 'boolean'
  | 'flag'
  | 'date'
  | 'targets'
  | 'milestones'
  | 'clause'
  | 'enum';

/** A field's path inside one sheet's item (a period, an indicator…). */
export type FieldPath = readonly string[];

export type ColumnDef = ColumnWords & {
  /** A missing required column is a structural issue; a missing optional one reads as empty. */
  readonly required: boolean;
  readonly kind: CellKind;
  /** For `enum` columns: the accepted codes. */
  readonly values?: readonly string[];
  /**
   * Where the cell's value sits in the sheet's item (a period, an indicator…); none for a column
   * that names the row's parent (the fiche of an action, the action of an indicator).
   */
  readonly field?: FieldPath;
};

export type Columns = Readonly<Record<string, ColumnDef>>;

const required = (w: ColumnWords, kind: CellKind, field?: FieldPath, values?: readonly string[]): ColumnDef => ({
  ...w,
  required: true,
  kind,
  ...(values !== undefined ? { values } : {}),
  ...(field !== undefined ? { field } : {}),
});
const optional = (w: ColumnWords, kind: CellKind, field?: FieldPath, values?: readonly string[]): ColumnDef => ({
  ...required(w, kind, field, values),
  required: false,
});

/** Cells read as « oui » / « non » (a drop-down list of the two words in the adviser's workbook). */
export const isYesNo = (def: ColumnDef): boolean => def.kind === 'boolean' || def.kind === 'flag';

export const sheetNames = planSheetNames;

export type SheetKey = keyof typeof sheetNames;

/** The « Plan » sheet is a key/value sheet: these two columns, one row per field below. */
export const planColumns = {
  field: required(words.plan.field, 'text'),
  value: required(words.plan.value, 'text'),
} as const satisfies Columns;

/** A row of the « Plan » sheet: its label in the « Champ » column, its field of the plan. */
export type PlanFieldDef = ColumnDef & { readonly field: FieldPath };

const planField = (w: ColumnWords, kind: CellKind, field: FieldPath): PlanFieldDef => ({ ...required(w, kind), field });

/** Rows of the « Plan » sheet, in writing order. */
export const planFields = {
  id: planField(words.planFields.id, 'text', ['id']),
  title: planField(words.planFields.title, 'text', ['title']),
  version: planField(words.planFields.version, 'text', ['version']),
  signedOn: planField(words.planFields.signedOn, 'date', ['signedOn']),
  territorySource: planField(words.planFields.territorySource, 'text', ['territory', 'source']),
} as const satisfies Columns;

export type PlanFieldKey = keyof typeof planFields;

export const periodColumns = {
  id: required(words.periods.id, 'text', ['id']),
  label: required(words.periods.label, 'text', ['label']),
  start: required(words.periods.start, 'date', ['start']),
  end: required(words.periods.end, 'date', ['end']),
} as const satisfies Columns;

export const partyColumns = {
  code: required(words.parties.code, 'text', ['code']),
  kind: required(words.parties.kind, 'enum', ['kind'], respondentKinds),
  name: required(words.parties.name, 'text', ['name']),
  representedBy: optional(words.parties.representedBy, 'lines', ['representedBy']),
  /** Empty reads as « oui »: plans written before partners existed listed signatories only. */
  signatory: optional(words.parties.signatory, 'boolean', ['signatory']),
  attributes: optional(words.parties.attributes, 'codes', ['attributes']),
} as const satisfies Columns;

export const ficheColumns = {
  number: required(words.fiches.number, 'text', ['number']),
  themeNumber: required(words.fiches.themeNumber, 'integer', ['theme', 'number']),
  themeLabel: required(words.fiches.themeLabel, 'text', ['theme', 'label']),
  title: required(words.fiches.title, 'text', ['title']),
  shortTitle: optional(words.fiches.shortTitle, 'text', ['shortTitle']),
  context: optional(words.fiches.context, 'lines', ['context']),
  objectives: optional(words.fiches.objectives, 'lines', ['objectives']),
  targetPublic: optional(words.fiches.targetPublic, 'text', ['targetPublic']),
  status: optional(words.fiches.status, 'enum', ['status'], ficheStatuses),
  milestones: optional(words.fiches.milestones, 'milestones', ['milestones']),
} as const satisfies Columns;

export const actionColumns = {
  /** The fiche's number: the action's parent. */
  fiche: required(words.actions.fiche, 'text'),
  number: required(words.actions.number, 'integer', ['number']),
  code: required(words.actions.code, 'text', ['code']),
  title: required(words.actions.title, 'text', ['title']),
  description: optional(words.actions.description, 'lines', ['description']),
  start: optional(words.actions.start, 'text', ['start']),
  startPeriod: optional(words.actions.startPeriod, 'text', ['startPeriod']),
  pilots: optional(words.actions.pilots, 'selectors', ['pilots']),
  milestones: optional(words.actions.milestones, 'milestones', ['milestones']),
} as const satisfies Columns;

export const indicatorColumns = {
  /** The fiche's number: the indicator's parent, with the action. */
  fiche: required(words.indicators.fiche, 'text'),
  /** The action's code; empty for the evaluation criteria of the fiche as a whole. */
  action: required(words.indicators.action, 'text'),
  code: required(words.indicators.code, 'text', ['code']),
  label: required(words.indicators.label, 'text', ['label']),
  source: required(words.indicators.source, 'text', ['source']),
  type: required(words.indicators.type, 'enum', ['type'], indicatorTypes),
  unit: optional(words.indicators.unit, 'text', ['unit']),
  list: optional(words.indicators.list, 'text', ['list']),
  breakdown: optional(words.indicators.breakdown, 'codes', ['breakdown']),
  /** Kinds (« epci »), kinds holding an attribute (« commune[competence_petite_enfance] ») or codes (« 04070 »). */
  reporters: required(words.indicators.reporters, 'selectors', ['reporters']),
  periods: required(words.indicators.periods, 'codes', ['periods']),
  required: optional(words.indicators.required, 'boolean', ['required']),
  min: optional(words.indicators.min, 'number', ['bounds', 'min']),
  max: optional(words.indicators.max, 'number', ['bounds', 'max']),
  // How the territory figure is formed (schema: `formation`), one column per field of the declaration.
  formation: required(words.indicators.formation, 'enum', ['formation', 'kind'], formationKinds),
  formationSource: optional(words.indicators.formationSource, 'enum', ['formation', 'source'], respondentKinds),
  formationSplit: optional(words.indicators.formationSplit, 'text', ['formation', 'split']),
  formationShares: optional(words.indicators.formationShares, 'flag', ['formation', 'shares']),
  formationOf: optional(words.indicators.formationOf, 'text', ['formation', 'indicator']),
  trackEvolution: optional(words.indicators.trackEvolution, 'boolean', ['trackEvolution']),
  changeFactor: optional(words.indicators.changeFactor, 'number', ['changeFactor']),
  targets: optional(words.indicators.targets, 'targets', ['targets']),
  note: optional(words.indicators.note, 'text', ['note']),
  /** Last, so that an adviser's existing column letters stay put. */
  clause: optional(words.indicators.clause, 'clause', ['clause']),
} as const satisfies Columns;

/** One row per option; the list's id and label are repeated on each of its rows (fields of the list, then of the option). */
export const listColumns = {
  list: required(words.lists.list, 'text', ['id']),
  listLabel: required(words.lists.listLabel, 'text', ['label']),
  code: required(words.lists.code, 'text', ['code']),
  label: required(words.lists.label, 'text', ['label']),
} as const satisfies Columns;

export const ruleColumns = {
  id: required(words.rules.id, 'text', ['id']),
  when: optional(words.rules.when, 'text', ['when']),
  left: required(words.rules.left, 'text', ['left']),
  operator: required(words.rules.operator, 'enum', ['operator'], ruleOperators),
  right: required(words.rules.right, 'text', ['right']),
  missingLeft: required(words.rules.missingLeft, 'enum', ['missing', 'left'], missingPolicies),
  missingRight: required(words.rules.missingRight, 'enum', ['missing', 'right'], missingPolicies),
  severity: required(words.rules.severity, 'enum', ['severity'], ['error', 'warning']),
  message: required(words.rules.message, 'text', ['message']),
  fix: required(words.rules.fix, 'text', ['fix']),
  scope: required(words.rules.scope, 'enum', ['scope'], ['member', 'total']),
  clause: optional(words.rules.clause, 'clause', ['clause']),
  quote: optional(words.rules.quote, 'text', ['clause', 'quote']),
} as const satisfies Columns;

export const communeColumns = {
  insee: required(words.communes.insee, 'code5', ['insee']),
  name: required(words.communes.name, 'text', ['name']),
  signatory: required(words.communes.signatory, 'boolean', ['signatory']),
  territory: optional(words.communes.territory, 'text', ['territory']),
  attributes: optional(words.communes.attributes, 'codes', ['attributes']),
} as const satisfies Columns;

export const territoryColumns = {
  code: required(words.territories.code, 'text', ['code']),
  name: required(words.territories.name, 'text', ['name']),
} as const satisfies Columns;

export const facilityColumns = {
  name: required(words.facilities.name, 'text', ['name']),
  type: required(words.facilities.type, 'text', ['type']),
  nature: required(words.facilities.nature, 'text', ['nature']),
  address: optional(words.facilities.address, 'text', ['address']),
  postcode: required(words.facilities.postcode, 'code5', ['postcode']),
  commune: required(words.facilities.commune, 'code5', ['commune']),
  manager: optional(words.facilities.manager, 'respondent', ['manager']),
  holder: optional(words.facilities.holder, 'respondent', ['holder']),
} as const satisfies Columns;

/** Every sheet's columns, by sheet key (the « Plan » sheet's are its key/value columns). */
export const sheetColumns = {
  plan: planColumns,
  periods: periodColumns,
  parties: partyColumns,
  fiches: ficheColumns,
  actions: actionColumns,
  indicators: indicatorColumns,
  lists: listColumns,
  rules: ruleColumns,
  communes: communeColumns,
  territories: territoryColumns,
  facilities: facilityColumns,
} as const satisfies Record<SheetKey, Columns>;

/** Header comparison: case, accents, apostrophes, repeated and trailing spaces do not matter. */
export function normaliseTitle(title: string): string {
  return title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’ʼ`]/g, "'")
    .replace(/[º°]/g, '°')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim()
    .toLowerCase();
}
