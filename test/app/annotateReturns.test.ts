/**
 * Annotated copies, file by file: marking one up may crash and writing one may fail (a full disk);
 * either is that file's outcome, and the next files still get their copy, under the distinct names
 * given. The returns that once crashed ExcelJS (saved by openpyxl, a DOCTYPE in docProps) get theirs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotateReturns, readReturnGrids, validateGrids, type ReturnFile } from '../../src/app/validate';
import { defaultPlan } from '../../src/plan';
import { annotateReturn } from '../../src/xlsx/annotate';
import type { ReturnResult } from '../../src/returns/result';
import type { Submission } from '../../src/returns/submission';
import { readWithin } from '../support/readWithin';


const checked = (file: string): ReturnResult => ({ file, respondent: null, status: 'ok', findings: [], submission: {} as Submission });
const refused = (file: string): ReturnResult => ({ file, respondent: null, status: 'refused', findings: [], submission: null });

const files: ReturnFile[] = ['a/r.xlsx', 'crash.xlsx', 'full.xlsx', 'refused.xlsx', 'b/r.xlsx'].map((fileName, i) => ({ fileName, bytes: new Uint8Array([i]) }));
const results = [checked('r.xlsx'), checked('crash.xlsx'), checked('full.xlsx'), refused('refused.xlsx'), checked('r.xlsx')];

describe('annotateReturns', () => {
  it('keeps each failure to its file and still writes the copies of the files after it', async () => {
    const written: string[] = [];
    const out = await annotateReturns(results, files, {
      annotate: async (bytes) => {
        if (bytes[0] === 1) throw new TypeError("Cannot read properties of undefined (reading 'comments')");
        return bytes;
      },
      write: async (name, bytes) => {
        if (bytes[0] === 2) throw new Error('« full.xlsx » n’a pas pu être écrit : le disque est plein (ENOSPC)');
        written.push(name);
        return `out/${name}`;
      },
    });
    expect(out).toEqual([
      { file: 'r.xlsx', written: 'out/r_a_controle.xlsx' },
      { file: 'crash.xlsx', written: null, reason: 'annotate_failed', detail: "Cannot read properties of undefined (reading 'comments')" },
      { file: 'full.xlsx', written: null, reason: 'write_failed', detail: '« full.xlsx » n’a pas pu être écrit : le disque est plein (ENOSPC)' },
      { file: 'refused.xlsx', written: null, reason: 'refused' },
      { file: 'r.xlsx', written: 'out/r_b_controle.xlsx' },
    ]);
    expect(written).toEqual(['r_a_controle.xlsx', 'r_b_controle.xlsx']);
  });

  it('writes under the names it is given', async () => {
    const names = ['un.xlsx', 'deux.xlsx', 'trois.xlsx', 'quatre.xlsx', 'cinq.xlsx'];
    const out = await annotateReturns(results, files, { annotate: async (b) => b, write: async (name) => name, names });
    expect(out.map((o) => o.written)).toEqual(['un.xlsx', 'deux.xlsx', 'trois.xlsx', null, 'cinq.xlsx']);
  });
});

describe('annotateReturns with the ExcelJS annotator', () => {
  const fixtures = join(__dirname, '..', 'fixtures');
  const paths = [
    ...readdirSync(join(fixtures, 'hostile')).filter((n) => n.endsWith('.xlsx')).map((n) => join(fixtures, 'hostile', n)),
    ...readdirSync(join(fixtures, 'clients', 'openpyxl')).filter((n) => n.endsWith('.xlsx')).map((n) => join(fixtures, 'clients', 'openpyxl', n)),
  ];

  it('writes a copy of every return saved by openpyxl or with a DOCTYPE in docProps, none failing', async () => {
    expect(paths).toHaveLength(4);
    const plan = defaultPlan();
    const files: ReturnFile[] = paths.map((path) => ({ fileName: path.slice(fixtures.length + 1), bytes: new Uint8Array(readFileSync(path)) }));
    const results = [];
    for (const file of files) {
      const read = await readReturnGrids(file, readWithin);
      results.push(read.ok ? validateGrids(plan, file.fileName, read.grids) : read.result);
    }
    // No error; returns of plan 1.0.0 carry warnings for the values not carried into the current plan.
    for (const r of results) expect(['ok', 'warnings']).toContain(r.status);
    const out = await annotateReturns(results, files, { annotate: (bytes, findings, lang) => annotateReturn(bytes, findings, { lang }), write: async (name) => name });
    expect(out.filter((o) => o.written === null)).toEqual([]);
  }, 60_000);
});
