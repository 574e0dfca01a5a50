/**
 * Reading returned collection workbooks: grids → Submission (typed values) + Finding[]
 * (every anomaly at its cell). Pure: the grids come from src/xlsx or src/excel.
 */
export * from './findings';
export * from './submission';
export { checkReturn, type CheckOptions, type CheckedReturn } from './readReturn';
export { checkedResult, refusedResult, statusOf, type ReturnResult, type ReturnStatus } from './result';
export { indexPlan, type PlanIndex, type IndicatorInfo } from './planIndex';
export { normalise, isNotConcerned, type Normalised, type NormaliseContext } from './normalise';
export { parseFrenchNumber, parseFrenchDate, serialToIso, isoToSerial } from './frenchNumbers';
export { parseReturnFileName, baseName } from './fileName';
export { defaultPlausibility, type PlausibilityOptions } from './checkPlausibility';
export { templateReach } from './reach';
export { readerFindings, maxUnreadableReported } from './readerFindings';
