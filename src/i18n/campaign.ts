/**
 * The campaign continued: why a workbook cannot be continued, a file given twice, what changed —
 * rendered from data at the edge (French first, English second).
 */
import type { ConsolidationIssue } from '../consolidate/readConsolidation';
import type { Lang } from './lang';
import { frenchDate } from '../workbook/dates';

const issueFr: { [C in ConsolidationIssue['code']]: (p: Extract<ConsolidationIssue, { code: C }> extends { params: infer P } ? P : Record<string, never>) => string } = {
  not_a_consolidation: () =>
    'Ce classeur n’est pas un classeur de consolidation de CTG Indicateurs (il n’a pas de registre de campagne). Donnez le classeur de consolidation écrit par « ctg consolidate » ou par le volet (« consolidation-….xlsx »).',
  ledger_format: (p) => `Le registre de campagne de ce classeur est au format ${p.format}, que cette version de CTG Indicateurs ne connaît pas. Mettez à jour CTG Indicateurs, ou consolidez à nouveau à partir des retours.`,
  other_plan: (p) => `Ce classeur consolide un autre plan (« ${p.found} ») que le plan suivi (« ${p.expected} »). Choisissez le plan de cette campagne, ou le classeur de consolidation de ce plan.`,
  damaged: (p) => `Le classeur de consolidation est abîmé (feuille « ${p.sheet} », cellule ${p.cell}) : il ne peut pas être poursuivi. Reprenez sa version précédente (….bak.xlsx) ou consolidez à nouveau à partir des retours.`,
};

const issueEn: typeof issueFr = {
  not_a_consolidation: () => 'This workbook is not a CTG Indicateurs consolidation (it has no campaign ledger). Give the consolidation workbook written by « ctg consolidate » or by the pane.',
  ledger_format: (p) => `This workbook's campaign ledger is in format ${p.format}, which this version does not know. Update CTG Indicateurs, or consolidate again from the returns.`,
  other_plan: (p) => `This workbook consolidates another plan (« ${p.found} ») than the one followed (« ${p.expected} »). Choose this campaign's plan, or this plan's consolidation.`,
  damaged: (p) => `The consolidation workbook is damaged (sheet « ${p.sheet} », cell ${p.cell}): it cannot be continued. Take its previous version (….bak.xlsx) or consolidate again from the returns.`,
};

export function renderConsolidationIssue(issue: ConsolidationIssue, lang: Lang = 'fr'): string {
  return renderConsolidationCode(issue.code, 'params' in issue ? issue.params : {}, lang);
}

type IssueCode = ConsolidationIssue['code'];

export function isConsolidationIssueCode(code: string): code is IssueCode {
  return Object.hasOwn(issueFr, code);
}

/**
 * A consolidation issue from its code and params as a refused file's finding carries them
 * (src/app/campaign.ts): the same words as the issue itself.
 */
export function renderConsolidationCode(code: IssueCode, params: Record<string, string | number>, lang: Lang = 'fr'): string {
  const table = lang === 'en' ? issueEn : issueFr;
  return (table[code] as (p: Record<string, string | number>) => string)(params);
}

/** The command line's refusal of `--into`: what, where, and that the file was left as it was. */
export function renderIntoRefused(path: string, reason: string): string {
  return `--into « ${path} » : ${reason}\nLe fichier n’a pas été modifié.`;
}

export const intoUsage = {
  missingFile: (path: string) => `--into « ${path} » : ce fichier n’existe pas ou n’est pas un fichier ordinaire. Donnez le classeur de consolidation à poursuivre (FICHIER.xlsx).`,
  notXlsx: 'Indiquez le classeur de consolidation à poursuivre : --into FICHIER.xlsx (et, pour écrire ailleurs, --out FICHIER.xlsx).',
  noReturns: 'Indiquez les nouveaux classeurs retournés (fichiers ou dossiers) à ajouter à la consolidation donnée par --into.',
};

/** « … est déjà pris en compte (même contenu que …, reçu le …) : ignoré. » */
export function renderSkipped(s: { file: string; takenAs: string; takenAt: string }): string {
  const same = s.takenAs === s.file ? '' : ` sous le nom « ${s.takenAs} »`;
  return `« ${s.file} » est déjà pris en compte${same} (même contenu, pris le ${frenchDate(s.takenAt)}) : ignoré.`;
}

/** The campaign's line of the summary. */
export function renderCampaignLine(c: { earlierFiles: number; newFiles: number; skipped: number; new: number; replaced: number; unchanged: number }): string {
  const files = (n: number) => `${n} fichier${n > 1 ? 's' : ''}`;
  const values = (n: number, word: string) => `${n} valeur${n > 1 ? 's' : ''} ${word}${n > 1 ? 's' : ''}`;
  const skipped = c.skipped > 0 ? `, ${files(c.skipped)} déjà pris en compte ignoré${c.skipped > 1 ? 's' : ''}` : '';
  return (
    `Campagne poursuivie : ${files(c.earlierFiles)} déjà pris en compte, ${c.newFiles} nouveau${c.newFiles > 1 ? 'x' : ''}${skipped} ; ` +
    `${values(c.new, 'nouvelle')}, ${values(c.replaced, 'remplacée')} (gardée${c.replaced > 1 ? 's' : ''} dans « Historique »), ${values(c.unchanged, 'inchangée')}.`
  );
}

export function renderBackup(path: string): string {
  return `Version précédente gardée : ${path}.`;
}

/** The progress bar's label while the new returns are read. */
export const campaignProgressLabel = 'Lecture et contrôle';
