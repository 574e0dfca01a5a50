/**
 * Generating collection workbooks on the standalone page: one respondent gives one .xlsx
 * download; several give ONE .zip (browsers block or question a page that starts dozens of
 * downloads). Everything is rendered in memory first and handed over at the end, so a cancelled
 * run downloads nothing.
 */
import { slug } from '../../app/fileNames';
import { generateCollections, generatedFiles, type GeneratedFile } from '../../app/generate';
import { throwIfCancelled } from '../../app/run';
import type { Lang } from '../../i18n/lang';
import { generateEffectsWords } from '../../i18n/pane/generateEffects';
import type { Plan } from '../../plan/schema';
import { xlsxMime, zipMime } from './download';
import type { FileContext } from './fileContext';
import { FileEffectError } from './fileErrors';
import { chosenRespondents, collectionChoice } from './generateRequest';
import { formatFileSize } from './fileSize';
import { paneRun } from './paneRun';
import type { GeneratedSummary, GenerateRequest, TaskControl } from './types';

/** `collecte-CTG-P2A-2022-2025.zip`, named like the consolidation workbook. */
export function collectionArchiveName(plan: Pick<Plan, 'id'>): string {
  return `collecte-${slug(plan.id).toUpperCase()}.zip`;
}

export async function generateDownload(plan: Plan, request: GenerateRequest, control: TaskControl, context: FileContext): Promise<GeneratedSummary> {
  if (request.where !== 'download') throw new FileEffectError('not_available_here', generateEffectsWords[context.lang].notHere);
  const respondents = chosenRespondents(plan, request, context.lang);
  const choice = collectionChoice(plan, request, context.lang);
  const run = paneRun(context.now(), context.lang, control, control.progress);
  throwIfCancelled(run);
  const xlsx = await context.xlsx();

  // Rendered in memory, handed over at the end: a cancelled run downloads nothing.
  const written: Array<{ name: string; bytes: Uint8Array }> = [];
  const inMemory = async (spec: Parameters<typeof xlsx.renderCollection>[0], name: string) => {
    const bytes = await xlsx.renderCollection(spec);
    written.push({ name, bytes });
    return { file: name, bytes: bytes.length };
  };
  const files = generatedFiles(await generateCollections(plan, respondents, choice, inMemory, run));
  throwIfCancelled(run);

  const single = written.length === 1 ? written[0] : undefined;
  const output = single ?? { name: collectionArchiveName(plan), bytes: await xlsx.zip(written) };
  throwIfCancelled(run);
  await context.download(output.name, output.bytes, single !== undefined ? xlsxMime : zipMime);
  return summary(files, output, context.lang);
}

function summary(files: readonly GeneratedFile[], output: { name: string; bytes: Uint8Array }, lang: Lang): GeneratedSummary {
  const words = generateEffectsWords[lang];
  return {
    message: words.downloaded(files.length, output.name, formatFileSize(output.bytes.length, lang)),
    details: files.map((f) => words.fileLine(f.name, f.file, f.sheets, f.inputCells)),
    files: files.map((f) => ({ respondent: f.respondent, name: f.name, file: f.file, bytes: f.bytes, sheets: f.sheets, inputCells: f.inputCells })),
  };
}
