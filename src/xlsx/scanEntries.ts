/**
 * Step 2 of reading an untrusted .xlsx (after `guardXlsx`): every zip entry is inflated once,
 * bounded by the size the directory declares (an entry lying about its size is refused), and the
 * workbook and worksheet XML are scanned for what ExcelJS would expand cell by cell: data
 * validation ranges, defined names, merges, column definitions.
 *
 * It hands back the text of the parts a reader needs (workbook, its relationships, shared
 * strings, styles, worksheets and their relationships), so that nothing is inflated twice.
 */
import { maxColumns } from '../workbook/a1';
import { entryData, UntrustedFileError, type UntrustedFileIssue, type ZipEntry } from './guards';
import { InflateLimitError, type Inflate } from './inflate';
import { scanRelationships, scanWorkbookXml, scanWorksheetXml } from './xmlScan';

export type ScanCaps = { inflate: Inflate; maxRangeCells: number; maxMerges: number };

/** Part name (without a leading « / ») → its text, in zip order. */
export type XlsxParts = Map<string, string>;

const refuse = (code: UntrustedFileIssue['code'], params: UntrustedFileIssue['params']): never => {
  throw new UntrustedFileError({ code, params });
};

/** Worksheet parts, as ExcelJS finds them (its own pattern is unanchored) and as a zip may name them. */
export const worksheetPart = (name: string) => /xl\/worksheets\/[^/]+\.xml$/.test(name) || /xl\/worksheets\/sheet\d+[.]xml/.test(name);

/** Worksheet relationships, as ExcelJS finds them (hyperlink targets). */
export const worksheetRelsPart = (name: string) => /xl\/worksheets\/_rels\/sheet(\d+)[.]xml.rels/.test(name);

const keptParts = new Set(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml']);

export async function scanEntries(bytes: Uint8Array, entries: ZipEntry[], caps: ScanCaps): Promise<XlsxParts> {
  const { inflate, maxRangeCells, maxMerges } = caps;
  const decoder = new TextDecoder('utf-8');
  const texts: XlsxParts = new Map();

  for (const entry of entries) {
    const name = entry.name.replace(/^\/+/, '');
    let data: Uint8Array;
    try {
      data = entry.method === 0 ? entryData(bytes, entry) : await inflate(entryData(bytes, entry), entry.uncompressedSize);
    } catch (error) {
      if (error instanceof InflateLimitError) refuse('corrupt', { reason: 'size_mismatch', detail: entry.name });
      return refuse('corrupt', { reason: 'inflate', detail: entry.name });
    }
    if (data.length !== entry.uncompressedSize) refuse('corrupt', { reason: 'size_mismatch', detail: entry.name });
    if (keptParts.has(name) || worksheetPart(name) || worksheetRelsPart(name)) {
      texts.set(name, decoder.decode(data));
    }
  }

  const workbook = scanWorkbookXml(texts.get('xl/workbook.xml') ?? '');
  if (workbook.hasDoctype) refuse('corrupt', { reason: 'doctype', detail: 'xl/workbook.xml' });
  const targets = scanRelationships(texts.get('xl/_rels/workbook.xml.rels') ?? '');
  const sheetNameOf = new Map<string, string>();
  for (const sheet of workbook.sheets) {
    const target = targets.get(sheet.relationshipId);
    if (target !== undefined) sheetNameOf.set(target.startsWith('/') ? target.slice(1) : `xl/${target}`, sheet.name);
  }

  let total = 0;
  const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);
  for (const name of workbook.definedNames) {
    total += name.cells;
    if (total > maxRangeCells) {
      refuse('validation_range_too_large', { kind: 'definedName', name: name.name, range: shorten(name.text), cells: total, max: maxRangeCells });
    }
  }
  for (const [part, xml] of texts) {
    if (!worksheetPart(part)) continue;
    const sheet = sheetNameOf.get(part) ?? part;
    const scan = scanWorksheetXml(xml);
    if (scan.hasDoctype) refuse('corrupt', { reason: 'doctype', detail: part });
    if (scan.maxColumn > maxColumns) refuse('sheet_structure_too_large', { kind: 'col', sheet, column: scan.maxColumn, max: maxColumns });
    for (const validation of scan.validations) {
      total += validation.cells;
      if (total > maxRangeCells) {
        refuse('validation_range_too_large', { kind: 'dataValidation', sheet, range: shorten(validation.sqref), cells: total, max: maxRangeCells });
      }
    }
    total += scan.merges.cells;
    if (scan.merges.count > maxMerges || total > maxRangeCells) {
      refuse('sheet_structure_too_large', {
        kind: 'mergeCell',
        sheet,
        count: scan.merges.count,
        cells: scan.merges.cells,
        maxMerges,
        maxCells: maxRangeCells,
      });
    }
  }
  return texts;
}
