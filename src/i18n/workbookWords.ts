/**
 * The collection workbook's own words (French: the workbook goes to communes and partners, who
 * read French): the « Lisez-moi » sheet, Excel's input messages and error alerts of each cell,
 * the workbook's properties. Excel limits a prompt's or alert's title to 32 characters and its
 * text to 255: the texts stay within.
 */
import { frenchDate } from '../workbook/dates';

const ncHint = 'Laissez vide si inconnu, « NC » si non concerné.';

/** « entre 0 et 10 » / « , 0 ou plus » style range clauses, from the indicator's bounds. */
type Range = { min: number; max?: number };

export const collectionWords = {
  defaultContact: 'Votre conseiller·ère technique de la Caf des Alpes de Haute-Provence',
  mergedTitle: (respondents: number) => `Recueil des indicateurs CTG — ${respondents} répondant${respondents > 1 ? 's' : ''}`,
  listError: (options: readonly string[]) => `Choisissez une valeur de la liste : ${options.join(', ')}.`,
  readme: {
    title: (planTitle: string) => `Recueil des indicateurs — ${planTitle}`,
    respondent: 'Répondant',
    respondentValue: (name: string, code: string) => `${name} (code ${code})`,
    periods: 'Périodes à renseigner',
    deadline: 'À retourner avant le',
    noDeadline: 'date indiquée par votre conseiller·ère Caf',
    contact: 'Contact',
    plan: 'Plan',
    planValue: (id: string, version: string) => `${id}, version ${version}`,
    howToTitle: 'Comment remplir ce classeur',
    howTo: [
      '1. Chaque onglet « FA … » correspond à une fiche action de la convention. Les cellules jaunes sont à remplir ; les autres sont protégées.',
      '2. Saisissez une valeur par période (colonne) : un nombre, un montant, un pourcentage (tapez 12,5 %), une date (JJ/MM/AAAA) ou un choix de la liste.',
      '3. Zéro est une valeur : saisissez 0 si rien n’a eu lieu. Laissez la cellule vide si la valeur n’est pas encore connue.',
      '4. Saisissez « NC » (non concerné) si l’indicateur ne concerne pas votre collectivité.',
      '5. Les cellules grises marquées « — » ne sont pas demandées pour cette période. Les totaux (en bleu) se calculent seuls.',
      '6. Utilisez la colonne « Commentaire » pour toute précision (source du chiffre, difficulté, estimation).',
      '7. N’ajoutez, ne supprimez ni ne renommez d’onglet, et ne modifiez pas les codes : ils permettent de lire vos réponses automatiquement.',
      '8. Enregistrez au format Classeur Excel (.xlsx) — avec Excel ou LibreOffice — et renvoyez le fichier à votre contact.',
    ],
    sheetsTitle: 'Onglets à remplir',
    sheetsHeader: ['Onglet', 'Fiche action', 'Cellules à remplir'],
    privacy: 'Données : ce classeur ne contient que des indicateurs agrégés, sans donnée personnelle (convention, article 7).',
  },
  /** Excel's input message (prompt) and error alert, per indicator type. */
  input: {
    integer: {
      prompt: { title: 'Nombre entier', text: (r: Range) => `Un nombre entier${r.max !== undefined ? ` entre ${r.min} et ${r.max}` : `, ${r.min} ou plus`}. Zéro est une valeur. ${ncHint}` },
      error: { title: 'Nombre entier attendu', text: (r: Range) => `Saisissez un nombre entier (sans décimale)${r.max !== undefined ? ` entre ${r.min} et ${r.max}` : ` supérieur ou égal à ${r.min}`}, ou « NC ».` },
    },
    decimal: {
      prompt: { title: (amount: boolean) => (amount ? 'Montant (€)' : 'Nombre décimal'), text: (amount: boolean) => `${amount ? 'Un montant en euros' : 'Un nombre'}, décimales avec une virgule (ex. 1 234,50). ${ncHint}` },
      error: { title: 'Nombre attendu', text: (r: Range) => `Saisissez un nombre supérieur ou égal à ${r.min}${r.max !== undefined ? ` et au plus ${r.max}` : ''}, ou « NC ».` },
    },
    percentage: {
      prompt: { title: 'Pourcentage', text: `Un pourcentage entre 0 % et 100 % (ex. 12,5 %). ${ncHint}` },
      error: { title: 'Pourcentage attendu', text: 'Saisissez un pourcentage entre 0 % et 100 % (tapez 12,5 %), ou « NC ».' },
    },
    date: {
      prompt: { title: 'Date', text: (start: string, end: string) => `Une date du ${frenchDate(start)} au ${frenchDate(end)}, au format JJ/MM/AAAA. ${ncHint}` },
      error: { title: 'Date attendue', text: (start: string, end: string) => `Saisissez une date entre le ${frenchDate(start)} et le ${frenchDate(end)} (JJ/MM/AAAA), ou « NC ».` },
    },
    yesNo: {
      prompt: {
        title: (deliverable: boolean) => (deliverable ? 'Livrable réalisé ?' : 'Oui ou non'),
        text: (deliverable: boolean) => `Choisissez « Oui », « Non » ou « NC » dans la liste. ${deliverable ? 'Si « Oui », indiquez la date de réalisation à la ligne suivante.' : ''}`.trim(),
      },
      error: { title: 'Réponse de la liste', text: 'Choisissez « Oui », « Non » ou « NC » dans la liste déroulante.' },
    },
    choice: {
      prompt: { title: 'Choix dans la liste', text: `Choisissez une réponse dans la liste déroulante. ${ncHint}` },
      error: { title: 'Réponse de la liste', text: 'Choisissez une réponse proposée par la liste déroulante, ou « NC ».' },
    },
    text: {
      prompt: { title: 'Texte libre', text: `Texte libre (2 000 caractères au plus). ${ncHint}` },
      error: { title: 'Texte trop long', text: 'Le texte dépasse 2 000 caractères : résumez-le ou joignez un document.' },
    },
    comment: {
      prompt: { title: 'Commentaire', text: 'Commentaire libre sur cet indicateur : précision, source, difficulté (2 000 caractères au plus).' },
      error: { title: 'Commentaire trop long', text: 'Le commentaire dépasse 2 000 caractères : résumez-le.' },
    },
  },
} as const;
