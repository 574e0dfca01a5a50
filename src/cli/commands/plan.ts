/** `ctg plan [--plan FILE] [--json]`: the plan in French, or the whole plan as JSON. */
import { withoutFollowUp } from '../../plan/followUpPlan';
import { planSummary } from '../../plan/planSummary';
import { summarisePlan } from '../../i18n';
import { placeholders, planWords, usageWords } from '../../i18n/cli/fr';
import { parseArgs } from '../args';
import type { ExitCode, Output } from '../output';
import { resolvePlan } from '../resolvePlan';

export const planUsage = usageWords.plan;

export async function planCommand(argv: readonly string[], output: Output): Promise<ExitCode> {
  const args = parseArgs(argv, { json: { kind: 'flag' }, plan: { kind: 'value', placeholder: placeholders.file } });
  if (args.positionals.length > 0) {
    output.err(planWords.unexpectedArgument(String(args.positionals[0]), planUsage));
    return 2;
  }
  const choice = await resolvePlan(args.values.get('plan'), output);
  if (!choice.ok) return choice.exitCode;
  if (args.flags.has('json')) {
    output.out(JSON.stringify(choice.plan, null, 2));
    return 0;
  }
  // The convention's fiches and indicators as written: the follow-up derived from them is not counted.
  output.out(summarisePlan(planSummary(withoutFollowUp(choice.plan))));
  output.out(planWords.valid(choice.origin));
  return 0;
}

/** What the command line's table loads (src/cli/main.ts). */
export const command = { run: planCommand, usage: planUsage };
