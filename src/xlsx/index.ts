/** The ExcelJS adapter: untrusted-file guards, grids read from and written to .xlsx bytes. */
export * from './guards';
export { renderUntrustedFileIssue, formatMegabytes } from './messages';
export { readGrids, defaultReadCaps, type ReadGridsOptions } from './readGrids';
export { writeGrids } from './writeGrids';
export { streamInflate, InflateLimitError, type Inflate } from './inflate';
