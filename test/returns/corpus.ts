/**
 * The corpus of bad returns: each case alters a real, correctly filled return in one way and
 * says which findings must come out, at which cell. Anything else reported is a failure, so a
 * check that fires where it should not is caught as surely as one that stays silent.
 */
import type { Finding, FindingCode, ReturnResult, Severity } from '../../src/returns';
import { findingSeverities } from '../../src/returns';
import { renderFinding } from '../../src/i18n';
import { alter, filledReturn, inputOf, validate, variantPlan, type Alter, type Generated } from './support';

export type Expected = {
  code: FindingCode;
  severity?: Severity;
  /** The cell of an input: [code, period, member]. */
  at?: [string, string, string?];
  sheet?: string | null;
  cell?: string | null;
  /** Expected more than once (every one must match). */
  times?: number;
};

export type Case = {
  name: string;
  who?: string;
  plan?: 'variant';
  fileName?: (generated: Generated) => string;
  alter?: Alter;
  bytes?: (generated: Generated) => Promise<Uint8Array> | Uint8Array;
  expect: Expected[] | ((generated: Generated) => Expected[]);
  /** Findings tolerated besides the expected ones (by code), e.g. `layout_shifted` after a row insertion. */
  allow?: FindingCode[];
  status?: ReturnResult['status'];
  then?: (result: ReturnResult, generated: Generated) => void | Promise<void>;
};

export function generatedFor(c: Case): Promise<Generated> {
  return c.plan === 'variant' ? filledReturn(c.who ?? 'epci', variantPlan, 'variant') : filledReturn(c.who ?? 'epci');
}

export async function runCase(c: Case): Promise<{ result: ReturnResult; generated: Generated }> {
  const generated = await generatedFor(c);
  const bytes = c.bytes !== undefined ? await c.bytes(generated) : await alter(generated, c.alter ?? (() => undefined));
  const result = await validate(generated.plan, c.fileName?.(generated) ?? generated.fileName, bytes);
  return { result, generated };
}

function matches(f: Finding, e: Expected, generated: Generated): boolean {
  if (f.code !== e.code) return false;
  if (f.severity !== (e.severity ?? findingSeverities[e.code])) return false;
  if (e.at !== undefined) {
    const input = inputOf(generated, e.at[0], e.at[1], e.at[2] ?? '');
    if (f.sheet !== input.sheet || f.cell !== input.cell) return false;
  }
  if (e.sheet !== undefined && f.sheet !== e.sheet) return false;
  if (e.cell !== undefined && f.cell !== e.cell) return false;
  return true;
}

const show = (f: Finding) => `${f.severity} ${f.code} ${f.sheet ?? '-'}!${f.cell ?? '-'} ${f.indicator ?? ''} ${f.period ?? ''} ${f.member ?? ''}`;

/** Every expected finding is there, as many times as said; nothing else is, but what `allow` names. */
export function expectFindings(result: ReturnResult, c: Case, generated: Generated): void {
  const expected = typeof c.expect === 'function' ? c.expect(generated) : c.expect;
  const unmatched = [...result.findings];
  for (const e of expected) {
    const hits = unmatched.filter((f) => matches(f, e, generated));
    expect({ expected: e, found: hits.length, all: result.findings.map(show) }).toEqual({ expected: e, found: e.times ?? 1, all: result.findings.map(show) });
    for (const hit of hits) unmatched.splice(unmatched.indexOf(hit), 1);
  }
  const extra = unmatched.filter((f) => !(c.allow ?? []).includes(f.code));
  expect(extra.map(show)).toEqual([]);
  // Every finding renders to a French message that is more than its code.
  for (const f of result.findings) expect(renderFinding(f).length).toBeGreaterThan(20);
  if (c.status !== undefined) expect(result.status).toBe(c.status);
}
