/**
 * Property tests: random alterations of a valid return — text and odd values in cells, deleted
 * and shuffled rows, swapped values, renamed or dropped sheets, random bytes in the file — never
 * crash the validator: they give well-formed findings, or a refusal.
 */
import fc from 'fast-check';
import { validateReturn } from '../../src/app/validate';
import { renderFinding } from '../../src/i18n';
import { checkReturn, findingCodes, type Finding, type ReturnResult } from '../../src/returns';
import { parseA1 } from '../../src/workbook/a1';
import type { CellValue, Grid } from '../../src/workbook/grid';
import { readGrids } from '../../src/xlsx';
import { filledReturn, type Generated } from './support';

let generated: Generated;
let grids: Grid[];
beforeAll(async () => {
  generated = await filledReturn('epci');
  grids = await readGrids(generated.bytes);
});

const known = new Set<string>(findingCodes);

function expectWellFormed(findings: readonly Finding[], sheetNames: ReadonlySet<string>): void {
  for (const f of findings) {
    expect(known.has(f.code)).toBe(true);
    expect(['error', 'warning', 'info']).toContain(f.severity);
    if (f.cell !== null) expect(parseA1(f.cell)).toBeDefined();
    if (f.sheet !== null) expect(sheetNames.has(f.sheet)).toBe(true);
    for (const lang of ['fr', 'en'] as const) {
      const message = renderFinding(f, lang);
      // What the commune typed is quoted as is; the rest of the message must be whole.
      expect(message.replace(/«[^»]*»|"[^"]*"/g, '')).not.toMatch(/undefined|\[object Object\]|NaN/);
      expect(message.length).toBeGreaterThan(10);
    }
  }
}

/** Odd things people type, and what readers give back. */
const cellValueArb: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom<CellValue>(null, '', ' ', 'NC', 'n.c.', 'oui', 'X', '—', '#REF!', '#N/A', '=1+1', '+33', '-', '@SUM(A1)', '12,5 %', '1 234,5', '1\u202f234 €', '15/03/2024', '31/02/2024', '2024-03-15', 'Infinity', 'NaN', '1e309'),
  // Readers give finite numbers only (NaN and infinities never come out of a cell).
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.boolean(),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);

type Change =
  | { kind: 'set'; sheet: number; row: number; column: number; value: CellValue }
  | { kind: 'deleteRow'; sheet: number; row: number }
  | { kind: 'swap'; sheet: number; a: number; b: number }
  | { kind: 'swapCells'; sheet: number; r1: number; c1: number; r2: number; c2: number }
  | { kind: 'rename'; sheet: number; name: string }
  | { kind: 'drop'; sheet: number }
  | { kind: 'formula'; sheet: number; row: number; column: number };

const index = fc.nat({ max: 80 });
const changeArb: fc.Arbitrary<Change> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('set' as const), sheet: fc.nat(), row: index, column: fc.nat({ max: 10 }), value: cellValueArb }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('deleteRow' as const), sheet: fc.nat(), row: index }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('swap' as const), sheet: fc.nat(), a: index, b: index }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('swapCells' as const), sheet: fc.nat(), r1: index, c1: fc.nat({ max: 10 }), r2: index, c2: fc.nat({ max: 10 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('rename' as const), sheet: fc.nat(), name: fc.string({ minLength: 1, maxLength: 31 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('drop' as const), sheet: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('formula' as const), sheet: fc.nat(), row: index, column: fc.nat({ max: 10 }) }) },
);

function applyChanges(source: readonly Grid[], changes: readonly Change[]): Grid[] {
  let out: Grid[] = source.map((g) => ({ name: g.name, rows: g.rows.map((r) => [...(r ?? [])]), formulas: g.formulas.map((r) => [...(r ?? [])]) }));
  for (const change of changes) {
    if (out.length === 0) break;
    const g = out[change.sheet % out.length]!;
    switch (change.kind) {
      case 'set':
        (g.rows[change.row] ??= [])[change.column] = change.value;
        break;
      case 'deleteRow':
        g.rows.splice(change.row, 1);
        g.formulas.splice(change.row, 1);
        break;
      case 'swap':
        [g.rows[change.a], g.rows[change.b]] = [g.rows[change.b] ?? [], g.rows[change.a] ?? []];
        break;
      case 'swapCells': {
        const a = (g.rows[change.r1] ??= []);
        const b = (g.rows[change.r2] ??= []);
        [a[change.c1], b[change.c2]] = [b[change.c2] ?? null, a[change.c1] ?? null];
        break;
      }
      case 'rename':
        g.name = change.name;
        break;
      case 'drop':
        out = out.filter((x) => x !== g);
        break;
      case 'formula':
        (g.formulas[change.row] ??= [])[change.column] = 'A1+1';
        break;
    }
  }
  // Readers give dense rows (holes are null).
  for (const g of out) g.rows = Array.from({ length: g.rows.length }, (_, r) => Array.from({ length: g.rows[r]?.length ?? 0 }, (_, c) => g.rows[r]?.[c] ?? null));
  return out;
}

describe('random alterations of a valid return', () => {
  it('never crash the checks; every finding is well formed, every cell to fill accounted for', () => {
    fc.assert(
      fc.property(fc.array(changeArb, { minLength: 1, maxLength: 25 }), (changes) => {
        const altered = applyChanges(grids, changes);
        const { submission, findings } = checkReturn(altered, generated.plan, generated.fileName);
        expectWellFormed(findings, new Set(altered.map((g) => g.name)));
        for (const e of submission.entries) {
          expect(['value', 'empty', 'nc', 'invalid']).toContain(e.state);
          expect(e.state === 'value').toBe(e.value !== null);
        }
        // Unless the return stopped being recognisable, no cell to fill is dropped silently.
        if (!findings.some((f) => f.code === 'plan_mismatch' || f.code === 'not_a_return' || f.code === 'manifest_invalid' || f.code === 'manifest_missing' || f.code === 'respondent_unknown' || f.code === 'template_version')) {
          expect(submission.entries).toHaveLength(generated.inputs.filter((c) => c.type !== 'comment').length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('text typed in any cell to fill is reported at that cell, and nothing is read from it', () => {
    const inputs = generated.inputs.filter((c) => c.type !== 'comment' && c.type !== 'text');
    fc.assert(
      fc.property(fc.constantFrom(...inputs), fc.stringMatching(/^[a-zé ]{3,12}[a-z]$/), (input, word) => {
        fc.pre(!['oui', 'non', 'nc', 'x', 'vrai', 'faux', 'yes', 'no'].includes(word.trim().toLowerCase()));
        const at = parseA1(input.cell)!;
        const altered = applyChanges(grids, [{ kind: 'set', sheet: grids.findIndex((g) => g.name === input.sheet), row: at.row, column: at.column, value: word }]);
        const { submission, findings } = checkReturn(altered, generated.plan, generated.fileName);
        const entry = submission.entries.find((e) => e.code === input.code && e.period === input.period && e.member === input.member)!;
        expect(entry.state).toBe('invalid');
        expect(findings.filter((f) => f.severity === 'error').map((f) => [f.sheet, f.cell])).toEqual([[input.sheet, input.cell]]);
      }),
      { numRuns: 100 },
    );
  });

  it('random bytes in the file give findings or a refusal, never an exception', async () => {
    const bytes = generated.bytes;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.array(fc.record({ at: fc.nat({ max: bytes.length - 1 }), byte: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 20 }).map((flips) => {
            const copy = bytes.slice();
            for (const f of flips) copy[f.at] = f.byte;
            return copy;
          }),
          fc.nat({ max: bytes.length }).map((n) => bytes.slice(0, n)),
          fc.uint8Array({ maxLength: 4096 }),
          fc.record({ at: fc.nat({ max: bytes.length }), junk: fc.uint8Array({ minLength: 1, maxLength: 64 }) }).map(({ at, junk }) => new Uint8Array([...bytes.slice(0, at), ...junk, ...bytes.slice(at)])),
        ),
        async (mutated) => {
          const result: ReturnResult = await validateReturn(generated.plan, { fileName: generated.fileName, bytes: mutated }, { readGrids: (b) => readGrids(b) });
          expect(['ok', 'warnings', 'errors', 'refused']).toContain(result.status);
          expect(result.findings.some((f) => f.code === 'internal_error')).toBe(false);
          if (result.status === 'refused') expect(result.findings.map((f) => f.code)).toEqual(['file_refused']);
          else expectWellFormed(result.findings, new Set(result.findings.map((f) => f.sheet).filter((s): s is string => s !== null)));
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);
});
