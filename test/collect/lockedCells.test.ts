/**
 * On screen, a cell that looks fillable is fillable: under the years of a fiche tab, every cell
 * is either unlocked (to fill in), a total (a formula), or coloured as locked. The first row of
 * a broken-down indicator once showed white, bordered cells that refused any entry.
 */
import { buildCollectionWorkbook, respondentsOf } from '../../src/collect';
import { facilitySheetName } from '../../src/collect/layout/facilities';
import { defaultPlan } from '../../src/plan';
import { parseA1 } from '../../src/workbook/a1';

const plan = defaultPlan();
const kinds = ['caf', 'epci', 'commune', 'partner'] as const;

it.each(kinds.map((kind) => ({ kind, respondent: respondentsOf(plan).find((r) => r.kind === kind && (kind !== 'commune' || r.code === '04116'))! })))(
  'the $kind workbook has no white locked cell under a year or « Commentaire »',
  ({ respondent }) => {
    const { spec, inputs } = buildCollectionWorkbook(plan, respondent, { now: '2026-02-01T10:00:00.000Z' });
    const looksFillable: string[] = [];
    // The fiche tabs (years across); « Annexe 2 » has a row per facility and year, checked in test/annexe2.
    for (const sheet of spec.sheets.filter((s) => s.visibility === 'visible' && s.print?.repeatRows !== undefined && s.name !== facilitySheetName)) {
      const headerRow = sheet.print!.repeatRows![0] - 1;
      const yearColumns = new Set(
        (sheet.rows[headerRow] ?? []).flatMap((cell, c) => (typeof cell?.value === 'string' && /\d{4}|^Commentaire/.test(cell.value) ? [c] : [])),
      );
      expect(yearColumns.size).toBeGreaterThan(0);
      sheet.rows.slice(headerRow + 1).forEach((row, i) =>
        row?.forEach((cell, c) => {
          if (!yearColumns.has(c) || cell === undefined || cell.unlocked === true || cell.formula !== undefined) return;
          const style = cell.style !== undefined ? spec.styles[cell.style] : undefined;
          if (style?.border === 'thin' && (style.fill === undefined || /^FFFFFFFF$/i.test(style.fill))) looksFillable.push(`${sheet.name}!${String.fromCharCode(65 + c)}${headerRow + i + 2}`);
        }),
      );
    }
    expect(looksFillable).toEqual([]);
    // And what is to be filled stays unlocked.
    const unlockedAt = (sheet: string, ref: string) => {
      const at = parseA1(ref)!;
      return spec.sheets.find((s) => s.name === sheet)?.rows[at.row]?.[at.column]?.unlocked;
    };
    expect(inputs.filter((c) => unlockedAt(c.sheet, c.cell) !== true)).toEqual([]);
  },
);
