/**
 * Messages for the findings of returns (src/returns/findings.ts): what is wrong, then how to fix
 * it. French for the advisers and communes; English second.
 */
import type { Finding, FindingCode } from '../returns/findings';
import { facilityFindingsEn, facilityFindingsFr } from './facilityFindings';
import { renderFileRefusal } from './fileRefusal';
import { formatDate, formatNumber, formatPercent, formatValue, shorten } from './findingsFormat';
import { defaultLang, type Lang } from './lang';

type Catalogue = Record<FindingCode, (f: Finding) => string>;

const num = (v: unknown, lang: Lang = 'fr') => (typeof v === 'number' ? formatNumber(v, lang) : String(v ?? ''));
const txt = (v: unknown) => shorten(String(v ?? ''));
const yesNo = (v: unknown, lang: Lang) => (v === true ? (lang === 'fr' ? 'Oui' : 'Yes') : lang === 'fr' ? 'Non' : 'No');
const period = (f: Finding) => f.period ?? '';

/** « (Convention, fiche 3.2, action 2 : « En 2024, lancement d'un appel à projets… ».) » for a rule that cites its passage. */
function citation(f: Finding, lang: Lang): string {
  if (typeof f.params.clauseFiche !== 'string' || typeof f.params.clauseQuote !== 'string') return '';
  const action = typeof f.params.clauseAction === 'number' ? `, action ${f.params.clauseAction}` : '';
  const quote = shorten(f.params.clauseQuote, 90);
  return lang === 'fr' ? ` (Convention, fiche ${f.params.clauseFiche}${action} : « ${quote} ».)` : ` (Agreement, fiche ${f.params.clauseFiche}${action}: "${quote}".)`;
}

const notANumberHint: Record<string, string> = {
  percentage: 'Saisissez un pourcentage (tapez par exemple 12,5 %)',
  amount: 'Saisissez un montant en euros (par exemple 1 234,50)',
};

const unreadableType: Record<string, string> = { number: 'un nombre', date: 'une date', boolean: 'une valeur oui/non' };

const fr: Catalogue = {
  file_refused: (f) => renderFileRefusal(f.params, 'fr'),
  not_a_return: (f) =>
    `Ce classeur ne ressemble pas à un classeur de recueil de la CTG : aucun code d’indicateur du plan « ${f.params.plan} » n’y figure. Vérifiez qu’il s’agit du bon fichier, ou demandez à l’expéditeur de remplir le classeur de recueil qui lui a été envoyé.`,
  manifest_missing: () =>
    'La feuille technique masquée « _ctg » est absente (les chiffres ont sans doute été recopiés dans un autre classeur) : le classeur a été reconnu par ses onglets et ses codes d’indicateurs. Vérifiez le répondant et les périodes ; pour les prochains envois, demandez de remplir le classeur reçu plutôt qu’une copie.',
  manifest_invalid: () =>
    'La feuille technique masquée « _ctg » a été modifiée et n’est plus lisible : le classeur a été reconnu par ses onglets et ses codes d’indicateurs. Vérifiez le répondant et les périodes, ou renvoyez au répondant un classeur de recueil neuf.',
  plan_mismatch: (f) =>
    `Ce classeur a été généré pour le plan « ${txt(f.params.found)} », pas pour « ${f.params.expected} » : il n’a pas été contrôlé. Contrôlez-le avec son propre plan (option --plan), ou envoyez au répondant le classeur de recueil de ce plan.`,
  template_version: (f) =>
    f.params.older === true
      ? `Ce classeur a été généré avec la version ${txt(f.params.found)} du plan ; la version en cours est ${f.params.expected}. Les valeurs sont lues par code d’indicateur ; les indicateurs ajoutés depuis n’y figurent pas : envoyez le classeur de la nouvelle version pour les recueillir.`
      : `Ce classeur a été généré avec la version ${txt(f.params.found)} du plan, différente de celle utilisée pour le contrôle (${f.params.expected}). Contrôlez-le avec la version du plan qui l’a généré (option --plan).`,
  respondent_unknown: (f) =>
    `Le répondant indiqué dans le classeur (« ${txt(f.params.name)} », code ${txt(f.params.code)}) ne fait pas partie du plan. Vérifiez la provenance du fichier, ou ajoutez ce répondant au plan.`,
  respondent_unidentified: (f) =>
    `Le répondant de ce classeur n’a pas pu être identifié (ni feuille « _ctg », ni code de répondant connu dans le nom du fichier ${formatValue(f.value)}). Renommez le fichier comme à l’envoi (CTG-…_CODE_Nom.xlsx), ou demandez au répondant de remplir le classeur qui lui a été envoyé.`,
  respondent_mismatch: (f) => {
    const claimed = `${txt(f.params.inFileName) || 'le répondant'} (code ${txt(f.params.inFile)})`;
    const other = f.params.inNameName ? `${txt(f.params.inNameName)} (code ${txt(f.params.inName)})` : `le code ${txt(f.params.inName)}`;
    const from = f.params.from === 'file_name' ? 'Son nom de fichier désigne' : 'Sa feuille « _ctg » désigne';
    const said: Record<string, string> = { file_name: 'le nom du fichier', readme: 'l’onglet « Lisez-moi »', manifest_name: 'le nom inscrit dans la feuille « _ctg »' };
    const witnesses = String(f.params.by ?? 'file_name').split(',').map((w) => said[w] ?? said.file_name!);
    const witness = witnesses.length > 1 ? `${witnesses.slice(0, -1).join(', ')} et ${witnesses[witnesses.length - 1]}` : witnesses[0];
    return `${from} ${claimed}, mais ${witness} ${witnesses.length > 1 ? 'désignent' : 'désigne'} ${other}. Ce fichier est mis de côté : il n’est pas consolidé tant que vous n’avez pas confirmé qu’il vient bien de ${claimed} (option --confirm-identity ${formatValue(f.file ?? 'FICHIER')} de ctg consolidate, ou « Utiliser quand même » dans l’étape Consolider). S’il vient de l’autre répondant, demandez-lui de remplir son propre classeur.`;
  },
  generated_at_untrusted: (f) => {
    const why =
      f.params.reason === 'future'
        ? 'est dans le futur'
        : f.params.reason === 'too_early'
          ? `est antérieure à ce plan (${formatDate(String(f.params.epoch ?? ''))})`
          : 'n’est pas un horodatage valide';
    return `La date de génération inscrite dans la feuille « _ctg » (${formatValue(f.params.text)}) ${why} : elle n’est pas utilisée pour savoir quel retour est le plus récent ; la date du fichier, puis l’ordre d’import, en décident. Si ce retour doit en remplacer un autre, vérifiez-le dans le résumé de la consolidation ; sinon renvoyez au répondant un classeur de recueil neuf.`;
  },
  internal_error: (f) =>
    `Le contrôle de ce fichier a échoué de façon inattendue (${txt(f.params.detail)}). Signalez-le en joignant le fichier ; les autres fichiers ont été contrôlés normalement.`,
  sheet_missing: (f) =>
    `L’onglet « ${txt(f.params.expected)} » est absent : ses indicateurs n’ont pas pu être lus. Demandez au répondant de renvoyer le classeur complet (ne supprimer aucun onglet).`,
  sheet_renamed: (f) =>
    `L’onglet « ${txt(f.params.expected)} » a été renommé « ${txt(f.params.found)} » ; il a été reconnu par ses codes d’indicateurs et lu normalement. Rendez-lui son nom d’origine pour les prochains envois.`,
  sheet_unexpected: (f) =>
    `L’onglet « ${txt(f.value)} » ne fait pas partie du classeur de recueil : ses ${num(f.params.cells)} cellule(s) remplie(s) n’ont pas été lues. S’il s’agit de réponses, reportez-les dans les onglets des fiches actions.`,
  header_missing: () =>
    'La ligne d’en-tête (« Code | Indicateur | Unité | Année … | Commentaire ») est introuvable dans cet onglet : ses valeurs n’ont pas pu être lues. Rétablissez la ligne d’en-tête d’origine.',
  column_missing: (f) =>
    f.period !== null
      ? `La colonne « ${txt(f.params.column)} » est introuvable (supprimée, ou titre modifié) : les valeurs de cette période n’ont pas pu être lues dans cet onglet. Rétablissez la colonne avec son titre d’origine.`
      : `La colonne « ${txt(f.params.column)} » est introuvable : les commentaires de cet onglet n’ont pas été lus. Rétablissez la colonne avec son titre d’origine.`,
  column_duplicate: (f) =>
    `La colonne « ${txt(f.params.column)} » apparaît deux fois ; seule la première a été lue. Reportez les valeurs dans la première colonne, puis supprimez celle-ci.`,
  code_missing: (f) =>
    `La ligne de l’indicateur ${txt(f.params.code)} est introuvable (ligne supprimée, ou code modifié) : ses valeurs n’ont pas pu être lues. Rétablissez la ligne avec son code dans la colonne « Code ».`,
  code_duplicate: (f) =>
    `Le code ${txt(f.value)} apparaît deux fois (première fois en ${f.params.first}) : seule la première ligne a été lue. Reportez les valeurs de cette ligne sur la première si besoin, puis supprimez-la.`,
  value_not_carried: (f) =>
    f.params.reason === 'shown_elsewhere'
      ? `Ce classeur d’une version précédente du plan demandait ${f.indicator} ici ; ce chiffre est désormais demandé une seule fois, sous ${txt(f.params.shownFrom)}, et montré dans cette fiche : la valeur ${formatValue(f.value)} n’est pas reprise (elle reste dans le rapport). Vérifiez qu’elle figure sous ${txt(f.params.shownFrom)}.`
      : `Ce classeur d’une version précédente du plan demandait ${f.indicator} ; le plan en cours ne le demande plus à ce répondant (un autre le détient) : la valeur ${formatValue(f.value)} n’est pas reprise dans les résultats (elle reste dans le rapport). Transmettez-la, si besoin, au répondant qui le détient.`,
  code_unknown: (f) =>
    f.params.inTemplate === true
      ? `L’indicateur ${f.indicator} n’existe pas dans la version en cours du plan : la valeur ${formatValue(f.value)} n’est pas reprise dans les résultats (elle reste dans le rapport). Vérifiez à quel indicateur actuel elle correspond.`
      : `Code ${formatValue(f.value)} inconnu dans la colonne « Code » : cette ligne n’est pas lue. Rétablissez le code d’origine (les codes ne doivent pas être modifiés), ou supprimez la ligne si elle a été ajoutée.`,
  cells_beyond_template: (f) =>
    `${num(f.params.cells)} cellule(s) remplie(s) au-delà de la zone du classeur de recueil (la première en ${txt(f.params.first)}${typeof f.params.rows === 'number' ? ` ; la zone lue va jusqu’à la ligne ${num(f.params.rows)} et la colonne ${txt(f.params.lastColumn)}` : ''}) n’ont pas été lues. Vérifiez qu’aucune valeur attendue ne s’y trouve, puis effacez ces cellules (Ctrl+Fin montre la dernière cellule utilisée).`,
  sheet_not_read: (f) =>
    `L’onglet « ${txt(f.sheet)} » n’a pas été lu : le classeur compte plus d’onglets que le classeur de recueil n’en prévoit${typeof f.params.max === 'number' ? ` (${num(f.params.max)} au plus, onglets ajoutés compris)` : ''}. Vérifiez qu’aucune valeur attendue ne s’y trouve, puis supprimez les onglets ajoutés ou recopiez vos valeurs dans le classeur de recueil reçu.`,
  layout_shifted: (f) =>
    `${num(f.params.count)} cellule(s) à remplir ne sont plus à leur place d’origine (ligne insérée, tri, colonne déplacée ou masquée) : elles ont été retrouvées par leur code et leur période, et lues normalement. Aucune correction nécessaire.`,
  formula_in_input: (f) =>
    `La cellule contient une formule (${txt(f.params.formula)}) au lieu d’une valeur saisie : sa dernière valeur calculée, ${formatValue(f.value)}, a été retenue sans recalcul. Remplacez la formule par sa valeur (Copier, puis Collage spécial > Valeurs).`,
  formula_uncached: (f) =>
    `La cellule contient une formule (${txt(f.params.formula)}) sans valeur calculée enregistrée : aucune valeur n’a pu être lue. Remplacez la formule par sa valeur (Copier, puis Collage spécial > Valeurs).`,
  error_value: (f) =>
    `La cellule affiche l’erreur ${txt(f.params.error)} : aucune valeur n’a pu être lue. Saisissez la valeur elle-même (laissez vide si elle est inconnue, « NC » si non concerné).`,
  value_unreadable: (f) =>
    f.params.omitted !== undefined
      ? `${num(f.params.omitted)} autres cellules de ce classeur sont enregistrées sous un type qu’elles n’ont pas (nombre, date ou oui/non illisible) : elles n’ont pas été lues. Ouvrez le classeur dans Excel, saisissez à nouveau ces valeurs et enregistrez-le au format .xlsx.`
      : `La cellule est enregistrée comme ${unreadableType[String(f.params.type)] ?? 'une valeur'}, mais elle contient « ${txt(f.params.raw)} », qui n’en est pas un : elle n’a pas été lue (ni comme vide, ni comme zéro). Saisissez à nouveau la valeur dans Excel, puis enregistrez le classeur au format .xlsx.`,
  not_a_number: (f) =>
    `${formatValue(f.value)} n’est pas un nombre. ${notANumberHint[String(f.params.type)] ?? 'Saisissez un nombre (par exemple 12 ou 1 234,5)'}, laissez vide si la valeur est inconnue, ou saisissez « NC » si non concerné.`,
  not_whole_number: (f) => `${num(f.params.value)} n’est pas un nombre entier : cet indicateur compte des unités. Saisissez un nombre entier, sans décimale.`,
  negative_count: (f) => `${num(f.params.value)} est négatif : un nombre ne peut pas être inférieur à zéro. Corrigez la valeur (0 si rien n’a eu lieu).`,
  below_minimum: (f) => `${num(f.params.value)} est inférieur au minimum prévu par le plan (${num(f.params.min)}). Corrigez la valeur.`,
  above_maximum: (f) => `${num(f.params.value)} dépasse le maximum prévu par le plan (${num(f.params.max)}). Corrigez la valeur.`,
  percentage_above_100: (f) => {
    const v = Number(f.params.value);
    const hint = v > 1 && v <= 100 ? ` Pour ${formatNumber(v)} %, tapez « ${formatNumber(v)} % » (avec le signe %).` : '';
    return `${formatPercent(v)} dépasse 100 %. Saisissez un pourcentage entre 0 % et 100 %.${hint}`;
  },
  not_a_date: (f) => `${formatValue(f.value)} n’est pas une date. Saisissez une date au format JJ/MM/AAAA (par exemple 15/03/2024), ou « NC » si non concerné.`,
  date_out_of_period: (f) =>
    `Le ${formatDate(String(f.params.date))} est en dehors de la période ${period(f)} (du ${formatDate(String(f.params.start))} au ${formatDate(String(f.params.end))}). Corrigez la date, ou saisissez-la dans la colonne de la bonne période.`,
  not_in_list: (f) => `${formatValue(f.value)} n’est pas une réponse de la liste (${txt(f.params.options)}). Choisissez une réponse dans la liste déroulante, ou « NC » si non concerné.`,
  text_too_long: (f) =>
    f.severity === 'error'
      ? `Le texte compte ${num(f.params.length)} caractères, plus que ce qu’une cellule Excel peut contenir (${num(f.params.max)}) : il n’a pas été repris. Résumez-le, ou joignez un document à votre envoi.`
      : `Le texte compte ${num(f.params.length)} caractères, pour ${num(f.params.max)} au plus. Résumez-le, ou joignez un document à votre envoi.`,
  comment_truncated: (f) =>
    `Le commentaire compte ${num(f.params.length)} caractères, plus que ce qu’une cellule Excel peut contenir : seuls les ${num(f.params.max)} premiers ont été repris. Résumez-le, ou joignez un document à votre envoi.`,
  number_from_text: (f) => `${formatValue(f.value)} (nombre saisi comme du texte) a été lu comme ${num(f.params.read)}.`,
  percentage_from_text: (f) => `${formatValue(f.value)} a été lu comme ${formatPercent(Number(f.params.read))}.`,
  amount_from_text: (f) => `${formatValue(f.value)} a été lu comme le montant ${num(f.params.read)} €.`,
  yes_no_from_text: (f) => `${formatValue(String(f.params.text))} a été lu comme « ${yesNo(f.params.read, 'fr')} ».`,
  nc_from_text: (f) => `${formatValue(f.value)} a été lu comme « NC » (non concerné).`,
  date_from_text: (f) => `${formatValue(f.value)} a été lu comme la date du ${formatDate(String(f.params.read))}.`,
  date_from_serial: (f) => `Le nombre ${num(f.params.serial)} a été lu comme la date du ${formatDate(String(f.params.read))} (date Excel sans format de date).`,
  choice_from_text: (f) => `${formatValue(f.value)} a été lu comme « ${txt(f.params.read)} ».`,
  spaces_trimmed: (f) =>
    String(f.params.text ?? '').trim() === ''
      ? 'La cellule ne contient que des espaces : elle a été lue comme vide.'
      : `Espaces superflus retirés de ${formatValue(f.value)}.`,
  value_in_inapplicable_period: (f) =>
    `Une valeur (${formatValue(f.value)}) a été saisie pour une période où l’indicateur n’est pas demandé (périodes demandées : ${txt(f.params.periods)}) : elle n’est pas reprise dans les résultats. Reportez-la dans la colonne de la bonne période, ou effacez-la.`,
  value_outside_input: (f) => {
    const v = formatValue(f.value);
    switch (f.params.reason) {
      case 'heading':
        return `Une valeur (${v}) a été saisie sur la ligne de titre d’un indicateur ventilé : elle n’est pas reprise. Saisissez le détail sur les lignes en dessous (une par catégorie) ; le total se calcule seul.`;
      case 'duplicate':
        return `Une valeur (${v}) a été saisie sur une ligne en double : elle n’est pas reprise. Reportez-la sur la première ligne de cet indicateur.`;
      case 'unknown_code':
        return `Une valeur (${v}) a été saisie sur une ligne au code inconnu : elle n’est pas reprise. Reportez-la sur la ligne de l’indicateur concerné.`;
      default:
        return `Une valeur (${v}) a été saisie hors des cellules à remplir : elle n’est pas reprise dans les résultats. Reportez-la dans la bonne cellule (en jaune), ou dans la colonne « Commentaire » s’il s’agit d’une précision.`;
    }
  },
  total_overwritten: (f) =>
    `La formule du total a été remplacée par une valeur saisie (${formatValue(f.value)}). Le total se calcule à partir du détail : saisissez les valeurs sur les lignes du détail et laissez le total se calculer.`,
  breakdown_total_mismatch: (f) =>
    `Le total (${num(f.params.total)}) ne correspond pas à la somme du détail (${num(f.params.sum)}). Corrigez le détail ou le total (le total se calcule seul si sa formule est conservée).`,
  rule_failed: (f) =>
    `${txt(f.params.message).length > 0 ? String(f.params.message) : `Règle ${f.params.rule} non respectée.`} ${String(f.params.fix ?? '')}${citation(f, 'fr')}`.trim(),
  rule_invalid: (f) => `La règle « ${f.params.rule} » du plan est illisible et n’a pas été appliquée. Corrigez-la dans le plan.`,
  implausible_change: (f) =>
    `Évolution inhabituelle : ${num(f.params.previous)} en ${f.params.previousPeriod}, ${num(f.params.current)} en ${period(f)} (${f.params.ratio !== null ? `×${num(f.params.ratio)}` : 'depuis ou vers zéro'}). Vérifiez les deux valeurs (unité, faute de frappe, période) ; si elles sont justes, précisez-le dans la colonne « Commentaire ».`,
  required_missing: (f) => `Indicateur obligatoire non renseigné pour ${period(f)}. Saisissez la valeur (0 si rien n’a eu lieu), ou « NC » si non concerné.`,
  ...facilityFindingsFr,
  total_overflow: (f) =>
    `Le chiffre du territoire pour « ${txt(f.params.label)} » (${period(f)}${f.member ? `, ${f.member}` : ''}) dépasse ce qu’un tableur peut calculer (plus de 1,8 × 10^308) : il est laissé vide. Vérifiez les valeurs des répondants pour cet indicateur : l’une d’elles est démesurée (une saisie erronée), puis consolidez à nouveau.`,
};

const en: Catalogue = {
  file_refused: (f) => renderFileRefusal(f.params, 'en'),
  not_a_return: (f) => `This is not a collection workbook of plan "${f.params.plan}": none of its indicator codes is present.`,
  manifest_missing: () => 'The hidden "_ctg" sheet is missing: the workbook was recognised from its sheets and indicator codes. Check the respondent and periods.',
  manifest_invalid: () => 'The hidden "_ctg" sheet was altered: the workbook was recognised from its sheets and indicator codes.',
  plan_mismatch: (f) => `This workbook belongs to plan "${txt(f.params.found)}", not "${f.params.expected}"; it was not checked. Use --plan.`,
  template_version: (f) => `Generated with plan version ${txt(f.params.found)}; the current version is ${f.params.expected}. Values are read by indicator code.`,
  respondent_unknown: (f) => `The respondent in the workbook (${txt(f.params.code)}) is not part of the plan.`,
  respondent_unidentified: () => 'The respondent could not be identified (no "_ctg" sheet, no known code in the file name).',
  respondent_mismatch: (f) =>
    `Attributed to ${txt(f.params.inFile)} by its ${f.params.from === 'file_name' ? 'file name' : '"_ctg" sheet'}, but ${String(f.params.by ?? 'file_name').split(',').map((w) => ({ file_name: 'the file name', readme: 'the "Lisez-moi" sheet', manifest_name: 'the name in "_ctg"' })[w] ?? 'the file name').join(' and ')} name ${txt(f.params.inName)}. Set apart until you confirm it (--confirm-identity, or "Use anyway" in the Consolidate step).`,
  generated_at_untrusted: (f) =>
    `The generation date in "_ctg" (${txt(f.params.text)}) ${f.params.reason === 'future' ? 'is in the future' : f.params.reason === 'too_early' ? 'predates this plan' : 'is not a valid timestamp'}: it is not used to decide which return is newest.`,
  internal_error: (f) => `Checking this file failed unexpectedly (${txt(f.params.detail)}).`,
  sheet_missing: (f) => `Sheet "${txt(f.params.expected)}" is missing; its indicators could not be read.`,
  sheet_renamed: (f) => `Sheet "${txt(f.params.expected)}" was renamed "${txt(f.params.found)}"; it was recognised by its codes and read.`,
  sheet_unexpected: (f) => `Sheet "${txt(f.value)}" is not part of the collection workbook; its ${f.params.cells} filled cell(s) were not read.`,
  header_missing: () => 'The header row (Code | Indicateur | …) was not found; this sheet could not be read.',
  column_missing: (f) => `Column "${txt(f.params.column)}" was not found; its values could not be read.`,
  column_duplicate: (f) => `Column "${txt(f.params.column)}" appears twice; only the first was read.`,
  code_missing: (f) => `The row of ${txt(f.params.code)} was not found (deleted row or changed code); its values could not be read.`,
  code_duplicate: (f) => `Code ${txt(f.value)} appears twice (first at ${f.params.first}); only the first row was read.`,
  value_not_carried: (f) =>
    f.params.reason === 'shown_elsewhere'
      ? `A workbook of an earlier plan version asked ${f.indicator} here; the figure is now asked once, under ${txt(f.params.shownFrom)}: value ${formatValue(f.value, 'en')} not carried.`
      : `A workbook of an earlier plan version asked ${f.indicator}; the current plan no longer asks this respondent: value ${formatValue(f.value, 'en')} not carried.`,
  code_unknown: (f) => `Unknown code ${formatValue(f.value, 'en')}: not read.`,
  cells_beyond_template: (f) => `${f.params.cells} filled cell(s) beyond the collection workbook's area (first at ${txt(f.params.first)}) were not read. Check them, then clear them.`,
  sheet_not_read: (f) => `Sheet "${txt(f.sheet)}" was not read: the workbook has more sheets than the template allows (${f.params.max} at most). Remove the added sheets.`,
  layout_shifted: (f) => `${f.params.count} input cell(s) moved (inserted row, sort, moved column); they were found by code and period and read.`,
  formula_in_input: (f) => `Formula ${txt(f.params.formula)} in an input cell; its cached value ${formatValue(f.value, 'en')} was used. Replace it with the value.`,
  formula_uncached: (f) => `Formula ${txt(f.params.formula)} without a cached value: nothing could be read. Replace it with the value.`,
  error_value: (f) => `The cell shows error ${txt(f.params.error)}. Type the value itself.`,
  value_unreadable: (f) =>
    f.params.omitted !== undefined
      ? `${f.params.omitted} more cells are stored with a type they do not hold; they were not read. Type them again in Excel.`
      : `The cell is stored as a ${String(f.params.type)} but holds "${txt(f.params.raw)}": it was not read. Type the value again in Excel.`,
  not_a_number: (f) => `${formatValue(f.value, 'en')} is not a number.`,
  not_whole_number: (f) => `${num(f.params.value, 'en')} is not a whole number.`,
  negative_count: (f) => `${num(f.params.value, 'en')} is negative; a count cannot be below zero.`,
  below_minimum: (f) => `${num(f.params.value, 'en')} is below the plan's minimum (${f.params.min}).`,
  above_maximum: (f) => `${num(f.params.value, 'en')} is above the plan's maximum (${f.params.max}).`,
  percentage_above_100: (f) => `${formatPercent(Number(f.params.value), 'en')} is above 100 %.`,
  not_a_date: (f) => `${formatValue(f.value, 'en')} is not a date (DD/MM/YYYY).`,
  date_out_of_period: (f) => `${f.params.date} is outside period ${period(f)} (${f.params.start} to ${f.params.end}).`,
  not_in_list: (f) => `${formatValue(f.value, 'en')} is not in the list (${txt(f.params.options)}).`,
  text_too_long: (f) => `The text has ${f.params.length} characters, ${f.params.max} at most.`,
  comment_truncated: (f) => `The comment has ${f.params.length} characters, more than an Excel cell holds: only the first ${f.params.max} were kept.`,
  number_from_text: (f) => `${formatValue(f.value, 'en')} (number typed as text) read as ${num(f.params.read, 'en')}.`,
  percentage_from_text: (f) => `${formatValue(f.value, 'en')} read as ${formatPercent(Number(f.params.read), 'en')}.`,
  amount_from_text: (f) => `${formatValue(f.value, 'en')} read as the amount ${num(f.params.read, 'en')} €.`,
  yes_no_from_text: (f) => `"${txt(f.params.text)}" read as ${yesNo(f.params.read, 'en')}.`,
  nc_from_text: (f) => `${formatValue(f.value, 'en')} read as "NC" (not concerned).`,
  date_from_text: (f) => `${formatValue(f.value, 'en')} read as ${f.params.read}.`,
  date_from_serial: (f) => `Number ${f.params.serial} read as the date ${f.params.read}.`,
  choice_from_text: (f) => `${formatValue(f.value, 'en')} read as "${txt(f.params.read)}".`,
  spaces_trimmed: () => 'Extra spaces removed.',
  value_in_inapplicable_period: (f) => `A value (${formatValue(f.value, 'en')}) was typed for a period where the indicator does not apply; it is not used.`,
  value_outside_input: (f) => `A value (${formatValue(f.value, 'en')}) was typed outside the input cells; it is not used.`,
  total_overwritten: (f) => `The total's formula was replaced by a typed value (${formatValue(f.value, 'en')}).`,
  breakdown_total_mismatch: (f) => `The total (${num(f.params.total, 'en')}) differs from the sum of its breakdown (${num(f.params.sum, 'en')}).`,
  rule_failed: (f) => `Rule ${f.params.rule} failed.${citation(f, 'en')}`,
  rule_invalid: (f) => `Rule ${f.params.rule} of the plan cannot be read and was not applied.`,
  implausible_change: (f) => `Unusual change: ${num(f.params.previous, 'en')} in ${f.params.previousPeriod}, ${num(f.params.current, 'en')} in ${period(f)}.`,
  required_missing: (f) => `Required indicator left empty for ${period(f)}.`,
  ...facilityFindingsEn,
  total_overflow: (f) => `The territory figure for "${txt(f.params.label)}" (${period(f)}) exceeds what a spreadsheet can compute; it is left empty. Check the respondents' values.`,
};

const catalogues: Record<Lang, Catalogue> = { fr, en };

export function renderFinding(finding: Finding, lang: Lang = defaultLang): string {
  return catalogues[lang][finding.code](finding);
}
