/**
 * Everything the file effects do, gathered so that `fileEffects` can load it as one chunk on first
 * use: the workflows pull in the plan schema (zod), the checks, the consolidation and the report
 * builders — several hundred kilobytes the pane does not need to show its first screen.
 */
export { downloadAnnotatedCopy } from './fileAnnotate';
export { downloadBilan } from './fileBilan';
export { consolidateDownload } from './fileConsolidate';
export { generateDownload } from './fileGenerate';
export { importReturnFiles } from './fileImport';
export { readPlanFile } from './filePlan';
