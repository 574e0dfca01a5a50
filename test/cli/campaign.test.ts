/**
 * A campaign over three rounds on the command line, on files: the first returns; two new ones and
 * a corrected one added `--into` the consolidation; the same files again (skipped). And `--into`
 * refused on anything that is not a consolidation, the file left byte for byte as it was.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConsolidation } from '../../src/consolidate/readConsolidation';
import type { RespondentValue } from '../../src/consolidate/types';
import { nodeInflate } from '../../src/xlsx/inflateNode';
import { readConsolidationGrids } from '../../src/xlsx/consolidationGrids';
import { plan, returnFile, type Simulated } from '../campaign/support';
import { runCli as run } from '../support/cli';

async function folderOf(dir: string, returns: readonly Simulated[]): Promise<string> {
  mkdirSync(dir, { recursive: true });
  for (const r of returns) {
    const file = await returnFile(r);
    writeFileSync(join(dir, file.fileName), file.bytes);
  }
  return dir;
}

async function campaignIn(path: string) {
  const read = readConsolidation(plan, await readConsolidationGrids(readFileSync(path), nodeInflate));
  if (!read.ok) throw new Error(JSON.stringify(read.issue));
  return read;
}

const key = (v: Pick<RespondentValue, 'respondent' | 'code' | 'period' | 'member'>) => `${v.respondent}|${v.code}|${v.period}|${v.member}`;
const byRespondent = (values: readonly RespondentValue[], code: string) => new Map(values.filter((v) => v.respondent === code).map((v) => [key(v), [v.state, v.value, v.source.file, v.source.version]]));

const answersOf = (read: Awaited<ReturnType<typeof campaignIn>>, code: string) => (read.earlier.facilities ?? []).filter((f) => f.respondent === code);

const generated = '2025-12-01T09:00:00.000Z';
const firstReturns: Simulated[] = [
  { code: '200067437', seed: 1, generatedAt: generated, anomalies: ['negative_count'] },
  { code: '04070', seed: 2, generatedAt: generated, completeness: 'partial' },
  { code: '04001', seed: 3, generatedAt: generated },
];
const secondReturns: Simulated[] = [
  { code: '04049', seed: 5, generatedAt: generated },
  { code: '04017', seed: 6, generatedAt: generated, completeness: 'partial' },
  // 04001's corrected return, from a workbook generated later.
  { code: '04001', seed: 7, generatedAt: '2025-12-20T09:00:00.000Z' },
];

describe('a campaign in three rounds', () => {
  const root = mkdtempSync(join(tmpdir(), 'ctg-campaign-'));
  const consolidation = join(root, 'consolidation.xlsx');
  type Json = { files: Array<{ file: string; respondent: string; outcome: string; version: number }>; summary: { historyEntries: number }; campaign: { earlierFiles: number; newFiles: number; new: number; replaced: number; unchanged: number; skipped: Array<{ file: string }>; backup: string | null } };
  let round1: Awaited<ReturnType<typeof campaignIn>>;
  let round2: Awaited<ReturnType<typeof campaignIn>>;
  let json2: Json;
  let json3: Json;
  let bytes1: Buffer;
  let backupAfter2: Buffer;

  beforeAll(async () => {
    const first = await folderOf(join(root, 'semaine-1'), firstReturns);
    expect((await run('consolidate', first, '--out', consolidation, '--json')).code).toBe(0);
    bytes1 = readFileSync(consolidation);
    round1 = await campaignIn(consolidation);
    const second = await folderOf(join(root, 'semaine-2'), secondReturns);
    const r2 = await run('consolidate', second, '--into', consolidation, '--json');
    expect(r2.err).not.toMatch(/Error|at /);
    expect(r2.code).toBe(0);
    json2 = JSON.parse(r2.out) as Json;
    round2 = await campaignIn(consolidation);
    backupAfter2 = readFileSync(join(root, 'consolidation.bak.xlsx'));
    const r3 = await run('consolidate', second, '--into', consolidation, '--json');
    expect(r3.code).toBe(0);
    json3 = JSON.parse(r3.out) as Json;
  }, 120_000);

  it('round 2 keeps every earlier value no newer return replaced', () => {
    for (const code of ['200067437', '04070']) expect(byRespondent(round2.earlier.values, code)).toEqual(byRespondent(round1.earlier.values, code));
  });

  it.each(['200067437', '04070'])('round 2 keeps the Annexe 2 answers %s sent in round 1 (not values: the ledger carries them)', (code) => {
    expect(answersOf(round1, code).length).toBeGreaterThan(0);
    expect(answersOf(round2, code)).toEqual(answersOf(round1, code));
  });

  it('round 2 takes the new respondents in and 04001’s corrected values, the old ones in « Historique »', () => {
    expect(json2.files.map((f) => [f.respondent, f.outcome, f.version]).sort()).toEqual(
      [
        ['200067437', 'used', 1],
        ['04070', 'used', 1],
        ['04001', 'superseded', 1],
        ['04049', 'used', 1],
        ['04017', 'used', 1],
        ['04001', 'used', 2],
      ].sort(),
    );
    expect(round2.earlier.values.filter((v) => v.respondent === '04001').every((v) => v.source.version === 2)).toBe(true);
    expect(answersOf(round2, '04049').length).toBeGreaterThan(0);
    // The correction holds every cell: each earlier value of 04001 (not empty) is in the history, replaced by version 2.
    const before = round1.earlier.values.filter((v) => v.respondent === '04001' && v.state !== 'empty');
    expect(before.length).toBeGreaterThan(0);
    expect(round2.earlier.history.map((h) => [key(h), h.state, h.value, h.source.version, h.replacedBy.version]).sort()).toEqual(before.map((v) => [key(v), v.state, v.value, 1, 2]).sort());
  });

  it('round 2 says what is new, replaced and unchanged, and keeps the previous version beside', () => {
    const earlier = new Set(round1.earlier.values.map(key));
    const fresh = round2.earlier.values.filter((v) => !earlier.has(key(v))).length;
    expect(json2.campaign).toMatchObject({ earlierFiles: 3, newFiles: 3, new: fresh, skipped: [] });
    const changed = round2.earlier.history.filter((h) => h.state !== h.replacedBy.state || h.value !== h.replacedBy.value);
    expect(json2.campaign.replaced).toBe(changed.length);
    expect(json2.campaign.replaced).toBeGreaterThan(0);
    expect(json2.campaign.new + json2.campaign.replaced + json2.campaign.unchanged).toBe(round2.earlier.values.length);
    expect(json2.campaign.backup).toBe(join(root, 'consolidation.bak.xlsx'));
    expect(backupAfter2.equals(bytes1)).toBe(true);
  });

  it('round 3, the same files again: each skipped with a note, nothing changed', async () => {
    expect(json3.campaign.skipped.map((s) => s.file).sort()).toEqual(secondReturns.map((r) => json2.files.find((f) => f.respondent === r.code && f.version === (r.seed === 7 ? 2 : 1))!.file).sort());
    expect(json3.campaign).toMatchObject({ earlierFiles: 6, newFiles: 0, new: 0, replaced: 0, unchanged: round2.earlier.values.length });
    const round3 = await campaignIn(consolidation);
    expect(round3.earlier.values).toEqual(round2.earlier.values);
    expect(round3.earlier.history).toEqual(round2.earlier.history);
    expect(round3.earlier.facilities).toEqual(round2.earlier.facilities);
    expect(round3.taken.map((t) => [t.file, t.hash])).toEqual(round2.taken.map((t) => [t.file, t.hash]));
  });

  it('says it in French without --json', async () => {
    const { code, out } = await run('consolidate', join(root, 'semaine-2'), '--into', consolidation, '--out', join(root, 'copie.xlsx'));
    expect(code).toBe(0);
    expect(out).toMatch(/Campagne poursuivie : 6 fichiers déjà pris en compte, 0 nouveau, 3 fichiers déjà pris en compte ignorés/);
    expect(out).toMatch(/« CTG-P2A-2022-2025_04049_[^»]+ » est déjà pris en compte \(même contenu, pris le \d\d\/\d\d\/\d{4}\) : ignoré\./);
    expect(existsSync(join(root, 'copie.bak.xlsx'))).toBe(false);
  }, 60_000);
});

describe('--into on a file that is not a consolidation', () => {
  it('asks for the new returns when none is given, and for a workbook', async () => {
    expect(await run('consolidate', '--into', 'conso.xlsx')).toMatchObject({ code: 2, err: expect.stringMatching(/Indiquez les nouveaux classeurs retournés/) });
    expect(await run('consolidate', 'retours', '--into', 'conso.ods')).toMatchObject({ code: 2, err: expect.stringMatching(/--into FICHIER\.xlsx/) });
  });

  const root = mkdtempSync(join(tmpdir(), 'ctg-into-'));
  it.each<[string, () => Promise<Uint8Array>, RegExp]>([
    ['a return', async () => (await returnFile(firstReturns[1]!)).bytes, /n’est pas un classeur de consolidation de CTG Indicateurs/],
    ['a text file named .xlsx', async () => new TextEncoder().encode('pas un classeur'), /--into « .+ » : .+\nLe fichier n’a pas été modifié\./s],
    ['a plan (JSON) named .xlsx', async () => readFileSync(join(__dirname, '../fixtures/plan-1.0.0/plan.json')), /Le fichier n’a pas été modifié/],
  ])('%s: refused with a clear message, the file untouched', async (_name, make, message) => {
    const path = join(root, `${_name.replace(/\W+/g, '-')}.xlsx`);
    const bytes = await make();
    writeFileSync(path, bytes);
    const returns = await folderOf(join(root, 'retours'), [firstReturns[2]!]);
    const { code, err } = await run('consolidate', returns, '--into', path);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err).not.toMatch(/\bat \w|Error:/);
    expect(readFileSync(path).equals(Buffer.from(bytes))).toBe(true);
    expect(existsSync(path.replace(/\.xlsx$/, '.bak.xlsx'))).toBe(false);
  }, 60_000);
});
