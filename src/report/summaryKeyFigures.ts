/**
 * The key figures of the « Synthèse »: one row per key indicator, one column per period — formulas
 * linked to the territory cells of the fiche tabs — and the latest evolution.
 */
import { ficheSheetName } from '../collect/sheetName';
import { keyIndicators } from '../consolidate/keyIndicators';
import { describeFigure } from '../i18n/formation';
import { columnLetter } from '../workbook/a1';
import type { ConditionalFormat } from '../workbook/spec';
import { anchorKey } from './ficheLayout';
import { sheetRef, type SheetRows } from './sheetRows';
import type { SummaryInput } from './summarySheet';

/** `span`: first and last period (indices) the indicator is collected for. */
export type KeyRow = { row: number; title: string; cached: Array<number | null>; numberFormat: string; span: [number, number] };

/** Key figures: one row per key indicator, one column per period, and the latest evolution. */
export function keyFigures(out: SheetRows, formats: ConditionalFormat[], start: number, input: SummaryInput): { header: number; rows: KeyRow[]; end: number } {
  const { plan, consolidation: c, text } = input;
  const t = text.summary;
  const keys = keyIndicators(plan, c);
  let row = start;
  out.put(row, 0, { value: t.keyFiguresTitle, style: 'subtitle' });
  out.put(row, 2, { value: t.keyFiguresNote, style: 'note' });
  out.merges.push(`C${row}:${columnLetter(Math.max(2 + plan.periods.length, 10))}${row}`);
  row++;
  const header = row;
  out.heights[row] = 30;
  const last = plan.periods[plan.periods.length - 1]!;
  [text.indicator, text.code, ...plan.periods.map((p) => p.label), t.evolutionHeader(last.label)].forEach((h, i) => out.put(row, i, { value: h, style: 'header' }));
  row++;
  const rows: KeyRow[] = [];
  for (const { indicator, member } of keys) {
    const fiche = plan.fiches.find((f) => f.number === indicator.fiche)!;
    const sheet = ficheSheetName(fiche);
    const anchors = input.anchors.get(fiche.number) ?? new Map<string, string>();
    const title = `FA ${fiche.number} · ${indicator.label}`;
    out.put(row, 0, { value: title, style: 'label' });
    out.heights[row] = Math.min(60, 15 * Math.ceil(title.length / 48) + 3);
    out.put(row, 1, { value: member === '' ? indicator.code : `${indicator.code}/${member}`, style: 'code' });
    const style = `total.${indicator.type}`;
    const cached: Array<number | null> = [];
    const applicable: number[] = [];
    plan.periods.forEach((period, i) => {
      const at = anchors.get(anchorKey(indicator.code, member, period.id));
      const total = indicator.cells.find((x) => x.period === period.id && x.member === member)?.total;
      cached.push(typeof total === 'number' ? total : null);
      if (at === undefined) {
        out.put(row, 2 + i, { value: '—', style: 'notApplicable' });
        return;
      }
      const ref = sheetRef(sheet, at);
      const cell = indicator.cells.find((x) => x.period === period.id && x.member === member);
      const note = cell !== undefined ? describeFigure({ formation: indicator.formation, applied: indicator.applied, formedFrom: cell.formedFrom }, input.lang) : undefined;
      // #N/A, not "": a chart leaves a gap for #N/A but draws text as a zero. A colour rule hides it.
      out.put(row, 2 + i, { formula: `IF(${ref}="",NA(),${ref})`, style, ...(note !== undefined ? { note } : {}) });
      applicable.push(i);
    });
    if (applicable.length > 0) {
      const first = `${columnLetter(2 + applicable[0]!)}${row}`;
      formats.push({ range: `${first}:${columnLetter(2 + applicable[applicable.length - 1]!)}${row}`, formula: `ISNA(${first})`, style: 'hiddenNa' });
    }
    const pct = anchors.get(anchorKey(indicator.code, member, last.id, 'pct'));
    const evolutionColumn = 2 + plan.periods.length;
    out.put(row, evolutionColumn, pct !== undefined ? { formula: `IF(${sheetRef(sheet, pct)}="","",${sheetRef(sheet, pct)})`, style: 'evolutionPercent' } : { value: '—', style: 'notApplicable' });
    if (applicable.length > 0) rows.push({ row, title, cached, numberFormat: indicator.type === 'percentage' ? '0%' : '#,##0', span: [applicable[0]!, applicable[applicable.length - 1]!] });
    row++;
  }
  return { header, rows, end: row };
}
