/**
 * The territory section of a fiche tab: indicators × periods, members and their total,
 * evolutions and targets — every figure a formula over the detail by respondent.
 */
import { totalStyleOf } from '../collect/styles';
import { headlineMembers } from '../consolidate/keyIndicators';
import { totalMember, type ConsolidatedCell, type IndicatorConsolidation } from '../consolidate/types';
import { describeFigure, describeFormation } from '../i18n/formation';
import { figureMarks, marksOf } from '../consolidate/marks';
import { describeMark, shortMarks, type MarkContext } from '../i18n/reportMarks';
import { columnLetter } from '../workbook/a1';
import { evolutionFormula, shareFormula, targetFormula, territoryFormula, type Range } from './formulas';
import { anchorKey, codeColumn, ficheHeaderRow, firstPeriodColumn, labelColumn, rangeKey, type Block, type Detail, type FicheSheetInput, type Layout } from './ficheLayout';
import { heightFor } from './sheetRows';
import { flaggedStyle } from './styles';

/** The territory section, from the header row down; returns the first row after it. */
export function territory(layout: Layout, blocks: readonly Block[], input: FicheSheetInput, details: Map<string, Detail>, targetsOf: Map<string, Record<string, number>>): number {
  const { plan, words, text, lang } = input;
  const { out } = layout;
  const kinds = new Map(input.consolidation.respondents.map((r) => [r.code, r.kind]));
  const kindOf = (code: string) => kinds.get(code);
  const periods = plan.periods;
  const lastPeriod = columnLetter(firstPeriodColumn + periods.length - 1);
  let row = ficheHeaderRow + 1;
  const names = new Map(input.consolidation.respondents.map((r) => [r.code, r.name]));
  const context: MarkContext = { period: (id) => periods.find((p) => p.id === id)?.label ?? id, respondent: (code) => names.get(code) ?? code };
  const label = (code: string, caption: string, style: string, unit = '', formation = '') => {
    out.put(row, codeColumn, { value: code, style: 'code' });
    out.put(row, labelColumn, { value: caption, style });
    out.put(row, 2, { value: unit, style: 'unit' });
    out.put(row, 3, { value: formation, style: 'unit' });
  };
  for (const block of blocks) {
    out.put(row, 0, { value: block.title, style: 'action' });
    out.merges.push(`A${row}:${lastPeriod}${row}`);
    row++;
    for (const indicator of block.indicators) {
      const detail = details.get(indicator.code)!;
      const cellOf = new Map(indicator.cells.map((c) => [`${c.period}\u0000${c.member}`, c]));
      const heads = headlineMembers(indicator);
      const headlineRows = new Map<string, number>();
      const rowOfMember = new Map<string, number>();
      const figures = (member: string, memberRows?: Range) => {
        periods.forEach((period, i) => {
          const column = firstPeriodColumn + i;
          const cell = cellOf.get(`${period.id}\u0000${member}`);
          if (cell === undefined || !cell.applicable) {
            out.put(row, column, { value: '—', style: 'notApplicable' });
            return;
          }
          const range = layout.ranges.get(rangeKey(indicator.code, member));
          const figure = territoryFormula({ indicator, cell, column, range, ...(memberRows ? { memberRows } : {}), respondents: detail.respondents, kindOf, words, text });
          // Every figure says how it was formed and from how many respondents (« somme des 10 communes »);
          // one that includes a value the checks flagged says so too, in its colour and its note.
          const formed = describeFigure({ formation: indicator.formation, applied: indicator.applied, formedFrom: cell.formedFrom }, lang);
          const own = figureMarks(cell);
          const note = [formed, ...own.map((m) => describeMark(m, context, input.lang))].join('\n');
          out.put(row, column, { ...figure, ...(own.length > 0 && figure.style !== undefined ? { style: flaggedStyle(figure.style) } : {}), note });
          layout.anchors.set(anchorKey(indicator.code, member, period.id), `${columnLetter(column)}${row}`);
        });
        if (heads.includes(member)) headlineRows.set(member, row);
        rowOfMember.set(member, row);
        row++;
      };
      const unit = indicator.unit && indicator.unit !== 'nombre' ? indicator.unit : text.unitOf[indicator.type];
      label(indicator.code, indicator.label, 'label', unit, describeFormation(indicator.formation, indicator.reporters, lang));
      out.heights[row] = heightFor(indicator.label, 55);
      if (indicator.members.length === 0) figures('');
      else {
        periods.forEach((_p, i) => out.put(row, firstPeriodColumn + i, { style: 'unit' }));
        row++;
        const first = row;
        for (const member of indicator.members) {
          label(`${indicator.code}/${member.code}`, member.label, 'member');
          figures(member.code);
        }
        if (heads.includes('total')) {
          label(`${indicator.code}/total`, text.total, 'totalLabel');
          figures('total', { first, last: row - 1 });
        }
        row = shareRows(layout, row, indicator, rowOfMember, input);
      }
      for (const [member, at] of headlineRows) {
        const code = member === '' ? indicator.code : `${indicator.code}/${member}`;
        if (indicator.trackEvolution) {
          label(`${code}/evolution`, text.evolution, 'evolutionLabel');
          evolutionRow(layout, row, at, periods.length, 'absolute');
          row++;
          label(`${code}/evolution_pct`, text.evolutionPercent, 'evolutionLabel');
          evolutionRow(layout, row, at, periods.length, 'percent');
          periods.forEach((period, i) => layout.anchors.set(anchorKey(indicator.code, member, period.id, 'pct'), `${columnLetter(firstPeriodColumn + i)}${row}`));
          row++;
          const scoped = periods.map((period) => cellOf.get(`${period.id}\u0000${member}`));
          row = constantScopeRows(layout, row, code, scoped, context, input);
          periods.forEach((period, i) => layout.anchors.set(anchorKey(indicator.code, member, period.id, 'scope'), `${columnLetter(firstPeriodColumn + i)}${row - 2}`));
        }
        const targets = targetsOf.get(indicator.code) ?? {};
        if (Object.keys(targets).length > 0 && (member === '' || member === 'total')) {
          label(`${code}/cible`, text.target, 'evolutionLabel');
          periods.forEach((period, i) => {
            const t = targets[period.id];
            out.put(row, firstPeriodColumn + i, t !== undefined ? { value: t, style: 'target' } : { value: '—', style: 'notApplicable' });
          });
          row++;
          label(`${code}/cible_atteinte`, text.targetReached, 'evolutionLabel');
          periods.forEach((period, i) => {
            const column = columnLetter(firstPeriodColumn + i);
            const applicable = cellOf.get(`${period.id}\u0000${member}`)?.applicable ?? false;
            out.put(
              row,
              firstPeriodColumn + i,
              targets[period.id] !== undefined && applicable
                ? { formula: targetFormula(`${column}${at}`, `${column}${row - 1}`, words), style: 'targetStatus' }
                : { value: words.target.not_applicable, style: 'targetStatus' },
            );
          });
          const range = `${columnLetter(firstPeriodColumn)}${row}:${lastPeriod}${row}`;
          layout.formats.push({ range, formula: `${columnLetter(firstPeriodColumn)}${row}="${words.target.achieved}"`, style: 'achieved' });
          layout.formats.push({ range, formula: `${columnLetter(firstPeriodColumn)}${row}="${words.target.not_yet}"`, style: 'notYet' });
          row++;
        }
      }
    }
    row++;
  }
  return row;
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
function shareRows(layout: Layout, start: number, indicator: IndicatorConsolidation, memberRows: ReadonlyMap<string, number>, input: FicheSheetInput): number {
  const { formation } = indicator;
  const totalRow = memberRows.get(totalMember);
  if (!('shares' in formation) || !formation.shares || totalRow === undefined) return start;
  let row = start;
  for (const member of indicator.members) {
    const at = memberRows.get(member.code);
    if (at === undefined) continue;
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
    row++;
  }
  return row;
}

/**
 * Under the raw evolution: the respondents behind each figure, the evolution « à périmètre
 * constant » (computed by the consolidation on the respondents present in both periods: a value,
 * not a formula), and each period's marks in a few words, the whole sentence in the note.
 * Returns the next row; the constant-scope row is two rows above it.
 */
function constantScopeRows(
  layout: Layout,
  start: number,
  code: string,
  cells: ReadonlyArray<ConsolidatedCell | undefined>,
  context: MarkContext,
  input: FicheSheetInput,
): number {
  const { text, lang } = input;
  const { out } = layout;
  let row = start;
  const label = ([rowCode, caption]: [string, string, string]) => {
    out.put(row, codeColumn, { value: rowCode, style: 'code' });
    out.put(row, labelColumn, { value: caption, style: 'evolutionLabel' });
    out.put(row, 2, { value: '', style: 'unit' });
    out.put(row, 3, { value: '', style: 'unit' });
  };
  const each = (put: (cell: ConsolidatedCell, column: number) => void) =>
    cells.forEach((cell, i) => {
      const column = firstPeriodColumn + i;
      if (cell === undefined || !cell.applicable) out.put(row, column, { value: '—', style: 'notApplicable' });
      else put(cell, column);
    });
  label([`${code}/repondants`, text.respondentsBehind, 'evolutionLabel']);
  each((cell, column) => out.put(row, column, { value: cell.total !== null ? cell.basis.respondents.length : '', style: 'count' }));
  row++;
  label([`${code}/evolution_constante`, text.evolutionConstant, 'evolutionLabel']);
  each((cell, column) => {
    const e = cell.evolution;
    const k = e?.constant ?? null;
    out.put(row, column, {
      value: k?.percent ?? '',
      style: 'evolutionPercent',
      ...(e !== null && k !== null && k.percent !== null ? { note: text.constantNote(e.respondents.both, k.previous, k.current) } : {}),
    });
  });
  const first = `${columnLetter(firstPeriodColumn)}${row}`;
  const range = `${first}:${columnLetter(firstPeriodColumn + cells.length - 1)}${row}`;
  layout.formats.push({ range, formula: `AND(ISNUMBER(${first}),${first}<0)`, style: 'down' });
  layout.formats.push({ range, formula: `AND(ISNUMBER(${first}),${first}>0)`, style: 'up' });
  row++;
  label([`${code}/remarque`, text.remarks, 'evolutionLabel']);
  each((cell, column) => {
    const marks = marksOf(cell);
    out.put(row, column, marks.length > 0 ? { value: shortMarks(marks, lang), style: 'remark', note: marks.map((m) => describeMark(m, context, lang)).join('\n') } : { value: '', style: 'remark' });
  });
  out.heights[row] = 27;
  return row + 1;
}
