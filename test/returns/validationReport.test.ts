/**
 * The validation report as data (src/returns/validationReport.ts): findings in runs of one sheet,
 * in their order; each finding's place from the parts it has; files counted by status, every
 * status told.
 */
import { finding, type FindingInit } from '../../src/returns/findings';
import type { ReturnResult, ReturnStatus } from '../../src/returns/result';
import { fileReport, findingPlace, validationReport } from '../../src/returns/validationReport';

const result = (file: string, status: ReturnStatus, findings: FindingInit[] = []): ReturnResult => ({
  file,
  respondent: null,
  status,
  submission: null,
  findings: findings.map((f) => finding('not_a_number', f)),
});

describe('findings by sheet', () => {
  it.each<[string, Array<string | null>, Array<[string | null, number]>]>([
    ['no finding: no run', [], []],
    ['one sheet', ['FA 1.1', 'FA 1.1'], [['FA 1.1', 2]]],
    ['two sheets, in their order', ['FA 3.2', 'FA 1.1'], [['FA 3.2', 1], ['FA 1.1', 1]]],
    ['a sheet met again after another starts a run of its own', ['FA 1.1', 'FA 1.1', 'FA 3.2', 'FA 1.1'], [['FA 1.1', 2], ['FA 3.2', 1], ['FA 1.1', 1]]],
    ['the file as a whole (no sheet) is a run too', [null, 'FA 1.1'], [[null, 1], ['FA 1.1', 1]]],
  ])('%s', (_name, sheets, runs) => {
    const report = fileReport(result('r.xlsx', 'errors', sheets.map((sheet, i) => ({ sheet, cell: `E${i + 1}` }))));
    expect(report.runs.map((r) => [r.sheet, r.findings.length])).toEqual(runs);
    // Every finding once, in the order read.
    expect(report.runs.flatMap((r) => r.findings.map((f) => f.finding.cell))).toEqual(sheets.map((_s, i) => `E${i + 1}`));
  });
});

describe('where a finding is', () => {
  it.each<[string, FindingInit, string[]]>([
    ['nothing known', {}, []],
    ['a cell only', { cell: 'D12' }, ['D12']],
    ['cell, indicator and member, period', { cell: 'D12', indicator: '3.2.a1.projets', member: 'eaje', period: '2024' }, ['D12', '3.2.a1.projets/eaje', '2024']],
    ['an indicator without member', { indicator: '6.1.reunions', period: '2025' }, ['6.1.reunions', '2025']],
    ['an empty cell address is left out', { cell: '', period: '2023' }, ['2023']],
    ['a member without indicator says nothing', { member: 'eaje' }, []],
  ])('%s', (_name, init, place) => {
    expect(findingPlace(finding('not_a_number', init))).toEqual(place);
  });
});

describe('the files by status', () => {
  it.each<[string, ReturnResult[], Array<[ReturnStatus, number]>, number]>([
    ['no file: every status, at zero', [], [['ok', 0], ['warnings', 0], ['errors', 0], ['refused', 0]], 0],
    [
      'statuses counted in their fixed order, whatever the files’ order',
      [result('a', 'refused', [{}]), result('b', 'ok'), result('c', 'errors', [{}, {}]), result('d', 'ok')],
      [['ok', 2], ['warnings', 0], ['errors', 1], ['refused', 1]],
      3,
    ],
  ])('%s', (_name, results, byStatus, errors) => {
    const report = validationReport(results);
    expect(report.byStatus.map((s) => [s.status, s.files])).toEqual(byStatus);
    expect(report.counts).toEqual({ error: errors, warning: 0, info: 0 });
    expect(report.files.map((f) => f.file)).toEqual(results.map((r) => r.file));
  });
});
