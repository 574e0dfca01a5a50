/**
 * The catalogues moved out of the code (issue 13, point 2) word every code their domain defines:
 * each in French, each in English where an English table exists, every parameter filled in (a
 * missing one would print « undefined »), and no two codes with the same words.
 */
import { usageIssueWords } from '../../src/i18n/cli/fr';
import { anomalyDescriptions } from '../../src/i18n/demo';
import { renderFinding } from '../../src/i18n/findings';
import { schemaRuleCatalogues } from '../../src/i18n/planSchemaRules';
import { parseErrorMessage } from '../../src/i18n/ruleErrors';
import { corruptDetailFr, readProblemCodes } from '../../src/i18n/untrustedFile/readProblems';
import { untrustedFileCodes } from '../../src/i18n/untrustedFile/fr';
import type { AnomalyKind } from '../../src/demo';
import { schemaRules } from '../../src/plan/issues';
import { refusedResult } from '../../src/returns/result';
import type { ParseDetail } from '../../src/rules/types';

/** One detail of each kind, with every field it has (the Record makes a new kind fail to compile here). */
const parseDetails: { [W in ParseDetail['why']]: Extract<ParseDetail, { why: W }> } = {
  character: { why: 'character', character: '$' },
  token: { why: 'token', excerpt: '2', expected: 'operator_or_end' },
  token_unclosed: { why: 'token_unclosed', excerpt: ']', closing: 'parenthesis', opened: 0 },
  end: { why: 'end', expected: 'operand' },
  end_unclosed: { why: 'end_unclosed', closing: 'cumul', opened: 3 },
  reference_braces: { why: 'reference_braces' },
  reference_empty: { why: 'reference_empty' },
  reference_part_empty: { why: 'reference_part_empty', part: 'member' },
  reference_character: { why: 'reference_character', part: 'code', character: 'B', first: 'yes' },
  empty: { why: 'empty' },
  number_too_large: { why: 'number_too_large', excerpt: '9'.repeat(400) },
  too_deep: { why: 'too_deep', maxDepth: 64 },
};

describe('rule parse errors (src/i18n/rules)', () => {
  it.each(Object.values(parseDetails))('$why: says where, counting from 1, with every part filled in', (detail) => {
    const text = parseErrorMessage({ position: 4, detail });
    expect(text).toContain('position 5');
    expect(text).not.toMatch(/undefined|NaN|\[object/);
  });

  it('words each kind differently', () => {
    const texts = Object.values(parseDetails).map((detail) => parseErrorMessage({ position: 0, detail }));
    expect(new Set(texts).size).toBe(texts.length);
  });
});

/** Every field a read problem may carry, so that each code finds what it quotes. */
const problemFields = { element: 'row', open: 'sheetData', attribute: 'r', reference: 'x', style: '3', address: 'B2', index: '7', row: 12, expected: 'workbook', relationship: 'rId9' };

describe('damaged parts (src/i18n/untrustedFile/readProblems)', () => {
  it.each(readProblemCodes)('%s: the part, then what is wrong in it', (problem) => {
    const detail = corruptDetailFr({ reason: 'excel', part: 'xl/worksheets/sheet1.xml', problem, ...problemFields });
    expect(detail).toMatch(/^xl\/worksheets\/sheet1\.xml : \S/);
    expect(detail).not.toMatch(/undefined/);
  });

  it('keeps a technical detail as given when no problem is named, and cuts a long one at 200 characters', () => {
    expect(corruptDetailFr({ reason: 'excel', detail: 'Cannot merge already merged cells' })).toBe('Cannot merge already merged cells');
    expect(corruptDetailFr({ reason: 'excel', part: 'xl/workbook.xml', problem: 'element_unexpected', element: 'x'.repeat(500) })).toHaveLength(200);
  });
});

describe('a refused file, in both languages (src/i18n/fileRefusal)', () => {
  it.each(untrustedFileCodes)('%s: a French sentence of its own and an English one', (code) => {
    const finding = refusedResult('retour.xlsx', { code, params: { reason: 'eocd', size: 1, max: 1, name: 'n', kind: 'k', sheet: 's', range: 'A1', cells: 1, count: 1 } }).findings[0]!;
    const fr = renderFinding(finding, 'fr');
    const en = renderFinding(finding, 'en');
    expect(fr).not.toMatch(/undefined/);
    expect(en).not.toBe(fr);
    expect(en).not.toMatch(/^File refused \(/);
  });
});

describe('the plan schema’s own checks (src/i18n/planSchemaRules)', () => {
  it.each(schemaRules.flatMap((rule) => (['fr', 'en'] as const).map((lang) => [rule, lang] as const)))('%s in %s', (rule, lang) => {
    const text = schemaRuleCatalogues[lang][rule]({ kinds: ['sum', 'max'] });
    expect(text.length).toBeGreaterThan(10);
    expect(text).not.toMatch(/undefined/);
  });

  it.each(['fr', 'en'] as const)('no two checks share their words in %s', (lang) => {
    const texts = schemaRules.map((rule) => schemaRuleCatalogues[lang][rule]({ kinds: ['sum'] }));
    expect(new Set(texts).size).toBe(texts.length);
  });
});

describe('the command line and the demo (src/i18n/cli, src/i18n/demo)', () => {
  it.each(Object.entries(usageIssueWords))('%s names the option', (_code, word) => {
    expect(word({ name: 'out', placeholder: 'DOSSIER' })).toContain('--out');
  });

  // A Record over the type: an anomaly kind added to the demo fails to compile here until it is worded.
  const kinds: Record<AnomalyKind, true> = {
    text_in_number: true, negative_count: true, decimal_in_whole: true, percentage_over_100: true,
    rule_violation: true, implausible_jump: true, value_in_locked_cell: true, french_typing: true,
  };
  it.each(Object.keys(kinds))('planted anomaly %s is described', (kind) => {
    expect(anomalyDescriptions[kind]).toMatch(/\S/);
  });
});
