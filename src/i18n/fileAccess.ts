/**
 * Messages about files as files — what the command line could not open, could not write, or will
 * not write over — rendered from data (a code and its params) at the edge. French first; English
 * for the refusal reasons, since a refused file's finding is rendered in both languages.
 */
import type { Lang } from './lang';

type Params = Record<string, string | number>;

/** Why a file was not read, before any of its bytes reached the .xlsx guards. */
export const fileAccessCodes = ['not_regular', 'access_denied', 'name_too_long', 'read_timeout', 'unreadable', 'picked_not_read'] as const;
export type FileAccessCode = (typeof fileAccessCodes)[number];

const specialKind: Record<string, string> = {
  directory: 'un dossier',
  fifo: 'un tube nommé (FIFO)',
  character_device: 'un périphérique (caractère), par exemple un lien vers /dev/zero',
  block_device: 'un périphérique (bloc)',
  socket: 'une prise réseau (socket)',
  other: 'un fichier spécial',
};

const readFr: Record<FileAccessCode, (p: Params) => string> = {
  not_regular: (p) =>
    `Ce n’est pas un fichier ordinaire mais ${specialKind[String(p.kind)] ?? specialKind.other} : il n’est pas lu (sa lecture pourrait ne jamais finir). Déposez à sa place le classeur .xlsx reçu.`,
  access_denied: (p) =>
    `Le fichier ne peut pas être lu : accès refusé (${p.errno}). Vérifiez ses droits (clic droit > Propriétés) ou copiez-le dans un dossier à vous, puis relancez.`,
  name_too_long: () =>
    'Le nom du fichier (ou de son chemin) est trop long pour le système. Renommez le fichier plus court, puis relancez.',
  read_timeout: (p) =>
    `La lecture du fichier n’a pas abouti en ${p.seconds} s (disque réseau ou support lent ?). Copiez le fichier sur le poste, puis relancez.`,
  unreadable: (p) => `Le fichier n’a pas pu être lu (${p.errno}). Vérifiez qu’il s’ouvre dans Excel, copiez-le sur le poste, puis relancez.`,
  /** The pane: the browser could not read a file picked or dropped (`detail`: its own text, if any). */
  picked_not_read: (p) =>
    `Le fichier n’a pas pu être lu sur le disque${p.detail !== undefined ? ` (${p.detail})` : ''}. Vérifiez qu’il n’a pas été déplacé ou supprimé depuis qu’il a été choisi, puis choisissez-le à nouveau.`,
};

const readEn: Record<FileAccessCode, string> = {
  not_regular: 'This is not a regular file (a FIFO, a device or a socket): it is not read. Put the .xlsx workbook received in its place.',
  access_denied: 'The file cannot be read: access denied. Check its permissions or copy it to a folder of yours, then try again.',
  name_too_long: 'The name of the file (or of its path) is too long for the system. Give the file a shorter name, then try again.',
  read_timeout: 'Reading the file did not finish in time (network drive or slow medium?). Copy the file to this computer, then try again.',
  unreadable: 'The file could not be read. Check it opens in Excel, copy it to this computer, then try again.',
  picked_not_read: 'The file could not be read from the disk. Check that it was not moved or deleted since it was chosen, then choose it again.',
};

export function renderFileAccess(code: FileAccessCode, params: Params, lang: Lang = 'fr'): string {
  return lang === 'fr' ? readFr[code](params) : readEn[code];
}

/** The English line for a refusal reason of this catalogue, or undefined for another reason. */
export function fileAccessInEnglish(reason: string): string | undefined {
  return Object.hasOwn(readEn, reason) ? readEn[reason as FileAccessCode] : undefined;
}

/** Why an output could not be written (the system's error code, ENOSPC, EACCES…). */
export function renderWriteFailure(path: string, errno: string): string {
  const what = `« ${path} » n’a pas pu être écrit`;
  const nothingLeft = 'aucun fichier partiel n’a été laissé';
  switch (errno) {
    case 'ENOSPC':
    case 'EDQUOT':
      return `${what} : le disque est plein (${errno}) ; ${nothingLeft}. Libérez de la place ou choisissez un autre dossier, puis relancez.`;
    case 'EACCES':
    case 'EPERM':
      return `${what} : accès refusé au dossier (${errno}) ; ${nothingLeft}. Choisissez un dossier où vous avez le droit d’écrire (vos Documents, par exemple), puis relancez.`;
    case 'EROFS':
      return `${what} : le dossier est en lecture seule (${errno}) ; ${nothingLeft}. Choisissez un dossier sur un disque où l’on peut écrire, puis relancez.`;
    case 'ENAMETOOLONG':
      return `${what} : son nom ou son chemin est trop long (${errno}). Choisissez un nom ou un dossier plus court, puis relancez.`;
    case 'ENOENT':
    case 'ENOTDIR':
      return `${what} : le dossier n’existe pas ou n’est pas un dossier (${errno}). Vérifiez le chemin, puis relancez.`;
    default:
      return `${what} (${errno}) ; ${nothingLeft}. Vérifiez le dossier et la place libre, puis relancez.`;
  }
}

/** Why an output will not be written where it was asked: never over an input, never over a file not ours. */
export type OutputTargetCode = 'is_input' | 'not_a_file' | 'foreign' | 'previous_output';

/** `kind`: what our earlier output is (`consolidation`, `annotated`). */
const outputKind: Record<string, string> = {
  consolidation: 'une consolidation écrite par cet outil',
  annotated: 'une copie annotée écrite par cet outil',
  collection: 'un classeur de recueil écrit par cet outil',
  bilan: 'un bilan écrit par cet outil',
};

/** What replacing a previous output of that kind may cost. */
const outputRisk: Record<string, string> = {
  collection: ' ; attention, il a peut-être déjà été rempli par le répondant',
};

const entryKind: Record<string, string> = {
  directory: 'un dossier',
  symlink: 'un lien symbolique',
  special: 'un fichier spécial',
};

export function renderOutputTarget(code: OutputTargetCode, path: string, params: Params = {}): string {
  switch (code) {
    case 'is_input':
      return `« ${path} » est l’un des fichiers lus (${params.input}) : il ne sera jamais remplacé. Choisissez un autre nom de fichier ou un autre dossier.`;
    case 'not_a_file':
      return `« ${path} » existe et c’est ${entryKind[String(params.kind)] ?? entryKind.special} : rien n’est écrit à sa place. Choisissez un autre nom de fichier.`;
    case 'foreign':
      return `« ${path} » existe déjà et n’est pas ${outputKind[String(params.kind)] ?? 'une sortie de cet outil'} : il ne sera jamais remplacé, même avec --force. Choisissez un autre nom de fichier ou un autre dossier.`;
    case 'previous_output':
      return `« ${path} » existe déjà (${outputKind[String(params.kind)] ?? 'une sortie de cet outil'}${outputRisk[String(params.kind)] ?? ''}). Ajoutez --force pour la remplacer, ou choisissez un autre nom de fichier.`;
  }
}

/** A previous output replaced at the user's request (--force). */
export function renderReplaced(path: string): string {
  return `La consolidation précédente « ${path} » a été remplacée (--force).`;
}

/** What became of a file's annotated copy (src/app/validate.ts, `AnnotatedFile`), one line each. */
export type CopyLine =
  | { kind: 'written'; path: string; copyOf?: string }
  | { kind: 'refused'; file: string }
  | { kind: 'annotate_failed'; file: string; detail: string }
  | { kind: 'write_failed'; file: string; detail: string };

export function renderCopyLine(line: CopyLine): string {
  switch (line.kind) {
    case 'written':
      return `  ${line.path}${line.copyOf !== undefined ? ` (copie de ${line.copyOf})` : ''}`;
    case 'refused':
      return `  ${line.file} : refusé, pas de copie annotée (le fichier ne peut pas être ouvert).`;
    case 'annotate_failed':
      return `  ${line.file} : la copie annotée n’a pas pu être faite (${line.detail}). Le contrôle ci-dessus reste valable ; ouvrez le fichier dans Excel, enregistrez-le à nouveau au format .xlsx et relancez pour avoir la copie.`;
    case 'write_failed':
      // The detail is already the French message of the failed write (renderWriteFailure).
      return `  ${line.file} : ${line.detail}`;
  }
}

/** A folder whose name looks like a workbook's, met among the files. */
export function renderSkippedDirectory(path: string): string {
  return `« ${path} » est un dossier (malgré son nom en .xlsx) : ignoré.`;
}

/** The end of a run: each file that was refused, and why, one per line. */
export function renderRefusedList(refused: ReadonlyArray<{ file: string; reason: string }>): string {
  if (refused.length === 0) return '';
  const head = refused.length === 1 ? '1 fichier refusé :' : `${refused.length} fichiers refusés :`;
  return [head, ...refused.map((r) => `  ${r.file} — ${r.reason}`)].join('\n');
}

/** An unexpected failure of the tool itself: said in French, the technical detail only on request. */
export function renderUnexpected(detail: string): string {
  return `Erreur inattendue de l’outil : ${detail}. Aucun fichier reçu n’a été modifié. Relancez avec CTG_DEBUG=1 pour le détail technique, et signalez-la.`;
}
