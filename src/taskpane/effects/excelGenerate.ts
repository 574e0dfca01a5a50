/**
 * « Générer dans le classeur ouvert »: the collection sheets of the chosen respondents, each
 * prefixed by its code, written into the open workbook in ONE write (a constant number of round
 * trips, however many respondents). Built respondent by respondent — progress, and a stop
 * between two of them — and written only once all are built: a cancelled run writes nothing.
 */
import { collectionPart, mergeCollections, type CollectionPart } from '../../collect';
import type { ExcelWorkbook } from '../../excel';
import type { Plan } from '../../plan/schema';
import { plural, writeOutcome } from './excelOutcome';
import { chosenRespondents, collectionOptions } from './generateRequest';
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
  const report = await workbook.writeSpec(merged.spec, { onModified: request.overwrite === true ? 'overwrite' : 'refuse' });
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

