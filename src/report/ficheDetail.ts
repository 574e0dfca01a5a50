/**
 * The detail section of a fiche tab: one block per indicator and member, one row per respondent
 * with its values (flagged ones coloured, refused ones marked, findings in notes) and comment,
 * and a line counting answers, empty cells and « NC ».
 */
import { rowKey } from '../collect/layout';
import type { Consolidation, IndicatorConsolidation, RespondentValue } from '../consolidate/types';
import type { ReportText } from '../i18n/reportText';
import type { ReportWords } from '../i18n/reportWords';
import type { Plan } from '../plan/schema';
import { columnLetter } from '../workbook/a1';
import type { CellSpec } from '../workbook/spec';
import { writtenValue } from './cellValues';
import { codeColumn, firstPeriodColumn, labelColumn, rangeKey, type Block, type Detail, type FicheSheetInput, type Layout } from './ficheLayout';
import { countsFormula } from './formulas';
import { detailStyleOf } from './styles';

export function detailIndex(consolidation: Consolidation, byCode: ReadonlyMap<string, IndicatorConsolidation>): Map<string, Detail> {
  // A figure shown from another indicator (`sameAs`) has that indicator's values as its detail.
  const shownAs = new Map<string, string[]>();
  for (const [code, indicator] of byCode) {
    const asked = indicator.formation.kind === 'sameAs' ? indicator.formation.indicator : code;
    shownAs.set(asked, [...(shownAs.get(asked) ?? []), code]);
  }
  const found = new Map<string, Map<string, Map<string, number>>>();
  consolidation.values.forEach((v, i) => {
    for (const code of shownAs.get(v.code) ?? []) {
      const perIndicator = found.get(code) ?? found.set(code, new Map()).get(code)!;
      const own = perIndicator.get(v.respondent) ?? perIndicator.set(v.respondent, new Map()).get(v.respondent)!;
      own.set(`${v.period}\u0000${v.member}`, i);
    }
  });
  const details = new Map<string, Detail>();
  for (const code of byCode.keys()) {
    const values = found.get(code) ?? new Map<string, Map<string, number>>();
    details.set(code, { respondents: consolidation.respondents.map((r) => r.code).filter((r) => values.has(r)), values });
  }
  return details;
}

/** The detail by respondent, under its header row; each block's rows are recorded in `layout.ranges`. */
export function detail(layout: Layout, headerRow: number, blocks: readonly Block[], input: FicheSheetInput, details: Map<string, Detail>): void {
  const { plan, consolidation, words, text } = input;
  const { out } = layout;
  const periods = plan.periods;
  const who = new Map(consolidation.respondents.map((r) => [r.code, r]));
  const comments = new Map(consolidation.comments.map((c) => [`${c.respondent}\u0000${c.code}\u0000${c.member}`, c.text]));
  const lists = new Map(plan.fiches.flatMap((f) => [...f.actions.flatMap((a) => a.indicators), ...f.indicators]).map((i) => [i.code, i.list]));
  let row = headerRow + 1;
  for (const indicator of blocks.flatMap((b) => b.indicators)) {
    const d = details.get(indicator.code)!;
    if (d.respondents.length === 0) continue;
    const typed = { type: indicator.type, list: lists.get(indicator.code) };
    for (const member of indicator.members.length > 0 ? indicator.members : [{ code: '', label: '' }]) {
      const rowCode = rowKey(indicator.code, member.code);
      out.put(row, labelColumn, { value: [indicator.code, indicator.label, member.label].filter(Boolean).join(' — '), style: 'block' });
      row++;
      const first = row;
      for (const respondent of d.respondents) {
        const r = who.get(respondent)!;
        out.put(row, codeColumn, { value: rowCode, style: 'code' });
        out.put(row, labelColumn, { value: r.name, style: 'respondent' });
        out.put(row, 2, { value: respondent, style: 'small' });
        out.put(row, 3, { value: words.kind[r.kind], style: 'small' });
        periods.forEach((period, i) => {
          const index = d.values.get(respondent)?.get(`${period.id}\u0000${member.code}`);
          const value = index !== undefined ? consolidation.values[index] : undefined;
          out.put(row, firstPeriodColumn + i, detailCell(plan, typed, value, index !== undefined ? input.notes.get(index) : undefined, words, text));
        });
        out.put(row, firstPeriodColumn + periods.length, { value: comments.get(`${respondent}\u0000${indicator.code}\u0000${member.code}`) ?? '', style: 'comment' });
        row++;
      }
      layout.ranges.set(rangeKey(indicator.code, member.code), { first, last: row - 1 });
      out.put(row, labelColumn, { value: text.countsLabel, style: 'countLabel' });
      periods.forEach((period, i) => {
        if (!indicator.cells.some((c) => c.period === period.id && c.applicable)) return;
        const column = columnLetter(firstPeriodColumn + i);
        out.put(row, firstPeriodColumn + i, { formula: countsFormula(`${column}${first}:${column}${row - 1}`, text.invalidCell), style: 'count' });
      });
      row += 2;
    }
  }
}

function detailCell(plan: Plan, indicator: { type: IndicatorConsolidation['type']; list: string | undefined }, value: RespondentValue | undefined, note: string | undefined, words: ReportWords, text: ReportText): CellSpec {
  const withNote = (cell: CellSpec): CellSpec => (note !== undefined ? { ...cell, note } : cell);
  if (value === undefined) return { value: '—', style: 'detail.missing' };
  switch (value.state) {
    case 'empty':
      return withNote({ style: 'detail.empty' });
    case 'nc':
      return withNote({ value: 'NC', style: 'detail.nc' });
    case 'invalid':
      return { value: text.invalidCell, style: 'detail.invalid', note: note ?? text.invalidNote(value.raw) };
    case 'value':
      return withNote({ value: writtenValue(plan, indicator, value.value!, words), style: detailStyleOf(indicator.type, value.flag) });
  }
}
