/**
 * Generate: the collection workbooks of the chosen respondents, built one respondent at a time
 * (progress, and « Annuler » heard between two of them), then handed to a sink — one workbook per
 * respondent (`ctg generate`, the pane's download), or all of them in ONE workbook (the open
 * workbook: one write, a constant number of round trips; nothing written when the run is
 * cancelled). The use case behind both surfaces; they choose the respondents and word the result.
 */
import { collectionPart, mergeCollections, type CollectionOptions, type CollectionPart, type MergedRespondent, type Respondent } from '../collect';
import type { Plan } from '../plan/schema';
import { collectionFileName, slug } from './fileNames';
import { pause, throwIfCancelled, type RunContext } from './run';
import type { WorkbookSink, WrittenFile } from './workbookSink';

export type { Progress } from './run';

/** What the adviser asks of the workbooks beyond who receives them (the run gives the time of generation). */
export type CollectionChoice = Omit<CollectionOptions, 'now'>;

/** One respondent's workbook, whatever the sink: its visible sheets and the cells it asks to fill. */
export type GeneratedCollection = { respondent: Respondent; sheets: number; inputCells: number };

/** `collecte-CTG-P2A-2022-2025.xlsx`: the name of every respondent's sheets in one workbook. */
export function mergedCollectionFileName(plan: Pick<Plan, 'id'>): string {
  return `collecte-${slug(plan.id).toUpperCase()}.xlsx`;
}

/** One workbook per respondent, each handed to the sink under its own file name as soon as it is built. */
export async function generateCollections<W>(plan: Plan, respondents: readonly Respondent[], choice: CollectionChoice, sink: WorkbookSink<W>, run: RunContext): Promise<Array<GeneratedCollection & { written: W }>> {
  const written: Array<GeneratedCollection & { written: W }> = [];
  await eachPart(plan, respondents, choice, run, respondents.length, async (part) => {
    written.push({ ...generated(part), written: await sink(part.spec, collectionFileName(plan, part.respondent)) });
  });
  run.progress?.({ done: respondents.length, total: respondents.length, label: '' });
  return written;
}

/** Every respondent's sheets, prefixed by its code, in one workbook handed to the sink once all are built. */
export async function generateOneWorkbook<W>(
  plan: Plan,
  respondents: readonly Respondent[],
  choice: CollectionChoice,
  sink: WorkbookSink<W>,
  run: RunContext,
): Promise<{ collections: Array<GeneratedCollection & { placed: MergedRespondent['sheets'] }>; written: W }> {
  // One step per respondent, then the write.
  const total = respondents.length + 1;
  const parts: CollectionPart[] = [];
  await eachPart(plan, respondents, choice, run, total, async (part) => void parts.push(part));
  const merged = mergeCollections(plan, parts, { now: run.now });
  throwIfCancelled(run);
  run.progress?.({ done: respondents.length, total, label: '' });
  const written = await sink(merged.spec, mergedCollectionFileName(plan));
  run.progress?.({ done: total, total, label: '' });
  const placed = new Map(merged.respondents.map((m) => [m.respondent.code, m.sheets]));
  return { collections: parts.map((part) => ({ ...generated(part), placed: placed.get(part.respondent.code) ?? [] })), written };
}

/** As `ctg generate --json` prints each file. */
export type GeneratedFile = { respondent: string; name: string; file: string; bytes: number; sheets: number; inputCells: number };

export function generatedFiles(collections: ReadonlyArray<GeneratedCollection & { written: WrittenFile }>): GeneratedFile[] {
  return collections.map((c) => ({ respondent: c.respondent.code, name: c.respondent.name, file: c.written.file, bytes: c.written.bytes, sheets: c.sheets, inputCells: c.inputCells }));
}

async function eachPart(plan: Plan, respondents: readonly Respondent[], choice: CollectionChoice, run: RunContext, total: number, use: (part: CollectionPart) => Promise<void>): Promise<void> {
  const options: CollectionOptions = { ...choice, now: run.now };
  for (const [index, respondent] of respondents.entries()) {
    run.progress?.({ done: index, total, label: respondent.name });
    // Building a respondent is synchronous: the page repaints and hears « Annuler » before each.
    await pause();
    throwIfCancelled(run);
    await use(collectionPart(plan, respondent, options));
  }
}

function generated(part: CollectionPart): GeneratedCollection {
  return {
    respondent: part.respondent,
    sheets: part.spec.sheets.filter((s) => s.visibility === 'visible').length,
    inputCells: part.inputs.filter((c) => c.type !== 'comment').length,
  };
}
