/** « Lisez-moi »: what this workbook is, for whom, until when, and how to fill it in. */
import { collectionWords } from '../i18n/workbookWords';
import type { Plan, Period } from '../plan/schema';
import type { CellSpec, SheetSpec } from '../workbook/spec';
import type { Respondent } from './respondents';
import { frenchDate } from '../workbook/dates';
import { readmeSheetName } from './layout/sheetNames';


export type ReadmeInput = {
  plan: Plan;
  respondent: Respondent;
  periods: Period[];
  deadline?: string;
  contact: string;
  sheets: Array<{ name: string; title: string; inputs: number }>;
  protection: SheetSpec['protection'];
};


export function buildReadmeSheet(input: ReadmeInput): SheetSpec {
  const { plan, respondent } = input;
  const w = collectionWords.readme;
  const rows: Array<Array<CellSpec | undefined>> = [];
  const merges: string[] = [];
  const line = (cells: CellSpec[], merge = false) => {
    rows.push(cells);
    if (merge) merges.push(`A${rows.length}:C${rows.length}`);
  };
  const blank = () => rows.push([]);
  const pair = (key: string, value: string) => line([{ value: key, style: 'key' }, { value, style: 'text' }]);

  line([{ value: w.title(plan.title), style: 'title' }], true);
  blank();
  pair(w.respondent, w.respondentValue(respondent.name, respondent.code));
  pair(w.periods, input.periods.map((p) => p.label).join(', '));
  pair(w.deadline, input.deadline !== undefined ? frenchDate(input.deadline) : w.noDeadline);
  pair(w.contact, input.contact);
  pair(w.plan, w.planValue(plan.id, plan.version));
  blank();
  line([{ value: w.howToTitle, style: 'subtitle' }], true);
  for (const text of w.howTo) line([{ value: text, style: 'text' }], true);
  blank();
  line([{ value: w.sheetsTitle, style: 'subtitle' }], true);
  line(w.sheetsHeader.map((value) => ({ value, style: 'header' })));
  for (const sheet of input.sheets) {
    line([
      { value: sheet.name, style: 'link', link: { kind: 'internal', sheet: sheet.name, cell: 'A1' } },
      { value: sheet.title, style: 'text' },
      { value: sheet.inputs, style: 'text' },
    ]);
  }
  blank();
  line([{ value: w.privacy, style: 'note' }], true);
  return {
    name: readmeSheetName,
    visibility: 'visible',
    tabColour: 'FF1F3864',
    columns: [{ width: 34 }, { width: 90 }, { width: 20 }],
    rows,
    merges,
    ...(input.protection !== undefined ? { protection: input.protection } : {}),
    print: { orientation: 'portrait', paper: 'A4', fitToWidth: true },
  };
}
