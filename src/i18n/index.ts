export * from './lang';
export { renderPlanIssue, describePlanIssue } from './planIssues';
export { summarisePlan } from './planSummary';
