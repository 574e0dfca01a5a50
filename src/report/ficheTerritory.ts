/**
 * The territory section of a fiche tab: indicators × periods, members and their total,
 * evolutions and targets — every figure a formula over the detail by respondent.
 */
import { rowKey } from '../collect/layout';
import { totalStyleOf } from '../collect/styles';
import { headlineMembers } from '../consolidate/keyIndicators';
import { totalMember, type ConsolidatedCell, type IndicatorConsolidation } from '../consolidate/types';
import { describeFigure, describeFormation } from '../i18n/formation';
import { figureMarks, marksOf } from '../consolidate/marks';
import { describeMark, shortMarks, type MarkContext } from '../i18n/reportMarks';
import type { RespondentKind } from '../plan/schema';
import { columnLetter } from '../workbook/a1';
import { evolutionFormula, shareFormula, targetFormula, territoryFormula, type Range } from './formulas';
import { anchorKey, codeColumn, ficheHeaderRow, firstPeriodColumn, labelColumn, rangeKey, type Block, type Detail, type FicheSheetInput, type Layout } from './ficheLayout';
import { rowCursor, type RowCursor } from './rowCursor';
import { heightFor } from './sheetRows';
import { flaggedStyle } from './styles';

/** What every row writer of the territory section needs: the sheet, the periods, how to word a mark. */
type Section = {
  layout: Layout;
  input: FicheSheetInput;
  details: Map<string, Detail>;
  targetsOf: Map<string, Record<string, number>>;
  kindOf: (code: string) => RespondentKind | undefined;
  context: MarkContext;
  /** The four leading cells of a row: code, caption, unit, how the figure is formed. */
  label: (row: number, code: string, caption: string, style: string, unit?: string, formation?: string) => void;
};

/** The territory section, from the header row down; returns the first row after it. */
export function territory(layout: Layout, blocks: readonly Block[], input: FicheSheetInput, details: Map<string, Detail>, targetsOf: Map<string, Record<string, number>>): number {
  const { out } = layout;
  const periods = input.plan.periods;
  const lastPeriod = columnLetter(firstPeriodColumn + periods.length - 1);
  const kinds = new Map(input.consolidation.respondents.map((r) => [r.code, r.kind]));
  const names = new Map(input.consolidation.respondents.map((r) => [r.code, r.name]));
  const section: Section = {
    layout,
    input,
    details,
    targetsOf,
    kindOf: (code) => kinds.get(code),
    context: { period: (id) => periods.find((p) => p.id === id)?.label ?? id, respondent: (code) => names.get(code) ?? code },
    label: (row, code, caption, style, unit = '', formation = '') => {
      out.put(row, codeColumn, { value: code, style: 'code' });
      out.put(row, labelColumn, { value: caption, style });
      out.put(row, 2, { value: unit, style: 'unit' });
      out.put(row, 3, { value: formation, style: 'unit' });
    },
  };
  const rows = rowCursor(ficheHeaderRow + 1);
  for (const block of blocks) {
    const titleRow = rows.take();
    out.put(titleRow, 0, { value: block.title, style: 'action' });
    out.merges.push(`A${titleRow}:${lastPeriod}${titleRow}`);
    for (const indicator of block.indicators) indicatorRows(section, rows, indicator);
    rows.take(); // a blank row between blocks
  }
  return rows.next;
}

/** An indicator: its label row, its members and their total, their shares, then under each headline figure its evolution and target. */
function indicatorRows(section: Section, rows: RowCursor, indicator: IndicatorConsolidation): void {
  const { layout, input, label } = section;
  const { out } = layout;
  const { words, text, lang } = input;
  const periods = input.plan.periods;
  const detail = section.details.get(indicator.code)!;
  const cellOf = new Map(indicator.cells.map((c) => [`${c.period}\u0000${c.member}`, c]));
  const heads = headlineMembers(indicator);
  const headlineRows = new Map<string, number>();
  const rowOfMember = new Map<string, number>();
  const figures = (row: number, member: string, memberRows?: Range) => {
    periods.forEach((period, i) => {
      const column = firstPeriodColumn + i;
      const cell = cellOf.get(`${period.id}\u0000${member}`);
      if (cell === undefined || !cell.applicable) {
        out.put(row, column, { value: '—', style: 'notApplicable' });
        return;
      }
      const range = layout.ranges.get(rangeKey(indicator.code, member));
      const figure = territoryFormula({ indicator, cell, column, range, ...(memberRows ? { memberRows } : {}), respondents: detail.respondents, kindOf: section.kindOf, words, text });
      // Every figure says how it was formed and from how many respondents (« somme des 10 communes »);
      // one that includes a value the checks flagged says so too, in its colour and its note.
      const formed = describeFigure({ formation: indicator.formation, applied: indicator.applied, formedFrom: cell.formedFrom }, lang);
      const own = figureMarks(cell);
      const note = [formed, ...own.map((m) => describeMark(m, section.context, input.lang))].join('\n');
      out.put(row, column, { ...figure, ...(own.length > 0 && figure.style !== undefined ? { style: flaggedStyle(figure.style) } : {}), note });
      layout.anchors.set(anchorKey(indicator.code, member, period.id), `${columnLetter(column)}${row}`);
    });
    if (heads.includes(member)) headlineRows.set(member, row);
    rowOfMember.set(member, row);
  };

  const unit = indicator.unit && indicator.unit !== 'nombre' ? indicator.unit : text.unitOf[indicator.type];
  const labelRow = rows.take();
  label(labelRow, indicator.code, indicator.label, 'label', unit, describeFormation(indicator.formation, indicator.reporters, lang));
  out.heights[labelRow] = heightFor(indicator.label, 55);
  if (indicator.members.length === 0) figures(labelRow, '');
  else {
    periods.forEach((_p, i) => out.put(labelRow, firstPeriodColumn + i, { style: 'unit' }));
    const first = rows.next;
    for (const member of indicator.members) {
      const row = rows.take();
      label(row, rowKey(indicator.code, member.code), member.label, 'member');
      figures(row, member.code);
    }
    if (heads.includes(totalMember)) {
      const row = rows.take();
      label(row, rowKey(indicator.code, totalMember), text.total, 'totalLabel');
      figures(row, totalMember, { first, last: row - 1 });
    }
    shareRows(layout, rows, indicator, rowOfMember, input);
  }
  for (const [member, at] of headlineRows) {
    const code = rowKey(indicator.code, member);
    if (indicator.trackEvolution) {
      const absoluteRow = rows.take();
      label(absoluteRow, `${code}/evolution`, text.evolution, 'evolutionLabel');
      evolutionRow(layout, absoluteRow, at, periods.length, 'absolute');
      const percentRow = rows.take();
      label(percentRow, `${code}/evolution_pct`, text.evolutionPercent, 'evolutionLabel');
      evolutionRow(layout, percentRow, at, periods.length, 'percent');
      periods.forEach((period, i) => layout.anchors.set(anchorKey(indicator.code, member, period.id, 'pct'), `${columnLetter(firstPeriodColumn + i)}${percentRow}`));
      const scoped = periods.map((period) => cellOf.get(`${period.id}\u0000${member}`));
      const constantRow = constantScopeRows(layout, rows, code, scoped, section.context, input);
      periods.forEach((period, i) => layout.anchors.set(anchorKey(indicator.code, member, period.id, 'scope'), `${columnLetter(firstPeriodColumn + i)}${constantRow}`));
    }
    const targets = section.targetsOf.get(indicator.code) ?? {};
    if (Object.keys(targets).length > 0 && (member === '' || member === totalMember)) {
      const applicable = (period: string) => cellOf.get(`${period}\u0000${member}`)?.applicable ?? false;
      targetRows(section, rows, code, at, targets, applicable);
    }
  }
}

/** The target of each period, then whether the figure at `figureRow` reaches it. */
function targetRows(section: Section, rows: RowCursor, code: string, figureRow: number, targets: Record<string, number>, applicable: (period: string) => boolean): void {
  const { layout, input, label } = section;
  const { out } = layout;
  const { words, text } = input;
  const periods = input.plan.periods;
  const lastPeriod = columnLetter(firstPeriodColumn + periods.length - 1);
  const targetRow = rows.take();
  label(targetRow, `${code}/cible`, text.target, 'evolutionLabel');
  periods.forEach((period, i) => {
    const t = targets[period.id];
    out.put(targetRow, firstPeriodColumn + i, t !== undefined ? { value: t, style: 'target' } : { value: '—', style: 'notApplicable' });
  });
  const reachedRow = rows.take();
  label(reachedRow, `${code}/cible_atteinte`, text.targetReached, 'evolutionLabel');
  periods.forEach((period, i) => {
    const column = columnLetter(firstPeriodColumn + i);
    out.put(
      reachedRow,
      firstPeriodColumn + i,
      targets[period.id] !== undefined && applicable(period.id)
        ? { formula: targetFormula(`${column}${figureRow}`, `${column}${targetRow}`, words), style: 'targetStatus' }
        : { value: words.target.not_applicable, style: 'targetStatus' },
    );
  });
  const range = `${columnLetter(firstPeriodColumn)}${reachedRow}:${lastPeriod}${reachedRow}`;
  layout.formats.push({ range, formula: `${columnLetter(firstPeriodColumn)}${reachedRow}="${words.target.achieved}"`, style: 'achieved' });
  layout.formats.push({ range, formula: `${columnLetter(firstPeriodColumn)}${reachedRow}="${words.target.not_yet}"`, style: 'notYet' });
}

function evolutionRow(layout: Layout, row: number, figureRow: number, count: number, kind: 'absolute' | 'percent'): void {
  const style = kind === 'absolute' ? 'evolution' : 'evolutionPercent';
  for (let i = 0; i < count; i++) {
    const column = firstPeriodColumn + i;
    if (i === 0) layout.out.put(row, column, { value: '', style });
    else layout.out.put(row, column, { formula: evolutionFormula(`${columnLetter(column)}${figureRow}`, `${columnLetter(column - 1)}${figureRow}`, kind), style });
  }
  const first = `${columnLetter(firstPeriodColumn)}${row}`;
  const range = `${first}:${columnLetter(firstPeriodColumn + count - 1)}${row}`;
  layout.formats.push({ range, formula: `AND(ISNUMBER(${first}),${first}<0)`, style: 'down' });
  layout.formats.push({ range, formula: `AND(ISNUMBER(${first}),${first}>0)`, style: 'up' });
}


/**
 * Under an amount broken down with `shares` (« la répartition du coût financier »): each member's
 * share of the total, computed from the territory's amounts — a ratio of sums, live in Excel.
 */
function shareRows(layout: Layout, rows: RowCursor, indicator: IndicatorConsolidation, memberRows: ReadonlyMap<string, number>, input: FicheSheetInput): void {
  const { formation } = indicator;
  const totalRow = memberRows.get(totalMember);
  if (!('shares' in formation) || !formation.shares || totalRow === undefined) return;
  for (const member of indicator.members) {
    const at = memberRows.get(member.code);
    if (at === undefined) continue;
    const row = rows.take();
    layout.out.put(row, codeColumn, { value: `${indicator.code}/${member.code}/part`, style: 'code' });
    layout.out.put(row, labelColumn, { value: input.text.shareOf(member.label), style: 'evolutionLabel' });
    input.plan.periods.forEach((period, i) => {
      const column = columnLetter(firstPeriodColumn + i);
      const cell = indicator.cells.find((c) => c.period === period.id && c.member === member.code);
      if (cell === undefined || !cell.applicable) {
        layout.out.put(row, firstPeriodColumn + i, { value: '—', style: 'notApplicable' });
        return;
      }
      const note = describeFigure({ formation, applied: indicator.applied, formedFrom: cell.formedFrom, share: cell.share }, input.lang);
      layout.out.put(row, firstPeriodColumn + i, { formula: shareFormula(`${column}${at}`, `${column}${totalRow}`), style: totalStyleOf('percentage'), note });
    });
  }
}

/**
 * Under the raw evolution: the respondents behind each figure, the evolution « à périmètre
 * constant » (computed by the consolidation on the respondents present in both periods: a value,
 * not a formula), and each period's marks in a few words, the whole sentence in the note.
 * Returns the row of the constant-scope evolution.
 */
function constantScopeRows(
  layout: Layout,
  rows: RowCursor,
  code: string,
  cells: ReadonlyArray<ConsolidatedCell | undefined>,
  context: MarkContext,
  input: FicheSheetInput,
): number {
  const { text, lang } = input;
  const { out } = layout;
  const label = (row: number, rowCode: string, caption: string) => {
    out.put(row, codeColumn, { value: rowCode, style: 'code' });
    out.put(row, labelColumn, { value: caption, style: 'evolutionLabel' });
    out.put(row, 2, { value: '', style: 'unit' });
    out.put(row, 3, { value: '', style: 'unit' });
  };
  const each = (row: number, put: (cell: ConsolidatedCell, column: number) => void) =>
    cells.forEach((cell, i) => {
      const column = firstPeriodColumn + i;
      if (cell === undefined || !cell.applicable) out.put(row, column, { value: '—', style: 'notApplicable' });
      else put(cell, column);
    });
  const behindRow = rows.take();
  label(behindRow, `${code}/repondants`, text.respondentsBehind);
  each(behindRow, (cell, column) => out.put(behindRow, column, { value: cell.total !== null ? cell.basis.respondents.length : '', style: 'count' }));
  const constantRow = rows.take();
  label(constantRow, `${code}/evolution_constante`, text.evolutionConstant);
  each(constantRow, (cell, column) => {
    const e = cell.evolution;
    const k = e?.constant ?? null;
    out.put(constantRow, column, {
      value: k?.percent ?? '',
      style: 'evolutionPercent',
      ...(e !== null && k !== null && k.percent !== null ? { note: text.constantNote(e.respondents.both, k.previous, k.current) } : {}),
    });
  });
  const first = `${columnLetter(firstPeriodColumn)}${constantRow}`;
  const range = `${first}:${columnLetter(firstPeriodColumn + cells.length - 1)}${constantRow}`;
  layout.formats.push({ range, formula: `AND(ISNUMBER(${first}),${first}<0)`, style: 'down' });
  layout.formats.push({ range, formula: `AND(ISNUMBER(${first}),${first}>0)`, style: 'up' });
  const remarkRow = rows.take();
  label(remarkRow, `${code}/remarque`, text.remarks);
  each(remarkRow, (cell, column) => {
    const marks = marksOf(cell);
    out.put(remarkRow, column, marks.length > 0 ? { value: shortMarks(marks, lang), style: 'remark', note: marks.map((m) => describeMark(m, context, lang)).join('\n') } : { value: '', style: 'remark' });
  });
  out.heights[remarkRow] = 27;
  return constantRow;
}
