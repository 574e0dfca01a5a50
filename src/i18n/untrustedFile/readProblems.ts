/**
 * What is wrong inside a part of a damaged workbook (src/workbook/fileIssues.ts `ReadProblem`), in
 * French: the technical detail in brackets of a `corrupt` refusal, for whoever repairs the file.
 */
import type { ReadProblem } from '../../workbook/fileIssues';

type Params = Record<string, string | number>;
type Code = ReadProblem['problem'];

const problems: Record<Code, (p: Params) => string> = {
  no_element: () => 'aucun élément',
  text_outside_root: () => 'texte hors de l’élément racine',
  pi_unclosed: () => 'instruction de traitement non fermée',
  element_name_missing: () => 'nom d’élément manquant',
  several_roots: () => 'plusieurs éléments racines',
  comment_unclosed: () => 'commentaire non fermé',
  cdata_outside_root: () => 'section CDATA hors de l’élément racine',
  cdata_unclosed: () => 'section CDATA non fermée',
  declaration_unknown: () => 'déclaration inconnue',
  doctype: () => 'DOCTYPE',
  ampersand_unterminated: () => '« & » sans « ; »',
  element_unclosed: (p) => `élément <${p.element}> non fermé`,
  tag_unclosed: (p) => `balise <${p.element}> non fermée`,
  attribute_space_missing: (p) => `espace manquant entre les attributs de <${p.element}>`,
  attribute_unreadable: (p) => `attribut illisible dans <${p.element}>`,
  end_tag_malformed: (p) => `balise </${p.element}> mal formée`,
  end_tag_unopened: (p) => `balise </${p.element}> sans ouverture`,
  end_tag_absent: (p) => `</${p.element}> sans ouverture`,
  end_tag_mismatch: (p) => `</${p.element}> ferme <${p.open}>`,
  attribute_without_value: (p) => `attribut ${p.attribute} sans valeur dans <${p.element}>`,
  attribute_unquoted: (p) => `valeur de ${p.attribute} sans guillemets dans <${p.element}>`,
  attribute_unclosed: (p) => `valeur de ${p.attribute} non fermée dans <${p.element}>`,
  attribute_duplicate: (p) => `attribut ${p.attribute} en double dans <${p.element}>`,
  lt_in_attribute: (p) => `caractère « < » dans la valeur de ${p.attribute}`,
  entity_unknown: (p) => `entité inconnue &${p.reference};`,
  char_reference_invalid: (p) => `référence de caractère invalide &${p.reference};`,
  style_without_styles: (p) => `style ${p.style} sans styles de cellule (${p.address})`,
  shared_string_missing: (p) => `chaîne partagée n° ${p.index} introuvable (${p.address})`,
  rich_text_in_str: (p) => `texte enrichi dans une cellule de type str (${p.address})`,
  rich_after_plain: (p) => `texte enrichi après du texte simple (${p.address})`,
  shared_rich_after_plain: () => 'texte enrichi après du texte simple',
  cell_address_unreadable: (p) => `adresse de cellule illisible (${p.address})`,
  first_cell_without_address: () => 'première cellule d’une ligne sans adresse',
  merge_without_ref: () => 'fusion sans référence',
  row_without_number: () => 'ligne sans numéro',
  sheet_without_name: () => 'feuille sans nom',
  element_unexpected: (p) => `élément <${p.element}> inattendu`,
  row_style_without_styles: (p) => `ligne ${p.row} de style ${p.style} sans styles de cellule`,
  root_unexpected: (p) => `élément racine <${p.element}> au lieu de <${p.expected}>`,
  hyperlink_without_relationship: (p) => `lien hypertexte sans relation (${p.relationship})`,
  relationship_without_target: (p) => `relation ${p.relationship} sans cible`,
};

/** Every problem code worded (for the catalogue's completeness test). */
export const readProblemCodes = Object.keys(problems) as Code[];

/**
 * The detail of a `corrupt` refusal: « part : problem » when the refusal names one, else the
 * technical text it carries (ExcelJS's own words), cut at 200 characters as it always was.
 */
export function corruptDetailFr(p: Params): string | undefined {
  const word = typeof p.problem === 'string' && Object.hasOwn(problems, p.problem) ? problems[p.problem as Code] : undefined;
  if (word !== undefined) return `${p.part} : ${word(p)}`.slice(0, 200);
  return p.detail !== undefined ? String(p.detail) : undefined;
}
