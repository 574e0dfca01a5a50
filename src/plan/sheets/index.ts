/** The plan as editable sheets (« Plan », « Périodes », « Fiches », « Indicateurs »…) and back. */
export { planToGrids } from './planToGrids';
export { gridsToPlan, type GridsToPlanResult } from './gridsToPlan';
export { renderSheetIssue } from './messages';
export * from './columns';
