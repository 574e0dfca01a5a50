/**
 * The collection sheet's layout, said once: the names the reader skips, the row key codec, the
 * columns the writer lays out and the reader recognises, the breakdown members of plan/.
 */
import { buildCollectionWorkbook, respondentsOf } from '../../src/collect';
import {
  collectionColumns,
  findingsSheetNameAmong,
  fixedRoleOf,
  headerRow,
  isFindingsSheet,
  isIgnoredSheet,
  looksLikeRowKey,
  periodHeaderTexts,
  rowKey,
  splitRowKey,
} from '../../src/collect/layout';
import { breakdownMembers } from '../../src/plan/breakdown';
import { defaultPlan } from '../../src/plan';
import { normaliseHeader } from '../../src/workbook/normaliseHeader';

describe('sheet names', () => {
  it.each([
    ['Lisez-moi', true],
    ['LISEZ-MOI ', true],
    ['_ctg', true],
    ['_listes', true],
    ['Contrôles', true],
    ['controles', true],
    ['Contrôles (2)', true],
    ['Contrôles (12)', true],
    ['Contrôles (2) bis', false],
    ['Contrôles 2', false],
    ['Mes contrôles', false],
    ['FA 3.2 - Accueil 0-3 ans', false],
  ])('« %s » is one of ours that holds no fiche: %s', (name, ignored) => {
    expect(isIgnoredSheet(name)).toBe(ignored);
  });

  it.each([
    [[], 'Contrôles'],
    [['Lisez-moi', 'FA 1.1 - Coordination'], 'Contrôles'],
    [['Contrôles', 'Lisez-moi'], 'Contrôles (2)'],
    [['CONTRÔLES', 'contrôles (2)'], 'Contrôles (3)'],
    [['Contrôles', 'Contrôles (3)'], 'Contrôles (2)'],
  ])('among %j the findings sheet is named « %s », and read back as a findings sheet', (taken, name) => {
    expect(findingsSheetNameAmong(taken)).toBe(name);
    expect(isFindingsSheet(name)).toBe(true);
  });
});

describe('row keys', () => {
  it.each([
    ['3.2.a1.places', '', '3.2.a1.places'],
    ['3.2.a1.places', 'eaje', '3.2.a1.places/eaje'],
    ['3.2.a1.places', 'total', '3.2.a1.places/total'],
    ['6.1.a2.logements', 'jeunes+familles', '6.1.a2.logements/jeunes+familles'],
  ])('(%s, « %s ») ⇄ %s, shaped like a row key', (code, member, key) => {
    expect(rowKey(code, member)).toBe(key);
    expect(splitRowKey(key)).toEqual({ code, member });
    expect(looksLikeRowKey(key)).toBe(true);
  });

  it.each(['Code', 'Total', 'Action 1 : Accueil', '', '3.2 Accueil'])('« %s » is not shaped like a row key', (text) => {
    expect(looksLikeRowKey(text)).toBe(false);
  });
});

describe('columns: what the writer lays out is what the reader recognises', () => {
  const plan = defaultPlan();
  const columns = collectionColumns(plan.periods);

  it('lays out code, label, unit, one column per period in plan order, comment', () => {
    expect(columns.map((c) => (c.role === 'period' ? c.period.id : c.role))).toEqual(['code', 'label', 'unit', ...plan.periods.map((p) => p.id), 'comment']);
  });

  it.each(['caf', 'epci', 'commune'])('in the %s workbook, every header of every fiche sheet is read back as its column', (kind) => {
    const respondent = respondentsOf(plan).find((r) => r.kind === kind)!;
    const workbook = buildCollectionWorkbook(plan, respondent, { now: '2026-01-01T00:00:00.000Z' });
    const ficheSheets = new Set(workbook.inputs.map((c) => c.sheet));
    const sheets = workbook.spec.sheets.filter((s) => ficheSheets.has(s.name));
    expect(sheets.length).toBeGreaterThan(0);
    for (const sheet of sheets) {
      const written = (sheet.rows[headerRow - 1] ?? []).map((cell) => normaliseHeader(String(cell?.value ?? '')));
      const read = written.map((text) => fixedRoleOf(text)?.role ?? plan.periods.find((p) => periodHeaderTexts(p).includes(text))?.id);
      expect(read).toEqual(columns.map((c) => (c.role === 'period' ? c.period.id : c.role)));
    }
  });

  it.each([
    ['Commentaires', 'comment'],
    ['  UNITÉ ', 'unit'],
    ['indicateur', 'label'],
    ['code', 'code'],
    ['Valeur', undefined],
  ])('a retyped header « %s » is read as %s', (text, role) => {
    expect(fixedRoleOf(normaliseHeader(text))?.role).toBe(role);
  });

  it.each([['2024'], ['Année 2024'], ['annee  2024']])('« %s » names the period 2024', (text) => {
    expect(periodHeaderTexts({ id: '2024', label: 'Année 2024' })).toContain(normaliseHeader(text));
  });
});

describe('breakdown members, from one plan/ function', () => {
  const lists = [
    { id: 'lieu', label: 'Lieu', options: [{ code: 'eaje', label: 'EAJE' }, { code: 'mam', label: 'MAM' }] },
    { id: 'age', label: 'Âge', options: [{ code: 'bebe', label: 'Bébé' }, { code: 'grand', label: 'Grand' }] },
  ];
  it.each([
    [[], []],
    [['lieu'], [['eaje', 'EAJE'], ['mam', 'MAM']]],
    [
      ['lieu', 'age'],
      [['eaje+bebe', 'EAJE — Bébé'], ['eaje+grand', 'EAJE — Grand'], ['mam+bebe', 'MAM — Bébé'], ['mam+grand', 'MAM — Grand']],
    ],
    [['absente'], []],
  ])('breakdown %j gives the members %j', (breakdown, members) => {
    expect(breakdownMembers({ breakdown }, lists).map((m) => [m.code, m.label])).toEqual(members);
  });
});
