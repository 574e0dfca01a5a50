/**
 * How far a return is read: as far as the plan's template can reach, never as far as a file
 * claims (issue 12, point 2). The template is the collection workbook the plan generates for
 * each respondent (its sheets, the hidden `_ctg` manifest included); the reach is its largest
 * sheet plus a margin — rows a commune inserts (notes, sub-totals), a few columns of its own,
 * a few sheets of its own. What lies beyond is not read, and said (readerFindings.ts).
 */
import { respondentsOf } from '../collect/respondents';
import { templateKey, templateOf } from '../collect/templates';
import type { Plan } from '../plan/schema';
import type { GridReach } from '../workbook/grid';

/** Rows a commune may add to the largest sheet: as many again as it has, and at least 200. */
const minRowMargin = 200;
/** Columns a commune may add: one alphabet's worth. */
const columnMargin = 26;
/** Sheets a commune may add (its own calculations, a pasted copy…). */
const sheetMargin = 8;

/** Built once per plan: every respondent's workbook is laid out, which is not free. */
const reachOfPlan = new WeakMap<Plan, GridReach>();

export function templateReach(plan: Plan): GridReach {
  const known = reachOfPlan.get(plan);
  if (known !== undefined) return known;
  const reach = measureTemplates(plan);
  reachOfPlan.set(plan, reach);
  return reach;
}

function measureTemplates(plan: Plan): GridReach {
  let rows = 0;
  let columns = 0;
  let sheets = 0;
  // One respondent of each template: a workbook's blocks depend on who is asked what — the kind,
  // the attributes (the early-childhood competence, a PIG/OPAH perimeter) and the respondents an
  // indicator names (plan/selection.ts); the margin covers what else may differ between two communes.
  const periods = plan.periods.map((p) => p.id);
  const templates = new Map(respondentsOf(plan).map((r) => [templateKey(plan, r, periods), r]));
  for (const respondent of templates.values()) {
    const { spec } = templateOf(plan, respondent, periods);
    sheets = Math.max(sheets, spec.sheets.length);
    for (const sheet of spec.sheets) {
      rows = Math.max(rows, sheet.rows.length);
      for (const row of sheet.rows) columns = Math.max(columns, row?.length ?? 0);
    }
  }
  return { rows: rows + Math.max(minRowMargin, rows), columns: columns + columnMargin, sheets: sheets + sheetMargin };
}
