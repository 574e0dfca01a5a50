export * from './schema';
export * from './issues';
export { parsePlan, type PlanResult } from './parsePlan';
export { checkPlan } from './checkPlan';
export { isCollected } from './asked';
export { indicatorSites, type IndicatorSite } from './walk';
export { defaultPlan, defaultPlanInput } from './default';
export { formatSelector, isAsked, parseSelector, selects, type ReporterSelector, type SelectableRespondent } from './selection';
