/** Reporters as selectors: the text an adviser writes, what it means, and who it picks. */
import { formatSelector, isAsked, parseSelector, type ReporterSelector, type SelectableRespondent } from '../../src/plan';

describe('parseSelector', () => {
  it.each<[string, ReporterSelector | undefined]>([
    ['epci', { by: 'kind', kind: 'epci' }],
    ['partner', { by: 'kind', kind: 'partner' }],
    ['commune[competence_petite_enfance]', { by: 'attribute', kind: 'commune', attribute: 'competence_petite_enfance' }],
    ['04070', { by: 'member', code: '04070' }],
    ['2A004', { by: 'member', code: '2A004' }],
    ['ifac', { by: 'member', code: 'ifac' }],
    // Only a kind takes an attribute; nothing else is a selector.
    ['ifac[pig]', undefined],
    ['commune[]', undefined],
    ['commune[PIG]', undefined],
    ['toutes les communes', undefined],
    ['', undefined],
  ])('« %s »', (text, expected) => {
    const selector = parseSelector(text);
    expect(selector).toEqual(expected);
    if (selector !== undefined) expect(formatSelector(selector)).toBe(text);
  });
});

describe('isAsked', () => {
  const archail: SelectableRespondent = { code: '04009', kind: 'commune', attributes: [] };
  const lesMees: SelectableRespondent = { code: '04116', kind: 'commune', attributes: ['competence_petite_enfance', 'perimetre_pig_opah'] };
  const ifac: SelectableRespondent = { code: 'ifac', kind: 'partner', attributes: [] };
  it.each<[string[], SelectableRespondent, boolean]>([
    [['commune'], archail, true],
    [['epci', 'commune[competence_petite_enfance]'], archail, false],
    [['epci', 'commune[competence_petite_enfance]'], lesMees, true],
    // An attribute of a commune does not make a partner holding the same code word eligible.
    [['partner[competence_petite_enfance]'], lesMees, false],
    [['04009'], archail, true],
    [['04009'], lesMees, false],
    [['partner'], ifac, true],
    [['ifac'], ifac, true],
    [['epci', 'caf'], ifac, false],
  ])('%j asks %j: %s', (reporters, respondent, expected) => {
    expect(isAsked(reporters, respondent)).toBe(expected);
  });
});
