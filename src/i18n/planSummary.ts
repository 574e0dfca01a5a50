/** A plan told in a few lines of French (or English), for the command line and the demo. */
import type { Plan } from '../plan/schema';
import { indicatorSites } from '../plan/walk';
import { defaultLang, type Lang } from './lang';
import { frenchDate } from '../workbook/dates';

const words = {
  fr: {
    plan: 'Plan', version: 'version', signed: 'signé le', periods: 'périodes', parties: 'Parties',
    fiches: 'Fiches actions', active: 'actives', announced: (n: number) => (n > 1 ? 'annoncées' : 'annoncée'), awaiting: 'annoncée, en attente d’avenant',
    actions: 'actions', indicators: 'indicateurs', brokenDown: 'ventilés', rules: 'règles', lists: 'listes',
    total: 'Total', territory: 'Territoire', communes: 'communes', signatories: 'signataires',
    territories: 'territoires', facilities: 'équipements (Annexe 2)', byType: 'Équipements par type',
    source: 'Source', signatoryCommunes: 'Communes signataires',
  },
  en: {
    plan: 'Plan', version: 'version', signed: 'signed on', periods: 'periods', parties: 'Parties',
    fiches: 'Action sheets', active: 'active', announced: (_n: number) => 'announced', awaiting: 'announced, awaiting an amendment',
    actions: 'actions', indicators: 'indicators', brokenDown: 'broken down', rules: 'rules', lists: 'lists',
    total: 'Total', territory: 'Territory', communes: 'communes', signatories: 'signatories',
    territories: 'territories', facilities: 'facilities (Annex 2)', byType: 'Facilities by type',
    source: 'Source', signatoryCommunes: 'Signatory communes',
  },
} as const;


export function summarisePlan(plan: Plan, lang: Lang = defaultLang): string {
  const w = words[lang];
  const sites = indicatorSites(plan);
  const active = plan.fiches.filter((f) => f.status === 'active');
  const lines: string[] = [
    plan.title,
    `${w.plan} ${plan.id}, ${w.version} ${plan.version}, ${w.signed} ${frenchDate(plan.signedOn)} · ${w.periods} : ${plan.periods.map((p) => p.id).join(', ')}`,
    `${w.parties} : ${plan.parties.map((p) => p.name).join(' ; ')}`,
    '',
    `${w.fiches} (${active.length} ${w.active}, ${plan.fiches.length - active.length} ${w.announced(plan.fiches.length - active.length)}) :`,
  ];
  for (const fiche of plan.fiches) {
    if (fiche.status === 'announced') {
      lines.push(`  FA ${fiche.number.padEnd(4)} ${w.awaiting} : ${fiche.title}`);
      continue;
    }
    const count = sites.filter((s) => s.fiche === fiche).length;
    const counts = `${String(fiche.actions.length).padStart(2)} ${w.actions} ${String(count).padStart(3)} ${w.indicators}`;
    lines.push(`  FA ${fiche.number.padEnd(4)} ${counts}  ${fiche.title}`);
  }
  const actionCount = plan.fiches.reduce((n, f) => n + f.actions.length, 0);
  const brokenDown = sites.filter((s) => s.indicator.breakdown.length > 0).length;
  lines.push(
    `${w.total} : ${actionCount} ${w.actions}, ${sites.length} ${w.indicators} (${brokenDown} ${w.brokenDown}), ${plan.rules.length} ${w.rules}, ${plan.lists.length} ${w.lists}`,
    '',
  );
  const { communes, territories, facilities, source } = plan.territory;
  const signatories = communes.filter((c) => c.signatory);
  lines.push(
    `${w.territory} : ${communes.length} ${w.communes} (${signatories.length} ${w.signatories}), ${territories.length} ${w.territories}, ${facilities.length} ${w.facilities}`,
    `  ${w.signatoryCommunes} : ${signatories.map((c) => c.name).join(', ')}`,
  );
  const byType = new Map<string, number>();
  for (const f of facilities) byType.set(f.type, (byType.get(f.type) ?? 0) + 1);
  lines.push(`  ${w.byType} : ${[...byType].map(([type, n]) => `${type} ${n}`).join(' ; ')}`);
  lines.push(`${w.source} : ${source}`);
  return lines.join('\n');
}
