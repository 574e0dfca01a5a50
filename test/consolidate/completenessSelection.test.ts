/**
 * Completeness follows who is asked: a commune not asked an indicator is never « missing » for it
 * (issue 11). On the embedded plan, every respondent sends back its workbook empty; each is then
 * missing exactly the fiches it is asked — Archail not fiche 3.2 (the EPCI holds its early-childhood
 * competence) nor 6.1 (no PIG/OPAH there).
 */
import { respondentsOf } from '../../src/collect';
import { consolidate } from '../../src/consolidate';
import { defaultPlan } from '../../src/plan';
import { now, returnOf } from './fixtures';

const plan = defaultPlan();
const codeOf = (name: string) => respondentsOf(plan).find((r) => r.name === name)!.code;
const respondents = ['Archail', 'Digne-les-Bains', 'Les Mées', 'Peyruis', 'IFAC'];
const consolidation = consolidate(
  plan,
  respondents.map((name) => returnOf(plan, codeOf(name), {})),
  { now, expected: respondents.map(codeOf) },
);
const missingFiches = (name: string) => new Set(consolidation.completeness.outstanding.filter((o) => o.respondent === codeOf(name)).map((o) => o.fiche));

describe('an empty return is missing only what its respondent is asked', () => {
  it.each<[string, string, boolean]>([
    ['Archail', '3.2', false],
    ['Archail', '6.1', false],
    ['Archail', '3.1', true],
    ['Digne-les-Bains', '3.2', false],
    ['Digne-les-Bains', '6.1', true],
    ['Les Mées', '3.2', true],
    ['Les Mées', '6.1', true],
    ['Peyruis', '3.2', true],
    ['Peyruis', '6.1', false],
    ['IFAC', '3.1', true],
    ['IFAC', '3.3', false],
  ])('%s, fiche %s: missing %s', (name, fiche, missing) => {
    expect(missingFiches(name).has(fiche)).toBe(missing);
  });

  it('gives Archail no completeness cell for fiches 3.2 and 6.1', () => {
    const fiches = new Set(consolidation.completeness.cells.filter((c) => c.respondent === codeOf('Archail')).map((c) => c.fiche));
    expect(fiches.has('3.2')).toBe(false);
    expect(fiches.has('6.1')).toBe(false);
  });

  it('counts as expected for 6.1 partner meetings only the PIG/OPAH communes among those given', () => {
    const meetings = consolidation.indicators.find((i) => i.code === '6.1.reunions_partenariales')!;
    const cell = meetings.cells.find((c) => c.period === '2024')!;
    // Digne-les-Bains and Les Mées; Archail, Peyruis and IFAC are not asked.
    expect(cell.counts.expected).toBe(2);
  });
});
