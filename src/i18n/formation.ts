/**
 * How a territory figure was formed, in words: for the indicator (« contributions distinctes :
 * EPCI, communes ») and for each figure (« somme des 10 communes », « chiffre de la Caf », « part
 * calculée sur les montants »). The consolidation says who the figure is made of (src/consolidate);
 * this only words it.
 */
import type { Computation, FormedFrom } from '../consolidate/types';
import type { Formation, RespondentKind } from '../plan/schema';
import { defaultLang, type Lang } from './lang';

type Words = {
  /** « la Caf », « 3 communes ». */
  who: (kind: RespondentKind, count: number) => string;
  kinds: Record<RespondentKind, string>;
  and: string;
  sumOfOne: (who: string) => string;
  sum: (who: string) => string;
  distinct: (who: string) => string;
  source: (who: string) => string;
  sourceMissing: (who: string) => string;
  max: (n: number) => string;
  latest: (n: number) => string;
  listed: (n: number) => string;
  none: string;
  shownFrom: (figure: string, code: string) => string;
  share: (figure: string) => string;
  formation: {
    sum: (kinds: string) => string;
    distinctSum: (kinds: string) => string;
    authority: (who: string) => string;
    max: string;
    latest: string;
    listed: string;
    sameAs: (code: string) => string;
    shares: string;
  };
};

const order: readonly RespondentKind[] = ['caf', 'epci', 'commune', 'partner'];

const fr: Words = {
  who: (kind, n) =>
    kind === 'caf' ? 'la Caf' : kind === 'epci' ? 'l’EPCI' : kind === 'commune' ? (n === 1 ? 'une commune' : `${n} communes`) : n === 1 ? 'un partenaire' : `${n} partenaires`,
  kinds: { caf: 'Caf', epci: 'EPCI', commune: 'communes', partner: 'partenaires' },
  and: ' et de ',
  sumOfOne: (who) => `chiffre ${de(who)}`,
  sum: (who) => `somme ${des(who)}`,
  distinct: (who) => `somme des contributions distinctes ${de(who)}`,
  source: (who) => `chiffre ${de(who)} (source qui fait foi)`,
  sourceMissing: (who) => `chiffre ${de(who)} attendu : pas encore de réponse`,
  max: (n) => `maximum ${n === 1 ? 'd’une réponse' : `de ${n} réponses`}`,
  latest: (n) => `dernière valeur reçue ${n === 1 ? '(une réponse)' : `(${n} réponses)`}`,
  listed: (n) => (n === 1 ? 'une réponse, listée' : `${n} réponses, listées`),
  none: 'aucune réponse',
  shownFrom: (figure, code) => `${figure}, repris de ${code} (demandé une seule fois)`,
  share: (figure) => `part calculée sur les montants (${figure})`,
  formation: {
    sum: (kinds) => `somme (${kinds})`,
    distinctSum: (kinds) => `contributions distinctes (${kinds})`,
    authority: (who) => `chiffre ${de(who)} ; les autres en détail`,
    max: 'maximum',
    latest: 'dernière valeur',
    listed: 'réponses listées',
    sameAs: (code) => `repris de ${code}`,
    shares: ' ; parts calculées sur les montants',
  },
};

/** « de la Caf », « de l’EPCI », « d’une commune », « de 3 communes ». */
function de(who: string): string {
  return /^une? /.test(who) ? `d’${who}` : `de ${who}`;
}

/** « des 10 communes », « de la Caf et de l’EPCI ». */
function des(who: string): string {
  return /^\d/.test(who) ? `des ${who}` : `de ${who}`;
}

const en: Words = {
  who: (kind, n) =>
    kind === 'caf' ? 'the Caf' : kind === 'epci' ? 'the EPCI' : kind === 'commune' ? (n === 1 ? 'one commune' : `${n} communes`) : n === 1 ? 'one partner' : `${n} partners`,
  kinds: { caf: 'Caf', epci: 'EPCI', commune: 'communes', partner: 'partners' },
  and: ' and ',
  sumOfOne: (who) => `figure of ${who}`,
  sum: (who) => `sum of ${who}`,
  distinct: (who) => `sum of the distinct contributions of ${who}`,
  source: (who) => `figure of ${who} (authoritative source)`,
  sourceMissing: (who) => `figure of ${who} expected: no answer yet`,
  max: (n) => `maximum of ${n} answer${n === 1 ? '' : 's'}`,
  latest: (n) => `latest value received (${n} answer${n === 1 ? '' : 's'})`,
  listed: (n) => `${n} answer${n === 1 ? '' : 's'}, listed`,
  none: 'no answer',
  shownFrom: (figure, code) => `${figure}, shown from ${code} (asked once)`,
  share: (figure) => `share computed from the amounts (${figure})`,
  formation: {
    sum: (kinds) => `sum (${kinds})`,
    distinctSum: (kinds) => `distinct contributions (${kinds})`,
    authority: (who) => `figure of ${who}; the others as detail`,
    max: 'maximum',
    latest: 'latest value',
    listed: 'answers listed',
    sameAs: (code) => `shown from ${code}`,
    shares: '; shares computed from the amounts',
  },
};

const words: Record<Lang, Words> = { fr, en };

/** « la Caf et 3 communes »: the respondents of a figure, by kind in a fixed order. */
function whoOf(w: Words, from: FormedFrom): string {
  return order
    .filter((kind) => (from.kinds[kind] ?? 0) > 0)
    .map((kind) => w.who(kind, from.kinds[kind]!))
    .join(w.and);
}

export type FigureToDescribe = {
  formation: Formation;
  applied: Computation;
  formedFrom: FormedFrom;
  /** Set for a member's share (formation with `shares`). */
  share?: number | null;
};

/** How one territory figure was formed, from how many respondents: « somme des 10 communes ». */
export function describeFigure(figure: FigureToDescribe, lang: Lang = defaultLang): string {
  const w = words[lang];
  const from = figure.formedFrom;
  const base = baseFigure(w, figure);
  const described = figure.formation.kind === 'sameAs' ? w.shownFrom(base, figure.formation.indicator) : base;
  const said = typeof figure.share === 'number' ? w.share(described) : described;
  // « de une commune » → « d’une commune »: the elision French wants where the words meet.
  return lang === 'fr' ? said.replace(/\bde (une?) /g, 'd’$1 ') : said;
  function baseFigure(w: Words, f: FigureToDescribe): string {
    if (f.formation.kind === 'authority' && from.respondents === 0) return w.sourceMissing(w.who(f.formation.source, 1));
    if (from.respondents === 0) return w.none;
    const who = whoOf(w, from);
    switch (f.applied) {
      case 'source':
        return w.source(who);
      case 'sum': {
        if (from.respondents === 1) return w.sumOfOne(who);
        return f.formation.kind === 'distinctSum' && Object.keys(from.kinds).length > 1 ? w.distinct(who) : w.sum(who);
      }
      case 'max':
        return w.max(from.respondents);
      case 'latest':
        return w.latest(from.respondents);
      case 'listed':
        return w.listed(from.respondents);
    }
  }
}

/** How an indicator's figures are formed, for the column beside its label: « contributions distinctes (EPCI, communes) ». */
/** `reporters`: the indicator's selectors (`commune`, `commune[competence_petite_enfance]`, `04070`); named respondents are not listed. */
export function describeFormation(formation: Formation, reporters: readonly string[], lang: Lang = defaultLang): string {
  const w = words[lang].formation;
  const kinds = order.filter((k) => reporters.some((r) => r === k || r.startsWith(`${k}[`))).map((k) => words[lang].kinds[k]).join(', ');
  const shares = 'shares' in formation && formation.shares ? w.shares : '';
  switch (formation.kind) {
    case 'sum':
      return w.sum(kinds) + shares;
    case 'distinctSum':
      return w.distinctSum(kinds) + shares;
    case 'authority':
      return w.authority(words[lang].who(formation.source, 1)) + shares;
    case 'max':
    case 'latest':
    case 'listed':
      return w[formation.kind];
    case 'sameAs':
      return w.sameAs(formation.indicator);
  }
}
