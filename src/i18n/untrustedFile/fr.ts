/**
 * Refused files in French (the reference): what is wrong, then how to fix it.
 */
import type { UntrustedFileCode, UntrustedFileIssue } from '../../workbook/fileIssues';
import { corruptDetailFr } from './readProblems';

type Params = UntrustedFileIssue['params'];

const withDetail = (detail: string | undefined) => (detail !== undefined ? ` (${detail})` : '');

/** 20971520 → « 20 Mo », 1572864 → « 1,5 Mo ». */
export function formatMegabytes(bytes: number): string {
  const mb = Math.round((bytes / (1024 * 1024)) * 10) / 10;
  return `${String(mb).replace('.', ',')} Mo`;
}

/** 100000 → « 100 000 »; Infinity → « ∞ ». */
function formatCount(n: string | number | undefined): string {
  if (n === undefined) return '?';
  if (typeof n === 'string') return n;
  if (!Number.isFinite(n)) return '∞';
  return n.toLocaleString('fr-FR').replace(/[\u00a0\u202f]/g, ' ');
}

const saveAsXlsx = 'Ouvrez-le dans Excel et enregistrez-le au format Classeur Excel (.xlsx) (Fichier > Enregistrer sous), puis réessayez.';

const notZipHint: Record<string, string> = {
  pdf: ' Il s’agit d’un PDF.',
  html: ' Il ressemble à une page web (HTML).',
  xml: ' Il ressemble à un fichier XML (par exemple « Feuille de calcul XML 2003 »).',
  csv: ' Il ressemble à un fichier texte (CSV).',
};

const notXlsxKind: Record<string, string> = {
  xlsb: 'un classeur binaire Excel (.xlsb)',
  docx: 'un document Word (.docx)',
  pptx: 'une présentation PowerPoint (.pptx)',
  zip: 'une archive zip qui ne contient pas de classeur',
};

const corruptReason: Record<string, string> = {
  eocd: 'la fin de l’archive est introuvable (fichier tronqué, par exemple un téléchargement ou une copie interrompus)',
  multi_disk: 'l’archive est découpée en plusieurs morceaux',
  zip64: 'l’archive a un format étendu (zip64) illisible',
  directory: 'le répertoire de l’archive est abîmé',
  duplicate: 'un même élément y figure deux fois',
  local_header: 'un élément de l’archive est introuvable à l’endroit annoncé',
  truncated: 'un élément de l’archive est tronqué',
  method: 'un élément utilise une méthode de compression inconnue',
  stored_size: 'les tailles annoncées d’un élément sont incohérentes',
  size_mismatch: 'un élément ne fait pas la taille qu’annonce l’archive',
  inflate: 'un élément ne peut pas être décompressé',
  doctype: 'un élément XML contient une déclaration DOCTYPE, jamais présente dans un classeur Excel',
  entity: 'un élément XML utilise une entité inconnue (un classeur n’emploie que &lt; &gt; &amp; &quot; &apos; et les références numériques &#…;)',
  sheet_bounds: 'une feuille dépasse les limites d’Excel (1 048 576 lignes, 16 384 colonnes)',
  excel: 'la lecture du classeur a échoué',
};

const catalogue: Record<UntrustedFileCode, (p: Params) => string> = {
  not_zip: (p) =>
    `Ce fichier n’est pas un classeur Excel (.xlsx).${notZipHint[String(p.detected)] ?? ''} ${saveAsXlsx}`,
  too_large: (p) =>
    `Fichier trop volumineux : ${formatMegabytes(Number(p.size))} pour ${formatMegabytes(Number(p.max))} au plus. Retirez les images, les feuilles ou les lignes inutiles, puis enregistrez-le à nouveau au format .xlsx.`,
  too_many_entries: (p) =>
    `Le classeur compte trop d’éléments internes (${formatCount(p.count)} pour ${formatCount(p.max)} au plus). Retirez les feuilles, images ou objets inutiles, ou copiez les seules feuilles utiles dans un nouveau classeur .xlsx.`,
  uncompressed_too_large: (p) =>
    `Le classeur occuperait ${formatMegabytes(Number(p.size))} une fois ouvert, pour ${formatMegabytes(Number(p.max))} au plus : il est refusé par précaution. Retirez les feuilles, images ou plages inutiles, puis enregistrez-le à nouveau.`,
  ratio: (p) =>
    `Le classeur contient un élément anormalement compressé (« ${p.name} », taux ${formatCount(p.ratio)}:1 pour ${formatCount(p.max)}:1 au plus) : c’est la signature d’une « bombe zip ». Il est refusé par sécurité. Si le fichier vient d’une source sûre, copiez ses données dans un nouveau classeur .xlsx.`,
  macro: () =>
    `Le classeur contient des macros (fichier .xlsm ou macros Excel 4.0) : il est refusé par sécurité. ${saveAsXlsx}`,
  encrypted: () =>
    'Le classeur est protégé par un mot de passe (chiffré) et ne peut pas être lu. Ouvrez-le dans Excel, retirez le mot de passe (Fichier > Informations > Protéger le classeur > Chiffrer avec mot de passe, puis effacez-le), enregistrez-le au format .xlsx et réessayez.',
  ods: () =>
    'Ce fichier est un classeur OpenDocument (.ods, LibreOffice ou OpenOffice), pas un classeur Excel. Dans LibreOffice : Fichier > Enregistrer sous, type « Excel 2007-365 (.xlsx) », puis réessayez.',
  legacy_xls: (p) =>
    Number(p.certain) === 1
      ? `Ce fichier est au format Excel 97-2003 (.xls), qui n’est pas pris en charge. ${saveAsXlsx}`
      : `Ce fichier est chiffré ou à l’ancien format .xls. S’il est protégé par un mot de passe, retirez-le ; puis ${saveAsXlsx.charAt(0).toLowerCase()}${saveAsXlsx.slice(1)}`,
  corrupt: (p) =>
    `Le fichier est endommagé : ${corruptReason[String(p.reason)] ?? 'son contenu est illisible'}${withDetail(corruptDetailFr(p))}. Demandez à l’expéditeur de vous le renvoyer, ou ouvrez-le dans Excel (qui peut proposer de le réparer) et enregistrez-le à nouveau au format .xlsx.`,
  not_xlsx: (p) =>
    `Ce fichier est ${notXlsxKind[String(p.kind)] ?? notXlsxKind.zip}, pas un classeur Excel (.xlsx). ${saveAsXlsx}`,
  validation_range_too_large: (p) =>
    `${p.kind === 'definedName' ? `Le nom défini « ${p.name} »` : `Une validation des données de la feuille « ${p.sheet} »`} porte sur une plage démesurée (${p.range}) : ${formatCount(p.cells)} cellules au total pour ${formatCount(p.max)} au plus. Le classeur est refusé par précaution. Dans Excel, restreignez la plage aux cellules à saisir (Données > Validation des données, ou Formules > Gestionnaire de noms), enregistrez puis réessayez.`,
  sheet_structure_too_large: (p) =>
    p.kind === 'mergeCell'
      ? `La feuille « ${p.sheet} » a trop de cellules fusionnées (${formatCount(p.count)} fusions couvrant ${formatCount(p.cells)} cellules ; au plus ${formatCount(p.maxMerges)} fusions et ${formatCount(p.maxCells)} cellules, validations comprises). Le classeur est refusé par précaution. Annulez les fusions inutiles (Accueil > Fusionner et centrer), enregistrez puis réessayez.`
      : `La feuille « ${p.sheet} » déclare des colonnes au-delà de la limite d’Excel (jusqu’à la colonne n° ${formatCount(p.max)}). Le fichier n’a sans doute pas été produit par Excel : ouvrez-le dans Excel, enregistrez-le à nouveau au format .xlsx et réessayez.`,
};

/** Every refusal code of the guards, from the catalogue that words them. */
export const untrustedFileCodes = Object.keys(catalogue) as UntrustedFileCode[];

export function untrustedFileFr(issue: UntrustedFileIssue): string {
  return catalogue[issue.code](issue.params);
}
