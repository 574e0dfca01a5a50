/**
 * Who is asked an indicator: its `reporters` are selectors, written as text so that the same
 * words serve the JSON plan and the plan sheets' « Répondants » column:
 *
 * - a kind — `caf`, `epci`, `commune`, `partner`: every respondent of that kind;
 * - a kind and an attribute — `commune[competence_petite_enfance]`: the respondents of that kind
 *   that hold the attribute (a competence, a programme perimeter…, given in the territory);
 * - a code — `04070`, `ifac`: that one respondent (an INSEE code or a party's code).
 *
 * A respondent is asked an indicator when any of its selectors picks it, so that each workbook
 * asks only what its respondent holds.
 */
import { respondentKinds, type RespondentKind } from './respondentKinds';

export type ReporterSelector =
  | { by: 'kind'; kind: RespondentKind }
  | { by: 'attribute'; kind: RespondentKind; attribute: string }
  | { by: 'member'; code: string };

/** What a selector needs to know of a respondent. */
export type SelectableRespondent = { code: string; kind: RespondentKind; attributes: readonly string[] };

const codePattern = '[a-z0-9][a-z0-9._-]*';
/** A selector's text: a code, optionally followed by an attribute code between brackets. */
export const selectorPattern = new RegExp(`^(?:(${codePattern})\\[(${codePattern})\\]|(${codePattern})|(2[AB]\\d{3}))$`);

const isKind = (text: string): text is RespondentKind => (respondentKinds as readonly string[]).includes(text);

/** `undefined` when the text is no selector (the schema refuses such text before anyone parses it). */
export function parseSelector(text: string): ReporterSelector | undefined {
  const match = selectorPattern.exec(text);
  if (match === null) return undefined;
  const [, head, attribute, plain, corsican] = match;
  if (head !== undefined && attribute !== undefined) return isKind(head) ? { by: 'attribute', kind: head, attribute } : undefined;
  const code = (plain ?? corsican) as string;
  return isKind(code) ? { by: 'kind', kind: code } : { by: 'member', code };
}

export function formatSelector(selector: ReporterSelector): string {
  switch (selector.by) {
    case 'kind':
      return selector.kind;
    case 'attribute':
      return `${selector.kind}[${selector.attribute}]`;
    case 'member':
      return selector.code;
  }
}

export function selects(selector: ReporterSelector, respondent: SelectableRespondent): boolean {
  switch (selector.by) {
    case 'kind':
      return respondent.kind === selector.kind;
    case 'attribute':
      return respondent.kind === selector.kind && respondent.attributes.includes(selector.attribute);
    case 'member':
      return respondent.code === selector.code;
  }
}

/** Whether this respondent is asked an indicator with these reporters. */
export function isAsked(reporters: readonly string[], respondent: SelectableRespondent): boolean {
  return reporters.some((text) => {
    const selector = parseSelector(text);
    return selector !== undefined && selects(selector, respondent);
  });
}

/**
 * The kinds of respondent a list of selectors reaches: a kind or a kind with an attribute gives
 * its kind; a named respondent, the kind `kindOf` knows it by (unknown codes are left out: the
 * plan check reports them).
 */
export function reporterKinds(reporters: readonly string[], kindOf: (code: string) => RespondentKind | undefined): RespondentKind[] {
  const kinds = new Set<RespondentKind>();
  for (const text of reporters) {
    const selector = parseSelector(text);
    const kind = selector === undefined ? undefined : selector.by === 'member' ? kindOf(selector.code) : selector.kind;
    if (kind !== undefined) kinds.add(kind);
  }
  return [...kinds];
}
