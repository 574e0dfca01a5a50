/**
 * The plan schema's own checks (src/plan/issues.ts `SchemaRule`), worded: what is wrong and what
 * is expected. zod's built-in checks come worded by zod's French locale (`params.message`).
 */
import type { SchemaRule } from '../plan/issues';
import type { Lang } from './lang';

type Params = Record<string, string | number>;

const fr: Record<SchemaRule, (p: Params) => string> = {
  code: () => 'Code invalide : lettres minuscules, chiffres, « . », « _ » ou « - » attendus',
  non_empty: () => 'Texte vide : une valeur est attendue',
  iso_date: () => 'Date invalide : format AAAA-MM-JJ attendu',
  insee: () => 'Code INSEE invalide : 5 caractères attendus',
  postcode: () => 'Code postal invalide : 5 chiffres attendus',
  communes_min: () => 'Le territoire doit compter au moins une commune',
  reporter: () =>
    'Répondant invalide : « caf », « epci », « commune », « partner », un type suivi d’un attribut entre crochets (« commune[competence_petite_enfance] ») ou le code d’un répondant (code INSEE, code d’une partie) attendu',
  formation_kind: (p) => `Formation du chiffre inconnue : une valeur parmi ${p.kinds} attendue (« kind »)`,
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
  formation_kind: (p) => `Unknown figure formation: one of ${p.kinds} expected ("kind")`,
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

/** A schema issue's words: our check by its name, or zod's own message. */
export function schemaIssueText(p: Params, lang: Lang): string {
  const rule = typeof p.rule === 'string' && Object.hasOwn(fr, p.rule) ? (p.rule as SchemaRule) : undefined;
  return rule !== undefined ? schemaRuleCatalogues[lang][rule](p) : String(p.message);
}
