/**
 * The consolidation's follow-up tabs (issue 14): « Suivi des actions » (each action's state, account
 * and difficulties per pilot and period), « Écarts » (computed, consolidate/gaps.ts) and
 * « Gouvernance » (the comités held, annexe 5). Tables, like « Relances », so that they filter and sort.
 */
import type { Consolidation } from '../consolidate/types';
import { actionStateLabels } from '../i18n/followUpWords';
import type { FollowUpReportWords } from '../i18n/followUpReportWords';
import { governancePartners } from '../plan/governance';
import type { Plan } from '../plan/schema';
import type { CellSpec, SheetSpec } from '../workbook/spec';
import { ficheCell } from './ficheName';
import { heightFor } from './sheetRows';

type Rows = Array<Array<string | number | null>>;

function tableSheet(name: string, tab: string, columns: readonly string[], widths: number[], rows: Rows, empty: string): SheetSpec {
  const base = { name, visibility: 'visible' as const, tabColour: tab, merges: [] };
  if (rows.length === 0) return { ...base, columns: [{ width: 100 }], rows: [[{ value: empty, style: 'note' }]] };
  // Long texts (titles, accounts, why an écart is flagged) wrap in wide columns; each row is as high
  // as its longest text needs, since no renderer grows a row for wrapped text on its own.
  const styled: Array<Array<CellSpec | undefined>> = [];
  const rowHeights: Record<number, number> = {};
  rows.forEach((row, i) => {
    const line: Array<CellSpec | undefined> = [];
    let height = 0;
    widths.forEach((w, c) => {
      // Every cell wraps and sits at the top, so that a row's short cells line up with its long ones.
      line[c] = { style: 'message' };
      const value = row[c];
      if (typeof value === 'string') height = Math.max(height, heightFor(value, Math.floor(w * 1.1)));
    });
    styled[i + 1] = line;
    if (height > 18) rowHeights[i + 2] = height;
  });
  return {
    ...base,
    columns: widths.map((width) => ({ width })),
    rows: styled,
    rowHeights,
    freeze: { rows: 1, columns: 0 },
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatRows: [1, 1] },
    tables: [{ name: name.normalize('NFD').replace(/[^A-Za-z]/g, ''), topLeft: 'A1', columns: [...columns], rows }],
  };
}

const names = (plan: Plan, consolidation: Consolidation) => ({
  respondents: new Map(consolidation.respondents.map((r) => [r.code, r.name])),
  periods: new Map(plan.periods.map((p) => [p.id, p.label])),
  actions: new Map(plan.fiches.flatMap((f) => f.actions.map((a) => [a.code, a] as const))),
  indicators: new Map(consolidation.indicators.map((i) => [i.code, i.label])),
});

export function buildActionsSheet(plan: Plan, consolidation: Consolidation, words: FollowUpReportWords): SheetSpec {
  const n = names(plan, consolidation);
  const rows: Rows = consolidation.followUp.actions.map((r) => [
    ficheCell(r.fiche, words.sheets.governance),
    r.action,
    n.actions.get(r.action)?.title ?? r.action,
    n.respondents.get(r.respondent) ?? r.respondent,
    n.periods.get(r.period) ?? r.period,
    r.state !== undefined ? actionStateLabels[r.state] : null,
    r.account || null,
    r.difficulties || null,
  ]);
  return tableSheet(words.sheets.actions, 'FF2E75B6', words.actionColumns, [7, 9, 40, 24, 12, 13, 60, 50], rows, words.empty.actions);
}

export function buildGapsSheet(plan: Plan, consolidation: Consolidation, words: FollowUpReportWords): SheetSpec {
  const n = names(plan, consolidation);
  const rows: Rows = consolidation.followUp.gaps.map((gap) => {
    const last = 'period' in gap ? gap.period : (gap.periods.at(-1) ?? '');
    const period = n.periods.get(last) ?? last;
    const subject =
      gap.kind === 'indicatorFalling' ? gap.indicator : gap.kind === 'respondentSilent' ? gap.respondent : gap.action === '' ? words.wholeFiche : gap.action;
    const why = words.why(gap, {
      action: 'action' in gap ? (n.actions.get(gap.action)?.title ?? gap.action) : '',
      indicator: gap.kind === 'indicatorFalling' ? (n.indicators.get(gap.indicator) ?? gap.indicator) : '',
      respondent: gap.kind === 'respondentSilent' ? (n.respondents.get(gap.respondent) ?? gap.respondent) : '',
      period,
    });
    return [words.gapKinds[gap.kind], 'fiche' in gap ? ficheCell(gap.fiche, words.sheets.governance) : null, subject, period, why];
  });
  return tableSheet(words.sheets.gaps, 'FFC00000', words.gapColumns, [22, 7, 26, 12, 100], rows, words.empty.gaps);
}

export function buildGovernanceSheet(plan: Plan, consolidation: Consolidation, words: FollowUpReportWords): SheetSpec {
  const n = names(plan, consolidation);
  const caf = plan.parties.find((p) => p.kind === 'caf')?.code ?? 'caf';
  const epci = plan.parties.find((p) => p.kind === 'epci')?.code ?? 'epci';
  const codes: Record<(typeof governancePartners)[number], string> = { caf, epci, communes: 'communes', departement: 'departement', sdjes: 'sdjes' };
  const rows: Rows = consolidation.followUp.governance.map((m) => [
    words.bodies[m.body],
    n.periods.get(m.period) ?? m.period,
    m.date,
    n.respondents.get(m.respondent) ?? m.respondent,
    ...governancePartners.map((p) => (m.present.includes(codes[p]) ? words.yes : null)),
  ]);
  return tableSheet(words.sheets.governance, 'FF548235', words.governanceColumns, [20, 12, 12, 30, 8, 8, 10, 12, 8], rows, words.empty.governance);
}
