/**
 * Why a file said to be an .xlsx is refused before or while it is read (the guards and readers of
 * src/xlsx): data only. The words are in src/i18n/untrustedFile; the type and the error live in
 * the neutral workbook model so that the task pane can tell this error apart without loading the
 * .xlsx code (src/xlsx reaches the pane only through its lazy chunk).
 */
export type UntrustedFileCode =
  | 'not_zip'
  | 'too_large'
  | 'too_many_entries'
  | 'uncompressed_too_large'
  | 'ratio'
  | 'macro'
  | 'encrypted'
  | 'ods'
  | 'legacy_xls'
  | 'corrupt'
  | 'not_xlsx'
  /** A data validation or defined name range that ExcelJS would expand cell by cell (readGrids). */
  | 'validation_range_too_large'
  /** Merged cells or column definitions that ExcelJS would expand (readGrids). */
  | 'sheet_structure_too_large';

export type UntrustedFileIssue = { code: UntrustedFileCode; params: Record<string, string | number> };

/**
 * Thrown by `guardXlsx` and `readGrids`. It carries the issue and no prose: `message` is the code,
 * for debugging; src/i18n/untrustedFile words it (what is wrong, then how to fix it).
 */
export class UntrustedFileError extends Error {
  readonly code: UntrustedFileCode;
  readonly params: Record<string, string | number>;

  constructor(issue: UntrustedFileIssue) {
    super(issue.code);
    this.name = 'UntrustedFileError';
    this.code = issue.code;
    this.params = issue.params;
  }

  get issue(): UntrustedFileIssue {
    return { code: this.code, params: this.params };
  }
}
