/**
 * The annotated copy never holds text over Excel's 32 767-character limit (issue 12), whatever the
 * return held: a 40 000-character comment, 40 000 characters typed in a number cell (quoted by its
 * finding), a 40 000-character note of the commune's own.
 */
import { inflateRawSync } from 'node:zlib';
import { validateGrids } from '../../src/app/validate';
import { maxCellText } from '../../src/workbook/textLimit';
import { readGrids } from '../../src/xlsx';
import { annotateReturn } from '../../src/xlsx/annotate';
import { entryData, guardXlsx } from '../../src/xlsx/guards';
import { alter, filledReturn } from '../returns/support';

/** Every text run (`<t>`) of every XML part of the file: shared strings, inline strings, notes. */
function longestText(bytes: Uint8Array): number {
  let longest = 0;
  for (const entry of guardXlsx(bytes)) {
    if (!entry.name.endsWith('.xml')) continue;
    const xml = (entry.method === 0 ? Buffer.from(entryData(bytes, entry)) : inflateRawSync(entryData(bytes, entry))).toString('utf8');
    for (const match of xml.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([^<]*)<\/(?:\w+:)?t>/g)) {
      const text = match[1]!.replace(/&(lt|gt|amp|quot|apos);/g, '_');
      longest = Math.max(longest, text.length);
    }
  }
  return longest;
}

it('text over 32 767 characters in a return is cut in the annotated copy, cells and notes alike', async () => {
  const generated = await filledReturn('epci');
  const comment = generated.inputs.find((c) => c.type === 'comment')!;
  const number = generated.inputs.find((c) => c.type === 'integer')!;
  const bytes = await alter(generated, (w) => {
    w.getWorksheet(comment.sheet)!.getCell(comment.cell).value = 'c'.repeat(40_000);
    w.getWorksheet(number.sheet)!.getCell(number.cell).value = 'n'.repeat(40_000);
    w.getWorksheet(number.sheet)!.getCell(number.cell).note = 'm'.repeat(40_000);
  });
  expect(longestText(bytes)).toBe(40_000);
  const result = validateGrids(generated.plan, generated.fileName, await readGrids(bytes));
  expect(result.findings.map((f) => f.code).sort()).toEqual(['comment_truncated', 'not_a_number']);
  const copy = await annotateReturn(bytes, result.findings);
  expect(longestText(copy)).toBeLessThanOrEqual(maxCellText);
  expect(longestText(copy)).toBeGreaterThan(maxCellText - 100);
}, 60_000);
