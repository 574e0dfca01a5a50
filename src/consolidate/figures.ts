/**
 * The headline counts of a consolidation, as every summary tells them (command line, task pane):
 * files by outcome, and the expected respondents — the parties, the signatory communes and
 * whoever sent a return — by how complete their answers are.
 */
import type { Consolidation, FileOutcome } from './types';

export const fileOutcomes: readonly FileOutcome[] = ['used', 'superseded', 'quarantined', 'unconfirmed', 'refused', 'unattributed'];

export type ConsolidationFigures = {
  files: Record<FileOutcome, number>;
  respondents: { expected: number; answered: number; partial: number; missing: number; excluded: number };
};

export function consolidationFigures(c: Consolidation): ConsolidationFigures {
  const files = { used: 0, superseded: 0, quarantined: 0, unconfirmed: 0, refused: 0, unattributed: 0 };
  for (const f of c.files) files[f.outcome]++;
  const expected = new Set(c.respondents.filter((r) => r.expected).map((r) => r.code));
  const mine = c.completeness.respondents.filter((r) => expected.has(r.respondent));
  const count = (status: string) => mine.filter((r) => r.status === status).length;
  return {
    files,
    respondents: { expected: mine.length, answered: count('answered'), partial: count('partial'), missing: count('missing'), excluded: count('excluded') },
  };
}
