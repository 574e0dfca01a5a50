/**
 * Issue 12, « Wrong values, silently »: each bullet, on a return the project generated and filled,
 * then rewritten at the XML level as another client or a hostile hand would write it. Every one
 * of these gave a wrong value (or a false finding) without a word before the reader followed
 * ECMA-376.
 */
import { renderFinding } from '../../src/i18n/findings';
import { buildCollectionWorkbook } from '../../src/collect';
import { renderSpec } from '../../src/xlsx/renderSpec';
import { collectionFileName } from '../../src/app/fileNames';
import { maxCellText } from '../../src/workbook/textLimit';
import { editParts, sheetPart } from '../xlsx/rezip';
import { alter, filledReturn, now, plan, respondent, validate, type Generated } from './support';

const cellPattern = (cell: string) => new RegExp(`<c r="${cell}"([^>]*)>(<f>[^<]*</f>)?<v>[^<]*</v></c>`);

/** The filled return with one input cell's `<v>` written as `raw`. */
function withRawValue(generated: Generated, sheet: string, cell: string, raw: string, type = ''): Uint8Array {
  return editParts(generated.bytes, {
    [sheetPart(generated.bytes, sheet)]: (xml) => {
      const pattern = cellPattern(cell);
      expect(xml).toMatch(pattern);
      return xml.replace(pattern, (_whole, attributes: string) => `<c r="${cell}"${attributes.replace(/ t="[^"]*"/, '')}${type}><v>${raw}</v></c>`);
    },
  });
}

describe('a number that is no finite xsd:double is an error at its cell, with its text — never empty, 0 or 12', () => {
  it.each(['NaN', 'INF', '-INF', '1e309', '0x1F', '12abc'])('<v>%s</v>', async (raw) => {
    const generated = await filledReturn('epci');
    const input = generated.inputs.find((c) => c.type === 'integer')!;
    const result = await validate(plan, generated.fileName, withRawValue(generated, input.sheet, input.cell, raw));
    const found = result.findings.filter((f) => f.code === 'value_unreadable');
    expect(found).toEqual([expect.objectContaining({ severity: 'error', sheet: input.sheet, cell: input.cell, indicator: input.code, period: input.period, params: { type: 'number', raw } })]);
    const entry = result.submission!.entries.find((e) => e.code === input.code && e.period === input.period && e.member === input.member)!;
    expect(entry.state).toBe('invalid');
    expect(result.status).toBe('errors');
  });
});

describe('t="d": an ISO date, as SheetJS writes it with cellDates, reads as the date it is', () => {
  it('every date input rewritten as t="d": the same values and no finding (not 1905, not date_out_of_period)', async () => {
    const generated = await filledReturn('epci');
    const dates = generated.inputs.filter((c) => c.type === 'date');
    expect(dates.length).toBeGreaterThan(0);
    const edits: Record<string, (xml: string) => string> = {};
    for (const input of dates) {
      const part = sheetPart(generated.bytes, input.sheet);
      const before = edits[part] ?? ((xml: string) => xml);
      const iso = `${input.period}-06-15T00:00:00.000Z`;
      edits[part] = (xml) => before(xml).replace(cellPattern(input.cell), (_w, attributes: string) => `<c r="${input.cell}"${attributes} t="d"><v>${iso}</v></c>`);
    }
    const original = await validate(plan, generated.fileName, generated.bytes);
    const rewritten = await validate(plan, generated.fileName, editParts(generated.bytes, edits));
    expect(rewritten.findings).toEqual([]);
    expect(rewritten.submission!.entries).toEqual(original.submission!.entries.map((e) => ({ ...e, raw: dates.some((d) => d.cell === e.where?.cell && d.sheet === e.where.sheet) ? e.value : e.raw })));
  });
});

describe('Gnumeric: a formula’s text result stored as a shared string index (t="s")', () => {
  it('a blank return recalculated (every total « ») gives no false breakdown_total_mismatch', async () => {
    const who = respondent(plan, 'epci');
    const bytes = await renderSpec(buildCollectionWorkbook(plan, who, { now }).spec);
    const fileName = collectionFileName(plan, who);
    let emptyIndex = -1;
    let totals = 0;
    const gnumeric = editParts(bytes, {
      'xl/sharedStrings.xml': (xml) => {
        emptyIndex = (xml.match(/<si>/g) ?? []).length;
        return xml.replace('</sst>', '<si><t></t></si></sst>');
      },
    });
    const sheets = [...new Set(buildCollectionWorkbook(plan, who, { now }).inputs.map((c) => c.sheet))];
    const edits: Record<string, (xml: string) => string> = {};
    for (const sheet of sheets) {
      edits[sheetPart(gnumeric, sheet)] = (xml) =>
        xml.replace(/<c r="([A-Z]+\d+)"([^>]*)><f>(IF\(COUNT[^<]*)<\/f>(<v>[^<]*<\/v>)?<\/c>/g, (_w, cell: string, attributes: string, formula: string) => {
          totals++;
          return `<c r="${cell}"${attributes.replace(/ t="[^"]*"/, '')} t="s"><f>${formula}</f><v>${emptyIndex}</v></c>`;
        });
    }
    const recalculated = editParts(gnumeric, edits);
    expect(totals).toBeGreaterThan(20);
    expect(emptyIndex).toBeGreaterThan(0);
    const original = await validate(plan, fileName, bytes);
    const result = await validate(plan, fileName, recalculated);
    expect(result.findings.filter((f) => f.code === 'breakdown_total_mismatch')).toEqual([]);
    expect(result.findings.map((f) => [f.code, f.cell])).toEqual(original.findings.map((f) => [f.code, f.cell]));
  });
});

describe('XML entities: only the five predefined ones; &constructor; and the like refuse the file, saying why', () => {
  it.each(['constructor', 'toString', '__proto__'])('&%s; in a shared string', async (name) => {
    const generated = await filledReturn('epci');
    const bytes = editParts(generated.bytes, { 'xl/sharedStrings.xml': (xml) => xml.replace('Chiffres issus du bilan annuel.', `Chiffres &${name}; annuel.`) });
    const result = await validate(plan, generated.fileName, bytes);
    expect(result.status).toBe('refused');
    expect(result.findings).toEqual([expect.objectContaining({ code: 'file_refused', params: expect.objectContaining({ reason: 'corrupt' }) })]);
    expect(renderFinding(result.findings[0]!)).toMatch(/entité inconnue/);
    expect(JSON.stringify(result)).not.toMatch(/native code|function Object/);
  });
});

describe('text over Excel’s 32 767-character limit', () => {
  it('a 40 000-character comment is kept cut to the limit, with a warning', async () => {
    const generated = await filledReturn('epci');
    const comment = generated.inputs.find((c) => c.type === 'comment')!;
    const bytes = await alter(generated, (w) => void (w.getWorksheet(comment.sheet)!.getCell(comment.cell).value = 'é'.repeat(40_000)));
    const result = await validate(plan, generated.fileName, bytes);
    expect(result.findings).toEqual([expect.objectContaining({ code: 'comment_truncated', severity: 'warning', cell: comment.cell, params: { length: 40_000, max: maxCellText } })]);
    const kept = result.submission!.comments.find((c) => c.where.cell === comment.cell)!;
    expect(kept.text.length).toBe(maxCellText);
  });

  it('40 000 characters typed in a number cell: no finding carries the whole text (annotated copy, JSON, report)', async () => {
    const generated = await filledReturn('epci');
    const input = generated.inputs.find((c) => c.type === 'integer')!;
    const bytes = await alter(generated, (w) => void (w.getWorksheet(input.sheet)!.getCell(input.cell).value = 'a'.repeat(40_000)));
    const result = await validate(plan, generated.fileName, bytes);
    expect(result.findings).toEqual([expect.objectContaining({ code: 'not_a_number', severity: 'error', cell: input.cell })]);
    expect(String(result.findings[0]!.value).length).toBe(maxCellText);
    expect(String(result.findings[0]!.params.text).length).toBeLessThanOrEqual(1000);
  });
});
