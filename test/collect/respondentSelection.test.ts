/**
 * « Respondents who cannot know, and holders who are not asked » (issue 11): each workbook asks
 * only what its respondent holds. The holders are read here from the convention's own text —
 * the statutes' exception to the EPCI's early-childhood competence, fiche 6.1's « Pour rappel »
 * of the PIG/OPAH programmes, the managers named in Annexe 2 — never from the plan's data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCollectionWorkbook, respondentsOf, type Respondent } from '../../src/collect';
import { defaultPlan } from '../../src/plan';
import { communeResolver } from '../../src/plan/default/communeNames';
import snapshot from '../../src/plan/default/communes.snapshot.json';

const plan = defaultPlan();
const now = '2026-11-29T10:00:00.000Z';
const respondents = respondentsOf(plan);
const resolve = communeResolver(snapshot.communes);
const convention = readFileSync(join(__dirname, '..', '..', 'docs/convention/convention-ctg-p2a-2022-2025.txt'), 'utf8');
const lines = convention.split(/\r?\n/);

const byName = (name: string): Respondent => {
  const found = respondents.find((r) => r.name === name);
  if (found === undefined) throw new Error(`${name} is not a respondent of the embedded plan`);
  return found;
};
const communeOf = (name: string): Respondent => {
  const found = respondents.find((r) => r.kind === 'commune' && r.code === resolve(name));
  if (found === undefined) throw new Error(`${name} is not a commune of the embedded plan`);
  return found;
};

/** The input cells (comments apart) of a respondent's workbook, by indicator code. */
function askedCells(respondent: Respondent): Map<string, number> {
  const counts = new Map<string, number>();
  for (const cell of buildCollectionWorkbook(plan, respondent, { now }).inputs) {
    if (cell.type !== 'comment') counts.set(cell.code, (counts.get(cell.code) ?? 0) + 1);
  }
  return counts;
}
const asksAny = (respondent: Respondent, prefix: string) => [...askedCells(respondent).keys()].some((code) => code.startsWith(prefix));

/**
 * Statuts, article 3: the EPCI runs « les structures multi-accueil pour les 0-4 ans […] hors
 * communes de X, Y et Z. » — those communes kept the competence.
 */
function communesKeepingEarlyChildhood(): string[] {
  const line = lines.find((l) => l.includes('structures multi-accueil pour les 0-4 ans'));
  const names = /hors communes de (.+)\.$/.exec(line ?? '')?.[1];
  if (names === undefined) throw new Error('the statutes line on 0-4 year structures is not in the text');
  return names.split(/, | et /).map((name) => name.trim());
}

/** Fiche 6.1, « Pour rappel » : one line per commune with a PIG or an OPAH study. */
function communesWithPigOrOpah(): string[] {
  const start = lines.findIndex((l) => l.startsWith('Fiche action 6.1'));
  const end = lines.findIndex((l, i) => i > start && l.startsWith('Objectif(s)'));
  return lines
    .slice(start, end)
    .map((l) => /^Commune (?:de |des )(.+?) : .*(?:PIG|OPAH)/.exec(l)?.[1])
    .filter((name): name is string => name !== undefined)
    .map((name) => (/^Mées$/.test(name) ? 'Les Mées' : name));
}

describe('fiche 3.2 goes to who holds the early-childhood competence', () => {
  const keeping = new Set(communesKeepingEarlyChildhood().map((name) => resolve(name)));

  it('reads three communes from the statutes', () => {
    expect(keeping.size).toBe(3);
    expect(keeping.has(undefined)).toBe(false);
  });

  it.each(['Archail', 'Digne-les-Bains', 'Château-Arnoux-Saint-Auban', 'Les Mées', 'Peyruis', 'Aiglun', 'Seyne-les-Alpes'])(
    '%s is asked fiche 3.2 action 1 only if the statutes leave it the competence',
    (name) => {
      const commune = communeOf(name);
      expect(asksAny(commune, '3.2.a1.')).toBe(keeping.has(commune.code));
    },
  );

  it('asks every commune of the territory action 1 exactly when it kept the competence', () => {
    const asked = respondents.filter((r) => r.kind === 'commune' && asksAny(r, '3.2.a1.')).map((r) => r.code);
    expect(new Set(asked)).toEqual(keeping);
  });

  it('Archail’s workbook has no sheet for fiche 3.2 (it asked 56 cells of action 1 before)', () => {
    const { spec } = buildCollectionWorkbook(plan, byName('Archail'), { now });
    expect(spec.sheets.map((s) => s.name).filter((n) => n.startsWith('FA 3.2'))).toEqual([]);
  });

  it('the EPCI still answers action 1, for the communes whose competence it holds', () => {
    expect(asksAny(respondents.find((r) => r.kind === 'epci')!, '3.2.a1.')).toBe(true);
  });
});

describe('6.1 « Nombre de réunions partenariales » goes to the PIG/OPAH communes and the Caf', () => {
  const perimeters = new Set(communesWithPigOrOpah().map((name) => resolve(name)));
  const asked = (r: Respondent) => askedCells(r).has('6.1.reunions_partenariales');

  it('reads Digne-les-Bains, Château-Arnoux-Saint-Auban and Les Mées from the fiche', () => {
    expect(perimeters).toEqual(new Set(['Digne-les-Bains', 'Château-Arnoux-Saint-Auban', 'Les Mées'].map((n) => communeOf(n).code)));
  });

  it('asks those communes, and no other of the 46', () => {
    expect(new Set(respondents.filter((r) => r.kind === 'commune' && asked(r)).map((r) => r.code))).toEqual(perimeters);
  });

  it.each<[string, boolean, (r: Respondent) => boolean]>([
    // « Participation du pôle logement de la CAF à toutes les opérations en cours »
    ['the Caf', true, (r) => r.kind === 'caf'],
    // Statuts, « Equilibre social de l'habitat »: the EPCI's competence.
    ['the EPCI', true, (r) => r.kind === 'epci'],
    ['a partner', false, (r) => r.kind === 'partner'],
  ])('%s is asked: %s', (_name, expected, which) => {
    expect(asked(respondents.find(which)!)).toBe(expected);
  });
});

describe('partners of Annexe 2 answer « par employeur » (fiche 3.1)', () => {
  const annexe2 = lines.slice(lines.findIndex((l) => l.startsWith('ANNEXE 2 ')) + 1);
  const facilityNames = annexe2.slice(0, annexe2.findIndex((l, i) => i > 2 && l.trim() !== '' && !l.includes('\t'))).map((l) => l.split('\t')[0]!.trim());
  const partners = respondents.filter((r) => r.kind === 'partner');

  it('has partners, none of them a signatory', () => {
    expect(partners.length).toBeGreaterThan(0);
    expect(partners.filter((p) => p.signatory)).toEqual([]);
  });

  it.each(partners.map((p) => [p.name, p] as const))('%s is named in Annexe 2 and runs the facilities whose name names it', (name, partner) => {
    const named = facilityNames.filter((f) => f.toLowerCase().includes(name.toLowerCase()));
    expect(named.length).toBeGreaterThan(0);
    expect(plan.territory.facilities.filter((f) => f.manager === partner.code).map((f) => f.name).sort()).toEqual(named.sort());
  });

  it.each(partners.map((p) => [p.name, p] as const))('%s gets a workbook asking its days of sick leave, and nothing a partner cannot know', (_name, partner) => {
    const cells = askedCells(partner);
    expect(cells.get('3.1.a1.jours_arret_travail')).toBeGreaterThan(0);
    const sources = new Set([...cells.keys()].map((code) => plan.fiches.flatMap((f) => [...f.indicators, ...f.actions.flatMap((a) => a.indicators)]).find((i) => i.code === code)?.source));
    for (const source of sources) expect(source).toMatch(/par employeur/);
  });
});
