/**
 * A generation request checked against the plan, the same on both surfaces (download or open
 * workbook): a request the plan cannot honour is refused before anything is built, with one code
 * and one sentence saying what to do, in the pane's language.
 */
import type { CollectionChoice } from '../../app/generate';
import { selectRespondents, type Respondent } from '../../collect';
import type { Lang } from '../../i18n/lang';
import { generateEffectsWords } from '../../i18n/pane/generateEffects';
import type { Plan } from '../../plan/schema';
import { FileEffectError } from './fileErrors';
import type { GenerateRequest } from './types';

export function chosenRespondents(plan: Plan, request: GenerateRequest, lang: Lang): Respondent[] {
  const words = generateEffectsWords[lang];
  const selection = selectRespondents(plan, request.selection);
  if (!selection.ok) throw new FileEffectError('unknown_respondents', words.unknownRespondents(plan.id, selection.unknown));
  if (selection.respondents.length === 0) throw new FileEffectError('no_respondents', words.noRespondents);
  return selection.respondents;
}

export function collectionChoice(plan: Plan, request: GenerateRequest, lang: Lang): CollectionChoice {
  const words = generateEffectsWords[lang];
  const known = plan.periods.map((p) => p.id);
  const unknown = request.periods.filter((p) => !known.includes(p));
  if (unknown.length > 0) throw new FileEffectError('unknown_periods', words.unknownPeriods(unknown, known));
  if (request.deadline !== '' && !isIsoDate(request.deadline)) throw new FileEffectError('invalid_deadline', words.invalidDeadline(request.deadline));
  return {
    // No period ticked means all of them, as the form says.
    ...(request.periods.length > 0 ? { periods: request.periods } : {}),
    ...(request.deadline !== '' ? { deadline: request.deadline } : {}),
  };
}

/** yyyy-mm-dd, and a day that exists. */
function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
