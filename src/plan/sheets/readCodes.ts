/** Codes as an adviser types them, back to the plan's own writing. */
import { respondentKinds } from '../schema';
import { normaliseTitle } from './columns';

/** « EPCI » → « epci »: respondent kinds forgive case and accents, like the other codes. */
function readKind(code: string): string {
  return respondentKinds.find((kind) => normaliseTitle(kind) === normaliseTitle(code)) ?? code;
}

/**
 * « EPCI » → « epci », « Commune[competence_petite_enfance] » → « commune[competence_petite_enfance] »:
 * respondent kinds forgive case and accents, like the other codes; named respondents and
 * attributes are codes, read as typed.
 */
export function readSelector(text: string): string {
  const withAttribute = /^([^[\]]+)\[(.*)\]$/.exec(text);
  if (withAttribute === null) return readKind(text);
  return `${readKind(withAttribute[1]!.trim())}[${withAttribute[2]!.trim()}]`;
}

/** A commune's INSEE code typed as a number loses its leading zero in Excel: « 4070 » → « 04070 ». */
export function readRespondentCode(text: string | undefined): string | undefined {
  return text !== undefined && /^\d{4}$/.test(text) ? `0${text}` : text;
}
