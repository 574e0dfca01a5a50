/**
 * A generation request checked against the plan, the same on both surfaces (download or open
 * workbook): a request the plan cannot honour is refused before anything is built, with one code
 * and one French sentence saying what to do.
 */
import { selectRespondents, type CollectionOptions, type Respondent } from '../../collect';
import type { Plan } from '../../plan/schema';
import { FileEffectError } from './fileErrors';
import type { GenerateRequest } from './types';

const plural = (n: number, one: string, many: string) => (n > 1 ? many : one);

export function chosenRespondents(plan: Plan, request: GenerateRequest): Respondent[] {
  const selection = selectRespondents(plan, request.selection);
  if (!selection.ok) {
    const n = selection.unknown.length;
    throw new FileEffectError(
      'unknown_respondents',
      `${plural(n, 'Répondant inconnu', 'Répondants inconnus')} dans le plan « ${plan.id} » : ${selection.unknown.join(', ')}. Choisissez les répondants dans la liste proposée, ou chargez le plan qui les contient.`,
    );
  }
  if (selection.respondents.length === 0) throw new FileEffectError('no_respondents', 'Aucun répondant choisi : cochez au moins une commune, l’EPCI ou la Caf, puis relancez la génération.');
  return selection.respondents;
}

export function collectionOptions(plan: Plan, request: GenerateRequest, now: string): CollectionOptions {
  const known = plan.periods.map((p) => p.id);
  const unknown = request.periods.filter((p) => !known.includes(p));
  if (unknown.length > 0) {
    throw new FileEffectError(
      'unknown_periods',
      `${plural(unknown.length, 'Période inconnue', 'Périodes inconnues')} : ${unknown.join(', ')}. Périodes du plan : ${known.join(', ')}. Cochez des périodes de la liste.`,
    );
  }
  if (request.deadline !== '' && !isIsoDate(request.deadline)) {
    throw new FileEffectError('invalid_deadline', `Date limite invalide : « ${request.deadline} ». Choisissez une date du calendrier (par exemple le 30/06/2025), ou laissez le champ vide.`);
  }
  return {
    now,
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
