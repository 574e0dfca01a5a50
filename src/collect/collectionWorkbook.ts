/**
 * The collection workbook of one respondent: « Lisez-moi », one sheet per fiche action that has
 * indicators for it, « Annexe 2 » when it answers for facilities of Annexe 2, and the very hidden
 * `_ctg` map. Pure: the time of generation is passed in.
 */
import { collectionWords } from '../i18n/workbookWords';
import { isCollected } from '../plan/asked';
import type { Action, Fiche, Indicator, Plan } from '../plan/schema';
import { isAsked } from '../plan/selection';
import { fitColumns } from '../workbook/fitColumns';
import type { SheetSpec, WorkbookSpec } from '../workbook/spec';
import type { InputCell } from './cellMap';
import { facilityWords } from '../i18n/facilityWords';
import { facilitiesHeldBy } from '../plan/facilityHolder';
import { buildFacilitySheet } from './facilitySheet';
import { buildFicheSheet } from './ficheSheet';
import { buildListsSheet } from './listsSheet';
import { buildManifestSheet } from './manifestSheet';
import { buildReadmeSheet } from './readmeSheet';
import type { Respondent } from './respondents';
import { ficheSheetName } from './sheetName';
import { collectionStyles } from './styles';

export type CollectionOptions = {
  /** Period ids to collect; all the plan's periods by default. */
  periods?: string[];
  /** ISO date the workbook is due back. */
  deadline?: string;
  contact?: string;
  /** Sheet protection password; none by default, so a commune is never locked out of its own file. */
  password?: string;
  /** ISO timestamp of generation. */
  now: string;
};

export type CollectionWorkbook = { spec: WorkbookSpec; inputs: InputCell[] };

export const defaultContact: string = collectionWords.defaultContact;

/** The actions (and fiche-level criteria) of a fiche with the indicators this respondent reports. */
export function blocksFor(fiche: Fiche, respondent: Respondent, periods: string[]) {
  const keep = (i: Indicator) => isCollected(i) && isAsked(i.reporters, respondent) && i.periods.some((p) => periods.includes(p));
  const blocks: Array<{ action?: Action; indicators: Indicator[] }> = fiche.actions.map((action) => ({ action, indicators: action.indicators.filter(keep) }));
  blocks.push({ indicators: fiche.indicators.filter(keep) });
  return blocks.filter((b) => b.indicators.length > 0);
}

export function buildCollectionWorkbook(plan: Plan, respondent: Respondent, options: CollectionOptions): CollectionWorkbook {
  const periodIds = options.periods ?? plan.periods.map((p) => p.id);
  const periods = plan.periods.filter((p) => periodIds.includes(p.id));
  const protection: SheetSpec['protection'] = options.password !== undefined ? { password: options.password } : {};
  const ficheSheets = plan.fiches
    .filter((f) => f.status === 'active')
    .map((fiche) => ({ fiche, blocks: blocksFor(fiche, respondent, periodIds) }))
    .filter(({ blocks }) => blocks.length > 0)
    .map(({ fiche, blocks }) => ({
      fiche,
      ...buildFicheSheet({ fiche, sheetName: ficheSheetName(fiche), blocks, periods, lists: plan.lists, protection }),
    }));
  const inputs = ficheSheets.flatMap((s) => s.inputs);
  // Annexe 2 (article 5): the facilities this respondent answers for, per period, after its fiches.
  const held = facilitiesHeldBy(plan, respondent.code);
  const facilities = held.length > 0 ? buildFacilitySheet({ plan, held, periods, protection }) : undefined;
  const readme = buildReadmeSheet({
    plan,
    respondent,
    periods,
    ...(options.deadline !== undefined ? { deadline: options.deadline } : {}),
    contact: options.contact ?? defaultContact,
    sheets: ficheSheets.map(({ fiche, sheet, inputs: cells }) => ({
      name: sheet.name,
      title: `${fiche.number} — ${fiche.title}`,
      inputs: cells.filter((c) => c.type !== 'comment').length,
    })).concat(facilities !== undefined ? [{ name: facilities.sheet.name, title: facilityWords.readmeTitle, inputs: facilities.inputs }] : []),
    protection,
  });
  const manifest = buildManifestSheet({ plan, respondent, periods: periodIds, generatedAt: options.now, inputs });
  const indicatorByCode = new Map(plan.fiches.flatMap((f) => [...f.indicators, ...f.actions.flatMap((a) => a.indicators)]).map((i) => [i.code, i]));
  const usedLists = new Set(inputs.filter((c) => c.type === 'choice').map((c) => indicatorByCode.get(c.code)?.list));
  const lists = usedLists.size > 0 ? buildListsSheet(plan.lists.filter((l) => usedLists.has(l.id))) : undefined;
  return {
    spec: {
      sheets: [
        readme,
        ...ficheSheets.map((s) => fitColumns(s.sheet, collectionStyles)),
        ...(facilities !== undefined ? [fitColumns(facilities.sheet, collectionStyles)] : []),
        ...(lists !== undefined ? [lists.sheet] : []),
        manifest,
      ],
      styles: collectionStyles,
      definedNames: lists?.names ?? [],
      properties: {
        title: `Recueil des indicateurs CTG — ${respondent.name}`,
        subject: plan.title,
        creator: 'CTG Indicateurs',
        company: "Caf des Alpes de Haute-Provence",
        created: options.now,
      },
    },
    inputs,
  };
}
