/**
 * A correctly filled return gives no finding at all, every value typed as the plan says; the
 * same return re-saved by LibreOffice is read identically.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convert } from '../support/libreoffice';
import { filledReturn, validate, valuesOf, type Generated } from './support';
import type { ReturnResult } from '../../src/returns';
import { readGrids } from '../../src/xlsx';
import { inflateRawSync } from 'node:zlib';
import { guardXlsx, entryData } from '../../src/xlsx';

describe.each(['epci', 'caf', '04070'])('a correctly filled return (%s)', (who) => {
  let generated: Generated;
  let result: ReturnResult;
  beforeAll(async () => {
    generated = await filledReturn(who);
    result = await validate(generated.plan, generated.fileName, generated.bytes);
  });

  it('is ok, with no error, no warning and no information', () => {
    expect(result.findings).toEqual([]);
    expect(result.status).toBe('ok');
    expect(result.respondent).toEqual({ code: generated.respondent.code, name: generated.respondent.name });
  });

  it('gives one entry per cell to fill, each a typed value where it was generated', () => {
    const inputs = generated.inputs.filter((c) => c.type !== 'comment');
    const entries = result.submission!.entries;
    expect(entries).toHaveLength(inputs.length);
    for (const input of inputs) {
      const entry = entries.find((e) => e.code === input.code && e.period === input.period && e.member === input.member)!;
      expect({ at: `${input.code} ${input.period} ${input.member}`, state: entry.state, where: entry.where }).toEqual({
        at: `${input.code} ${input.period} ${input.member}`,
        state: 'value',
        where: { sheet: input.sheet, cell: input.cell },
      });
    }
  });

  it('types values as the plan says: percentages as fractions, « Oui » as true, dates as ISO strings', () => {
    const entries = result.submission!.entries;
    const typeOf = (code: string) => generated.inputs.find((c) => c.code === code)!.type;
    for (const e of entries) {
      const type = typeOf(e.code);
      if (type === 'percentage') expect([0.3, 0.7]).toContain(e.value);
      if (type === 'deliverable' || type === 'yesNo') expect(e.value).toBe(true);
      if (type === 'date') expect(e.value).toBe(`${e.period}-06-15`);
      if (type === 'integer') expect(Number.isInteger(e.value)).toBe(true);
    }
  });

  it('keeps the comments with their indicator and cell', () => {
    const comments = result.submission!.comments;
    expect(comments.length).toBeGreaterThan(0);
    for (const c of comments) {
      expect(c.text).toBe('Chiffres issus du bilan annuel.');
      const input = generated.inputs.find((i) => i.type === 'comment' && i.sheet === c.where.sheet && i.cell === c.where.cell)!;
      expect({ code: c.code, member: c.member }).toEqual({ code: input.code, member: input.member });
    }
  });

  it('records the identity from the `_ctg` sheet', () => {
    expect(result.submission!.identity).toEqual({
      source: 'manifest',
      planId: generated.plan.id,
      planVersion: generated.plan.version,
      respondent: { code: generated.respondent.code, name: generated.respondent.name, kind: generated.respondent.kind },
      periods: generated.plan.periods.map((p) => p.id),
      generatedAt: '2026-11-29T10:00:00.000Z',
    });
    expect(result.submission!.strays).toEqual([]);
  });
});

describe('a return re-saved by LibreOffice (xlsx → xlsx with soffice --headless)', () => {
  let original: ReturnResult;
  let resaved: ReturnResult;
  let resavedBytes: Uint8Array;
  beforeAll(async () => {
    const generated = await filledReturn('epci');
    original = await validate(generated.plan, generated.fileName, generated.bytes);
    const dir = mkdtempSync(join(tmpdir(), 'ctg-lo-'));
    const source = join(dir, 'source', generated.fileName);
    mkdirSync(join(dir, 'source'));
    writeFileSync(source, generated.bytes);
    const [converted] = await convert(source, 'xlsx:Calc MS Excel 2007 XML', join(dir, 'out'));
    resavedBytes = new Uint8Array(readFileSync(converted!));
    resaved = await validate(generated.plan, generated.fileName, resavedBytes);
  }, 120_000);

  it('is a file LibreOffice rewrote, totals computed and cached', async () => {
    const app = guardXlsx(resavedBytes).find((e) => e.name === 'docProps/app.xml')!;
    expect(inflateRawSync(entryData(resavedBytes, app)).toString('utf8')).toMatch(/LibreOffice/);
    const generated = await filledReturn('epci');
    const total = generated.inputs.find((c) => c.code === '3.2.a1.places_creees' && c.period === '2024' && c.member === 'autre')!;
    const grid = (await readGrids(resavedBytes)).find((g) => g.name === total.sheet)!;
    const row = Number(total.cell.slice(1)); // the total row follows the last member
    expect(grid.formulas[row]?.[5]).toMatch(/SUM/);
    expect(grid.rows[row]?.[5]).toBe(15);
  });

  it('gives the same values, at the same cells, and no finding', () => {
    expect(resaved.findings).toEqual([]);
    expect(valuesOf(resaved)).toEqual(valuesOf(original));
    expect(resaved.submission!.entries.map((e) => e.where)).toEqual(original.submission!.entries.map((e) => e.where));
    expect(resaved.submission!.comments).toEqual(original.submission!.comments);
    expect(resaved.submission!.identity).toEqual(original.submission!.identity);
  });
});
