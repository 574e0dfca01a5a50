/**
 * « Générer dans le classeur ouvert »: the use case `generateOneWorkbook` — the collection sheets
 * of the chosen respondents, each prefixed by its code, written into the open workbook in ONE
 * write (a constant number of round trips, however many respondents). A cancelled run writes
 * nothing: the write comes once all are built.
 */
import { generateOneWorkbook } from '../../app/generate';
import type { ExcelWorkbook } from '../../excel';
import type { Lang } from '../../i18n/lang';
import { generateEffectsWords } from '../../i18n/pane/generateEffects';
import type { Plan } from '../../plan/schema';
import { lowerFirst, writeOutcome } from './excelOutcome';
import { chosenRespondents, collectionChoice } from './generateRequest';
import { paneRun } from './paneRun';
import type { GeneratedSummary, GenerateRequest, TaskControl } from './types';

export async function generateInWorkbook(workbook: ExcelWorkbook, plan: Plan, request: GenerateRequest, control: TaskControl, now: string, lang: Lang): Promise<GeneratedSummary> {
  const words = generateEffectsWords[lang];
  const respondents = chosenRespondents(plan, request, lang);
  const choice = collectionChoice(plan, request, lang);
  // The use case's steps, worded: one per respondent (by name), then the write.
  const run = paneRun(now, lang, control, (step) =>
    control.progress?.({ ...step, label: step.done < respondents.length ? words.preparing(step.label) : step.done < step.total ? words.writing : '' }),
  );
  const intoWorkbook = (spec: Parameters<ExcelWorkbook['writeSpec']>[0]) => workbook.writeSpec(spec, { onModified: request.overwrite === true ? 'overwrite' : 'refuse' });
  const { collections, written: report } = await generateOneWorkbook(plan, respondents, choice, intoWorkbook, run);

  const written = writeOutcome(report, lang);
  return {
    message: words.inWorkbook(respondents.length, lowerFirst(written.message)),
    details: written.details,
    // No file here: `file` is where the respondent's sheets start (its « Lisez-moi »), in this workbook.
    files: collections.map(({ respondent, sheets, inputCells, placed }) => ({
      respondent: respondent.code,
      name: respondent.name,
      file: placed.find((s) => s.visibility === 'visible')?.to ?? '',
      bytes: 0,
      sheets,
      inputCells,
    })),
  };
}
