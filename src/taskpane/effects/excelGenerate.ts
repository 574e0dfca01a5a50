/**
 * « Générer dans le classeur ouvert »: the collection sheets of the chosen respondents, each
 * prefixed by its code, written into the open workbook in ONE write (a constant number of round
 * trips, however many respondents). Built respondent by respondent — progress, and a stop
 * between two of them — and written only once all are built: a cancelled run writes nothing.
 */
import { collectionPart, mergeCollections, type CollectionPart } from '../../collect';
import type { ExcelWorkbook } from '../../excel';
import type { Lang } from '../../i18n/lang';
import { generateEffectsWords } from '../../i18n/pane/generateEffects';
import type { Plan } from '../../plan/schema';
import { lowerFirst, writeOutcome } from './excelOutcome';
import { chosenRespondents, collectionOptions } from './generateRequest';
import { throwIfCancelled, type GeneratedSummary, type GenerateRequest, type TaskControl } from './types';

/** Lets the pane repaint the progress and hear « Annuler » (building a respondent is synchronous). */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function generateInWorkbook(workbook: ExcelWorkbook, plan: Plan, request: GenerateRequest, control: TaskControl, now: string, lang: Lang): Promise<GeneratedSummary> {
  const words = generateEffectsWords[lang];
  const respondents = chosenRespondents(plan, request, lang);
  const options = collectionOptions(plan, request, now, lang);
  // Steps: one per respondent, then the write.
  const total = respondents.length + 1;
  const parts: CollectionPart[] = [];
  for (const [index, respondent] of respondents.entries()) {
    control.progress?.({ done: index, total, label: words.preparing(respondent.name) });
    await breathe();
    throwIfCancelled(control.signal);
    parts.push(collectionPart(plan, respondent, options));
  }
  const merged = mergeCollections(plan, parts, { now });
  throwIfCancelled(control.signal);
  control.progress?.({ done: respondents.length, total, label: words.writing });
  const report = await workbook.writeSpec(merged.spec, { onModified: request.overwrite === true ? 'overwrite' : 'refuse' });
  control.progress?.({ done: total, total, label: '' });

  const written = writeOutcome(report, lang);
  return {
    message: words.inWorkbook(respondents.length, lowerFirst(written.message)),
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

