/**
 * One tab per fiche action. At the top, the territory: indicators × periods, members and their
 * total, evolutions and targets — every figure a live formula (SUM, AVERAGE, MAX) over the detail
 * below, so that a value corrected by hand carries through. Below, the detail by respondent, one
 * block per indicator and member (ficheTerritory.ts, ficheDetail.ts).
 */
import type { IndicatorConsolidation } from '../consolidate/types';
import type { Indicator } from '../plan/schema';
import { columnLetter } from '../workbook/a1';
import type { CellSpec, SheetSpec } from '../workbook/spec';
import { detail, detailIndex } from './ficheDetail';
import { ficheHeaderRow, firstPeriodColumn, type Anchors, type Block, type FicheSheetInput, type Layout } from './ficheLayout';
import { territory } from './ficheTerritory';
import { heightFor, sheetRows } from './sheetRows';

export { anchorKey, ficheHeaderRow, type Anchors, type FicheSheetInput } from './ficheLayout';

export type FicheSheet = { sheet: SheetSpec; anchors: Anchors };

export function buildFicheSheet(input: FicheSheetInput): FicheSheet {
  const { plan, consolidation, fiche, text } = input;
  const periods = plan.periods;
  const lastColumn = columnLetter(firstPeriodColumn + periods.length);
  const byCode = new Map(consolidation.indicators.filter((i) => i.fiche === fiche.number).map((i) => [i.code, i]));
  const pick = (indicators: Indicator[]) => indicators.map((i) => byCode.get(i.code)).filter((i): i is IndicatorConsolidation => i !== undefined);
  const blocks: Block[] = [
    ...fiche.actions.map((a) => ({ title: text.action(a.number, a.title, a.start), indicators: pick(a.indicators) })),
    { title: text.criteria, indicators: pick(fiche.indicators) },
  ].filter((b) => b.indicators.length > 0);
  const details = detailIndex(consolidation, byCode);
  const targetsOf = new Map(
    plan.fiches.flatMap((f) => [...f.actions.flatMap((a) => a.indicators), ...f.indicators]).map((i) => [i.code, i.targets ?? {}] as const),
  );

  // The territory's length does not depend on where the detail lands: a dry run measures it.
  const dry: Layout = { out: sheetRows(), ranges: new Map(), anchors: new Map(), formats: [] };
  const detailHeader = territory(dry, blocks, input, details, targetsOf) + 2;
  const layout: Layout = { out: sheetRows(), ranges: new Map(), anchors: new Map(), formats: [] };
  detail(layout, detailHeader, blocks, input, details);
  territory(layout, blocks, input, details, targetsOf);
  const { out } = layout;

  const wide = (row: number, cell: CellSpec, height?: number) => {
    out.put(row, 0, cell);
    out.merges.push(`A${row}:${lastColumn}${row}`);
    if (height !== undefined) out.heights[row] = height;
  };
  wide(1, { value: text.ficheTitle(fiche.number, fiche.title), style: 'title' }, 22);
  wide(2, { value: `${fiche.theme.number}) ${fiche.theme.label}`, style: 'subtitle' });
  wide(3, { value: text.ficheHowTo, style: 'note' }, heightFor(text.ficheHowTo, 140));
  [text.code, text.indicator, text.unit, text.formation, ...periods.map((p) => p.label)].forEach((h, c) => out.put(ficheHeaderRow, c, { value: h, style: 'header' }));
  wide(detailHeader - 1, { value: text.detailTitle, style: 'section' }, 20);
  [text.code, text.respondent, text.respondentCode, text.kind, ...periods.map((p) => p.label), text.comment].forEach((h, c) =>
    out.put(detailHeader, c, { value: h, style: 'header' }),
  );

  return {
    sheet: {
      name: input.sheetName,
      visibility: 'visible',
      columns: [{ width: 30 }, { width: 52 }, { width: 13 }, { width: 16 }, ...periods.map(() => ({ width: 14 })), { width: 44 }],
      rows: out.rows,
      rowHeights: out.heights,
      merges: out.merges,
      freeze: { rows: ficheHeaderRow, columns: 2 },
      print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatRows: [ficheHeaderRow, ficheHeaderRow] },
      conditionalFormats: layout.formats,
    },
    anchors: layout.anchors,
  };
}

