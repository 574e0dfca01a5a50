/**
 * The consolidation workflow with its ports faked: files read through the reader given, refused
 * files passed through, one write of the rendered workbook; and the `--json` summary.
 */
import { consolidateFiles, consolidationFileName, consolidationJson, type ConsolidateFile } from '../../src/app/consolidate';
import { simulateReturn } from '../../src/demo';
import { respondentsOf } from '../../src/collect';
import { defaultPlan } from '../../src/plan';
import { refusedResult } from '../../src/returns/result';
import type { Grid } from '../../src/workbook/grid';
import type { WorkbookSpec } from '../../src/workbook/spec';
import { specToGrids } from '../oracles/specToGrid';

const plan = defaultPlan();
const now = '2026-02-01T10:00:00.000Z';
const [caf, epci, digne] = ['caf04', '200067437', '04070'].map((code) => respondentsOf(plan).find((r) => r.code === code)!);

/** Bytes are a key to grids built straight from the simulated spec: no .xlsx involved. */
function fakeFiles(): { files: ConsolidateFile[]; grids: Map<string, Grid[]> } {
  const grids = new Map<string, Grid[]>();
  const files: ConsolidateFile[] = [caf!, epci!, digne!].map((r, i) => {
    const { spec } = simulateReturn(plan, r, { seed: 7, now: '2025-12-01T09:00:00.000Z', completeness: 'full', anomalies: i === 1 ? ['negative_count'] : [] });
    grids.set(r.code, specToGrids(spec));
    return { fileName: `dossier/CTG-P2A-2022-2025_${r.code}.xlsx`, fileDate: '2026-01-15T00:00:00.000Z', bytes: new TextEncoder().encode(r.code) };
  });
  files.push({ fileName: 'dossier/énorme.xlsx', fileDate: null, refused: refusedResult('dossier/énorme.xlsx', { code: 'too_large', params: { size: 60_000_000, max: 50_000_000 } }) });
  files.push({ fileName: 'dossier/cassé.xlsx', fileDate: null, bytes: new TextEncoder().encode('cassé') });
  return { files, grids };
}

async function run(options: { errors?: 'quarantine' } = {}) {
  const { files, grids } = fakeFiles();
  const read: string[] = [];
  const progress: string[] = [];
  const rendered: WorkbookSpec[] = [];
  const writes: Uint8Array[] = [];
  const result = await consolidateFiles(
    plan,
    files,
    {
      readGrids: async (bytes) => {
        const key = new TextDecoder().decode(bytes);
        read.push(key);
        const found = grids.get(key);
        if (found === undefined) throw Object.assign(new Error('Le fichier est endommagé.'), { code: 'corrupt' });
        return found;
      },
      render: async (spec) => (rendered.push(spec), new Uint8Array([1, 2, 3])),
      write: async (bytes) => (writes.push(bytes), 'sortie.xlsx'),
      progress: (e) => progress.push(`${e.done}/${e.total} ${e.label}`),
    },
    { now, ...options },
  );
  return { result, read, progress, rendered, writes };
}

it('reads every file but the refused one, validates, consolidates and writes once', async () => {
  const { result, read, progress, rendered, writes } = await run();
  expect(read).toEqual(['caf04', '200067437', '04070', 'cassé']);
  expect(result.results.map((r) => [r.file, r.status])).toEqual([
    ['CTG-P2A-2022-2025_caf04.xlsx', 'ok'],
    ['CTG-P2A-2022-2025_200067437.xlsx', 'errors'],
    ['CTG-P2A-2022-2025_04070.xlsx', 'ok'],
    ['énorme.xlsx', 'refused'],
    ['cassé.xlsx', 'refused'],
  ]);
  expect(progress[0]).toBe('0/5 CTG-P2A-2022-2025_caf04.xlsx');
  expect(progress[progress.length - 1]).toBe('5/5 ');
  expect(rendered).toHaveLength(1);
  expect(rendered[0]!.sheets[0]!.name).toBe('Synthèse');
  expect(writes).toEqual([new Uint8Array([1, 2, 3])]);
  expect(result).toMatchObject({ output: 'sortie.xlsx', bytes: 3 });
  expect(result.consolidation.files.map((f) => f.outcome)).toEqual(['used', 'used', 'used', 'refused', 'refused']);
});

it('quarantines the returns with errors when asked', async () => {
  const { result } = await run({ errors: 'quarantine' });
  expect(result.consolidation.errorPolicy).toEqual({ choice: 'quarantine', isDefault: false });
  expect(result.consolidation.files[1]!.outcome).toBe('quarantined');
  expect(result.consolidation.values.some((v) => v.respondent === '200067437')).toBe(false);
});

describe('the JSON summary', () => {
  it('gives the files, the findings by severity, the completeness and the territory totals', async () => {
    const { result } = await run();
    const json = consolidationJson(result.consolidation, 'sortie.xlsx');
    expect(json.plan).toEqual({ id: plan.id, version: plan.version });
    expect(json.summary).toMatchObject({ files: 5, refused: 2, quarantined: 0, findings: result.consolidation.counts });
    expect(json.files[1]).toMatchObject({ file: 'CTG-P2A-2022-2025_200067437.xlsx', respondent: '200067437', status: 'errors', outcome: 'used', version: 1 });
    expect(json.completeness.respondents.find((r) => r.code === '04070')).toMatchObject({ name: 'Digne-les-Bains', expected: true, status: 'answered' });
    expect(json.completeness.outstanding.some((o) => o.respondent === '04001')).toBe(true);
    const places = json.totals.filter((t) => t.indicator === '3.2.a1.places_creees' && t.period === '2024');
    expect(places.map((t) => t.member)).toEqual(['eaje', 'mam', 'autre', 'total']);
    const cell = result.consolidation.indicators.find((i) => i.code === '3.2.a1.places_creees')!.cells.find((c) => c.period === '2024' && c.member === 'total')!;
    // The EPCI alone: Digne-les-Bains is not asked fiche 3.2, the EPCI holds its early-childhood competence.
    expect(places[3]).toMatchObject({
      formation: { kind: 'distinctSum', computed: 'sum', respondents: 1, kinds: { epci: 1 }, text: 'chiffre de l’EPCI' },
      total: cell.total,
      answered: 1,
    });
    expect(json.totals.some((t) => t.indicator === '3.2.a1.places_creees' && t.period === '2022')).toBe(false);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

it('names the workbook after the plan', () => {
  expect(consolidationFileName(plan)).toBe('consolidation-CTG-P2A-2022-2025.xlsx');
});

it('loads each file given by a loader only when its turn comes, one after the other', async () => {
  const { files, grids } = fakeFiles();
  const events: string[] = [];
  const lazy: ConsolidateFile[] = files.map((f) => ({
    fileName: f.fileName,
    fileDate: f.fileDate,
    load: async () => {
      events.push(`load ${f.fileName}`);
      return 'load' in f ? f.load() : f;
    },
  }));
  const result = await consolidateFiles(
    plan,
    lazy,
    {
      readGrids: async (bytes) => {
        const key = new TextDecoder().decode(bytes);
        events.push(`read ${key}`);
        const found = grids.get(key);
        if (found === undefined) throw Object.assign(new Error('Le fichier est endommagé.'), { code: 'corrupt' });
        return found;
      },
      render: async () => new Uint8Array([1]),
      write: async () => 'sortie.xlsx',
    },
    { now },
  );
  expect(events).toEqual([
    'load dossier/CTG-P2A-2022-2025_caf04.xlsx',
    'read caf04',
    'load dossier/CTG-P2A-2022-2025_200067437.xlsx',
    'read 200067437',
    'load dossier/CTG-P2A-2022-2025_04070.xlsx',
    'read 04070',
    'load dossier/énorme.xlsx',
    'load dossier/cassé.xlsx',
    'read cassé',
  ]);
  expect(result.consolidation.files.map((f) => f.outcome)).toEqual(['used', 'used', 'used', 'refused', 'refused']);
});
