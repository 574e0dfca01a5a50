/**
 * One tab per fiche action. At the top, the territory: indicators × periods, members and their
 * total, evolutions and targets — every figure a live formula (SUM, AVERAGE, MAX) over the detail
 * below, so that a value corrected by hand carries through. Below, the detail by respondent, one
 * block per indicator and member (ficheTerritory.ts, ficheDetail.ts).
 */
import { isFollowUpCode } from '../plan/actionFollowUp';
import type { IndicatorConsolidation } from '../consolidate/types';
import type { Indicator } from '../plan/schema';
import { columnLetter } from '../workbook/a1';
import type { CellSpec, SheetSpec } from '../workbook/spec';
import { detail, detailIndex } from './ficheDetail';
import { ficheHeaderRow, firstPeriodColumn, type Anchors, type Block, type FicheSheetInput, type Layout } from './ficheLayout';
import { territory } from './ficheTerritory';
import { heightFor, sheetRows } from './sheetRows';

export type FicheSheet = { sheet: SheetSpec; anchors: Anchors };

export function buildFicheSheet(input: FicheSheetInput): FicheSheet {
  const { plan, consolidation, fiche, text } = input;
  const periods = plan.periods;
  const lastColumn = columnLetter(firstPeriodColumn + periods.length);
  const columnWidths = [30, 52, 14, 18, ...periods.map(() => 14), 44];
  const byCode = new Map(consolidation.indicators.filter((i) => i.fiche === fiche.number).map((i) => [i.code, i]));
  // The actions' follow-up has its own tab (« Suivi des actions »): the fiche tab keeps the figures.
  const pick = (indicators: Indicator[]) =>
    indicators.filter((i) => !isFollowUpCode(i.code)).map((i) => byCode.get(i.code)).filter((i): i is IndicatorConsolidation => i !== undefined);
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
  // One header row for both sections: it is frozen on screen and repeated on each printed page,
  // above the detail's columns too (it read « Unité » over the respondents' codes).
  const shared = text.sharedHeader;
  const sharedTitles = [text.code, shared.indicator, shared.unit, shared.formation, ...periods.map((p) => p.label), shared.comment];
  sharedTitles.forEach((h, c) => out.put(ficheHeaderRow, c, { value: h, style: 'header' }));
  // As tall as its longest title wrapped in its column: a two-part title takes two or three lines.
  out.heights[ficheHeaderRow] = Math.max(...sharedTitles.map((h, c) => heightFor(h, Math.floor((columnWidths[c] ?? 14) * 1.2))));
  wide(detailHeader - 1, { value: text.detailTitle, style: 'section' }, 20);
  [text.code, text.respondent, text.respondentCode, text.kind, ...periods.map((p) => p.label), text.comment].forEach((h, c) =>
    out.put(detailHeader, c, { value: h, style: 'header' }),
  );

  return {
    sheet: {
      name: input.sheetName,
      visibility: 'visible',
      columns: columnWidths.map((width) => ({ width })),
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

