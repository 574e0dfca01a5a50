/**
 * The headline counts of a consolidation, as every summary tells them (« En bref », command line,
 * JSON, task pane): files by outcome, findings, and the expected respondents — the parties, the
 * signatory communes and whoever sent a return — by how complete their answers are.
 *
 * One count of findings: those of the returns whose values count (used, or quarantined until
 * corrected) are the ones the completeness matrix shows, respondent by respondent; those of a
 * return replaced by its corrected version, of a refused file or of a file attributed to nobody
 * are counted apart, by the file's outcome, never added in.
 */
import { countBySeverity, type Severity, type SeverityCounts } from '../returns/findings';
import type { Consolidation, FileOutcome, LinkedFinding } from './types';

export const fileOutcomes: readonly FileOutcome[] = ['used', 'superseded', 'quarantined', 'unconfirmed', 'refused', 'unattributed'];

/** Outcomes of the files whose findings are counted with the respondents' answers. */
export const countedOutcomes: ReadonlySet<FileOutcome> = new Set<FileOutcome>(['used', 'quarantined']);

/** Findings of the files of one outcome that are counted apart. */
export type FindingsApart = { outcome: Exclude<FileOutcome, 'used' | 'quarantined'>; files: number; counts: SeverityCounts };

/** How many files had one outcome. */
export type OutcomeCount = { outcome: FileOutcome; files: number };

/** Findings apart as a sentence tells them: only the severities that occur, errors first (« 2 erreurs dans le fichier remplacé »). */
export type FindingsApartTold = Omit<FindingsApart, 'counts'> & { severities: Array<{ severity: Severity; count: number }> };

export type ConsolidationFigures = {
  files: Record<FileOutcome, number>;
  /** The outcomes a summary tells, in `fileOutcomes` order: those that happened, the files used always (« 3 retenus, 1 refusé »). */
  outcomesTold: OutcomeCount[];
  findings: { counted: SeverityCounts; apart: FindingsApart[]; apartTold: FindingsApartTold[] };
  respondents: { expected: number; answered: number; partial: number; missing: number; excluded: number };
};

/** The outcome of the file each finding comes from (a finding of an unknown file counts with the others). */
export function outcomeOfFinding(c: Pick<Consolidation, 'files'>): (f: LinkedFinding) => FileOutcome {
  const outcomes = new Map(c.files.map((f) => [f.file, f.outcome]));
  return (f) => (f.finding.file !== null ? (outcomes.get(f.finding.file) ?? 'used') : 'used');
}

export function consolidationFigures(c: Consolidation): ConsolidationFigures {
  const files = { used: 0, superseded: 0, quarantined: 0, unconfirmed: 0, refused: 0, unattributed: 0 };
  for (const f of c.files) files[f.outcome]++;
  const outcomeOf = outcomeOfFinding(c);
  const counted = c.findings.filter((f) => countedOutcomes.has(outcomeOf(f)));
  const apart: FindingsApart[] = (['superseded', 'unconfirmed', 'refused', 'unattributed'] as const)
    .map((outcome) => {
      const own = c.findings.filter((f) => outcomeOf(f) === outcome);
      return { outcome, files: new Set(own.map((f) => f.finding.file)).size, counts: countBySeverity(own.map((f) => f.finding)) };
    })
    .filter((a) => a.files > 0);
  const expected = new Set(c.respondents.filter((r) => r.expected).map((r) => r.code));
  const mine = c.completeness.respondents.filter((r) => expected.has(r.respondent));
  const count = (status: string) => mine.filter((r) => r.status === status).length;
  return {
    files,
    outcomesTold: fileOutcomes.filter((o) => files[o] > 0 || o === 'used').map((outcome) => ({ outcome, files: files[outcome] })),
    findings: { counted: countBySeverity(counted.map((f) => f.finding)), apart, apartTold: apart.map(toldApart) },
    respondents: { expected: mine.length, answered: count('answered'), partial: count('partial'), missing: count('missing'), excluded: count('excluded') },
  };
}

const severityOrder: readonly Severity[] = ['error', 'warning', 'info'];

function toldApart({ counts, ...apart }: FindingsApart): FindingsApartTold {
  return { ...apart, severities: severityOrder.filter((severity) => counts[severity] > 0).map((severity) => ({ severity, count: counts[severity] })) };
}
