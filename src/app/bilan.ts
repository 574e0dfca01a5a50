/**
 * Prepare the bilan: from a consolidation (or from returns, consolidated on the way), the document
 * model of the COPIL's bilan or of the convention's evaluation, rendered by the surface's port (the
 * docx adapter with resvg in Node, with the canvas in the pane) and handed to its writer. The use
 * case behind `ctg bilan`, the demo and the pane's « Préparer le bilan ».
 */
import { consolidate } from '../consolidate/consolidate';
import type { Consolidation } from '../consolidate/types';
import type { Plan } from '../plan/schema';
import { buildBilan, conventionSpan, lastEndedPeriod, reportedFiches, type BilanDocument, type BilanRequest } from '../report/bilan';
import type { ReturnResult } from '../returns/result';
import { checkReturnsOrCampaign, type CampaignReader, type CheckedOrCampaign } from './campaign';
import { checkReturns } from './checkReturns';
import { consolidationOptions, returnInputs, type ConsolidationChoice } from './consolidate';
import { slug } from './fileNames';
import type { ReturnReader, ReturnSource } from './returnSource';
import { throwIfCancelled, type RunContext } from './run';

export type RenderBilan = (document: BilanDocument) => Promise<Uint8Array>;
export type BilanPorts<W> = { render: RenderBilan; write: (name: string, bytes: Uint8Array) => Promise<W> };

/** `bilan-CTG-P2A-2024.docx`, `evaluation-CTG-P2A-2022-2025.docx`: the plan's id without its years, then the document's. */
export function bilanFileName(plan: Pick<Plan, 'id' | 'periods'>, request: BilanRequest): string {
  const span = conventionSpan(plan.periods);
  const years = `${span.first}-${span.last}`;
  const id = slug(plan.id).toUpperCase();
  const stem = id.endsWith(`-${years}`) ? id.slice(0, -years.length - 1) : id;
  return request.kind === 'annual' ? `bilan-${stem}-${slug(request.period)}.docx` : `evaluation-${stem}-${years}.docx`;
}

/** The year a bilan is written for when none is named: the last period ended by the run's as-of date. */
export function defaultBilanPeriod(plan: Pick<Plan, 'periods'>, run: Pick<RunContext, 'asOf'>): string {
  return lastEndedPeriod(plan.periods, run.asOf);
}

export type WrittenBilan<W> = { document: BilanDocument; written: W; bytes: number };

export async function writeBilan<W>(plan: Plan, consolidation: Consolidation, request: BilanRequest, ports: BilanPorts<W>, run: RunContext): Promise<WrittenBilan<W>> {
  throwIfCancelled(run);
  const document = buildBilan({ plan, consolidation, followUp: consolidation.followUp, lang: run.lang, preparedOn: run.now }, request);
  const bytes = await ports.render(document);
  throwIfCancelled(run);
  return { document, written: await ports.write(bilanFileName(plan, request), bytes), bytes: bytes.length };
}

/** Returns read and checked one at a time, consolidated (no workbook written), then the bilan. */
export async function bilanFromSources<W>(
  plan: Plan,
  sources: readonly ReturnSource[],
  ports: BilanPorts<W> & { reader: ReturnReader; campaign?: CampaignReader },
  run: RunContext,
  request: BilanRequest,
  choice: ConsolidationChoice = {},
): Promise<WrittenBilan<W> & { consolidation: Consolidation; results: ReturnResult[] }> {
  // A consolidation among the inputs is the campaign so far (its « Données », « Historique » and
  // ledger), with any returns given beside it taken in as `ctg consolidate --into` would.
  const all: CheckedOrCampaign[] =
    ports.campaign !== undefined
      ? await checkReturnsOrCampaign(plan, sources, { returns: ports.reader, campaign: ports.campaign }, run)
      : await checkReturns(plan, sources, ports.reader, run, 'drop');
  const earlier = all.find((c) => c.campaign !== undefined)?.campaign?.earlier;
  const checked = all.filter((c) => c.campaign === undefined);
  const options = { ...consolidationOptions(run, choice), ...(earlier !== undefined ? { earlier } : {}) };
  const consolidation = consolidate(plan, returnInputs(checked, checked.map((c) => c.result), run.now), options);
  return { ...(await writeBilan(plan, consolidation, request, ports, run)), consolidation, results: checked.map((c) => c.result) };
}

/** The `--json` summary of `ctg bilan`. */
export type BilanJson = {
  plan: { id: string; version: string };
  kind: BilanRequest['kind'];
  period: string | null;
  output: string;
  bytes: number;
  files: number;
  headings: number;
  tables: number;
  charts: number;
  fiches: string[];
};

export function bilanJson(plan: Plan, request: BilanRequest, done: { document: BilanDocument; bytes: number; results: readonly ReturnResult[] }, output: string): BilanJson {
  const count = (kind: string) => done.document.blocks.filter((b) => b.kind === kind).length;
  return {
    plan: { id: plan.id, version: plan.version },
    kind: request.kind,
    period: request.kind === 'annual' ? request.period : null,
    output,
    bytes: done.bytes,
    files: done.results.length,
    headings: count('heading'),
    tables: count('table'),
    charts: count('chart'),
    fiches: reportedFiches(plan).map((f) => f.number),
  };
}
