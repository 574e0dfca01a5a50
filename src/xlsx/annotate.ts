/**
 * A marked-up copy of a return, for the commune: every cell with a finding is highlighted (red
 * for an error, orange for a warning, blue for an information) and carries a note with the
 * messages; a « Contrôles » sheet, placed first, lists every finding with a link to its cell.
 *
 * Works on a copy of the bytes: the file received is never modified. Text that came from the
 * return (values, sheet names, messages quoting them) is written as a string, never as a formula,
 * in cells formatted as Text (« @ ») so that even editing the cell in Excel keeps it text.
 */
import ExcelJS from 'exceljs';
import { findingsSheetNameAmong } from '../collect/layout';
import { annotatedCopyWords } from '../i18n/annotatedCopy';
import { renderFinding } from '../i18n/findings';
import { formatCounts, severityLabel } from '../i18n/findingsReport';
import { defaultLang, type Lang } from '../i18n/lang';
import { capitalise, findingsNote } from '../i18n/findingNote';
import { countBySeverity, type Finding } from '../returns/findings';
import { findingFills, findingsByCell, worstSeverity } from '../returns/findingMarks';
import { parseA1 } from '../workbook/a1';
import { packageForExcelJs } from './excelJsPackage';
import { annotatedKeyword } from './ownOutput';
import { printFooter } from './printFooter';
import { clipText, maxCellText } from '../workbook/textLimit';
import { readGrids, type ReadGridsOptions } from './readGrids';



const words = annotatedCopyWords;

export type AnnotateOptions = { lang?: Lang; read?: ReadGridsOptions; fileName?: string };

/** Text a spreadsheet could take for a formula if it were typed in. */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@]/.test(text);
}

function noteText(note: ExcelJS.Cell['note']): string {
  if (note === undefined || note === null) return '';
  if (typeof note === 'string') return note;
  const texts = (note as { texts?: Array<{ text?: string }> }).texts;
  return Array.isArray(texts) ? texts.map((t) => t.text ?? '').join('') : '';
}

/** A string cell; formatted as Text so that Excel never reads it as a formula, even once edited. */
function text(cell: ExcelJS.Cell, value: string): void {
  cell.value = clipText(value);
  cell.style = { ...cell.style, numFmt: '@' };
}

/**
 * The bytes must be those of a file `readGrids` accepts: they are read through it first, so a
 * hostile file is refused here too before ExcelJS loads it.
 */
export async function annotateReturn(bytes: Uint8Array, findings: readonly Finding[], options: AnnotateOptions = {}): Promise<Uint8Array> {
  const lang = options.lang ?? defaultLang;
  await readGrids(bytes, options.read);
  const workbook = new ExcelJS.Workbook();
  // Absolute relationship targets, parts under other names, a DOCTYPE in docProps: see excelJsPackage.ts.
  const loadable = await packageForExcelJs(bytes);
  await workbook.xlsx.load(loadable as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);

  // Lets a later run recognise the copy as ours (ownOutput.ts), the only kind of file it may replace.
  workbook.keywords = annotatedKeyword;
  clipLongTexts(workbook);
  markCells(workbook, findings, lang);
  addFindingsSheet(workbook, findings, lang, options.fileName);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}

function markCells(workbook: ExcelJS.Workbook, findings: readonly Finding[], lang: Lang): void {
  for (const group of findingsByCell(findings)) {
    const sheet = workbook.getWorksheet(group.sheet);
    if (sheet === undefined) continue;
    const cell = sheet.getCell(group.cell);
    cell.style = { ...cell.style, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${findingFills[worstSeverity(group.findings)]}` } } };
    const before = noteText(cell.note);
    cell.note = clipText([before, findingsNote(group.findings, lang)].filter((t) => t !== '').join('\n\n'));
  }
}

/**
 * The copy is written back whole: a return's text over Excel's 32 767-character limit (reported as
 * `text_too_long` or `comment_truncated`) is cut in the copy, so that Excel opens it unrepaired.
 * The file received is untouched.
 */
function clipLongTexts(workbook: ExcelJS.Workbook): void {
  for (const sheet of workbook.worksheets) {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const value = cell.value;
        if (typeof value === 'string' && value.length > maxCellText) cell.value = clipText(value);
        else if (value !== null && typeof value === 'object' && 'richText' in value) {
          const plain = value.richText.map((run) => run.text).join('');
          if (plain.length > maxCellText) cell.value = clipText(plain);
        }
        const note = noteText(cell.note);
        if (note.length > maxCellText) cell.note = clipText(note);
      });
    });
  }
}

/** Column widths of « Contrôles », in characters; the message column (9th) wraps. */
const findingsColumnWidths = [5, 13, 22, 8, 30, 8, 12, 18, 70, 22];
const messageChars = findingsColumnWidths[8]!;

/** Points for a message wrapped at the width of its column (15 points a line, 1 to 12 lines). */
export function messageHeight(message: string): number {
  const lines = message.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / messageChars)), 0);
  return 15 * Math.min(12, Math.max(1, lines)) + 2;
}

function addFindingsSheet(workbook: ExcelJS.Workbook, findings: readonly Finding[], lang: Lang, fileName: string | undefined): void {
  const sheet = workbook.addWorksheet(findingsSheetNameAmong(workbook.worksheets.map((w) => w.name)), { properties: { tabColor: { argb: 'FFC00000' } } });
  // First tab, and the one shown on opening.
  (sheet as unknown as { orderNo: number }).orderNo = -1;
  workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];
  const w = words[lang];
  sheet.columns = findingsColumnWidths.map((width) => ({ width }));
  // The first sheet a commune sees prints on A4, landscape, every column on one page width, the
  // header row repeated on each page (it printed on US Letter, its columns split over 5 pages).
  sheet.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '4:4', horizontalCentered: true };
  sheet.headerFooter = { oddFooter: printFooter };
  const title = sheet.getCell('A1');
  text(title, `${w.title}${fileName !== undefined ? ` — ${fileName}` : ''}`);
  title.font = { bold: true, size: 14, color: { argb: 'FF1F3864' } };
  text(sheet.getCell('A2'), findings.length === 0 ? w.none : formatCounts(countBySeverity(findings), lang));
  const header = sheet.getRow(4);
  words[lang].headers.forEach((label, i) => {
    const cell = header.getCell(i + 1);
    cell.value = label;
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F3864' } };
  });
  sheet.views = [{ state: 'frozen', ySplit: 4 }];
  findings.forEach((f, i) => {
    const row = sheet.getRow(5 + i);
    row.getCell(1).value = i + 1;
    const severity = row.getCell(2);
    severity.value = capitalise(severityLabel(f.severity, lang));
    severity.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${findingFills[f.severity]}` } };
    text(row.getCell(3), f.sheet ?? w.workbook);
    if (f.sheet !== null && f.cell !== null && parseA1(f.cell) !== undefined && workbook.getWorksheet(f.sheet) !== undefined) {
      row.getCell(4).value = { text: f.cell, hyperlink: `#'${f.sheet.replace(/'/g, "''")}'!${f.cell}` };
      row.getCell(4).font = { underline: true, color: { argb: 'FF0563C1' } };
    } else if (f.cell !== null) text(row.getCell(4), f.cell);
    if (f.indicator !== null) text(row.getCell(5), f.indicator);
    if (f.period !== null) text(row.getCell(6), f.period);
    if (f.member !== null) text(row.getCell(7), f.member);
    const value = f.value;
    if (typeof value === 'string') text(row.getCell(8), value);
    else if (value !== null) row.getCell(8).value = value;
    const message = row.getCell(9);
    const rendered = renderFinding(f, lang);
    text(message, rendered);
    message.alignment = { wrapText: true, vertical: 'top' };
    // A wrapped message gets the height of its lines: two long messages never print over each other.
    row.height = messageHeight(rendered);
    text(row.getCell(10), f.code);
  });
  if (findings.length > 0) sheet.autoFilter = { from: { row: 4, column: 1 }, to: { row: 4 + findings.length, column: words[lang].headers.length } };
}
