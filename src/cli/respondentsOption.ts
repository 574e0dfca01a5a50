/** `--respondents`: who a command generates for, or whom a consolidation expects. */
import { defaultRespondentSelection, selectRespondents, type Respondent, type RespondentSelection } from '../collect';
import { respondentSelectionWords } from '../i18n/respondentSelection';
import type { Plan } from '../plan';
import type { Output } from './output';

/**
 * Nothing, or « attendus »: the campaign's expected respondents (the parties and the signatory
 * communes). « all », « signataires », or a list of codes: INSEE codes, party codes (« ifac »), « caf » and
 * « epci » for the party of that kind (nobody has to remember a SIREN), « partenaires » for every
 * partner — « partenaires,epci » is a list like any other.
 */
export function parseSelection(text: string | undefined, plan: Plan): RespondentSelection {
  if (text === undefined || text === 'attendus' || text === 'expected') return defaultRespondentSelection;
  if (text === 'all' || text === 'tous') return { kind: 'all' };
  if (text === 'signataires' || text === 'signatories') return { kind: 'signatories' };
  const codes = text
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean)
    .flatMap((code) => {
      if (code === 'partenaires' || code === 'partners') return plan.parties.filter((p) => p.kind === 'partner').map((p) => p.code);
      if (code === 'caf' || code === 'epci') return [plan.parties.find((p) => p.kind === code)?.code ?? code];
      return [code];
    });
  return { kind: 'codes', codes };
}

/** The respondents `--respondents` names (absent: the campaign's expected ones); undefined once its refusal is said. */
export function chosenRespondents(text: string | undefined, plan: Plan, output: Output): Respondent[] | undefined {
  const selection = selectRespondents(plan, parseSelection(text, plan));
  if (selection.ok) return selection.respondents;
  output.err(unknownRespondentsMessage(selection.unknown, plan));
  return undefined;
}

/** What `--respondents` accepts, with the partners of the plan in use by their codes. */
function unknownRespondentsMessage(unknown: readonly string[], plan: Plan): string {
  return respondentSelectionWords.unknown(unknown, partnersOf(plan));
}

/** For `--help`: the default (how many the campaign expects), and the codes `--respondents` takes, the plan's partners included. */
export function respondentsHelp(plan: Plan): string {
  const count = (selection: RespondentSelection) => {
    const selected = selectRespondents(plan, selection);
    return selected.ok ? selected.respondents.length : 0;
  };
  return respondentSelectionWords.help(partnersOf(plan), count(defaultRespondentSelection), count({ kind: 'all' }));
}

function partnersOf(plan: Plan) {
  return plan.parties.filter((p) => p.kind === 'partner').map((p) => ({ code: p.code, name: p.name }));
}
