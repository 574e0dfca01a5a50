/**
 * « Préparer le bilan », in the standalone page and in Excel alike: the bilan (or the evaluation)
 * of the consolidation just made, written by the use case (src/app/bilan.ts) and downloaded as an
 * editable .docx. The Word writer is its own lazily loaded chunk (src/taskpane/docxChunk.ts).
 */
import { writeBilan } from '../../app/bilan';
import { throwIfCancelled } from '../../app/run';
import type { Consolidation } from '../../consolidate/types';
import { bilanPaneWords } from '../../i18n/pane/bilan';
import type { Plan } from '../../plan/schema';
import type { BilanRequest } from '../../report/bilan';
import type { Download } from './download';
import { formatFileSize } from './fileSize';
import { paneRun } from './paneRun';
import type { Outcome, TaskControl } from './types';
import type { Lang } from '../../i18n/lang';

export type BilanContext = { download: Download; now: () => string; lang: Lang };

export async function downloadBilan(plan: Plan, consolidation: Consolidation, request: BilanRequest, control: TaskControl, context: BilanContext): Promise<Outcome> {
  const words = bilanPaneWords[context.lang];
  const run = paneRun(context.now(), context.lang, control);
  const steps = 3;
  control.progress?.({ done: 0, total: steps, label: words.steps.building });
  const docx = await import(/* webpackChunkName: "docx" */ '../docxChunk');
  throwIfCancelled(run);
  const render = async (document: Parameters<typeof docx.renderBilan>[0]) => {
    control.progress?.({ done: 1, total: steps, label: words.steps.drawing });
    return docx.renderBilan(document);
  };
  const write = async (name: string, bytes: Uint8Array) => {
    control.progress?.({ done: 2, total: steps, label: words.steps.downloading });
    await context.download(name, bytes, docx.docxMime);
    control.progress?.({ done: steps, total: steps, label: '' });
    return name;
  };
  const done = await writeBilan(plan, consolidation, request, { render, write }, run);
  return { message: words.downloaded(done.written, formatFileSize(done.bytes, context.lang)), details: [words.edit] };
}
