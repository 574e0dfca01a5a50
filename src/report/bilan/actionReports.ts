/** An action's follow-up in one period, as its pilots reported it: state, account, difficulties. */
import type { ActionReport } from '../../consolidate/followUp';
import type { Action, Fiche } from '../../plan/schema';
import type { BilanContext } from './context';
import { heading, paragraph, type Block } from './model';

export function reportsOf(ctx: BilanContext, fiche: Fiche, action: Action, period: string): ActionReport[] {
  return ctx.followUp.actions.filter((r) => r.fiche === fiche.number && r.action === action.code && r.period === period);
}

/** « en cours » or « en cours (Caf) / réalisée (EPCI) » when the co-pilots differ; null without any report. */
export function stateText(ctx: BilanContext, reports: readonly ActionReport[]): string | null {
  if (reports.length === 0) return null;
  const w = ctx.words;
  const states = reports.map((r) => (r.state !== undefined ? w.state[r.state] : w.stateMissing));
  if (new Set(states).size === 1) return states[0]!;
  return reports.map((r, i) => `${states[i]} (${ctx.nameOf(r.respondent)})`).join(' / ');
}

export function actionBlocks(ctx: BilanContext, fiche: Fiche, action: Action, period: string): Block[] {
  const w = ctx.words;
  const blocks: Block[] = [heading(3, w.action(action.number, action.title))];
  if (action.start !== '') blocks.push(paragraph(w.start(action.start), 'note'));
  const reports = reportsOf(ctx, fiche, action, period);
  if (reports.length === 0) return [...blocks, paragraph(w.noInformation)];
  for (const r of reports) {
    blocks.push(paragraph(`${r.state !== undefined ? w.state[r.state] : w.stateMissing} (${w.reportedBy(ctx.nameOf(r.respondent))})`, 'lead'));
    if (r.account.trim() !== '') blocks.push(paragraph(w.account(r.account.trim())));
    if (r.difficulties.trim() !== '') blocks.push(paragraph(w.difficulties(r.difficulties.trim())));
  }
  return blocks;
}
