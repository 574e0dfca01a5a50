/**
 * Several respondents' collection sheets in one workbook: names unique and valid, every link
 * following its sheet, every cell (and so every input cell) kept, one shared « _listes » whose
 * names the validations use, and each respondent's `_ctg` renamed with its map following.
 */
import { buildCollectionWorkbook, collectionPart, isValidSheetName, manifestSheetName, mergeCollections, mergedCollectionSpec, respondentsOf, type Respondent } from '../../src/collect';
import { listRangeName } from '../../src/collect/inputRules';
import { defaultPlan } from '../../src/plan/default';
import { withoutFollowUp } from '../../src/plan/followUpPlan';
import { planSchema, type Plan, type PlanInput } from '../../src/plan/schema';
import { readManifest } from '../../src/returns/manifest';
import { parseA1 } from '../../src/workbook/a1';
import { specSheetToGrid } from '../oracles/specToGrid';
import type { CellSpec, SheetSpec, WorkbookSpec } from '../../src/workbook/spec';

const now = '2026-11-29T10:00:00.000Z';

/** The default plan with two choice indicators: the EPCI uses both lists, the Caf only the second, so their own « _listes » differ. */
function planWithLists(): Plan {
  const input = structuredClone(defaultPlan()) as PlanInput;
  const fiche = input.fiches.find((f) => f.number === '1.1')!;
  const choice = (code: string, list: string, reporters: Array<'epci' | 'caf'>) => ({ code, label: code, source: 'Variante de test', type: 'choice' as const, list, reporters, periods: ['2024', '2025'], formation: { kind: 'listed' as const } });
  fiche.indicators = [...(fiche.indicators ?? []), choice('1.1.thematique', 'thematique', ['epci']), choice('1.1.financeur', 'financeur', ['epci', 'caf'])];
  return planSchema.parse(input);
}

function cellAt(sheet: SheetSpec | undefined, address: string): CellSpec | undefined {
  const at = parseA1(address)!;
  return sheet?.rows[at.row]?.[at.column];
}

const sheetOf = (spec: WorkbookSpec, name: string) => spec.sheets.find((s) => s.name === name);

describe('the default plan, all 48 respondents', () => {
  const plan = defaultPlan();
  const respondents = respondentsOf(plan);
  const parts = respondents.map((r) => collectionPart(plan, r, { now }));
  const merged = mergeCollections(plan, parts, { now });
  const { spec } = merged;

  it('is what mergedCollectionSpec builds', () => {
    expect(mergedCollectionSpec(plan, respondents, { now })).toEqual(spec);
  });

  it('gives every sheet a valid name of at most 31 characters, unique without regard to case', () => {
    const names = spec.sheets.map((s) => s.name);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(isValidSheetName(name)).toBe(true);
    }
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });

  it('prefixes each respondent’s sheets with its code and keeps their order', () => {
    for (const [i, { respondent, sheets }] of merged.respondents.entries()) {
      // Each respondent's « _listes » (the actions' states) becomes the one shared « _listes ».
      expect(sheets.map((s) => s.from)).toEqual(parts[i]!.spec.sheets.map((s) => s.name).filter((n) => n !== '_listes'));
      for (const { to } of sheets) expect(to.startsWith(`${respondent.code} `) || to.startsWith(`${respondent.code}-`)).toBe(true);
    }
    expect(spec.sheets.map((s) => s.name)).toEqual([...merged.respondents.flatMap((r) => r.sheets.map((s) => s.to)), '_listes']);
  });

  it('points every internal link at a sheet of the same respondent, the link’s text following', () => {
    for (const { sheets } of merged.respondents) {
      const own = new Set(sheets.map((s) => s.to));
      const links = sheets.flatMap(({ to }) => sheetOf(spec, to)!.rows.flatMap((row) => (row ?? []).filter((c) => c?.link?.kind === 'internal')));
      expect(links.length).toBeGreaterThan(0);
      for (const cell of links) {
        const target = (cell!.link as { sheet: string }).sheet;
        expect(own.has(target)).toBe(true);
        expect(cell!.value).toBe(target);
      }
    }
  });

  it('keeps every cell of every sheet, links aside, with its styles', () => {
    const strip = (sheet: SheetSpec) => ({ ...sheet, name: '', rows: sheet.rows.map((row) => row?.map((c) => (c?.link !== undefined ? { ...c, link: undefined, value: undefined } : c))) });
    for (const [i, { sheets }] of merged.respondents.entries()) {
      for (const { from, to } of sheets) {
        if (from === manifestSheetName) continue;
        expect(strip(sheetOf(spec, to)!)).toEqual(strip(parts[i]!.spec.sheets.find((s) => s.name === from)!));
      }
    }
    expect(spec.styles).toEqual(parts[0]!.spec.styles);
  });

  it('keeps every input cell, at its place on the renamed sheet', () => {
    let inputs = 0;
    for (const [i, part] of parts.entries()) {
      const renamed = new Map(merged.respondents[i]!.sheets.map((s) => [s.from, s.to]));
      for (const input of part.inputs) {
        const original = cellAt(part.spec.sheets.find((s) => s.name === input.sheet), input.cell);
        expect(original?.unlocked).toBe(true);
        expect(cellAt(sheetOf(spec, renamed.get(input.sheet)!), input.cell)).toEqual(original);
        inputs++;
      }
    }
    expect(inputs).toBeGreaterThan(1000);
  });

  it('renames each `_ctg` after its respondent, its cell map pointing at the renamed sheets; none is called `_ctg`', () => {
    expect(spec.sheets.some((s) => s.name.toLowerCase() === manifestSheetName)).toBe(false);
    for (const [i, { respondent, sheets }] of merged.respondents.entries()) {
      const manifest = sheetOf(spec, sheets.find((s) => s.from === manifestSheetName)!.to)!;
      expect(manifest.name).toBe(`${respondent.code} _ctg`);
      expect(manifest.visibility).toBe('veryHidden');
      const read = readManifest([{ ...specSheetToGrid(manifest), name: manifestSheetName }]);
      if (read.kind !== 'ok') throw new Error(`manifest of ${respondent.code}: ${read.kind}`);
      expect(read.manifest.respondentCode).toBe(respondent.code);
      expect(read.manifest.cells).toHaveLength(parts[i]!.inputs.length);
      for (const cell of read.manifest.cells) expect(cellAt(sheetOf(spec, cell.sheet), cell.cell)?.unlocked).toBe(true);
    }
  });

  it('defines no name when no respondent uses a choice list', () => {
    // Without the follow-up, whose action states are a choice list, the default plan asks none.
    const bare = withoutFollowUp(plan);
    const plain = mergedCollectionSpec(bare, respondentsOf(bare), { now });
    expect(plain.definedNames).toEqual([]);
    expect(plain.sheets.some((s) => s.name === '_listes')).toBe(false);
  });

  it('shares the actions’ state list among the pilots, defined once', () => {
    expect(spec.definedNames.map((n) => n.name)).toEqual([listRangeName('etat_action')]);
  });
});

describe('choice lists of several respondents', () => {
  const plan = planWithLists();
  const who = (kind: string) => respondentsOf(plan).find((r) => r.kind === kind)!;
  const respondents: Respondent[] = [who('caf'), who('epci'), respondentsOf(plan).find((r) => r.kind === 'commune')!];
  const spec = mergedCollectionSpec(plan, respondents, { now });

  it('the respondents’ own « _listes » differ (the same name would point at different cells)', () => {
    const own = respondents.slice(0, 2).map((r) => buildCollectionWorkbook(plan, r, { now }).spec.definedNames.find((n) => n.name === listRangeName('financeur'))!.range);
    expect(own[0]).not.toEqual(own[1]);
  });

  it('share one very hidden « _listes » with every list used, each name defined once', () => {
    const lists = spec.sheets.filter((s) => s.name.toLowerCase().endsWith('_listes'));
    expect(lists.map((s) => [s.name, s.visibility])).toEqual([['_listes', 'veryHidden']]);
    expect(spec.definedNames.map((n) => n.name)).toEqual([listRangeName('thematique'), listRangeName('financeur'), listRangeName('etat_action')]);
    for (const name of spec.definedNames) {
      expect(name.sheet).toBe('_listes');
      const [first, last] = name.range.split(':').map((a) => parseA1(a)!);
      const list = plan.lists.find((l) => listRangeName(l.id) === name.name)!;
      const values = Array.from({ length: last!.row - first!.row + 1 }, (_, k) => lists[0]!.rows[first!.row + k]?.[first!.column]?.value);
      expect(values).toEqual([...list.options.map((o) => o.label), 'NC']);
    }
  });

  it('every list validation points at a defined name', () => {
    const defined = new Set(spec.definedNames.map((n) => n.name));
    const sources = spec.sheets.flatMap((s) => s.rows.flatMap((row) => (row ?? []).flatMap((c) => (c?.input?.kind === 'listRange' ? [c.input.source] : []))));
    expect(sources.length).toBeGreaterThanOrEqual(3);
    for (const source of sources) expect(defined.has(source)).toBe(true);
  });
});

it('one respondent alone is prefixed too (its sheets never collide with the consolidation tabs)', () => {
  const plan = defaultPlan();
  const commune = respondentsOf(plan).find((r) => r.code === '04070')!;
  const spec = mergedCollectionSpec(plan, [commune], { now });
  // « _listes » is shared by every respondent of a merged workbook: its options, never a sheet to fill.
  expect(spec.sheets.filter((s) => s.name !== '_listes').every((s) => s.name.startsWith('04070 '))).toBe(true);
});

it('names that truncation would make alike get « -2 », « -3 »… and links follow them', () => {
  const plan = defaultPlan();
  const long: Respondent = { code: 'partenaire-au-code-vraiment-tres-long', kind: 'epci', name: 'Partenaire', signatory: true, attributes: [] };
  const merged = mergeCollections(plan, [collectionPart(plan, long, { now })], { now });
  const names = merged.spec.sheets.map((s) => s.name);
  expect(names.filter((n) => /^partenaire-au-code-v-\d+ /.test(n)).length).toBe(names.filter((n) => n !== '_listes').length - 1);
  expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  for (const name of names) expect(name.length).toBeLessThanOrEqual(31);
  const targets = merged.spec.sheets[0]!.rows.flatMap((row) => (row ?? []).flatMap((c) => (c?.link?.kind === 'internal' ? [c.link.sheet] : [])));
  expect(targets.length).toBeGreaterThan(1);
  for (const target of targets) expect(names).toContain(target);
});
