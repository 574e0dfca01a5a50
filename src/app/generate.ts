/**
 * Generate the collection workbooks of chosen respondents. The surfaces supply how a spec becomes
 * bytes and where bytes go; this workflow owns the sequence and the progress.
 */
import { buildCollectionWorkbook, type CollectionOptions, type Respondent } from '../collect';
import type { Plan } from '../plan/schema';
import type { WorkbookSpec } from '../workbook/spec';
import { collectionFileName } from './fileNames';

export type RenderSpec = (spec: WorkbookSpec) => Promise<Uint8Array>;
export type WriteFile = (fileName: string, bytes: Uint8Array) => Promise<string>;
export type Progress = (event: { done: number; total: number; label: string }) => void;

export type GeneratedFile = { respondent: string; name: string; file: string; bytes: number; sheets: number; inputCells: number };

export async function generateCollection(
  plan: Plan,
  respondents: Respondent[],
  options: CollectionOptions,
  ports: { render: RenderSpec; write: WriteFile; progress?: Progress },
): Promise<GeneratedFile[]> {
  const written: GeneratedFile[] = [];
  for (const [index, respondent] of respondents.entries()) {
    ports.progress?.({ done: index, total: respondents.length, label: respondent.name });
    const { spec, inputs } = buildCollectionWorkbook(plan, respondent, options);
    const bytes = await ports.render(spec);
    const file = await ports.write(collectionFileName(plan, respondent), bytes);
    written.push({
      respondent: respondent.code,
      name: respondent.name,
      file,
      bytes: bytes.length,
      sheets: spec.sheets.filter((s) => s.visibility === 'visible').length,
      inputCells: inputs.filter((c) => c.type !== 'comment').length,
    });
  }
  ports.progress?.({ done: respondents.length, total: respondents.length, label: '' });
  return written;
}
