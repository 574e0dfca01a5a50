/**
 * The plan sheets' layout, in one place for the writer and the reader: sheet names, and for each
 * sheet its columns in writing order (key → French title). The reader finds sheets and columns by
 * these titles (or an alias), never by position.
 *
 * Column keys are the schema's field names wherever a column holds one field, so that a schema
 * issue's path leads to its column without a translation table.
 */
import { ficheStatuses, formationKinds, indicatorTypes, missingPolicies, respondentKinds, ruleOperators } from '../schema';

/**
 * How a cell is written and read:
 * - `text`: trimmed text; numbers typed in Excel are read as their decimal writing (3.2 → « 3.2 »).
 * - `code5`: an INSEE code or a postcode; a number loses its leading zero in Excel, it is restored.
 * - `lines`: one item per line of the cell (Alt+Entrée in Excel).
 * - `codes`: codes separated by commas (« epci, commune[competence_petite_enfance] »); semicolons and line breaks also work.
 * - `integer`, `number`: a number; text like « 1,5 », « 1 000 » or « 50 % » (0.5) is accepted.
 * - `boolean`: « oui » / « non ».
 * - `date`: AAAA-MM-JJ (an Excel date or « JJ/MM/AAAA » is converted).
 * - `targets`: « 2024=10 ; 2025=12 » (period id = value).
 * - `clause`: « Fiche 3.2, action 2 : Les indicateurs » (where a line stands in the convention).
 * - `enum`: one of `values`, written as its code; case and accents are forgiven when reading.
 */
export type CellKind = 'text' | 'code5' | 'lines' | 'codes' | 'integer' | 'number' | 'boolean' | 'date' | 'targets' | 'clause' | 'enum';

export type ColumnDef = {
  readonly title: string;
  /** Other titles accepted when reading (older or shorter wordings). */
  readonly aliases?: readonly string[];
  /** A missing required column is a structural issue; a missing optional one reads as empty. */
  readonly required: boolean;
  readonly kind: CellKind;
  /** For `enum` columns: the accepted codes. */
  readonly values?: readonly string[];
  /** What to write, shown by Excel when the cell is selected (the input message of its list). */
  readonly help?: string;
};

export type Columns = Readonly<Record<string, ColumnDef>>;

const text = (title: string, required = true, aliases?: readonly string[]): ColumnDef => ({ title, required, kind: 'text', ...(aliases ? { aliases } : {}) });
const col = (title: string, kind: CellKind, required = true, extra: Partial<ColumnDef> = {}): ColumnDef => ({ title, required, kind, ...extra });
const enumeration = (title: string, values: readonly string[], required = true, extra: Partial<ColumnDef> = {}): ColumnDef => ({ title, required, kind: 'enum', values, ...extra });

export const sheetNames = {
  plan: 'Plan',
  periods: 'Périodes',
  parties: 'Parties',
  fiches: 'Fiches',
  actions: 'Actions',
  indicators: 'Indicateurs',
  lists: 'Listes',
  rules: 'Règles',
  communes: 'Communes',
  territories: 'Territoires',
  facilities: 'Équipements',
} as const;

export type SheetKey = keyof typeof sheetNames;

/** The « Plan » sheet is a key/value sheet: these two columns, one row per field below. */
export const planColumns = {
  field: text('Champ', true, ['Clé', 'Paramètre']),
  value: text('Valeur'),
} as const satisfies Columns;

/** Rows of the « Plan » sheet, in writing order (key → label in the « Champ » column). */
export const planFields = {
  id: col('Identifiant', 'text'),
  title: col('Titre', 'text'),
  version: col('Version', 'text'),
  signedOn: col('Date de signature', 'date'),
  territorySource: col('Source du territoire', 'text', true, { aliases: ['Source des communes'] }),
} as const satisfies Columns;

export type PlanFieldKey = keyof typeof planFields;

export const periodColumns = {
  id: text('Identifiant', true, ['Id', 'Code']),
  label: text('Libellé'),
  start: col('Début', 'date'),
  end: col('Fin', 'date'),
} as const satisfies Columns;

export const partyColumns = {
  code: text('Code'),
  kind: enumeration('Type', respondentKinds),
  name: text('Nom'),
  representedBy: col('Représentée par', 'lines', false, { aliases: ['Représenté par', 'Représentants'] }),
  /** Empty reads as « oui »: plans written before partners existed listed signatories only. */
  signatory: col('Signataire', 'boolean', false),
  attributes: col('Attributs', 'codes', false),
} as const satisfies Columns;

export const ficheColumns = {
  number: text('Numéro', true, ['N°', 'Fiche']),
  themeNumber: col('N° thème', 'integer', true, { aliases: ['Numéro du thème', 'No thème'] }),
  themeLabel: text('Thème'),
  title: text('Titre'),
  shortTitle: text('Titre court', false),
  context: col('Constats', 'lines', false, { aliases: ['Contexte'] }),
  objectives: col('Objectifs', 'lines', false),
  targetPublic: text('Public visé', false, ['Public']),
  status: enumeration('Statut', ficheStatuses, false),
} as const satisfies Columns;

export const actionColumns = {
  fiche: text('Fiche'),
  number: col('N°', 'integer', true, { aliases: ['Numéro', 'No'] }),
  code: text('Code'),
  title: text('Titre'),
  description: col('Descriptif', 'lines', false, { aliases: ['Description'] }),
  start: text('Début', false),
  startPeriod: text('Période de début', false),
} as const satisfies Columns;

export const indicatorColumns = {
  fiche: text('Fiche'),
  /** The action's code; empty for the evaluation criteria of the fiche as a whole. */
  action: text('Action'),
  code: text('Code'),
  label: text('Libellé'),
  source: text('Texte de la convention', true, ['Source', 'Source (texte de la convention)']),
  type: enumeration('Type', indicatorTypes),
  unit: text('Unité', false),
  list: text('Liste', false),
  breakdown: col('Ventilation', 'codes', false),
  /** Kinds (« epci »), kinds holding an attribute (« commune[competence_petite_enfance] ») or codes (« 04070 »). */
  reporters: col('Répondants', 'codes'),
  periods: col('Périodes', 'codes'),
  required: col('Obligatoire', 'boolean', false),
  min: col('Min', 'number', false, { aliases: ['Minimum'] }),
  max: col('Max', 'number', false, { aliases: ['Maximum'] }),
  // How the territory figure is formed (schema: `formation`), one column per field of the declaration.
  formation: enumeration('Formation du chiffre', formationKinds, true, {
    aliases: ['Formation', 'Agrégation'],
    help:
      'sum : somme d’un type de répondant ; distinctSum : contributions distinctes (dire qui compte quoi) ; authority : source qui fait foi ; max ; latest : dernière valeur ; listed : réponses listées ; sameAs : reprend un autre indicateur.',
  }),
  formationSource: enumeration('Source qui fait foi', respondentKinds, false, { help: 'Pour « authority » : le répondant dont le chiffre fait foi (caf, epci…).' }),
  formationSplit: text('Qui compte quoi', false, ['Contributions distinctes']),
  formationShares: col('Parts calculées', 'boolean', false, { help: 'Oui : la part de chaque membre (financeur…) est calculée sur les montants.' }),
  formationOf: text('Même chiffre que', false, ['Reprend l’indicateur']),
  trackEvolution: col('Évolution', 'boolean', false, { aliases: ['Suivre l’évolution'] }),
  changeFactor: col('Facteur de variation', 'number', false),
  targets: col('Cibles', 'targets', false),
  note: text('Note', false),
  /** Last, so that an adviser's existing column letters stay put. */
  clause: col('Passage de la convention', 'clause', false),
} as const satisfies Columns;

/** One row per option; the list's id and label are repeated on each of its rows. */
export const listColumns = {
  list: text('Liste'),
  listLabel: text('Libellé de la liste'),
  code: text('Code'),
  label: text('Libellé'),
} as const satisfies Columns;

export const ruleColumns = {
  id: text('Identifiant', true, ['Id']),
  when: text('Condition', false),
  left: text('Gauche'),
  operator: enumeration('Opérateur', ruleOperators),
  right: text('Droite'),
  missingLeft: enumeration('Si manquant à gauche', missingPolicies),
  missingRight: enumeration('Si manquant à droite', missingPolicies),
  severity: enumeration('Gravité', ['error', 'warning']),
  message: text('Message'),
  fix: text('Correction'),
  scope: enumeration('Portée', ['member', 'total']),
  clause: col('Passage de la convention', 'clause', false),
  quote: text('Citation de la convention', false),
} as const satisfies Columns;

export const communeColumns = {
  insee: col('INSEE', 'code5', true, { aliases: ['Code INSEE'] }),
  name: text('Nom'),
  signatory: col('Signataire', 'boolean'),
  territory: text('Territoire', false),
  attributes: col('Attributs', 'codes', false),
} as const satisfies Columns;

export const territoryColumns = {
  code: text('Code'),
  name: text('Nom'),
} as const satisfies Columns;

export const facilityColumns = {
  name: text('Nom'),
  type: text('Type'),
  nature: text('Nature'),
  address: text('Adresse', false),
  postcode: col('Code postal', 'code5'),
  commune: col('Commune (INSEE)', 'code5', true, { aliases: ['Commune', 'INSEE'] }),
  manager: text('Gestionnaire', false),
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
