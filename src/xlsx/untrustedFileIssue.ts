/** Why an untrusted file is refused, as data: guards.ts detects it, messages.ts words it. */
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
