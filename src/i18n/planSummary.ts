/**
 * A plan told in a few lines of French (or English), for the command line and the demo: the words
 * of the summary src/plan/planSummary.ts gathers.
 */
import type { PlanSummary } from '../plan/planSummary';
import { ficheName } from './ficheRefWords';
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

/** The fiche column's width: « FA 1.1 » and « FA 5 » line up (a longer name pushes its line). */
const ficheColumn = 7;

export function summarisePlan(summary: PlanSummary, lang: Lang = defaultLang): string {
  const w = words[lang];
  const { totals, territory } = summary;
  const lines: string[] = [
    summary.title,
    `${w.plan} ${summary.id}, ${w.version} ${summary.version}, ${w.signed} ${frenchDate(summary.signedOn)} · ${w.periods} : ${summary.periods.join(', ')}`,
    `${w.parties} : ${summary.parties.join(' ; ')}`,
    '',
    `${w.fiches} (${summary.activeFiches} ${w.active}, ${summary.announcedFiches} ${w.announced(summary.announcedFiches)}) :`,
  ];
  for (const fiche of summary.fiches) {
    const name = ficheName(fiche.fiche, lang).padEnd(ficheColumn);
    if (fiche.kind === 'announced') lines.push(`  ${name} ${w.awaiting} : ${fiche.title}`);
    else lines.push(`  ${name} ${String(fiche.actions).padStart(2)} ${w.actions} ${String(fiche.indicators).padStart(3)} ${w.indicators}  ${fiche.title}`);
  }
  lines.push(
    `${w.total} : ${totals.actions} ${w.actions}, ${totals.indicators} ${w.indicators} (${totals.brokenDown} ${w.brokenDown}), ${totals.rules} ${w.rules}, ${totals.lists} ${w.lists}`,
    '',
    `${w.territory} : ${territory.communes} ${w.communes} (${territory.signatories} ${w.signatories}), ${territory.territories} ${w.territories}, ${territory.facilities} ${w.facilities}`,
    `  ${w.signatoryCommunes} : ${territory.signatoryNames.join(', ')}`,
    `  ${w.byType} : ${territory.facilitiesByType.map((t) => `${t.type} ${t.count}`).join(' ; ')}`,
    `${w.source} : ${territory.source}`,
  );
  return lines.join('\n');
}
