/** From untrusted JSON to a Plan: schema first (shape), then the cross-checks, every issue kept. */
import { z } from 'zod';
import { checkPlan } from './checkPlan';
import { withFollowUp, withoutFollowUp } from './followUpPlan';
import { isSchemaRule, type PlanIssue } from './issues';
import { formationKinds, planSchema, type Plan } from './schema';

export type PlanResult = { ok: true; plan: Plan } | { ok: false; issues: PlanIssue[] };

const frenchErrors = z.locales.fr().localeError;

/** A check of our own by its name (with what the words need), else zod's own French wording. */
function schemaParams(message: string): PlanIssue['params'] {
  if (!isSchemaRule(message)) return { message };
  return message === 'formation_kind' ? { rule: message, kinds: formationKinds.join(', ') } : { rule: message };
}

export function parsePlan(input: unknown): PlanResult {
  const parsed = planSchema.safeParse(input, { error: frenchErrors });
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) => ({
        code: 'schema',
        path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
        params: schemaParams(issue.message),
      })),
    };
  }
  // The follow-up is derived afresh (a plan printed with it, then edited, gets it again from its
  // actions), and before the checks, so that its indicators are checked like the others.
  const plan = withFollowUp(withoutFollowUp(parsed.data));
  const issues = checkPlan(plan);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, plan };
}
