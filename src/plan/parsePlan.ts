/** From untrusted JSON to a Plan: schema first (shape), then the cross-checks, every issue kept. */
import { checkPlan } from './checkPlan';
import { withFollowUp, withoutFollowUp } from './followUpPlan';
import type { PlanIssue } from './issues';
import { planSchema, type Plan } from './schema';
import { schemaProblem } from './schemaIssue';

export type PlanResult = { ok: true; plan: Plan } | { ok: false; issues: PlanIssue[] };

export function parsePlan(input: unknown): PlanResult {
  // `reportInput`: each issue keeps the value found, so that the words can say what it was.
  const parsed = planSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) => ({
        code: 'schema',
        path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
        params: schemaProblem(issue),
      })),
    };
  }
  // The follow-up is derived afresh (a plan printed with it, then edited, gets it again from its
  // actions), and before the checks, so that its indicators are checked like the others.
  const plan = withFollowUp(withoutFollowUp(parsed.data));
  const issues = checkPlan(plan);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, plan };
}
