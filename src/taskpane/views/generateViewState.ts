/**
 * The state of the « Générer » view: who receives a collection workbook (the campaign's expected
 * respondents by default, all, the signatories, or a hand-picked list), which periods, the return deadline and, inside Excel, where the workbooks
 * go. Initialised from the adviser's preferences, which are handed back when they generate.
 */
import { useCallback, useMemo, useState } from 'react';
import { formatDeadline, parseDeadline } from '../../app/deadline';
import { respondentsOf, selectRespondents, type Respondent, type RespondentSelection } from '../../collect/respondents';
import { generateViewWords } from '../../i18n/pane/generateView';
import type { Plan } from '../../plan/schema';
import type { GeneratedSummary, GenerateRequest, Preferences, Where } from '../effects/types';
import { isSheetModified } from '../task/isSheetModified';
import { useTask } from '../task/useTask';
import type { GenerateViewProps } from './viewProps';

export type RespondentMode = RespondentSelection['kind'];

/** Lower case, without accents, hyphens and apostrophes as spaces: « chateau arnoux » finds « Château-Arnoux-Saint-Auban ». */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[-'’\s]+/g, ' ')
    .trim();
}

export function matchesSearch(respondent: Respondent, search: string): boolean {
  const key = searchKey(search);
  return key === '' || searchKey(respondent.name).includes(key) || respondent.code.toLowerCase().startsWith(key);
}

/** The hand-picked list's groups, in this order; the Caf and the EPCI together. */
export type RespondentGroupKey = 'parties' | 'partners' | 'communes';

/** Respondents in the plan's order, grouped: the Caf and the EPCI, the partners, the communes. Empty groups are left out. */
export function groupRespondents(respondents: readonly Respondent[]): Array<{ key: RespondentGroupKey; respondents: Respondent[] }> {
  const keyOf = (r: Respondent): RespondentGroupKey => (r.kind === 'commune' ? 'communes' : r.kind === 'partner' ? 'partners' : 'parties');
  const order: RespondentGroupKey[] = ['parties', 'partners', 'communes'];
  return order.map((key) => ({ key, respondents: respondents.filter((r) => keyOf(r) === key) })).filter((g) => g.respondents.length > 0);
}

/** How many facilities of the plan each respondent runs (a partner of Annexe 2 shows its own). */
export function facilitiesByManager(plan: Plan): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const facility of plan.territory.facilities) {
    if (facility.manager !== undefined) counts.set(facility.manager, (counts.get(facility.manager) ?? 0) + 1);
  }
  return counts;
}

/** The form as first shown: the preferences, kept to what the plan has (all its periods when none is left). */
export function initialForm(plan: Plan, preferences: Preferences) {
  const known = new Set(respondentsOf(plan).map((r) => r.code));
  const periodIds = plan.periods.map((p) => p.id);
  const periods = periodIds.filter((id) => preferences.periods.includes(id));
  return {
    mode: preferences.selection,
    codes: preferences.codes.filter((code) => known.has(code)),
    periods: periods.length > 0 ? periods : periodIds,
    /** As typed, JJ/MM/AAAA: a date field would follow the browser's locale (mm/dd/yyyy in an English one). */
    deadlineText: formatDeadline(preferences.deadline),
  };
}

/** The deadline typed: none, a day (ISO), or a text that is not one (said, and nothing is generated). */
export type DeadlineReading = { kind: 'none' } | { kind: 'day'; iso: string } | { kind: 'invalid' };

export function readDeadline(text: string): DeadlineReading {
  if (text.trim() === '') return { kind: 'none' };
  const iso = parseDeadline(text);
  return iso !== undefined ? { kind: 'day', iso } : { kind: 'invalid' };
}

const deadlineIso = (reading: DeadlineReading) => (reading.kind === 'day' ? reading.iso : '');

export function useGenerateViewState({ effects, plan, preferences, onPreferences }: GenerateViewProps) {
  const words = generateViewWords[effects.lang];
  const respondents = useMemo(() => respondentsOf(plan), [plan]);

  const [form, setForm] = useState(() => ({ plan, ...initialForm(plan, preferences) }));
  // Another plan (imported meanwhile): keep what still applies to it.
  if (form.plan !== plan) setForm({ plan, ...initialForm(plan, { ...preferences, selection: form.mode, codes: form.codes, periods: form.periods, deadline: '' }), deadlineText: form.deadlineText });
  const deadline = readDeadline(form.deadlineText);

  const [search, setSearch] = useState('');
  const [where, setWhere] = useState<Where>('download');
  const task = useTask<GeneratedSummary>();
  const { run } = task;

  const picked = useMemo(() => new Set(form.codes), [form.codes]);
  /** In the plan's order, whatever the order they were ticked in. */
  const pickedCodes = useMemo(() => respondents.filter((r) => picked.has(r.code)).map((r) => r.code), [picked, respondents]);
  const selection: RespondentSelection = form.mode === 'codes' ? { kind: 'codes', codes: pickedCodes } : { kind: form.mode };
  const selected = selectRespondents(plan, selection);
  const count = selected.ok ? selected.respondents.length : 0;
  const countOf = (kind: 'expected' | 'signatories') => {
    const chosen = selectRespondents(plan, { kind });
    return chosen.ok ? chosen.respondents.length : 0;
  };
  const periods = plan.periods.filter((p) => form.periods.includes(p.id)).map((p) => p.id);
  const shown = useMemo(() => respondents.filter((r) => matchesSearch(r, search)), [respondents, search]);
  const shownGroups = useMemo(() => groupRespondents(shown), [shown]);
  const facilities = useMemo(() => facilitiesByManager(plan), [plan]);
  const target: Where = effects.surface === 'excel' ? where : 'download';

  const running = task.state.kind === 'running';
  const blocked = count === 0 ? words.noRespondent : periods.length === 0 ? words.noPeriod : deadline.kind === 'invalid' ? words.badDeadline : null;

  const setMode = useCallback((mode: RespondentMode) => setForm((f) => ({ ...f, mode })), []);
  const togglePicked = useCallback(
    (code: string, on: boolean) => setForm((f) => ({ ...f, codes: on ? (f.codes.includes(code) ? f.codes : [...f.codes, code]) : f.codes.filter((c) => c !== code) })),
    [],
  );
  const clearPicked = useCallback(() => setForm((f) => ({ ...f, codes: [] })), []);
  const togglePeriod = useCallback(
    (id: string, on: boolean) => setForm((f) => ({ ...f, periods: on ? (f.periods.includes(id) ? f.periods : [...f.periods, id]) : f.periods.filter((p) => p !== id) })),
    [],
  );
  const setDeadline = useCallback((deadlineText: string) => setForm((f) => ({ ...f, deadlineText })), []);

  /** `overwrite`: the adviser confirmed replacing sheets they changed by hand (Excel). */
  const generate = async (overwrite = false) => {
    if (blocked !== null || running) return;
    const request: GenerateRequest = { selection, periods, deadline: deadlineIso(deadline), where: target, ...(overwrite ? { overwrite: true } : {}) };
    onPreferences({ ...preferences, selection: form.mode, codes: pickedCodes, periods, deadline: deadlineIso(deadline) });
    await run(words.running(count), (control) => effects.generate(plan, request, control));
  };

  return {
    words,
    plan,
    mode: form.mode,
    setMode,
    counts: { expected: countOf('expected'), all: respondents.length, signatories: countOf('signatories'), selected: count, picked: pickedCodes.length },
    search,
    setSearch,
    shown,
    shownGroups,
    facilities,
    picked,
    togglePicked,
    clearPicked,
    periods: form.periods,
    togglePeriod,
    deadlineText: form.deadlineText,
    deadlineInvalid: deadline.kind === 'invalid',
    setDeadline,
    chooseWhere: effects.surface === 'excel',
    where: target,
    setWhere,
    blocked,
    running,
    task,
    generate,
    /** The last write into the workbook was refused over sheets changed by hand: offer to replace them. */
    canOverwrite: target === 'workbook' && task.state.kind === 'failed' && isSheetModified(task.state.error),
  };
}

export type GenerateViewState = ReturnType<typeof useGenerateViewState>;
