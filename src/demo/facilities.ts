/**
 * The demo's answers in the « Annexe 2 » tab of a holder's return: every facility open and
 * supported for the periods it filled, but for the scripted stories of src/i18n/demoFacilityAnswers.ts
 * (a closure, a capacity, a manager) and the facility the EPCI adds. Writes into the spec's cells,
 * found by the tab's layout (collect/layout/facilities.ts), as a holder would type them.
 */
import { facilityColumns, facilityHeaderRow, facilitySheetName, facilityStatusLabels, parseFacilityRowKey, type FacilityColumnRole } from '../collect/layout/facilities';
import type { Respondent } from '../collect';
import { demoFacilityEvents, demoNewFacility, demoSupportedBy } from '../i18n/demoFacilityAnswers';
import { facilityWords } from '../i18n/facilityWords';
import type { Plan } from '../plan/schema';
import type { WorkbookSpec } from '../workbook/spec';

export function fillFacilities(plan: Plan, respondent: Respondent, spec: WorkbookSpec, periods: ReadonlySet<string>): void {
  const sheet = spec.sheets.find((s) => s.name === facilitySheetName);
  if (sheet === undefined) return;
  const column = new Map(facilityColumns.map((c, i) => [c.role, i]));
  const set = (row: number, role: FacilityColumnRole, value: string) => {
    const cell = sheet.rows[row]?.[column.get(role)!];
    if (cell !== undefined) cell.value = value;
  };
  const supportedBy = respondent.kind === 'commune' ? demoSupportedBy.commune(respondent.name) : respondent.kind === 'epci' ? demoSupportedBy.epci : demoSupportedBy.partner;
  const order = new Map(plan.periods.map((p, i) => [p.id, i]));
  for (let r = facilityHeaderRow; r < sheet.rows.length; r++) {
    const code = sheet.rows[r]?.[column.get('code')!]?.value;
    const key = typeof code === 'string' ? parseFacilityRowKey(code) : undefined;
    if (key === undefined) continue;
    if (key.kind === 'new') {
      if (key.n !== 1 || respondent.kind !== 'epci' || !periods.has(demoNewFacility.from)) continue;
      set(r, 'name', demoNewFacility.name);
      set(r, 'commune', demoNewFacility.commune);
      set(r, 'period', plan.periods.find((p) => p.id === demoNewFacility.from)!.label);
      answer(r, 'ouvert', true, demoNewFacility.supportedBy, demoNewFacility.change);
      continue;
    }
    if (!periods.has(key.period)) continue;
    const event = demoFacilityEvents.find((e) => e.facility === plan.territory.facilities[key.index]?.name);
    const at = order.get(key.period) ?? 0;
    const from = event !== undefined ? (order.get(event.from) ?? Infinity) : Infinity;
    if (event === undefined || at < from) answer(r, 'ouvert', true, supportedBy, '');
    else if (at === from) answer(r, event.status, event.supported, event.supported ? supportedBy : '', event.change);
    else answer(r, event.then ?? 'ouvert', event.then !== 'ferme', event.then !== 'ferme' ? supportedBy : '', '');
  }

  function answer(row: number, status: keyof typeof facilityStatusLabels, supported: boolean, by: string, change: string) {
    set(row, 'status', facilityStatusLabels[status]);
    set(row, 'supported', supported ? facilityWords.yes : facilityWords.no);
    if (by !== '') set(row, 'supportedBy', by);
    if (change !== '') set(row, 'change', change);
  }
}
