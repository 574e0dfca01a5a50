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

/** An XML part that is not well formed (the lean reader's tokenizer, src/xlsx/xml.ts). */
export type XmlProblem =
  | {
      problem:
        | 'no_element'
        | 'text_outside_root'
        | 'pi_unclosed'
        | 'element_name_missing'
        | 'several_roots'
        | 'comment_unclosed'
        | 'cdata_outside_root'
        | 'cdata_unclosed'
        | 'declaration_unknown'
        | 'doctype'
        | 'ampersand_unterminated';
    }
  | { problem: 'element_unclosed' | 'tag_unclosed' | 'attribute_space_missing' | 'attribute_unreadable' | 'end_tag_malformed' | 'end_tag_unopened' | 'end_tag_absent'; element: string }
  | { problem: 'end_tag_mismatch'; element: string; open: string }
  | { problem: 'attribute_without_value' | 'attribute_unquoted' | 'attribute_unclosed' | 'attribute_duplicate'; attribute: string; element: string }
  | { problem: 'lt_in_attribute'; attribute: string }
  | { problem: 'entity_unknown' | 'char_reference_invalid'; reference: string };

/**
 * What made a part unreadable where ExcelJS failed too (a `corrupt` refusal, reason `excel` or
 * `entity`, carries it with the part's name): a code and the names it quotes, worded by
 * src/i18n/untrustedFile.
 */
export type ReadProblem =
  | XmlProblem
  | { problem: 'style_without_styles'; style: string; address: string }
  | { problem: 'shared_string_missing'; index: string; address: string }
  | { problem: 'rich_text_in_str' | 'rich_after_plain' | 'cell_address_unreadable'; address: string }
  | { problem: 'shared_rich_after_plain' | 'first_cell_without_address' | 'merge_without_ref' | 'row_without_number' | 'sheet_without_name' }
  | { problem: 'element_unexpected'; element: string }
  | { problem: 'row_style_without_styles'; row: number; style: string }
  | { problem: 'root_unexpected'; element: string; expected: string }
  | { problem: 'hyperlink_without_relationship' | 'relationship_without_target'; relationship: string };
