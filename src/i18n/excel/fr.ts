/**
 * The Office.js adapter's issues and notices in French (the reference): errors say what went
 * wrong and what to do; notices say what the add-in did without a feature this Excel lacks.
 */
import type { ExcelIssue, Notice } from '../../workbook/hostIssues';

export type { Notice } from '../../workbook/hostIssues';

const list = (names: string[]) => names.map((n) => `« ${n} »`).join(', ');
const plural = (n: number, one: string, many: string) => (n > 1 ? many : one);

export function excelIssueFr(issue: ExcelIssue): string {
  switch (issue.code) {
    case 'cell-edit-mode':
      return 'Excel est en train de modifier une cellule : validez la saisie (Entrée) ou annulez-la (Échap), puis réessayez.';
    case 'busy':
      return `Excel est occupé (${issue.officeCode}) : patientez quelques secondes puis réessayez.`;
    case 'requirement-missing':
      return issue.version !== undefined
        ? `Cette version d’Excel ne prend pas en charge ${issue.set} ${issue.version}, nécessaire au complément : mettez Excel à jour, ou utilisez Excel sur le web.`
        : 'Cette version d’Excel ne connaît pas une fonction dont le complément a besoin : mettez Excel à jour, ou utilisez Excel sur le web.';
    case 'unsupported':
      return issue.feature === 'createWorkbook'
        ? `Cette version d’Excel ne sait pas ouvrir un nouveau classeur depuis le complément (ExcelApi ${issue.version}) : enregistrez le fichier proposé, puis ouvrez-le.`
        : `Cette version d’Excel ne sait pas insérer des feuilles depuis un fichier (ExcelApi ${issue.version}) : le complément les écrit lui-même.`;
    case 'not-in-excel':
      return 'Le volet n’est pas ouvert dans Excel : cette action agit sur le classeur ouvert.';
    case 'sheet-name-taken':
      return `${plural(issue.sheets.length, 'La feuille', 'Les feuilles')} ${list(issue.sheets)} ${plural(issue.sheets.length, 'existe', 'existent')} déjà et n’${plural(issue.sheets.length, 'a', 'ont')} pas été ${plural(issue.sheets.length, 'créée', 'créées')} par le complément : renommez-${plural(issue.sheets.length, 'la', 'les')} ou supprimez-${plural(issue.sheets.length, 'la', 'les')}, puis réessayez. Rien n’a été modifié.`;
    case 'sheet-modified':
      return `${plural(issue.sheets.length, 'La feuille', 'Les feuilles')} ${list(issue.sheets)} ${plural(issue.sheets.length, 'a', 'ont')} été ${plural(issue.sheets.length, 'modifiée', 'modifiées')} depuis que le complément ${plural(issue.sheets.length, 'l’a écrite', 'les a écrites')} : la ou les remplacer effacerait ces modifications. Copiez ce que vous voulez garder, puis confirmez le remplacement. Rien n’a été modifié.`;
    case 'sheet-protected':
      return `La feuille « ${issue.sheet} » est protégée par un mot de passe : ôtez la protection (Révision > Ôter la protection de la feuille), puis réessayez.`;
    case 'sheet-not-found':
      return `La feuille « ${issue.sheet} » n’existe pas (ou plus) dans ce classeur.`;
    case 'duplicate-sheet-name':
      return `Erreur inattendue du complément : Deux feuilles portent le nom « ${issue.sheet} ».`;
    case 'name-taken':
      return `${plural(issue.names.length, 'Le nom défini', 'Les noms définis')} ${list(issue.names)} ${plural(issue.names.length, 'existe', 'existent')} déjà dans ce classeur (Formules > Gestionnaire de noms) : supprimez-${plural(issue.names.length, 'le', 'les')} ou renommez-${plural(issue.names.length, 'le', 'les')}, puis réessayez.`;
    case 'payload-too-large':
      switch (issue.what) {
        case 'file':
          return `Le fichier est trop volumineux pour être transmis à Excel en une fois (${megabytes(issue.bytes)} pour ${megabytes(issue.limit)} au plus).`;
        case 'cell':
          return `Une cellule contient trop de données pour être transmise à Excel (${megabytes(issue.bytes)} pour ${megabytes(issue.limit)} au plus).`;
        case 'request':
        case 'response':
          return 'Excel a refusé un échange trop volumineux (5 Mo au plus sur Excel pour le web) : réessayez ; si le problème persiste, signalez-le.';
      }
      break;
    case 'settings-save-failed':
      return `Les préférences n’ont pas pu être enregistrées dans le classeur${issue.detail !== '' ? ` (${issue.detail.replace(/\.$/, '')})` : ''}. Elles restent valables pour cette session.`;
    case 'access-denied':
      return `Excel a refusé la modification : le classeur ou la feuille est protégé, ou ouvert en lecture seule (${issue.officeCode}).`;
    case 'invalid-request':
      return `Excel a refusé une opération du complément (${issue.officeCode}) : ${issue.detail}`;
    case 'office':
      return `Excel a signalé une erreur (${issue.officeCode}) : ${issue.detail}`;
    case 'unexpected':
      return `Erreur inattendue du complément : ${issue.detail}`;
  }
}

function megabytes(bytes: number | undefined): string {
  return bytes === undefined ? '?' : `${(bytes / 1_000_000).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`;
}

export function excelNoticeFr(notice: Notice): string {
  switch (notice.code) {
    case 'no-page-layout':
      return 'Cette version d’Excel ne permet pas au complément de régler la mise en page (ExcelApi 1.9) : orientation et ajustement à la largeur sont à régler à l’impression.';
    case 'notes-as-comments':
      return `Cette version d’Excel ne gère pas les notes de cellule (ExcelApi 1.18) : ${notice.notes} ${plural(notice.notes, 'note a été écrite', 'notes ont été écrites')} en commentaire.`;
    case 'no-notes':
      return `Cette version d’Excel ne gère ni les notes ni les commentaires (ExcelApi 1.10) : ${notice.notes} ${plural(notice.notes, 'note n’a pas été écrite', 'notes n’ont pas été écrites')}.`;
    case 'marks-in-document-properties':
      return 'Cette version d’Excel ne gère pas les propriétés de feuille (ExcelApi 1.12) : le complément repère ses feuilles par les propriétés du classeur (Fichier > Informations > Propriétés).';
    case 'sheets-written-not-inserted':
      return 'Cette version d’Excel ne sait pas insérer des feuilles depuis un fichier (ExcelApi 1.13) : le complément les a écrites lui-même.';
  }
}
