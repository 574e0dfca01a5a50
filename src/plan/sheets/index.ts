/** The plan as editable sheets (« Plan », « Périodes », « Fiches », « Indicateurs »…) and back. */
export { planToGrids } from './planToGrids';
export { gridsToPlan, type GridsToPlanResult } from './gridsToPlan';
export type { SheetIssue, SheetIssueCode, ExpectedCell, LocatedPlanIssue, LocatedIssue } from './issues';
export * from './columns';
