/**
 * French messages for the plan sheets' own issues (src/plan/sheets/issues.ts): what is wrong,
 * where, and how to fix it; and any issue of a plan read from its sheets, located.
 */
import type { LocatedIssue, SheetIssue, SheetIssueCode } from '../plan/sheets/issues';
import type { Lang } from './lang';
import { renderPlanIssue } from './planIssues';

type Params = SheetIssue['params'];

const expectedText: Record<string, { what: string; fix: string }> = {
  boolean: { what: 'une réponse oui/non', fix: 'Écrivez « oui » ou « non », ou laissez la cellule vide.' },
  number: { what: 'un nombre', fix: 'Écrivez un nombre (par exemple 12 ou 0,5), ou laissez la cellule vide.' },
  integer: { what: 'un nombre entier', fix: 'Écrivez un nombre entier (par exemple 2).' },
  targets: {
    what: 'une liste de cibles',
    fix: 'Écrivez les cibles sous la forme « 2024=10 ; 2025=12 » (identifiant de période = valeur), ou laissez la cellule vide.',
  },
  milestones: {
    what: 'une liste d’échéances',
    fix: 'Écrivez une échéance par ligne sous la forme « 2024-06-20 = printemps 2024 » (date AAAA-MM-JJ = formulation de la convention), ou laissez la cellule vide.',
  },
  clause: {
    what: 'un passage de la convention',
    fix: 'Écrivez le passage sous la forme « Fiche 3.2, action 2 : Les indicateurs » (ou « Fiche 4.1 : Critères d’évaluation » pour une liste de la fiche entière), ou laissez la cellule vide.',
  },
};

function where(issue: SheetIssue): string {
  return issue.cell === undefined ? `Feuille « ${issue.sheet} »` : `Feuille « ${issue.sheet} », cellule ${issue.cell}`;
}

const catalogue: Record<SheetIssueCode, (p: Params, at: string) => string> = {
  missing_sheet: (p) =>
    `Feuille « ${p.sheet} » absente du classeur. Ajoutez une feuille nommée « ${p.sheet} » avec sa ligne d’en-tête (le plus simple : repartir d’un classeur de plan exporté par le complément).`,
  duplicate_sheet: (p) =>
    `Deux feuilles portent le nom « ${p.sheet} » (à la casse, aux accents ou aux espaces près) : seule la première est lue. Supprimez ou renommez l’autre.`,
  missing_column: (p, at) =>
    `${at} : la colonne « ${p.column} » est absente de la ligne d’en-tête (ligne ${p.headerRow}). Ajoutez une colonne intitulée « ${p.column} ».`,
  duplicate_column: (p, at) =>
    `${at} : la colonne « ${p.column} » apparaît deux fois dans la ligne d’en-tête ; seule la première est lue. Supprimez ou renommez l’autre.`,
  missing_row: (p, at) =>
    `${at} : la ligne « ${p.field} » est absente. Ajoutez une ligne avec « ${p.field} » dans la colonne « Champ » et sa valeur dans la colonne « Valeur ».`,
  bad_cell: (p, at) => {
    const expected = expectedText[String(p.expected)] ?? { what: 'une valeur lisible', fix: 'Corrigez la valeur.' };
    return `${at} (colonne « ${p.column} ») : « ${p.value} » n’est pas ${expected.what}. ${expected.fix}`;
  },
  unknown_reference: (p, at) => {
    if (p.target === 'fiche') {
      return p.value === ''
        ? `${at} (colonne « ${p.column} ») : la fiche n’est pas indiquée. Indiquez le numéro d’une fiche de la feuille « Fiches » (par exemple « 3.2 »).`
        : `${at} (colonne « ${p.column} ») : la fiche « ${p.value} » n’existe pas dans la feuille « Fiches ». Corrigez le numéro ou ajoutez la fiche.`;
    }
    return `${at} (colonne « ${p.column} ») : l’action « ${p.value} » n’existe pas dans la fiche ${p.fiche} (feuille « Actions »). Indiquez le code d’une action de cette fiche, ou laissez la cellule vide pour un critère d’évaluation de la fiche entière.`;
  },
};

export function renderSheetIssue(issue: SheetIssue): string {
  return catalogue[issue.code](issue.params, where(issue));
}

/** An issue of a plan read from its sheets: a sheet's own (French only), or a plan issue in `lang`. */
export function renderLocatedIssue(located: LocatedIssue, lang: Lang = 'fr'): string {
  return located.kind === 'sheet' ? renderSheetIssue(located.issue) : renderPlanIssue(located.issue, lang);
}
