/** « Lisez-moi »: what this workbook is, for whom, until when, and how to fill it in. */
import type { Plan, Period } from '../plan/schema';
import type { CellSpec, SheetSpec } from '../workbook/spec';
import type { Respondent } from './respondents';
import { frenchDate } from '../workbook/dates';
import { readmeSheetName } from './layout/sheetNames';


export type ReadmeInput = {
  plan: Plan;
  respondent: Respondent;
  periods: Period[];
  deadline?: string;
  contact: string;
  sheets: Array<{ name: string; title: string; inputs: number }>;
  protection: SheetSpec['protection'];
};


export function buildReadmeSheet(input: ReadmeInput): SheetSpec {
  const { plan, respondent } = input;
  const rows: Array<Array<CellSpec | undefined>> = [];
  const merges: string[] = [];
  const line = (cells: CellSpec[], merge = false) => {
    rows.push(cells);
    if (merge) merges.push(`A${rows.length}:C${rows.length}`);
  };
  const blank = () => rows.push([]);
  const pair = (key: string, value: string) => line([{ value: key, style: 'key' }, { value, style: 'text' }]);

  line([{ value: `Recueil des indicateurs — ${plan.title}`, style: 'title' }], true);
  blank();
  pair('Répondant', `${respondent.name} (code ${respondent.code})`);
  pair('Périodes à renseigner', input.periods.map((p) => p.label).join(', '));
  pair('À retourner avant le', input.deadline !== undefined ? frenchDate(input.deadline) : 'date indiquée par votre conseiller·ère Caf');
  pair('Contact', input.contact);
  pair('Plan', `${plan.id}, version ${plan.version}`);
  blank();
  line([{ value: 'Comment remplir ce classeur', style: 'subtitle' }], true);
  const howTo = [
    '1. Chaque onglet « FA … » correspond à une fiche action de la convention. Les cellules jaunes sont à remplir ; les autres sont protégées.',
    '2. Saisissez une valeur par période (colonne) : un nombre, un montant, un pourcentage (tapez 12,5 %), une date (JJ/MM/AAAA) ou un choix de la liste.',
    '3. Zéro est une valeur : saisissez 0 si rien n’a eu lieu. Laissez la cellule vide si la valeur n’est pas encore connue.',
    '4. Saisissez « NC » (non concerné) si l’indicateur ne concerne pas votre collectivité.',
    '5. Les cellules grises marquées « — » ne sont pas demandées pour cette période. Les totaux (en bleu) se calculent seuls.',
    '6. Utilisez la colonne « Commentaire » pour toute précision (source du chiffre, difficulté, estimation).',
    '7. N’ajoutez, ne supprimez ni ne renommez d’onglet, et ne modifiez pas les codes : ils permettent de lire vos réponses automatiquement.',
    '8. Enregistrez au format Classeur Excel (.xlsx) — avec Excel ou LibreOffice — et renvoyez le fichier à votre contact.',
  ];
  for (const text of howTo) line([{ value: text, style: 'text' }], true);
  blank();
  line([{ value: 'Onglets à remplir', style: 'subtitle' }], true);
  line([{ value: 'Onglet', style: 'header' }, { value: 'Fiche action', style: 'header' }, { value: 'Cellules à remplir', style: 'header' }]);
  for (const sheet of input.sheets) {
    line([
      { value: sheet.name, style: 'link', link: { kind: 'internal', sheet: sheet.name, cell: 'A1' } },
      { value: sheet.title, style: 'text' },
      { value: sheet.inputs, style: 'text' },
    ]);
  }
  blank();
  line([{ value: 'Données : ce classeur ne contient que des indicateurs agrégés, sans donnée personnelle (convention, article 7).', style: 'note' }], true);
  return {
    name: readmeSheetName,
    visibility: 'visible',
    tabColour: 'FF1F3864',
    columns: [{ width: 34 }, { width: 90 }, { width: 20 }],
    rows,
    merges,
    ...(input.protection !== undefined ? { protection: input.protection } : {}),
    print: { orientation: 'portrait', paper: 'A4', fitToWidth: true },
  };
}
