/** The ExcelJS adapter: untrusted-file guards, grids read from .xlsx bytes. */
export * from './guards';
// The words live in src/i18n/untrustedFile; re-exported here for the command line and the tests.
export { untrustedFileFr as renderUntrustedFileIssue, formatMegabytes } from '../i18n/untrustedFile/fr';
export { readGrids, defaultReadCaps, type ReadGridsOptions } from './readGrids';
export { streamInflate, InflateLimitError, type Inflate } from './inflate';
