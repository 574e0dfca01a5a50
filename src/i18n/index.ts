export * from './lang';
export { renderPlanIssue, describePlanIssue } from './planIssues';
export { summarisePlan } from './planSummary';
export { renderFinding } from './findings';
export { formatValidationReport, formatFileReport, formatCounts, severityLabel } from './findingsReport';
export { formatNumber, formatPercent, formatDate, formatValue } from './findingsFormat';
