/**
 * The validation workflow (src/app/validate.ts), with its reader and writer passed in: the same
 * sequence serves the command line, the task pane and the demo.
 */
import { checkReturns } from '../../src/app/checkReturns';
import { memorySource } from '../../src/app/returnSource';
import { runContext } from '../../src/app/run';
import { annotatedFileName, annotateReturns, exitCodeOf, readReturnGrids, validateGrids, validationJson } from '../../src/app/validate';
import { buildCollectionWorkbook } from '../../src/collect';
import type { Plan } from '../../src/plan';
import type { ReturnResult } from '../../src/returns';
import { specToGrids } from '../oracles/specToGrid';
import { now, plan as withFollowUp, plumbingPlan, respondent } from './support';

/** The plumbing of checking, on a plan whose empty template has nothing required (the follow-up's states are). */
const plan = plumbingPlan(withFollowUp);

const digne = respondent(plan, '04070');
const grids = specToGrids(buildCollectionWorkbook(plan, digne, { now }).spec);
const refusal = Object.assign(new Error('Ce fichier n’est pas un classeur Excel (.xlsx).'), { code: 'not_zip', params: {} });

describe('checkReturns', () => {
  it('reads each file through the port given, checks it, reports progress, and goes on after a refusal', async () => {
    const events: string[] = [];
    const checked = await checkReturns(
      plan,
      [
        memorySource('a/CTG-P2A-2022-2025_04070_Digne-les-Bains.xlsx', new Uint8Array([1])),
        memorySource('scan.pdf', new Uint8Array([2])),
        memorySource('CTG-P2A-2022-2025_04070_Digne-les-Bains (2).xlsx', new Uint8Array([3])),
      ],
      {
        readGrids: async (bytes) => {
          if (bytes[0] === 2) throw refusal;
          return structuredClone(grids);
        },
        maxBytes: 100,
      },
      runContext({ now, progress: (e) => events.push(`${e.done}/${e.total} ${e.label}`) }),
      'drop',
    );
    const results = checked.map((c) => c.result);
    expect(results.map((r) => [r.file, r.status])).toEqual([
      ['CTG-P2A-2022-2025_04070_Digne-les-Bains.xlsx', 'ok'],
      ['scan.pdf', 'refused'],
      ['CTG-P2A-2022-2025_04070_Digne-les-Bains (2).xlsx', 'ok'],
    ]);
    expect(results[1]!.findings[0]).toMatchObject({ code: 'file_refused', file: 'scan.pdf', params: { reason: 'not_zip', message: refusal.message } });
    expect(events).toEqual(['0/3 CTG-P2A-2022-2025_04070_Digne-les-Bains.xlsx', '1/3 scan.pdf', '2/3 CTG-P2A-2022-2025_04070_Digne-les-Bains (2).xlsx', '3/3 ']);
    expect(exitCodeOf(results)).toBe(1);
    expect(exitCodeOf([results[0]!])).toBe(0);
  });

  it('turns an error without a refusal code into a refusal all the same', async () => {
    const read = await readReturnGrids({ fileName: 'x.xlsx', bytes: new Uint8Array() }, async () => {
      throw new Error('boom');
    });
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.result.findings[0]!.params).toEqual({ reason: 'unreadable', message: 'boom' });
  });

  it('never throws on checking: an internal failure becomes a finding for that file', () => {
    const broken = { ...plan, fiches: null } as unknown as Plan;
    const result = validateGrids(broken, 'x.xlsx', grids);
    expect(result.status).toBe('errors');
    expect(result.findings.map((f) => f.code)).toEqual(['internal_error']);
  });
});

describe('the JSON of the command line', () => {
  it('has one object per file with its counts and rendered messages, in French by default', () => {
    const result = validateGrids(plan, 'retour.xlsx', grids.filter((g) => g.name !== '_ctg'));
    const [json] = validationJson([result]);
    expect(json).toMatchObject({ file: 'retour.xlsx', respondent: null, status: 'errors', counts: { error: 1, warning: 1, info: 0 } });
    expect(json!.findings.map((f) => [f.code, f.message.slice(0, 30)])).toEqual([
      ['manifest_missing', 'La feuille technique masquée «'],
      ['respondent_unidentified', 'Le répondant de ce classeur n’'],
    ]);
    expect(validationJson([result], 'en')[0]!.findings[0]!.message).toMatch(/^The hidden "_ctg" sheet is missing/);
  });
});

describe('marked-up copies', () => {
  it.each([
    ['CTG-P2A-2022-2025_04070_Digne-les-Bains.xlsx', 'CTG-P2A-2022-2025_04070_Digne-les-Bains_controle.xlsx'],
    ['dossier/retour (1).XLSX', 'retour (1)_controle.xlsx'],
    ['sans-extension', 'sans-extension_controle.xlsx'],
  ])('%s → %s', (name, expected) => {
    expect(annotatedFileName(name)).toBe(expected);
  });

  it('are made for the files read, not for the refused ones', async () => {
    const ok = validateGrids(plan, 'a.xlsx', grids);
    const refused: ReturnResult = { file: 'b.xlsx', respondent: null, status: 'refused', findings: [], submission: null };
    const written: string[] = [];
    const out = await annotateReturns(
      [ok, refused],
      [
        { fileName: 'a.xlsx', bytes: new Uint8Array([1]) },
        { fileName: 'b.xlsx', bytes: new Uint8Array([2]) },
      ],
      { annotate: async (bytes) => new Uint8Array([...bytes, 9]), write: async (name, bytes) => (written.push(`${name}:${bytes.join(',')}`), `out/${name}`) },
    );
    expect(written).toEqual(['a_controle.xlsx:1,9']);
    expect(out).toEqual([
      { file: 'a.xlsx', written: 'out/a_controle.xlsx' },
      { file: 'b.xlsx', written: null, reason: 'refused' },
    ]);
  });
});
