/**
 * « Synthèse »: the whole CTG on one sheet — what was read, the completeness matrix
 * (respondents × fiches, in traffic-light colours, with counts), the key figures of the territory
 * period by period (formulas linked to the fiche tabs), and native line charts of their evolution.
 */
import { consolidationFigures } from '../consolidate/figures';
import { shortMarks } from '../i18n/reportMarks';
import { findingsSentence } from '../i18n/reportSummary';
import { columnLetter } from '../workbook/a1';
import { frenchDate } from '../workbook/dates';
import type { CellSpec, ChartSpec, ConditionalFormat, SheetSpec } from '../workbook/spec';
import { sheetRows } from './sheetRows';
import { completenessMatrix } from './summaryCompleteness';
import { keyFigures } from './summaryKeyFigures';
import type { SummaryInput } from './summaryInput';

const chartRows = 17;
const chartGap = 1;

export function buildSummarySheet(input: SummaryInput): SheetSpec {
  const { plan, consolidation: c, words, text } = input;
  const t = text.summary;
  const out = sheetRows();
  const fiches = plan.fiches.filter((f) => f.status === 'active');
  const width = Math.max(2 + fiches.length + 4, 2 + plan.periods.length + 1);
  const wide = (row: number, cell: CellSpec) => {
    out.put(row, 0, cell);
    out.merges.push(`A${row}:${columnLetter(width - 1)}${row}`);
  };

  wide(1, { value: t.title(plan.title), style: 'title' });
  out.heights[1] = 22;
  wide(2, { value: t.madeOn(frenchDate(c.now), c.now.slice(11, 16), plan.id, plan.version, c.files.length), style: 'note' });
  wide(3, { value: t.policy(words.policy[c.errorPolicy.choice], c.errorPolicy.isDefault), style: 'note' });

  // In short: files, findings, respondents.
  let row = 5;
  wide(row++, { value: t.inShort, style: 'subtitle' });
  const outcomes = (o: string) => c.files.filter((f) => f.outcome === o).length;
  const figures = consolidationFigures(c);
  const counted = figures.findings.counted;
  const statuses = (s: string) => c.completeness.respondents.filter((r) => r.status === s && c.respondents.find((x) => x.code === r.respondent)?.expected).length;
  const facts: Array<[string, number, Array<[(n: number) => string, number]>]> = [
    [t.files, c.files.length, [[t.filesUsed, outcomes('used')], [t.filesSuperseded, outcomes('superseded')], [t.filesQuarantined, outcomes('quarantined')], [t.filesUnconfirmed, outcomes('unconfirmed')], [t.filesRefused, outcomes('refused')], [t.filesUnattributed, outcomes('unattributed')]]],
    [t.findings, counted.error + counted.warning + counted.info, [[() => findingsSentence(figures, input.lang, ' · '), 1]]],
    [t.respondents, c.respondents.filter((r) => r.expected).length, [[t.complete, statuses('answered')], [t.partial, statuses('partial')], [t.missing, statuses('missing')], [t.excluded, statuses('excluded')]]],
    [t.valuesReplaced, c.history.length, []],
  ];
  for (const [label, figure, details] of facts) {
    out.put(row, 0, { value: label, style: 'key' });
    out.put(row, 1, { value: figure, style: 'figure' });
    out.put(row, 2, { value: details.filter(([, n], i) => n > 0 || i === 0 || details.length <= 3).map(([say, n]) => say(n)).join(' · '), style: 'note' });
    out.merges.push(`C${row}:${columnLetter(width - 1)}${row}`);
    row++;
  }

  row = completenessMatrix(out, row + 1, input, width);
  const formats: ConditionalFormat[] = [];
  const keys = keyFigures(out, formats, row + 1, input, width);
  row = keys.end;

  const charts: ChartSpec[] = [];
  if (keys.rows.length > 0) {
    wide(++row, { value: t.chartsTitle, style: 'subtitle' });
    row += 2;
    keys.rows.forEach((k, i) => {
      const top = row + Math.floor(i / 2) * (chartRows + chartGap);
      const [fromColumn, toColumn] = i % 2 === 0 ? [0, 2] : [3, 9];
      // Only the periods the indicator is collected for: a « — » would be drawn as a zero.
      const span = (r: number) => `${columnLetter(2 + k.span[0])}${r}:${columnLetter(2 + k.span[1])}${r}`;
      const marks = shortMarks(k.marks, input.lang);
      charts.push({
        kind: 'line',
        title: marks === '' ? k.title : `${k.title} — ${marks}`,
        categories: span(keys.header),
        cachedCategories: plan.periods.slice(k.span[0], k.span[1] + 1).map((p) => p.label),
        series: [{ name: k.title, values: span(k.row), cached: k.cached.slice(k.span[0], k.span[1] + 1) }],
        from: `${columnLetter(fromColumn)}${top}`,
        to: `${columnLetter(toColumn)}${top + chartRows}`,
        numberFormat: k.numberFormat,
        // Counts from zero: a fall from 36 to 30 must not look like a collapse.
        ...(k.cached.every((v) => v === null || v >= 0) ? { valueAxisFrom: 0 } : {}),
      });
    });
  }

  return {
    name: words.sheets.summary,
    visibility: 'visible',
    tabColour: 'FF1F3864',
    columns: [{ width: 44 }, { width: 20 }, ...Array.from({ length: width - 2 }, () => ({ width: 12 }))],
    rows: out.rows,
    rowHeights: out.heights,
    merges: out.merges,
    freeze: { rows: 3, columns: 0 },
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true },
    charts,
    conditionalFormats: formats,
  };
}

