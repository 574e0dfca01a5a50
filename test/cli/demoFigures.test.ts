/**
 * On the demo's data: one count of anomalies everywhere (the replaced Digne-les-Bains return's
 * findings counted apart, « fichier remplacé »), and the headline « Nombre de jours "arrêts de
 * travail" … et son évolution » presented with its scope and its flagged value.
 */
import { consolidationJson, consolidationReport, returnInputs } from '../../src/app/consolidate';
import { checkFiles } from '../support/checkFiles';
import { demoReturns } from '../../src/cli/commands/demo';
import { selectRespondents } from '../../src/collect';
import { consolidationFigures, type Consolidation } from '../../src/consolidate';
import { consolidationSummaryData } from '../../src/consolidate/summary';
import { formatConsolidationSummary } from '../../src/i18n';
import { findingsSentence } from '../../src/i18n/reportSummary';
import { defaultPlan } from '../../src/plan';
import type { SheetSpec, WorkbookSpec } from '../../src/workbook/spec';
import { renderSpec } from '../../src/xlsx/renderSpec';
import { readWithin } from '../support/readWithin';


const plan = defaultPlan();
let c: Consolidation;
let spec: WorkbookSpec;

beforeAll(async () => {
  const selection = selectRespondents(plan, { kind: 'signatories' });
  if (!selection.ok) throw new Error('signatories');
  const files = (await demoReturns(plan, selection.respondents, renderSpec)).map((r) => ({ fileName: r.name, fileDate: r.scenario.fileDate, bytes: r.bytes }));
  const results = (await checkFiles(plan, files, readWithin, { now: '2026-02-01T10:00:00.000Z', asOf: '2026-02-01' })).map((c) => c.result);
  ({ consolidation: c, spec } = consolidationReport(plan, returnInputs(files, results, '2026-02-01T10:00:00.000Z'), { now: '2026-02-01T10:00:00.000Z', asOf: '2026-02-01' }));
}, 120_000);

const sheet = (name: string): SheetSpec => spec.sheets.find((s) => s.name === name)!;
const rowOf = (s: SheetSpec, first: string) => s.rows.find((r) => r?.[0]?.value === first)!;

describe('une seule façon de compter les anomalies (démonstration)', () => {
  it('« En bref », the completeness matrix, the command line, the JSON and the pane give the same count', () => {
    const figures = consolidationFigures(c);
    const summary = sheet('Synthèse');
    // The matrix: one row per respondent, its « Erreurs » and « Avertissements » columns.
    const header = summary.rows.find((r) => r?.[0]?.value === 'Répondant')!;
    const [errors, warnings] = ['Erreurs', 'Avertissements'].map((h) => header.findIndex((x) => x?.value === h));
    const codes = new Set(c.respondents.map((r) => r.code));
    const matrix = summary.rows.filter((r) => codes.has(String(r?.[1]?.value)));
    const sum = (i: number) => matrix.reduce((n, r) => n + Number(r[i]!.value), 0);
    expect({ error: sum(errors!), warning: sum(warnings!) }).toEqual({ error: figures.findings.counted.error, warning: figures.findings.counted.warning });

    const inShort = rowOf(summary, 'Anomalies relevées');
    const counted = figures.findings.counted;
    expect(inShort[1]!.value).toBe(counted.error + counted.warning + counted.info);
    expect(inShort[2]!.value).toBe(findingsSentence(figures, 'fr', ' · '));
    expect(formatConsolidationSummary(consolidationSummaryData(plan, c))).toContain(`Anomalies : ${findingsSentence(figures, 'fr')}.`);
    const json = consolidationJson(c, null);
    expect(json.summary.findings).toEqual(counted);
    expect(json.summary.findingsApart).toEqual(figures.findings.apart);
  });

  it('counts the replaced Digne-les-Bains return’s findings apart, and « Anomalies » says « fichier remplacé »', () => {
    const replaced = c.files.filter((f) => f.outcome === 'superseded');
    expect(replaced.map((f) => f.respondent)).toEqual(['04070']);
    const apart = consolidationFigures(c).findings.apart;
    expect(apart).toEqual([{ outcome: 'superseded', files: 1, counts: replaced[0]!.counts }]);
    expect(formatConsolidationSummary(consolidationSummaryData(plan, c))).toMatch(/à part : \d+ erreurs? dans le fichier remplacé/);
    const table = sheet('Anomalies').tables![0]!;
    const column = table.columns.indexOf('décompte');
    const file = table.columns.indexOf('fichier');
    const markedApart = table.rows.filter((r) => r[column] === 'à part : fichier remplacé');
    expect(markedApart).toHaveLength(replaced[0]!.counts.error + replaced[0]!.counts.warning + replaced[0]!.counts.info);
    expect(new Set(markedApart.map((r) => r[file]))).toEqual(new Set([replaced[0]!.file]));
  });
});

describe('« Nombre de jours "arrêts de travail" et son évolution » (démonstration)', () => {
  const code = '3.1.a1.jours_arret_travail';

  it('says, on the command line, how many respondents are behind the figure and which flagged value it includes', () => {
    const line = formatConsolidationSummary(consolidationSummaryData(plan, c)).split('\n');
    const at = line.findIndex((l) => l.includes('Nombre de jours « arrêts de travail »'));
    // The figure as the consolidation computed it, with the count of respondents behind it.
    const y2025 = c.indicators.find((i) => i.code === code)!.cells.find((x) => x.period === '2025')!;
    const figure = new Intl.NumberFormat('fr-FR').format(y2025.total as number).replace(/\s/g, ' ');
    expect(line[at]!.replace(/\s/g, ' ')).toContain(`: ${figure} (${y2025.basis.respondents.length} répondants) ; à périmètre constant (${y2025.evolution!.respondents.both} répondants présents les deux années)`);
    expect(y2025.basis.respondents).toHaveLength(7);
    expect(line.slice(at + 1, at + 3).join('\n')).toMatch(/⚠ inclut une valeur signalée par le contrôle en Année 2025 — Les Mées \(avertissement\)/);
  });

  it('compares 2024 with 2023 on the 7 respondents present both years, not on 9 against 7', () => {
    const cells = c.indicators.find((i) => i.code === code)!.cells;
    const y2024 = cells.find((x) => x.period === '2024')!;
    expect(y2024.evolution).toMatchObject({ scope: 'changed', respondents: { previous: 9, current: 7, both: 7 } });
    const present = new Set(y2024.basis.respondents);
    const before = cells.find((x) => x.period === '2023')!.values.filter((v) => present.has(v.respondent)).reduce((n, v) => n + (v.value as number), 0);
    expect(y2024.evolution!.constant).toMatchObject({ previous: before, current: y2024.total });
    const json = consolidationJson(c, null).totals.find((t) => t.indicator === code && t.period === '2024')!;
    expect(json.evolution).toMatchObject({ scope: 'changed', percent: y2024.evolution!.constant!.percent, raw: { percent: y2024.evolution!.percent } });
    expect(json.marks.map((m) => m.kind)).toEqual(['scope_changed', 'flagged']);
  });

  it('marks the flagged figures in « Synthèse » and in the fiche tab, and says so in the chart’s title', () => {
    const summary = sheet('Synthèse');
    const row = summary.rows.find((r) => r?.[1]?.value === code)!;
    const [, , , , y2024, y2025] = row;
    expect([y2024?.style, y2025?.style]).toEqual(['total.integer.flagged', 'total.integer.flagged']);
    expect(y2025?.note).toMatch(/Les Mées \(avertissement\)/);
    const chart = summary.charts!.find((x) => x.title.includes('arrêts de travail'))!;
    expect(chart.title).toMatch(/⚠ valeur signalée/);
    const fiche = sheet('FA 3.1 - Métiers, formations');
    const remark = fiche.rows.find((r) => r?.[0]?.value === `${code}/remarque`)!;
    expect(remark.slice(6, 8).map((x) => x?.value)).toEqual(['⚠ périmètre changé · valeur signalée', '⚠ valeur signalée']);
  });

  it('draws the charts of counts from zero', () => {
    const charts = sheet('Synthèse').charts!;
    expect(charts.length).toBeGreaterThan(0);
    expect(charts.map((x) => x.valueAxisFrom)).toEqual(charts.map(() => 0));
  });
});
