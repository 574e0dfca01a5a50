/**
 * A plan file that cannot be read as a plan at all (src/plan/planFileIssue.ts), before any issue
 * of its content, in the reader's language: what is wrong, where when known, how to fix it. The
 * command line and the pane word it here; the JSON parser's own technical text is quoted as given.
 */
import type { PlanFileIssue } from '../plan/planFileIssue';
// src/i18n/excel is the Office adapter's catalogue, inside i18n, not the adapter: the folder rule matches its name only.
// eslint-disable-next-line no-restricted-imports
import { excelIssueMessage } from './excel';
import type { Lang } from './lang';
import { formatFileSize } from './pane/fileSize';
import { importEffectsWords } from './pane/importEffects';
import { planEffectsWords } from './pane/planEffects';
import { untrustedFileMessage } from './untrustedFile';

type Issue<C extends PlanFileIssue['code']> = Extract<PlanFileIssue, { code: C }>;
type Catalogue = { [C in PlanFileIssue['code']]: (issue: Issue<C>) => string };

const at = (p: Issue<'json_syntax'>['params'], words: (line: number, column: number) => string) =>
  p.line !== undefined && p.column !== undefined ? words(p.line, p.column) : '';

const detail = (p: { detail?: string }) => (p.detail !== undefined && p.detail !== '' ? ` (${p.detail})` : '');

const fr: Catalogue = {
  json_not_utf8: () =>
    'Le fichier n’est pas un texte UTF-8, ce n’est donc pas un plan exporté. Choisissez le fichier .json écrit par « ctg plan --json » ou enregistrez-le en UTF-8.',
  json_syntax: ({ params }) =>
    `JSON illisible${at(params, (line, column) => ` à la ligne ${line}, colonne ${column}`)} (${params.detail}). Vérifiez la syntaxe du fichier${params.line !== undefined ? ' à cet endroit' : ''} : une virgule, un guillemet, une accolade ou un crochet manquant ou en trop.`,
  not_a_plan_file: ({ params }) => planEffectsWords.fr.notAPlan(params.name),
  too_large: ({ params }) => planEffectsWords.fr.tooLarge(params.name, formatFileSize(params.size, 'fr'), formatFileSize(params.max, 'fr')),
  refused: ({ params, refusal }) => planEffectsWords.fr.refused(params.name, untrustedFileMessage(refusal, 'fr')),
  not_read_from_disk: ({ params }) => importEffectsWords.fr.unreadableFile(params.name, detail(params)),
  workbook_not_read: ({ params }) => planEffectsWords.fr.unreadable(params.name, params.detail ?? planEffectsWords.fr.notRead),
  sheets_not_read: ({ excel }) => planEffectsWords.fr.sheetsNotRead(excelIssueMessage(excel, 'fr')),
};

const en: Catalogue = {
  json_not_utf8: () => 'The file is not UTF-8 text, so it is not an exported plan. Choose the .json file written by "ctg plan --json", or save it as UTF-8.',
  json_syntax: ({ params }) =>
    `Unreadable JSON${at(params, (line, column) => ` at line ${line}, column ${column}`)} (${params.detail}). Check the file's syntax${params.line !== undefined ? ' there' : ''}: a comma, a quote, a brace or a bracket missing or one too many.`,
  not_a_plan_file: ({ params }) => planEffectsWords.en.notAPlan(params.name),
  too_large: ({ params }) => planEffectsWords.en.tooLarge(params.name, formatFileSize(params.size, 'en'), formatFileSize(params.max, 'en')),
  refused: ({ params, refusal }) => planEffectsWords.en.refused(params.name, untrustedFileMessage(refusal, 'en')),
  not_read_from_disk: ({ params }) => importEffectsWords.en.unreadableFile(params.name, detail(params)),
  workbook_not_read: ({ params }) => planEffectsWords.en.unreadable(params.name, params.detail ?? planEffectsWords.en.notRead),
  sheets_not_read: ({ excel }) => planEffectsWords.en.sheetsNotRead(excelIssueMessage(excel, 'en')),
};

const catalogues: Record<Lang, Catalogue> = { fr, en };

export function renderPlanFileIssue(issue: PlanFileIssue, lang: Lang): string {
  return (catalogues[lang][issue.code] as (i: PlanFileIssue) => string)(issue);
}
