/** Simulated returns of the embedded plan as files, for the campaign's tests. */
import { collectionFileName } from '../../src/app/fileNames';
import { respondentsOf } from '../../src/collect';
import { simulateReturn } from '../../src/demo';
import type { AnomalyKind } from '../../src/demo/anomalies';
import { defaultPlan } from '../../src/plan';
import { renderSpec } from '../../src/xlsx/renderSpec';

export const plan = defaultPlan();

export type Simulated = { code: string; seed: number; generatedAt: string; anomalies?: AnomalyKind[]; completeness?: 'full' | 'partial' };

/** The return of `code` as its file name and bytes (a different seed gives different values). */
export async function returnFile(s: Simulated): Promise<{ fileName: string; bytes: Uint8Array }> {
  const respondent = respondentsOf(plan).find((r) => r.code === s.code)!;
  const { spec } = simulateReturn(plan, respondent, { seed: s.seed, now: s.generatedAt, completeness: s.completeness ?? 'full', anomalies: s.anomalies ?? [] });
  return { fileName: collectionFileName(plan, respondent), bytes: await renderSpec(spec) };
}
