/**
 * The key figures of the « Synthèse »: one row per key indicator, one column per period — formulas
 * linked to the territory cells of the fiche tabs — then the latest evolution « à périmètre
 * constant », the respondents behind it, and what the figure must say about itself (a scope that
 * changed, a value the checks flagged). Under each, the number of respondents behind each figure.
 */
import { rowKey } from '../collect/layout';
import { ficheSheetName } from '../collect/sheetName';
import { keyIndicators } from '../consolidate/keyIndicators';
import { describeFigure } from '../i18n/formation';
import { figureMarks, marksOf, scopeChanges, type FigureMark } from '../consolidate/marks';
import { describeMark, markWords, type MarkContext } from '../i18n/reportMarks';
import { columnLetter } from '../workbook/a1';
import type { ConditionalFormat } from '../workbook/spec';
import { anchorKey } from './ficheLayout';
import { heightFor, sheetRef, type SheetRows } from './sheetRows';
import { flaggedStyle } from './styles';
import type { SummaryInput } from './summaryInput';

/** `span`: first and last period (indices) the indicator is collected for; `marks`: every mark of its figures. */
export type KeyRow = { row: number; title: string; cached: Array<number | null>; numberFormat: string; span: [number, number]; marks: FigureMark[] };

/** Key figures: one row per key indicator, one column per period, the latest evolution and its marks. */
export function keyFigures(out: SheetRows, formats: ConditionalFormat[], start: number, input: SummaryInput, width: number): { header: number; rows: KeyRow[]; end: number } {
  const { plan, consolidation: c, text, lang } = input;
  const t = text.summary;
  const m = markWords[lang];
  const keys = keyIndicators(plan, c);
  const names = new Map(c.respondents.map((r) => [r.code, r.name]));
  const context: MarkContext = { period: (id) => plan.periods.find((p) => p.id === id)?.label ?? id, respondent: (code) => names.get(code) ?? code };
  let row = start;
  out.put(row, 0, { value: t.keyFiguresTitle, style: 'subtitle' });
  out.put(row, 2, { value: t.keyFiguresNote, style: 'note' });
  out.merges.push(`C${row}:${columnLetter(width - 1)}${row}`);
  out.heights[row] = 30;
  row++;
  const header = row;
  out.heights[row] = 58;
  const last = plan.periods[plan.periods.length - 1]!;
  const previous = plan.periods[plan.periods.length - 2];
  const evolutionColumn = 2 + plan.periods.length;
  const remarkColumn = evolutionColumn + 2;
  [text.indicator, text.code, ...plan.periods.map((p) => p.label), t.evolutionHeader(last.id), t.respondentsHeader(previous?.id ?? '', last.id), t.remarksHeader].forEach((h, i) =>
    out.put(row, i, { value: h, style: 'header' }),
  );
  out.merges.push(`${columnLetter(remarkColumn)}${row}:${columnLetter(width - 1)}${row}`);
  row++;
  const rows: KeyRow[] = [];
  for (const { indicator, member } of keys) {
    const fiche = plan.fiches.find((f) => f.number === indicator.fiche)!;
    const sheet = ficheSheetName(fiche);
    const anchors = input.anchors.get(fiche.number) ?? new Map<string, string>();
    const title = `FA ${fiche.number} · ${indicator.label}`;
    out.put(row, 0, { value: title, style: 'label' });
    out.put(row, 1, { value: rowKey(indicator.code, member), style: 'code' });
    const style = `total.${indicator.type}`;
    const cached: Array<number | null> = [];
    const applicable: number[] = [];
    const marks: FigureMark[] = [];
    plan.periods.forEach((period, i) => {
      const at = anchors.get(anchorKey(indicator.code, member, period.id));
      const cell = indicator.cells.find((x) => x.period === period.id && x.member === member);
      cached.push(typeof cell?.total === 'number' ? cell.total : null);
      if (at === undefined || cell === undefined) {
        out.put(row, 2 + i, { value: '—', style: 'notApplicable' });
        return;
      }
      const ref = sheetRef(sheet, at);
      const formed = describeFigure({ formation: indicator.formation, applied: indicator.applied, formedFrom: cell.formedFrom }, lang);
      const own = figureMarks(cell);
      marks.push(...own);
      // #N/A, not "": a chart leaves a gap for #N/A but draws text as a zero. A colour rule hides it.
      out.put(row, 2 + i, {
        formula: `IF(${ref}="",NA(),${ref})`,
        style: own.length > 0 ? flaggedStyle(style) : style,
        note: [formed, ...own.map((x) => describeMark(x, context, lang))].join('\n'),
      });
      out.put(row + 1, 2 + i, { value: cell.total !== null ? cell.basis.respondents.length : '', style: 'count' });
      applicable.push(i);
    });
    if (applicable.length > 0) {
      const first = `${columnLetter(2 + applicable[0]!)}${row}`;
      formats.push({ range: `${first}:${columnLetter(2 + applicable[applicable.length - 1]!)}${row}`, formula: `ISNA(${first})`, style: 'hiddenNa' });
    }
    const latest = indicator.cells.find((x) => x.period === last.id && x.member === member);
    const scoped = anchors.get(anchorKey(indicator.code, member, last.id, 'scope'));
    out.put(row, evolutionColumn, scoped !== undefined ? { formula: `IF(${sheetRef(sheet, scoped)}="","",${sheetRef(sheet, scoped)})`, style: 'evolutionPercent' } : { value: '—', style: 'notApplicable' });
    const e = latest?.evolution ?? null;
    out.put(row, evolutionColumn + 1, e !== null && e.previousPeriod !== null ? { value: `${e.respondents.previous} → ${e.respondents.current} (${e.respondents.both})`, style: 'small' } : { value: '—', style: 'notApplicable' });
    // A row of figures reads as a trend even when the plan tracks no evolution: its scope changes are said too.
    const periodCells = indicator.cells.filter((x) => x.member === member);
    const changes = scopeChanges(periodCells);
    marks.push(...changes);
    const latestMarks = dedupe([...changes, ...(latest !== undefined ? marksOf(latest) : [])]);
    const remark = latestMarks.map((x) => `${m.sign} ${describeMark(x, context, lang)}`).join('\n');
    out.put(row, remarkColumn, { value: remark, style: 'remark' });
    out.merges.push(`${columnLetter(remarkColumn)}${row}:${columnLetter(width - 1)}${row}`);
    out.heights[row] = Math.min(120, Math.max(heightFor(title, 48), heightFor(remark, 70)));
    out.put(row + 1, 0, { value: t.respondentsRow, style: 'countLabel' });
    if (applicable.length > 0) rows.push({ row, title, cached, numberFormat: indicator.type === 'percentage' ? '0%' : '#,##0', span: [applicable[0]!, applicable[applicable.length - 1]!], marks: dedupe(marks) });
    row += 2;
  }
  out.put(row, 0, { value: t.marksLegend, style: 'note' });
  out.merges.push(`A${row}:${columnLetter(width - 1)}${row}`);
  out.heights[row] = 30;
  return { header, rows, end: row + 1 };
}

function dedupe(marks: readonly FigureMark[]): FigureMark[] {
  const seen = new Set<string>();
  return marks.filter((x) => {
    const key = JSON.stringify(x);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
