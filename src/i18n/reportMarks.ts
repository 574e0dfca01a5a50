/**
 * The words of a figure's marks (src/consolidate/marks.ts) and of its constant-scope evolution,
 * the same in « Synthèse », the fiche tabs, the charts' titles, the command line and the pane.
 * French for the advisers; English second.
 */
import type { FigureMark } from '../consolidate/marks';
import type { FlaggedValue } from '../consolidate/types';
import type { Lang } from './lang';

/** How to name a period and a respondent where the mark is shown. */
export type MarkContext = { period: (id: string) => string; respondent: (code: string) => string };

const s = (n: number) => (n > 1 ? 's' : '');

type MarkWords = {
  short: Record<FigureMark['kind'], string>;
  scopeChanged: (previous: number, previousPeriod: string, current: number, period: string, both: number) => string;
  flagged: (count: number, period: string, who: string) => string;
  severity: Record<FlaggedValue['severity'], string>;
  respondents: (n: number) => string;
  constantScope: (both: number) => string;
  /** The marks' sign in a chart title or a short cell: readable without colour. */
  sign: string;
};

const words: Record<Lang, MarkWords> = {
  fr: {
    short: { scope_changed: 'périmètre changé', flagged: 'valeur signalée' },
    scopeChanged: (previous, previousPeriod, current, period, both) =>
      `périmètre changé : ${previous} répondant${s(previous)} en ${previousPeriod}, ${current} en ${period} ; seuls les ${both} présent${s(both)} les deux années sont comparables (évolution à périmètre constant)`,
    flagged: (count, period, who) => `inclut ${count > 1 ? `${count} valeurs signalées` : 'une valeur signalée'} par le contrôle en ${period} — ${who} ; voir l’onglet Anomalies`,
    severity: { error: 'erreur', warning: 'avertissement' },
    respondents: (n) => `${n} répondant${s(n)}`,
    constantScope: (both) => `à périmètre constant (${both} répondant${s(both)} présent${s(both)} les deux années)`,
    sign: '⚠',
  },
  en: {
    short: { scope_changed: 'scope changed', flagged: 'flagged value' },
    scopeChanged: (previous, previousPeriod, current, period, both) =>
      `scope changed: ${previous} respondent${s(previous)} in ${previousPeriod}, ${current} in ${period}; only the ${both} present both years compare (change at constant scope)`,
    flagged: (count, period, who) => `includes ${count > 1 ? `${count} values` : 'a value'} flagged by the checks in ${period} — ${who}; see the Findings sheet`,
    severity: { error: 'error', warning: 'warning' },
    respondents: (n) => `${n} respondent${s(n)}`,
    constantScope: (both) => `at constant scope (${both} respondent${s(both)} present both years)`,
    sign: '⚠',
  },
};

export const markWords: Record<Lang, MarkWords> = words;

/** The whole sentence of a mark: what changed or what was flagged, where, and where to look. */
export function describeMark(mark: FigureMark, context: MarkContext, lang: Lang): string {
  const w = words[lang];
  if (mark.kind === 'scope_changed') return w.scopeChanged(mark.previous, context.period(mark.previousPeriod), mark.current, context.period(mark.period), mark.both);
  const who = mark.values.map((v) => `${context.respondent(v.respondent)} (${w.severity[v.severity]})`).join(', ');
  return w.flagged(mark.values.length, context.period(mark.period), who);
}

/** « ⚠ périmètre changé · valeur signalée »: the marks in a few words (a cell, a chart title); '' without marks. */
export function shortMarks(marks: readonly FigureMark[], lang: Lang): string {
  const kinds = [...new Set(marks.map((m) => m.kind))];
  return kinds.length === 0 ? '' : `${words[lang].sign} ${kinds.map((k) => words[lang].short[k]).join(' · ')}`;
}
