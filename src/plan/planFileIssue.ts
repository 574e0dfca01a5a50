/**
 * Why a file given as the plan could not be read as a plan at all, before any issue of its
 * content, as data (src/i18n/planFile.ts words it at the edge, in the reader's language). The
 * JSON codes come from src/app/loadPlan.ts; the others from the pane, which also refuses a file
 * from its name or size, a file the browser cannot read, and plan sheets Excel cannot give.
 */
import type { UntrustedFileIssue } from '../workbook/fileIssues';
import type { ExcelIssue } from '../workbook/hostIssues';

export type PlanFileIssue =
  | { code: 'json_not_utf8' }
  /**
   * The JSON parser refused the text: where (line and column from 1) when its message says or
   * lets us compute it, and its own technical words, quoted as given.
   */
  | { code: 'json_syntax'; params: { line?: number; column?: number; detail: string } }
  /** Neither .json nor .xlsx. */
  | { code: 'not_a_plan_file'; params: { name: string } }
  /** A JSON plan larger than any plan can be (sizes in bytes). */
  | { code: 'too_large'; params: { name: string; size: number; max: number } }
  /** Refused by the .xlsx guards (its size, a macro-enabled or damaged workbook…). */
  | { code: 'refused'; params: { name: string }; refusal: UntrustedFileIssue }
  /** The browser could not read the file (moved, deleted, locked since it was chosen). */
  | { code: 'not_read_from_disk'; params: { name: string; detail?: string } }
  /** The workbook's reader failed without saying why in our terms (its own text, if any). */
  | { code: 'workbook_not_read'; params: { name: string; detail?: string } }
  /** Excel could not give the open workbook's plan sheets. */
  | { code: 'sheets_not_read'; excel: ExcelIssue };

/**
 * The JSON parser's error as data: V8 says « … at position 42 » (Node 20, Chromium) or « (line 3
 * column 5) » (Node 22), Firefox « at line 3 column 5 »; the end of the text when it ran out.
 */
export function jsonSyntaxIssue(message: string, text: string): PlanFileIssue {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn !== null) return { code: 'json_syntax', params: { line: Number(lineColumn[1]), column: Number(lineColumn[2]), detail: message } };
  const position = /at position (\d+)/.exec(message);
  const offset = position !== null ? Number(position[1]) : /end of JSON input/.test(message) ? text.length : undefined;
  if (offset === undefined || offset > text.length) return { code: 'json_syntax', params: { detail: message } };
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { code: 'json_syntax', params: { line, column, detail: message } };
}
