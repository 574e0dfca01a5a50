/**
 * Annexe 2 (article 5: the Caf and the collectivity keep funding « les équipements et services
 * listés en Annexe 2 »): what the holders reported for the period, the changes first — closed,
 * changed, support ended, added by a respondent.
 */
import type { FacilityReport } from '../../consolidate/followUp';
import type { BilanContext } from './context';
import { column, heading, paragraph, table, type Block } from './model';

export function isChange(r: FacilityReport): boolean {
  return r.facility === null || r.status === 'ferme' || r.status === 'modifie' || r.supported === false || r.change.trim() !== '';
}

export function facilityRow(ctx: BilanContext, r: FacilityReport): string[] {
  const w = ctx.words;
  const status = r.status !== undefined ? w.facilityStatus[r.status] : w.dash;
  const supported = r.supported === undefined ? w.dash : r.supported ? w.supported(r.supportedBy.trim()) : w.notSupported;
  const change = [r.facility === null ? w.added : '', r.change.trim()].filter((x) => x !== '').join(' ; ');
  return [r.name, r.commune !== null ? ctx.nameOf(r.commune) : w.dash, status, supported, change === '' ? w.dash : change];
}

export function facilityColumns(ctx: BilanContext) {
  const h = ctx.words.facilityHeaders;
  return [column(h.name, 0.3), column(h.commune, 0.16), column(h.status, 0.12), column(h.supported, 0.16), column(h.change, 0.26)];
}

export function facilitiesSection(ctx: BilanContext, period: string): Block[] {
  const w = ctx.words;
  const reports = ctx.followUp.facilities.filter((r) => r.period === period);
  const changes = reports.filter(isChange);
  const blocks: Block[] = [heading(1, w.facilities), paragraph(w.facilitiesSummary(ctx.plan.territory.facilities.length, reports.length, changes.length))];
  if (reports.length === 0) return [...blocks, paragraph(w.noInformation)];
  return changes.length > 0 ? [...blocks, table(facilityColumns(ctx), changes.map((r) => facilityRow(ctx, r)))] : blocks;
}
