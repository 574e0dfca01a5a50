/**
 * The plan as editable sheets, in the spirit of XLSForm's survey/choices sheets: one header row of
 * French titles, one row per item. `gridsToPlan` reads them back.
 */
import type { CellValue, Grid } from '../../workbook/grid';
import type { Formation, Plan } from '../schema';
import { writeBoolean, writeClause, writeCodes, writeLines, writeTargets } from './cells';
import {
  actionColumns,
  communeColumns,
  facilityColumns,
  ficheColumns,
  indicatorColumns,
  listColumns,
  partyColumns,
  periodColumns,
  planColumns,
  planFields,
  ruleColumns,
  sheetNames,
  territoryColumns,
  type Columns,
} from './columns';

type Record_<C extends Columns> = { [K in keyof C]?: CellValue | undefined };

function sheet<C extends Columns>(name: string, columns: C, records: ReadonlyArray<Record_<C>>): Grid {
  const keys = Object.keys(columns) as Array<keyof C & string>;
  return {
    name,
    rows: [keys.map((key) => columns[key]!.title), ...records.map((record) => keys.map((key) => record[key] ?? null))],
    formulas: [],
  };
}

const orNull = (text: string | undefined): CellValue => (text === undefined || text === '' ? null : text);

export function planToGrids(plan: Plan): Grid[] {
  const planValues: Record<keyof typeof planFields, CellValue> = {
    id: plan.id,
    title: plan.title,
    version: plan.version,
    signedOn: plan.signedOn,
    territorySource: plan.territory.source,
  };
  const indicatorRows: Array<Record_<typeof indicatorColumns>> = [];
  for (const fiche of plan.fiches) {
    const sites = [
      ...fiche.actions.flatMap((action) => action.indicators.map((indicator) => ({ action: action.code, indicator }))),
      ...fiche.indicators.map((indicator) => ({ action: undefined, indicator })),
    ];
    for (const { action, indicator } of sites) {
      indicatorRows.push({
        fiche: fiche.number,
        action: orNull(action),
        code: indicator.code,
        label: indicator.label,
        source: indicator.source,
        type: indicator.type,
        unit: orNull(indicator.unit),
        list: orNull(indicator.list),
        breakdown: writeCodes(indicator.breakdown),
        reporters: writeCodes(indicator.reporters),
        periods: writeCodes(indicator.periods),
        required: writeBoolean(indicator.required),
        min: indicator.bounds?.min ?? null,
        max: indicator.bounds?.max ?? null,
        ...formationColumns(indicator.formation),
        trackEvolution: writeBoolean(indicator.trackEvolution),
        changeFactor: indicator.changeFactor ?? null,
        targets: writeTargets(indicator.targets),
        note: orNull(indicator.note),
        clause: writeClause(indicator.clause),
      });
    }
  }

  return [
    sheet(
      sheetNames.plan,
      planColumns,
      (Object.keys(planFields) as Array<keyof typeof planFields>).map((key) => ({ field: planFields[key].title, value: planValues[key] })),
    ),
    sheet(
      sheetNames.periods,
      periodColumns,
      plan.periods.map((p) => ({ id: p.id, label: p.label, start: p.start, end: p.end })),
    ),
    sheet(
      sheetNames.parties,
      partyColumns,
      plan.parties.map((p) => ({
        code: p.code,
        kind: p.kind,
        name: p.name,
        representedBy: writeLines(p.representedBy),
        signatory: writeBoolean(p.signatory),
        attributes: writeCodes(p.attributes),
      })),
    ),
    sheet(
      sheetNames.fiches,
      ficheColumns,
      plan.fiches.map((f) => ({
        number: f.number,
        themeNumber: f.theme.number,
        themeLabel: f.theme.label,
        title: f.title,
        shortTitle: orNull(f.shortTitle),
        context: writeLines(f.context),
        objectives: writeLines(f.objectives),
        targetPublic: orNull(f.targetPublic),
        status: f.status,
      })),
    ),
    sheet(
      sheetNames.actions,
      actionColumns,
      plan.fiches.flatMap((f) =>
        f.actions.map((a) => ({
          fiche: f.number,
          number: a.number,
          code: a.code,
          title: a.title,
          description: writeLines(a.description),
          start: orNull(a.start),
          startPeriod: orNull(a.startPeriod),
        })),
      ),
    ),
    sheet(sheetNames.indicators, indicatorColumns, indicatorRows),
    sheet(
      sheetNames.lists,
      listColumns,
      plan.lists.flatMap((l) => l.options.map((o) => ({ list: l.id, listLabel: l.label, code: o.code, label: o.label }))),
    ),
    sheet(
      sheetNames.rules,
      ruleColumns,
      plan.rules.map((r) => ({
        id: r.id,
        when: orNull(r.when),
        left: r.left,
        operator: r.operator,
        right: r.right,
        missingLeft: r.missing.left,
        missingRight: r.missing.right,
        severity: r.severity,
        message: r.message,
        fix: r.fix,
        scope: r.scope,
        clause: writeClause(r.clause),
        quote: orNull(r.clause?.quote),
      })),
    ),
    sheet(
      sheetNames.communes,
      communeColumns,
      plan.territory.communes.map((c) => ({
        insee: c.insee,
        name: c.name,
        signatory: writeBoolean(c.signatory),
        territory: orNull(c.territory),
        attributes: writeCodes(c.attributes),
      })),
    ),
    sheet(
      sheetNames.territories,
      territoryColumns,
      plan.territory.territories.map((t) => ({ code: t.code, name: t.name })),
    ),
    sheet(
      sheetNames.facilities,
      facilityColumns,
      plan.territory.facilities.map((f) => ({
        name: f.name,
        type: f.type,
        nature: f.nature,
        address: orNull(f.address),
        postcode: f.postcode,
        commune: f.commune,
        manager: orNull(f.manager),
      })),
    ),
  ];
}

/** The declaration of how the figure is formed, spread over its columns (empty where it has no such field). */
function formationColumns(formation: Formation) {
  return {
    formation: formation.kind,
    formationSource: formation.kind === 'authority' ? formation.source : null,
    formationSplit: formation.kind === 'distinctSum' ? formation.split : null,
    formationShares: 'shares' in formation && formation.shares ? writeBoolean(true) : null,
    formationOf: formation.kind === 'sameAs' ? formation.indicator : null,
  };
}
