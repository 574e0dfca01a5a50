/**
 * Which values are current: every file is attributed to a respondent of the plan (or not), a
 * file whose name or sheets name another respondent than its `_ctg` is set apart until the
 * adviser confirms it, a return with errors is kept or quarantined as the adviser chose, and
 * where a respondent sent several returns the newest one holding a cell wins it (recency.ts:
 * trusted generation date, file date, import order). Replaced values go to the history with
 * their source and the value that replaced them, and each file says which return replaced it
 * and why: nothing is lost, nothing replaced silently.
 */
import { respondentsOf, type Respondent } from '../collect/respondents';
import type { Plan } from '../plan/schema';
import { baseName } from '../returns/fileName';
import { countBySeverity } from '../returns/findings';
import { planEpoch, trustedInstant } from '../returns/instant';
import {
  defaultErrorPolicy,
  type ConsolidateOptions,
  type FileIdentity,
  type FileOutcome,
  type FileSummary,
  type HistoryEntry,
  type RespondentComment,
  type RespondentValue,
  type ReturnInput,
  type Source,
} from './types';
import { flagIndex, flagOf } from './flags';
import { valueKey } from './keys';
import { compareRecency, explainRecency, newestFirst } from './recency';

export type Selection = {
  /** The earlier consolidation's files first, then one per input, in the inputs' order. */
  files: FileSummary[];
  /** The respondent each file was attributed to (null: none). */
  attributed: Array<string | null>;
  /** Current values by `valueKey`. */
  current: Map<string, RespondentValue>;
  history: HistoryEntry[];
  comments: RespondentComment[];
  /** Respondents with a quarantined return. */
  quarantined: Set<string>;
};

/** A return is identified by its file, its template's generation and its file date. */
const originOf = (s: Pick<Source, 'file' | 'generatedAt' | 'fileDate'>) => `${s.file}\u0000${s.generatedAt ?? ''}\u0000${s.fileDate ?? ''}`;

function attribute(input: ReturnInput, plan: Plan, known: Map<string, Respondent>): string | null {
  const submission = input.result.submission;
  const code = submission?.identity.respondent?.code;
  if (submission === null || code === undefined || submission.identity.planId !== plan.id) return null;
  return known.has(code) ? code : null;
}

/** Do the file's parts agree on who sent it, and if not, did the adviser confirm it? */
function identityOf(input: ReturnInput, respondent: string | null, confirmed: ReadonlySet<string>, known: ReadonlyMap<string, Respondent>): FileIdentity {
  const disagreements = input.result.submission?.identity.disagreements ?? [];
  if (respondent === null || disagreements.length === 0) return { status: 'agreed' };
  // Confirmed by name, with or without its folder (the command line names files as the adviser typed them).
  const isConfirmed = confirmed.has(input.result.file) || confirmed.has(baseName(input.result.file));
  return { status: isConfirmed ? 'confirmed' : 'unconfirmed', claimed: respondent, claimedName: known.get(respondent)?.name ?? '', disagreements };
}

function outcomeBefore(input: ReturnInput, respondent: string | null, identity: FileIdentity, policy: ConsolidateOptions['errors']): FileOutcome {
  if (input.result.status === 'refused' || input.result.submission === null) return 'refused';
  if (respondent === null) return 'unattributed';
  if (identity.status === 'unconfirmed') return 'unconfirmed';
  // Once the adviser confirmed the identity, the disagreement itself is no longer an error to quarantine for.
  const errors = input.result.findings.some((f) => f.severity === 'error' && !(identity.status === 'confirmed' && f.code === 'respondent_mismatch'));
  if (errors && policy === 'quarantine') return 'quarantined';
  return 'used';
}

/** The dates of a return we can trust for ordering it (recency.ts), or null. */
function trustedDates(input: ReturnInput, plan: Plan, now: string): { generatedAt: string | null; fileDate: string | null } {
  return {
    generatedAt: trustedInstant(input.result.submission?.identity.generatedAt, { now, notBefore: planEpoch(plan) }),
    fileDate: trustedInstant(input.fileDate, { now }),
  };
}

export function selectSources(plan: Plan, inputs: readonly ReturnInput[], options: ConsolidateOptions): Selection {
  const known = new Map(respondentsOf(plan).map((r) => [r.code, r]));
  const policy = options.errors ?? defaultErrorPolicy;
  const confirmed = new Set(options.confirmedIdentity ?? []);
  const claimed = inputs.map((input) => attribute(input, plan, known));
  const identities = inputs.map((input, i) => identityOf(input, claimed[i] ?? null, confirmed, known));
  // A file set apart is attributed to nobody until confirmed: its respondent does not even count as having answered.
  const attributed = claimed.map((code, i) => (identities[i]!.status === 'unconfirmed' ? null : code));
  const dates = inputs.map((input) => trustedDates(input, plan, options.now));
  const files: FileSummary[] = inputs.map((input, order) => ({
    file: input.result.file,
    respondent: attributed[order] ?? null,
    status: input.result.status,
    outcome: outcomeBefore(input, claimed[order] ?? null, identities[order]!, policy),
    counts: countBySeverity(input.result.findings),
    version: null,
    generatedAt: dates[order]!.generatedAt,
    fileDate: dates[order]!.fileDate,
    importedAt: input.importedAt,
    valuesUsed: 0,
    valuesReplaced: 0,
    identity: identities[order]!,
    replacedBy: [],
    ...(input.hash !== undefined ? { hash: input.hash } : {}),
    template: templateOf(input),
  }));
  // Files an earlier consolidation took in come first, copied: a new return may still take their values.
  const earlierFiles = (options.earlier?.files ?? []).map((f) => ({ ...f, replacedBy: f.replacedBy.map((r) => ({ ...r })) }));
  const earlierFileOf = new Map(earlierFiles.map((f) => [`${f.file}\u0000${f.version ?? ''}`, f]));
  const carriedFile = (v: RespondentValue) => earlierFileOf.get(`${v.source.file}\u0000${v.source.version}`);
  const quarantined = new Set([...earlierFiles, ...files].filter((f) => f.outcome === 'quarantined').map((f) => f.respondent as string));

  const sources = assignVersions(inputs, files, dates, options.earlier?.values ?? [], earlierFiles);
  const candidates = new Map<string, Array<{ value: RespondentValue; file: number | null }>>();
  const add = (value: RespondentValue, file: number | null) => {
    const key = valueKey(value.respondent, value.code, value.period, value.member);
    const list = candidates.get(key);
    if (list === undefined) candidates.set(key, [{ value, file }]);
    else list.push({ value, file });
  };
  for (const value of options.earlier?.values ?? []) add(value, null);
  const comments = new Map<string, RespondentComment>();
  for (const c of options.earlier?.comments ?? []) comments.set(valueKey(c.respondent, c.code, '', c.member), c);
  inputs.forEach((input, i) => {
    const source = sources[i];
    const submission = input.result.submission;
    if (source === undefined || submission === null) return;
    const respondent = attributed[i] as string;
    const flags = flagIndex(source.file, input.result.findings);
    for (const entry of submission.entries) {
      add(
        {
          respondent,
          code: entry.code,
          period: entry.period,
          member: entry.member,
          state: entry.state,
          value: entry.value,
          raw: entry.raw,
          source: { ...source, sheet: entry.where?.sheet ?? null, cell: entry.where?.cell ?? null },
          flag: flagOf(flags, source.file, entry.where, entry.code, entry.period, entry.member),
        },
        i,
      );
    }
    for (const c of submission.comments) {
      const key = valueKey(respondent, c.code, '', c.member);
      const comment: RespondentComment = { respondent, code: c.code, member: c.member, text: c.text, source: { ...source, sheet: c.where.sheet, cell: c.where.cell } };
      const before = comments.get(key);
      if (before === undefined || compareRecency(comment.source, before.source) >= 0) comments.set(key, comment);
    }
  });

  const current = new Map<string, RespondentValue>();
  const history: HistoryEntry[] = [...(options.earlier?.history ?? [])];
  for (const [key, list] of candidates) {
    const [winner, ...older] = newestFirst(list.map((c) => ({ ...c, source: c.value.source })));
    if (winner === undefined) continue;
    current.set(key, winner.value);
    if (winner.file !== null) files[winner.file]!.valuesUsed++;
    for (const loser of older) {
      const summary = loser.file !== null ? files[loser.file] : carriedFile(loser.value);
      // A carried value was counted as used by its file when the earlier consolidation was made.
      if (loser.file === null && summary !== undefined) summary.valuesUsed--;
      if (summary !== undefined) {
        summary.valuesReplaced++;
        noteReplacement(summary, winner.value.source, loser.value.source);
      }
      if (loser.value.state === 'empty' || originOf(loser.value.source) === originOf(winner.value.source)) continue;
      const { respondent, code, period, member, state, value, raw, source } = loser.value;
      const by = winner.value;
      history.push({
        respondent,
        code,
        period,
        member,
        state,
        value,
        raw,
        source,
        replacedBy: { file: by.source.file, version: by.source.version, state: by.state, value: by.value, raw: by.raw },
      });
    }
  }
  files.forEach((f, i) => (f.version = sources[i]?.version ?? null));
  const all = [...earlierFiles, ...files];
  for (const f of all) if (f.outcome === 'used' && f.valuesUsed === 0 && f.valuesReplaced > 0) f.outcome = 'superseded';
  return { files: all, attributed, current, history, comments: [...comments.values()], quarantined };
}

function templateOf(input: ReturnInput): FileSummary['template'] {
  const identity = input.result.submission?.identity;
  if (identity === undefined || identity.source !== 'manifest') return null;
  return { planId: identity.planId, planVersion: identity.planVersion, respondent: identity.respondent?.code ?? null, generatedAt: identity.generatedAt };
}

/**
 * Versions count a respondent's returns in order (1 for the first). A file already known to the
 * earlier consolidation keeps its number; new ones follow the highest known.
 */
/** One more value of `loser` taken by the return of `by`: counted under that return, with why it is newer. */
function noteReplacement(loser: FileSummary, by: Source, lost: Source): void {
  if (by.file === loser.file && by.order === lost.order) return;
  const known = loser.replacedBy.find((r) => r.file === by.file && r.version === by.version);
  if (known !== undefined) known.values++;
  else loser.replacedBy.push({ file: by.file, version: by.version, values: 1, reason: explainRecency(by, lost) });
}

function assignVersions(
  inputs: readonly ReturnInput[],
  files: readonly FileSummary[],
  dates: ReadonlyArray<{ generatedAt: string | null; fileDate: string | null }>,
  earlier: readonly RespondentValue[],
  earlierFiles: readonly FileSummary[],
): Array<Source | undefined> {
  const knownVersions = new Map<string, number>();
  const highest = new Map<string, number>();
  for (const v of earlier) {
    knownVersions.set(originOf(v.source), v.source.version);
    highest.set(v.respondent, Math.max(highest.get(v.respondent) ?? 0, v.source.version));
  }
  // A file taken in earlier whose values are all replaced (or set apart) still holds its number.
  for (const f of earlierFiles) if (f.respondent !== null && f.version !== null) highest.set(f.respondent, Math.max(highest.get(f.respondent) ?? 0, f.version));
  const sources: Array<Source | undefined> = inputs.map((input, order) =>
    files[order]!.outcome === 'used'
      ? {
          file: input.result.file,
          sheet: null,
          cell: null,
          version: 0,
          generatedAt: dates[order]!.generatedAt,
          fileDate: dates[order]!.fileDate,
          importedAt: input.importedAt,
          order,
        }
      : undefined,
  );
  const byRespondent = new Map<string, Source[]>();
  sources.forEach((s, i) => {
    if (s === undefined) return;
    const respondent = files[i]!.respondent as string;
    byRespondent.set(respondent, [...(byRespondent.get(respondent) ?? []), s]);
  });
  for (const [respondent, list] of byRespondent) {
    let next = highest.get(respondent) ?? 0;
    for (const source of [...list].sort(compareRecency)) source.version = knownVersions.get(originOf(source)) ?? ++next;
  }
  return sources;
}
