/**
 * The collection sheet's layout, said once: sheet names, columns and their headers, row keys;
 * the « Annexe 2 » tab's likewise (facilities.ts).
 * The writer (collect/), the reader of returns (returns/) and the annotator (xlsx/) use it;
 * breakdown members come from plan/breakdown.ts.
 */
export * from './sheetNames';
export * from './columns';
export * from './rowKey';
export * from './facilities';
