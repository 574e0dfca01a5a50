export * from './lang';
export { renderPlanIssue, describePlanIssue } from './planIssues';
export { summarisePlan } from './planSummary';
export { renderFinding } from './findings';
export { formatValidationReport, formatFileReport, formatCounts, severityLabel } from './findingsReport';
export { formatNumber, formatPercent, formatDate, formatValue } from './findingsFormat';
export { reportWords, type ReportWords } from './reportWords';
export { reportText, type ReportText } from './reportText';
export { formatConsolidationSummary, type SummaryOptions } from './reportSummary';
