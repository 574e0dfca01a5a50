/**
 * Generating collection workbooks on the standalone page: one respondent gives one .xlsx
 * download; several give ONE .zip (browsers block or question a page that starts dozens of
 * downloads). Everything is rendered in memory first and handed over at the end, so a cancelled
 * run downloads nothing.
 */
import { slug } from '../../app/fileNames';
import { generateCollection, type GeneratedFile } from '../../app/generate';
import { selectRespondents, type CollectionOptions, type Respondent } from '../../collect';
import type { Plan } from '../../plan/schema';
import { xlsxMime, zipMime } from './download';
import type { FileContext } from './fileContext';
import { FileEffectError } from './fileErrors';
import { formatFileSize } from './fileSize';
import { throwIfCancelled, type GeneratedSummary, type GenerateRequest, type TaskControl } from './types';

/** `collecte-CTG-P2A-2022-2025.zip`, named like the consolidation workbook. */
export function collectionArchiveName(plan: Pick<Plan, 'id'>): string {
  return `collecte-${slug(plan.id).toUpperCase()}.zip`;
}

export async function generateDownload(plan: Plan, request: GenerateRequest, control: TaskControl, context: FileContext): Promise<GeneratedSummary> {
  if (request.where !== 'download') {
    throw new FileEffectError(
      'not_available_here',
      'Hors d’Excel, les classeurs de collecte ne peuvent pas être écrits dans un classeur ouvert : ils sont téléchargés. Choisissez « Télécharger », ou ouvrez le complément dans Excel.',
    );
  }
  const respondents = chosenRespondents(plan, request);
  const options = collectionOptions(plan, request, context.now());
  throwIfCancelled(control.signal);
  const xlsx = await context.xlsx();

  const written: Array<{ name: string; bytes: Uint8Array }> = [];
  const files = await generateCollection(plan, respondents, options, {
    render: (spec) => {
      // Between two respondents: stop before rendering the next one.
      throwIfCancelled(control.signal);
      return xlsx.renderCollection(spec);
    },
    write: async (name, bytes) => {
      written.push({ name, bytes });
      return name;
    },
    ...(control.progress !== undefined ? { progress: control.progress } : {}),
  });
  throwIfCancelled(control.signal);

  const single = written.length === 1 ? written[0] : undefined;
  const output = single ?? { name: collectionArchiveName(plan), bytes: await xlsx.zip(written) };
  throwIfCancelled(control.signal);
  await context.download(output.name, output.bytes, single !== undefined ? xlsxMime : zipMime);
  return summary(files, output);
}

function chosenRespondents(plan: Plan, request: GenerateRequest): Respondent[] {
  const selection = selectRespondents(plan, request.selection);
  if (!selection.ok) {
    throw new FileEffectError(
      'unknown_respondents',
      `Répondant${selection.unknown.length > 1 ? 's' : ''} inconnu${selection.unknown.length > 1 ? 's' : ''} dans le plan « ${plan.id} » : ${selection.unknown.join(', ')}. Choisissez les répondants dans la liste proposée, ou chargez le plan qui les contient.`,
    );
  }
  if (selection.respondents.length === 0) {
    throw new FileEffectError('no_respondents', 'Aucun répondant choisi : cochez au moins une commune, l’EPCI ou la Caf, puis relancez la génération.');
  }
  return selection.respondents;
}

function collectionOptions(plan: Plan, request: GenerateRequest, now: string): CollectionOptions {
  const known = new Set(plan.periods.map((p) => p.id));
  const unknown = request.periods.filter((p) => !known.has(p));
  if (unknown.length > 0) {
    throw new FileEffectError(
      'unknown_periods',
      `Période${unknown.length > 1 ? 's' : ''} inconnue${unknown.length > 1 ? 's' : ''} : ${unknown.join(', ')}. Périodes du plan : ${[...known].join(', ')}. Cochez des périodes de la liste.`,
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

function summary(files: readonly GeneratedFile[], output: { name: string; bytes: Uint8Array }): GeneratedSummary {
  const n = files.length;
  const plural = n > 1 ? 's' : '';
  return {
    message: `${n} classeur${plural} de collecte généré${plural} : ${output.name} (${formatFileSize(output.bytes.length)}).`,
    details: files.map((f) => `${f.name} : ${f.file} (${f.sheets} onglet${f.sheets > 1 ? 's' : ''}, ${f.inputCells} cellule${f.inputCells > 1 ? 's' : ''} à remplir)`),
    files: files.map((f) => ({ respondent: f.respondent, name: f.name, file: f.file, bytes: f.bytes })),
  };
}
