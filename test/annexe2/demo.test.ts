/**
 * The demo's Annexe 2 (issue 14, point 2): its holders answer plausibly — most facilities open and
 * supported, one closure, a capacity and a manager changed, one new facility — and the late
 * communes are reminded of the years they have not answered, at their cells.
 */
import { consolidationReport, returnInputs } from '../../src/app/consolidate';
import { demoReturns } from '../../src/cli/commands/demo';
import { selectRespondents } from '../../src/collect';
import { facilitySummary } from '../../src/consolidate/facilitySummary';
import type { Consolidation } from '../../src/consolidate';
import type { ReturnResult } from '../../src/returns';
import { renderSpec } from '../../src/xlsx/renderSpec';
import { checkFiles } from '../support/checkFiles';
import { readWithin } from '../support/readWithin';
import { plan } from './support';

let c: Consolidation;
let results: ReturnResult[];

beforeAll(async () => {
  const selection = selectRespondents(plan, { kind: 'expected' });
  if (!selection.ok) throw new Error('expected');
  const files = (await demoReturns(plan, selection.respondents, renderSpec)).map((r) => ({ fileName: r.name, fileDate: r.scenario.fileDate, bytes: r.bytes }));
  results = (await checkFiles(plan, files, readWithin, { now: '2026-02-01T10:00:00.000Z', asOf: '2026-02-01' })).map((r) => r.result);
  ({ consolidation: c } = consolidationReport(plan, returnInputs(files, results, '2026-02-01T10:00:00.000Z'), { now: '2026-02-01T10:00:00.000Z', asOf: '2026-02-01' }));
}, 180_000);

describe('the demo’s Annexe 2', () => {
  it('holds most of what its holders answered: one closure, two changes, one new facility', () => {
    const summary = facilitySummary(plan, c.followUp.facilities);
    expect(summary).toMatchObject({ closed: 1, changed: 2, added: 1 });
    // The partners, L'Escale and Peyruis send nothing: their facilities stay without an answer.
    expect(summary.held + summary.closed).toBe(summary.listed - summary.unanswered);
    expect(summary.held).toBeGreaterThan(summary.listed / 2);
  });

  it.each([
    ['Micro crèche les petits loups', '2024', { status: 'ferme', supported: false }],
    ['Les Canaillous', '2023', { status: 'modifie', supported: true }],
    ['Périsco les Chardons bleus', '2024', { status: 'modifie', respondent: '04108' }],
    ['Micro-crèche Les Lutins', '2025', { facility: null, status: 'ouvert', commune: '04108' }],
  ] as const)('%s in %s', (name, period, expected) => {
    expect(c.followUp.facilities.find((r) => r.name === name && r.period === period)).toMatchObject(expected);
  });

  it.each([
    ['complete returns: no finding on « Annexe 2 »', '04001', 0],
    ['the EPCI’s: none either', '200067437', 0],
    ['Le Brusquet, late: its facility’s 2024 and 2025', '04036', 2],
    ['Seyne, late: likewise', '04205', 2],
  ])('%s', (_what, code, count) => {
    const findings = results.filter((r) => r.respondent?.code === code).flatMap((r) => r.findings.filter((f) => f.sheet === 'Annexe 2'));
    expect(findings.map((f) => f.code)).toEqual(Array(count).fill('facility_answer_missing'));
  });
});
