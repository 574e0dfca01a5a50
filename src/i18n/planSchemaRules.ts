/**
 * A schema check that failed (src/plan/schemaIssue.ts `SchemaProblem`), worded: what is wrong and
 * what is expected, so that the fix follows; the issue's path, put before it, says where. The
 * schema's own checks (`SchemaRule`) by name; zod's built-in checks from their data (what was
 * expected, what was found, the bounds, the allowed values) — never zod's own locales.
 */
import type { SchemaRule } from '../plan/schemaRules';
import type { Primitive, SchemaProblem, ValueKind } from '../plan/schemaIssue';
import type { Lang } from './lang';

type Params = { kinds?: readonly string[] };

const fr: Record<SchemaRule, (p: Params) => string> = {
  code: () => 'Code invalide : lettres minuscules, chiffres, « . », « _ » ou « - » attendus',
  non_empty: () => 'Texte vide : une valeur est attendue',
  iso_date: () => 'Date invalide : format AAAA-MM-JJ attendu',
  insee: () => 'Code INSEE invalide : 5 caractères attendus',
  postcode: () => 'Code postal invalide : 5 chiffres attendus',
  communes_min: () => 'Le territoire doit compter au moins une commune',
  reporter: () =>
    'Répondant invalide : « caf », « epci », « commune », « partner », un type suivi d’un attribut entre crochets (« commune[competence_petite_enfance] ») ou le code d’un répondant (code INSEE, code d’une partie) attendu',
  formation_kind: (p) => `Formation du chiffre inconnue : une valeur parmi ${(p.kinds ?? []).join(', ')} attendue (« kind »)`,
  fiche_number: () => 'Numéro de fiche invalide : « 3.2 » attendu',
  reporters_min: () => 'Au moins un type de répondant est attendu',
  periods_min: () => 'Au moins une période est attendue',
  change_factor: () => 'Le facteur de variation doit être supérieur à 1',
  short_title: () => 'Titre court trop long : 20 caractères au plus',
  options_min: () => 'Une liste doit compter au moins une option',
  version: () => 'Version invalide : « 1.0 » ou « 1.0.0 » attendu',
  parties_min: () => 'Au moins une partie est attendue',
  fiches_min: () => 'Au moins une fiche action est attendue',
};

const en: Record<SchemaRule, (p: Params) => string> = {
  code: () => 'Invalid code: lower-case letters, digits, ".", "_" or "-" expected',
  non_empty: () => 'Empty text: a value is expected',
  iso_date: () => 'Invalid date: YYYY-MM-DD expected',
  insee: () => 'Invalid INSEE code: 5 characters expected',
  postcode: () => 'Invalid postcode: 5 digits expected',
  communes_min: () => 'The territory must have at least one municipality',
  reporter: () =>
    'Invalid respondent: "caf", "epci", "commune", "partner", a kind followed by an attribute in brackets ("commune[competence_petite_enfance]") or a respondent\'s code (INSEE code, party code) expected',
  formation_kind: (p) => `Unknown figure formation: one of ${(p.kinds ?? []).join(', ')} expected ("kind")`,
  fiche_number: () => 'Invalid fiche number: "3.2" expected',
  reporters_min: () => 'At least one respondent kind is expected',
  periods_min: () => 'At least one period is expected',
  change_factor: () => 'The change factor must be greater than 1',
  short_title: () => 'Short title too long: 20 characters at most',
  options_min: () => 'A list must have at least one option',
  version: () => 'Invalid version: "1.0" or "1.0.0" expected',
  parties_min: () => 'At least one party is expected',
  fiches_min: () => 'At least one fiche is expected',
};

export const schemaRuleCatalogues: Record<Lang, Record<SchemaRule, (p: Params) => string>> = { fr, en };

/** zod's type names (`expected`), as a plan's author reads them in the JSON. */
const expectedFr: Record<string, string> = {
  string: 'un texte',
  number: 'un nombre',
  int: 'un nombre entier',
  boolean: 'true ou false',
  object: 'un objet { … }',
  record: 'un objet { … }',
  array: 'une liste [ … ]',
  null: 'null',
};
const expectedEn: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object { … }',
  record: 'an object { … }',
  array: 'a list [ … ]',
  null: 'null',
};
const receivedFr: Record<ValueKind, string> = {
  missing: 'rien',
  null: 'null',
  string: 'un texte',
  number: 'un nombre à virgule',
  integer: 'un nombre',
  boolean: 'true ou false',
  array: 'une liste',
  object: 'un objet',
};
const receivedEn: Record<ValueKind, string> = {
  missing: 'nothing',
  null: 'null',
  string: 'a text',
  number: 'a decimal number',
  integer: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

/** How a value reads in a sentence: texts in quotes, numbers with a decimal comma, true/false/null as in the JSON. */
const quoteFr = (v: Primitive) => (typeof v === 'string' ? `« ${v} »` : typeof v === 'number' ? String(v).replace('.', ',') : String(v));
const quoteEn = (v: Primitive) => (typeof v === 'string' ? `"${v}"` : String(v));
/** « a », « b » ou « c » */
const listOf = (values: readonly Primitive[], quote: (v: Primitive) => string, or: string) =>
  values.length <= 1 ? values.map(quote).join('') : `${values.slice(0, -1).map(quote).join(', ')} ${or} ${quote(values[values.length - 1]!)}`;
const plural = (n: number, one: string, many: string) => (n > 1 ? many : one);

type Problem<C extends SchemaProblem['check']> = Extract<SchemaProblem, { check: C }>;
type BuiltIn = Exclude<SchemaProblem['check'], 'rule'>;
type Words = { [C in BuiltIn]: (p: Problem<C>) => string };

/** What is measured against a bound: characters of a text, items of a list, else the value. */
const sizeFr = (origin: string, n: number) =>
  origin === 'string' ? `${n} ${plural(n, 'caractère', 'caractères')}` : origin === 'array' ? `${n} ${plural(n, 'élément', 'éléments')}` : quoteFr(n);
const sizeEn = (origin: string, n: number) =>
  origin === 'string' ? `${n} ${plural(n, 'character', 'characters')}` : origin === 'array' ? `${n} ${plural(n, 'item', 'items')}` : String(n);
const tooSmallFr: Record<string, string> = { string: 'Texte trop court', array: 'Liste trop courte' };
const tooBigFr: Record<string, string> = { string: 'Texte trop long', array: 'Liste trop longue' };
const tooSmallEn: Record<string, string> = { string: 'Text too short', array: 'List too short' };
const tooBigEn: Record<string, string> = { string: 'Text too long', array: 'List too long' };

const builtInFr: Words = {
  invalid_type: (p) =>
    p.received === 'missing'
      ? `Champ manquant : ajoutez-le (${expectedFr[p.expected] ?? p.expected})`
      : `Type inattendu : il faut ici ${expectedFr[p.expected] ?? p.expected}, pas ${receivedFr[p.received]}. Corrigez la valeur`,
  too_small: (p) =>
    p.origin === 'string' || p.origin === 'array'
      ? `${tooSmallFr[p.origin]} : il en faut au moins ${sizeFr(p.origin, p.minimum)}`
      : `Valeur trop petite : il faut ${p.inclusive ? 'au moins' : 'plus de'} ${sizeFr(p.origin, p.minimum)}`,
  too_big: (p) =>
    p.origin === 'string' || p.origin === 'array'
      ? `${tooBigFr[p.origin]} : ${sizeFr(p.origin, p.maximum)} au plus`
      : `Valeur trop grande : il faut ${p.inclusive ? 'au plus' : 'moins de'} ${sizeFr(p.origin, p.maximum)}`,
  invalid_value: (p) => {
    const found = p.received !== undefined ? `Valeur ${quoteFr(p.received)} inconnue` : 'Valeur inconnue';
    return p.values.length === 1 ? `${found} : seule ${quoteFr(p.values[0]!)} est admise` : `${found} : choisissez parmi ${listOf(p.values, quoteFr, 'ou')}`;
  },
  unrecognized_keys: (p) =>
    `${plural(p.keys.length, 'Champ inconnu', 'Champs inconnus')} : ${listOf(p.keys, quoteFr, 'et')}. Retirez-${plural(p.keys.length, 'le', 'les')} ou corrigez ${plural(p.keys.length, 'son', 'leur')} nom`,
  invalid_format: (p) => `Format invalide (${p.format}) : corrigez la valeur`,
  not_multiple_of: (p) => `Nombre invalide : il faut un multiple de ${quoteFr(p.divisor)}`,
  invalid_union: () => 'La valeur ne correspond à aucune des formes admises : vérifiez-la',
  invalid_key: () => 'Clé invalide : corrigez le nom du champ',
  invalid_element: () => 'Élément invalide : corrigez-le',
  custom: () => 'Valeur invalide : corrigez-la',
};

const builtInEn: Words = {
  invalid_type: (p) =>
    p.received === 'missing'
      ? `Missing field: add it (${expectedEn[p.expected] ?? p.expected})`
      : `Unexpected type: ${expectedEn[p.expected] ?? p.expected} is needed here, not ${receivedEn[p.received]}. Fix the value`,
  too_small: (p) =>
    p.origin === 'string' || p.origin === 'array'
      ? `${tooSmallEn[p.origin]}: at least ${sizeEn(p.origin, p.minimum)} needed`
      : `Value too small: ${p.inclusive ? `at least ${p.minimum}` : `more than ${p.minimum}`} expected`,
  too_big: (p) =>
    p.origin === 'string' || p.origin === 'array'
      ? `${tooBigEn[p.origin]}: ${sizeEn(p.origin, p.maximum)} at most`
      : `Value too large: ${p.inclusive ? `at most ${p.maximum}` : `less than ${p.maximum}`} expected`,
  invalid_value: (p) => {
    const found = p.received !== undefined ? `Unknown value ${quoteEn(p.received)}` : 'Unknown value';
    return p.values.length === 1 ? `${found}: only ${quoteEn(p.values[0]!)} is allowed` : `${found}: choose among ${listOf(p.values, quoteEn, 'or')}`;
  },
  unrecognized_keys: (p) => `${plural(p.keys.length, 'Unknown field', 'Unknown fields')}: ${listOf(p.keys, quoteEn, 'and')}. Remove or rename ${plural(p.keys.length, 'it', 'them')}`,
  invalid_format: (p) => `Invalid format (${p.format}): fix the value`,
  not_multiple_of: (p) => `Invalid number: a multiple of ${p.divisor} expected`,
  invalid_union: () => 'The value matches none of the allowed shapes: check it',
  invalid_key: () => 'Invalid key: fix the field name',
  invalid_element: () => 'Invalid item: fix it',
  custom: () => 'Invalid value: fix it',
};

const builtIn: Record<Lang, Words> = { fr: builtInFr, en: builtInEn };

/** A schema issue's words (without the final full stop): our check by its name, or zod's built-in check from its data. */
export function schemaIssueText(problem: SchemaProblem, lang: Lang): string {
  if (problem.check === 'rule') return schemaRuleCatalogues[lang][problem.rule](problem.rule === 'formation_kind' ? { kinds: problem.kinds } : {});
  return (builtIn[lang][problem.check] as (p: SchemaProblem) => string)(problem);
}
