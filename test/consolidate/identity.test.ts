/**
 * Issue 12, « Forged or confused identity »: a file that says it is Château-Arnoux-Saint-Auban's
 * (04049) — with a `generated_at` of 9999 or « zzz », named « retour.xlsx » or for another
 * commune, re-labelled from Digne-les-Bains's workbook — must never replace the genuine return
 * silently. Real collection workbooks (simulated fillings of the embedded plan), read as grids,
 * checked and consolidated as the command line does.
 */
import { collectionFileName } from '../../src/app/fileNames';
import { simulateReturn } from '../../src/demo';
import { respondentsOf } from '../../src/collect';
import { consolidate, type Consolidation, type ReturnInput } from '../../src/consolidate';
import { consolidationSummaryData } from '../../src/consolidate/summary';
import { formatConsolidationSummary } from '../../src/i18n';
import { defaultPlan } from '../../src/plan';
import { checkReturn } from '../../src/returns';
import { checkedResult } from '../../src/returns/result';
import type { Grid } from '../../src/workbook/grid';
import { specToGrids } from '../oracles/specToGrid';

const plan = defaultPlan();
const now = '2026-02-01T10:00:00.000Z';
const chateau = respondentsOf(plan).find((r) => r.code === '04049')!;
const digne = respondentsOf(plan).find((r) => r.code === '04070')!;
const genuineName = collectionFileName(plan, chateau);
const genuineGeneratedAt = '2025-12-01T09:00:00.000Z';

function workbook(code: string, seed: number, generatedAt = genuineGeneratedAt): Grid[] {
  const respondent = respondentsOf(plan).find((r) => r.code === code)!;
  return specToGrids(simulateReturn(plan, respondent, { seed, now: generatedAt, completeness: 'full', anomalies: [] }).spec);
}

/** Rewrites a key of the `_ctg` sheet (H:I pairs), as someone editing the hidden sheet would. */
function setManifest(grids: Grid[], key: string, value: string): Grid[] {
  const copy = structuredClone(grids);
  const row = copy.find((g) => g.name === '_ctg')!.rows.find((r) => r?.[7] === key)!;
  row[8] = value;
  return copy;
}

function input(grids: Grid[], file: string, fileDate: string | null = '2026-01-15T08:00:00.000Z'): ReturnInput {
  return { result: checkedResult(checkReturn(grids, plan, file, { now })), fileDate, importedAt: now };
}

const genuine = () => input(workbook('04049', 1), genuineName);
/** One figure of Château-Arnoux's genuine return, to see whether it is still the current one. */
const probe = (c: Consolidation) => c.values.find((v) => v.respondent === '04049' && v.state === 'value' && v.source.sheet !== null);
const genuineProbe = probe(consolidate(plan, [genuine()], { now }))!;
const currentOf = (c: Consolidation) => c.values.find((v) => v.respondent === genuineProbe.respondent && v.code === genuineProbe.code && v.period === genuineProbe.period && v.member === genuineProbe.member)!;

type Forgery = { name: string; grids: () => Grid[]; file: string; finding: string; outcome: string };

const forgeries: Forgery[] = [
  {
    name: '_ctg 04049, generated_at 9999-12-31, named retour.xlsx',
    grids: () => setManifest(workbook('04049', 2), 'generated_at', '9999-12-31T23:59:59.000Z'),
    file: 'retour.xlsx',
    finding: 'generated_at_untrusted',
    outcome: 'superseded',
  },
  {
    name: '_ctg 04049, generated_at « zzz », named retour.xlsx',
    grids: () => setManifest(workbook('04049', 2), 'generated_at', 'zzz'),
    file: 'retour.xlsx',
    finding: 'generated_at_untrusted',
    outcome: 'superseded',
  },
  {
    name: '_ctg 04049, generated_at before the plan existed',
    grids: () => setManifest(workbook('04049', 2), 'generated_at', '1970-01-01T00:00:00.000Z'),
    file: 'retour.xlsx',
    finding: 'generated_at_untrusted',
    outcome: 'superseded',
  },
  {
    name: '_ctg 04049, a later generated_at, named for another commune (Digne-les-Bains)',
    grids: () => setManifest(workbook('04049', 2), 'generated_at', '2026-01-20T09:00:00.000Z'),
    file: collectionFileName(plan, digne),
    finding: 'respondent_mismatch',
    outcome: 'unconfirmed',
  },
  {
    name: 'Digne-les-Bains’s workbook re-labelled 04049 in _ctg (its sheets still say Digne), generated_at 9999, named retour.xlsx',
    grids: () => setManifest(setManifest(workbook('04070', 2), 'respondent_code', '04049'), 'generated_at', '9999-12-31T23:59:59.000Z'),
    file: 'retour.xlsx',
    finding: 'respondent_mismatch',
    outcome: 'unconfirmed',
  },
  {
    name: 'Digne-les-Bains’s workbook re-labelled 04049, code and name, with a plausible date: its « Lisez-moi » still says Digne',
    grids: () => setManifest(setManifest(setManifest(workbook('04070', 2), 'respondent_code', '04049'), 'respondent_name', chateau.name), 'generated_at', '2026-01-20T09:00:00.000Z'),
    file: 'retour.xlsx',
    finding: 'respondent_mismatch',
    outcome: 'unconfirmed',
  },
];

describe('a forged or confused return never replaces Château-Arnoux-Saint-Auban’s genuine values', () => {
  it.each(forgeries.map((f) => [f.name, f] as const))('%s', (_name, forgery) => {
    const forged = input(forgery.grids(), forgery.file, '2026-01-25T08:00:00.000Z');
    expect(forged.result.findings.map((f) => f.code)).toContain(forgery.finding);
    // Imported after the genuine one, with a later file date: still not the current values.
    const c = consolidate(plan, [genuine(), forged], { now });
    expect(currentOf(c)).toMatchObject({ value: genuineProbe.value, source: { file: genuineName } });
    expect(c.files.map((f) => [f.file, f.outcome])).toEqual([
      [genuineName, 'used'],
      [forgery.file, forgery.outcome],
    ]);
    expect(c.files[0]!.replacedBy).toEqual([]);
  });

  it('a genuine later return of the same commune still replaces the first, and says why', () => {
    const later = input(workbook('04049', 2, '2026-01-20T09:00:00.000Z'), genuineName.replace('.xlsx', ' (corrigé).xlsx'));
    const c = consolidate(plan, [genuine(), later], { now });
    expect(currentOf(c).source.file).toBe(later.result.file);
    expect(c.files[0]).toMatchObject({ outcome: 'superseded', replacedBy: [{ file: later.result.file, reason: { kind: 'generated_later', newer: '2026-01-20T09:00:00.000Z', older: genuineGeneratedAt } }] });
  });
});

describe('generated_at compared as instants, not as text', () => {
  it.each([
    // 10:00+02:00 is 08:00Z, earlier than 09:30Z although its text sorts after.
    ['offset vs UTC', '2025-12-01T10:00:00+02:00', '2025-12-01T09:30:00Z', 'second'],
    ['milliseconds or not', '2025-12-01T09:30:00.500Z', '2025-12-01T09:30:00Z', 'first'],
  ] as const)('%s', (_name, first, second, winner) => {
    const a = input(setManifest(workbook('04049', 1), 'generated_at', first), 'a.xlsx');
    const b = input(setManifest(workbook('04049', 2), 'generated_at', second), 'b.xlsx');
    const c = consolidate(plan, [a, b], { now });
    expect(currentOf(c).source.file).toBe(winner === 'first' ? 'a.xlsx' : 'b.xlsx');
  });
});

describe('a file whose name or sheets name another respondent', () => {
  const named = () => input(setManifest(workbook('04049', 2), 'generated_at', '2026-01-20T09:00:00.000Z'), collectionFileName(plan, digne));

  it('is set apart by default: attributed to nobody, its respondent not counted as answered', () => {
    const c = consolidate(plan, [named()], { now });
    expect(c.files[0]).toMatchObject({ outcome: 'unconfirmed', respondent: null, identity: { status: 'unconfirmed', claimed: '04049', disagreements: [{ by: 'file_name', code: '04070' }] } });
    expect(c.values.filter((v) => v.respondent === '04049' && v.state === 'value')).toEqual([]);
  });

  it('is used for its `_ctg` respondent once the adviser confirms it, and replaces by recency as any return', () => {
    const c = consolidate(plan, [genuine(), named()], { now, confirmedIdentity: [collectionFileName(plan, digne)] });
    expect(c.files[1]).toMatchObject({ outcome: 'used', respondent: '04049', identity: { status: 'confirmed', claimed: '04049' } });
    expect(currentOf(c).source.file).toBe(collectionFileName(plan, digne));
    expect(c.files[0]!.replacedBy).toEqual([expect.objectContaining({ file: collectionFileName(plan, digne), reason: expect.objectContaining({ kind: 'generated_later' }) })]);
  });

  it('once confirmed, its mismatch no longer quarantines it under « écarter les retours avec erreurs »', () => {
    const c = consolidate(plan, [named()], { now, errors: 'quarantine', confirmedIdentity: [collectionFileName(plan, digne)] });
    expect(c.files[0]!.outcome).toBe('used');
  });

  it('is named in the French summary with how to confirm it', () => {
    const summary = formatConsolidationSummary(consolidationSummaryData(plan, consolidate(plan, [genuine(), named()], { now })));
    expect(summary).toContain(`${collectionFileName(plan, digne)} mis de côté : sa feuille « _ctg » désigne Château-Arnoux-Saint-Auban (04049), mais son nom de fichier désigne Digne-les-Bains (04070)`);
    expect(summary).toContain(`--confirm-identity ${collectionFileName(plan, digne)}`);
  });

  it.each([
    ['a neutral name', 'retour.xlsx'],
    ['its own name with a suffix', genuineName.replace('.xlsx', ' (1).xlsx')],
  ])('is not set apart for %s', (_name, file) => {
    const c = consolidate(plan, [input(workbook('04049', 2), file)], { now });
    expect(c.files[0]).toMatchObject({ outcome: 'used', identity: { status: 'agreed' } });
  });
});
