/**
 * « Générer dans le classeur ouvert »: the collection sheets of the chosen respondents, each
 * prefixed by its code, written into the open workbook in ONE write (a constant number of round
 * trips, however many respondents). Built respondent by respondent — progress, and a stop
 * between two of them — and written only once all are built: a cancelled run writes nothing.
 */
import { collectionPart, mergeCollections, selectRespondents, type CollectionOptions, type CollectionPart, type Respondent } from '../../collect';
import type { ExcelWorkbook } from '../../excel';
import type { Plan } from '../../plan/schema';
import { plural, writeOutcome } from './excelOutcome';
import { FileEffectError } from './fileErrors';
import { throwIfCancelled, type GeneratedSummary, type GenerateRequest, type TaskControl } from './types';

/** Lets the pane repaint the progress and hear « Annuler » (building a respondent is synchronous). */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function generateInWorkbook(workbook: ExcelWorkbook, plan: Plan, request: GenerateRequest, control: TaskControl, now: string): Promise<GeneratedSummary> {
  const respondents = chosenRespondents(plan, request);
  const options = collectionOptions(plan, request, now);
  // Steps: one per respondent, then the write.
  const total = respondents.length + 1;
  const parts: CollectionPart[] = [];
  for (const [index, respondent] of respondents.entries()) {
    control.progress?.({ done: index, total, label: `Préparation des feuilles : ${respondent.name}` });
    await breathe();
    throwIfCancelled(control.signal);
    parts.push(collectionPart(plan, respondent, options));
  }
  const merged = mergeCollections(plan, parts, { now });
  throwIfCancelled(control.signal);
  control.progress?.({ done: respondents.length, total, label: 'Écriture dans le classeur…' });
  const report = await workbook.writeSpec(merged.spec, { onModified: 'refuse' });
  control.progress?.({ done: total, total, label: '' });

  const written = writeOutcome(report);
  const n = respondents.length;
  return {
    message: `${n} ${plural(n, 'recueil généré', 'recueils générés')} dans le classeur : ${written.message.charAt(0).toLowerCase()}${written.message.slice(1)}`,
    details: written.details,
    // No file here: `file` is where the respondent's sheets start (its « Lisez-moi »), in this workbook.
    files: merged.respondents.map(({ respondent, sheets }) => ({
      respondent: respondent.code,
      name: respondent.name,
      file: sheets.find((s) => s.visibility === 'visible')?.to ?? '',
      bytes: 0,
    })),
  };
}

/*
 * A request this plan cannot honour is refused before anything is built, with the same codes and
 * wording as the download (fileGenerate.ts), so the pane says the same thing on both surfaces.
 */
function chosenRespondents(plan: Plan, request: GenerateRequest): Respondent[] {
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

function collectionOptions(plan: Plan, request: GenerateRequest, now: string): CollectionOptions {
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
