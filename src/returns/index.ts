/**
 * Reading returned collection workbooks: grids → Submission (typed values) + Finding[]
 * (every anomaly at its cell). Pure: the grids come from src/xlsx or src/excel.
 */
export * from './findings';
export * from './submission';
export { checkReturn, type CheckOptions } from './readReturn';
export { checkedResult, type ReturnResult } from './result';
export { normalise, type Normalised } from './normalise';
export { parseReturnFileName, baseName } from './fileName';
