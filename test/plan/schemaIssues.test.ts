/**
 * zod's built-in checks carried as our data (src/plan/schemaIssue.ts) and worded by our catalogue
 * (src/i18n/planSchemaRules.ts), in French and English, after the path that says where: each
 * way of breaking a plan's JSON, then each zod issue code the plan schema cannot raise today
 * (a strict object, a regex without a rule of ours…), from zod's own issue.
 */
import { describePlanIssue } from '../../src/i18n';
import { defaultPlanInput, formatPath, parsePlan, type PlanIssue } from '../../src/plan';
import { schemaProblem, type SchemaProblem } from '../../src/plan/schemaIssue';
import type { Issue } from '../../src/plan/zod';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function schemaIssueAt(breakage: (plan: Json) => void, path: string): PlanIssue {
  const plan = structuredClone(defaultPlanInput) as Json;
  breakage(plan);
  const result = parsePlan(plan);
  if (result.ok) throw new Error('the plan was accepted');
  const issue = result.issues.find((i) => formatPath(i.path) === path);
  if (issue === undefined) throw new Error(`no issue at ${path}: ${result.issues.map((i) => formatPath(i.path)).join(', ')}`);
  return issue;
}

describe('a broken plan JSON: each zod issue as data, worded in French and English with its path', () => {
  it.each<[string, (plan: Json) => void, string, SchemaProblem, string, string]>([
    [
      'a required field left out',
      (p) => delete p.id,
      'id',
      { check: 'invalid_type', expected: 'string', received: 'missing' },
      'id : Champ manquant : ajoutez-le (un texte).',
      'id : Missing field: add it (a text).',
    ],
    [
      'a whole section left out',
      (p) => delete p.territory,
      'territory',
      { check: 'invalid_type', expected: 'object', received: 'missing' },
      'territory : Champ manquant : ajoutez-le (un objet { … }).',
      'territory : Missing field: add it (an object { … }).',
    ],
    [
      'a number where a text is expected',
      (p) => (p.title = 2025),
      'title',
      { check: 'invalid_type', expected: 'string', received: 'integer' },
      'title : Type inattendu : il faut ici un texte, pas un nombre. Corrigez la valeur.',
      'title : Unexpected type: a text is needed here, not a number. Fix the value.',
    ],
    [
      'a text where a list is expected',
      (p) => (p.fiches = '3.2'),
      'fiches',
      { check: 'invalid_type', expected: 'array', received: 'string' },
      'fiches : Type inattendu : il faut ici une liste [ … ], pas un texte. Corrigez la valeur.',
      'fiches : Unexpected type: a list [ … ] is needed here, not a text. Fix the value.',
    ],
    [
      '« oui » where true or false is expected',
      (p) => (p.fiches[0].indicators[0].required = 'oui'),
      'fiches[0].indicators[0].required',
      { check: 'invalid_type', expected: 'boolean', received: 'string' },
      'fiches[0].indicators[0].required : Type inattendu : il faut ici true ou false, pas un texte. Corrigez la valeur.',
      'fiches[0].indicators[0].required : Unexpected type: true or false is needed here, not a text. Fix the value.',
    ],
    [
      'a decimal action number',
      (p) => (p.fiches[1].actions[0].number = 1.5),
      'fiches[1].actions[0].number',
      { check: 'invalid_type', expected: 'int', received: 'number' },
      'fiches[1].actions[0].number : Type inattendu : il faut ici un nombre entier, pas un nombre à virgule. Corrigez la valeur.',
      'fiches[1].actions[0].number : Unexpected type: a whole number is needed here, not a decimal number. Fix the value.',
    ],
    [
      'a target written in words',
      (p) => (p.fiches[0].indicators[0].targets = { '2023': 'dix' }),
      'fiches[0].indicators[0].targets.2023',
      { check: 'invalid_type', expected: 'number', received: 'string' },
      'fiches[0].indicators[0].targets.2023 : Type inattendu : il faut ici un nombre, pas un texte. Corrigez la valeur.',
      'fiches[0].indicators[0].targets.2023 : Unexpected type: a number is needed here, not a text. Fix the value.',
    ],
    [
      'action number 0',
      (p) => (p.fiches[1].actions[0].number = 0),
      'fiches[1].actions[0].number',
      { check: 'too_small', origin: 'number', minimum: 1, inclusive: true },
      'fiches[1].actions[0].number : Valeur trop petite : il faut au moins 1.',
      'fiches[1].actions[0].number : Value too small: at least 1 expected.',
    ],
    [
      'an unknown indicator type',
      (p) => (p.fiches[0].indicators[0].type = 'nombre'),
      'fiches[0].indicators[0].type',
      { check: 'invalid_value', values: ['integer', 'decimal', 'amount', 'percentage', 'yesNo', 'date', 'text', 'choice', 'deliverable'], received: 'nombre' },
      'fiches[0].indicators[0].type : Valeur « nombre » inconnue : choisissez parmi « integer », « decimal », « amount », « percentage », « yesNo », « date », « text », « choice » ou « deliverable ».',
      'fiches[0].indicators[0].type : Unknown value "nombre": choose among "integer", "decimal", "amount", "percentage", "yesNo", "date", "text", "choice" or "deliverable".',
    ],
    [
      'an unknown fiche status',
      (p) => (p.fiches[0].status = 'draft'),
      'fiches[0].status',
      { check: 'invalid_value', values: ['active', 'announced'], received: 'draft' },
      'fiches[0].status : Valeur « draft » inconnue : choisissez parmi « active » ou « announced ».',
      'fiches[0].status : Unknown value "draft": choose among "active" or "announced".',
    ],
  ])('%s', (_name, breakage, path, problem, fr, en) => {
    const issue = schemaIssueAt(breakage, path);
    expect(issue).toEqual({ code: 'schema', path: expect.any(Array), params: problem });
    expect(describePlanIssue(issue, 'fr')).toBe(fr);
    expect(describePlanIssue(issue, 'en')).toBe(en);
  });

  it('keeps a long value found out of the words (the path says where it is)', () => {
    const issue = schemaIssueAt((p) => (p.fiches[0].status = 'x'.repeat(500)), 'fiches[0].status');
    expect(issue.params).toEqual({ check: 'invalid_value', values: ['active', 'announced'] });
    expect(describePlanIssue(issue, 'fr')).toBe('fiches[0].status : Valeur inconnue : choisissez parmi « active » ou « announced ».');
  });

  it("words a check of the schema's own by its name, in both languages", () => {
    const issue = schemaIssueAt((p) => (p.fiches[0].indicators[0].formation = { kind: 'median' }), 'fiches[0].indicators[0].formation.kind');
    expect(issue.params).toEqual({ check: 'rule', rule: 'formation_kind', kinds: ['sum', 'distinctSum', 'authority', 'max', 'latest', 'listed', 'sameAs'] });
    expect(describePlanIssue(issue, 'en')).toMatch(/Unknown figure formation: one of sum, distinctSum/);
  });
});

/** A zod issue as zod reports it (only the fields our data reads). */
const zodIssue = (fields: Record<string, unknown>): Issue => ({ path: ['x'], message: 'Invalid input', ...fields }) as unknown as Issue;

describe('zod issue codes the plan schema does not raise today, carried and worded all the same', () => {
  it.each<[string, Record<string, unknown>, SchemaProblem, string, string]>([
    ['too_big, a text', { code: 'too_big', origin: 'string', maximum: 20, inclusive: true }, { check: 'too_big', origin: 'string', maximum: 20, inclusive: true }, 'Texte trop long : 20 caractères au plus', 'Text too long: 20 characters at most'],
    ['too_big, a number', { code: 'too_big', origin: 'number', maximum: 100, inclusive: false }, { check: 'too_big', origin: 'number', maximum: 100, inclusive: false }, 'Valeur trop grande : il faut moins de 100', 'Value too large: less than 100 expected'],
    ['too_small, a list', { code: 'too_small', origin: 'array', minimum: 1, inclusive: true }, { check: 'too_small', origin: 'array', minimum: 1, inclusive: true }, 'Liste trop courte : il en faut au moins 1 élément', 'List too short: at least 1 item needed'],
    ['too_small, a number above a bound', { code: 'too_small', origin: 'number', minimum: 1.5, inclusive: false }, { check: 'too_small', origin: 'number', minimum: 1.5, inclusive: false }, 'Valeur trop petite : il faut plus de 1,5', 'Value too small: more than 1.5 expected'],
    ['invalid_value, one literal', { code: 'invalid_value', values: ['sum'], input: 'somme' }, { check: 'invalid_value', values: ['sum'], received: 'somme' }, 'Valeur « somme » inconnue : seule « sum » est admise', 'Unknown value "somme": only "sum" is allowed'],
    ['unrecognized_keys, one', { code: 'unrecognized_keys', keys: ['lable'] }, { check: 'unrecognized_keys', keys: ['lable'] }, 'Champ inconnu : « lable ». Retirez-le ou corrigez son nom', 'Unknown field: "lable". Remove or rename it'],
    ['unrecognized_keys, two', { code: 'unrecognized_keys', keys: ['lable', 'cdoe'] }, { check: 'unrecognized_keys', keys: ['lable', 'cdoe'] }, 'Champs inconnus : « lable » et « cdoe ». Retirez-les ou corrigez leur nom', 'Unknown fields: "lable" and "cdoe". Remove or rename them'],
    ['invalid_format', { code: 'invalid_format', format: 'regex', pattern: '/x/' }, { check: 'invalid_format', format: 'regex' }, 'Format invalide (regex) : corrigez la valeur', 'Invalid format (regex): fix the value'],
    ['not_multiple_of', { code: 'not_multiple_of', divisor: 0.5 }, { check: 'not_multiple_of', divisor: 0.5 }, 'Nombre invalide : il faut un multiple de 0,5', 'Invalid number: a multiple of 0.5 expected'],
    ['invalid_union', { code: 'invalid_union', errors: [] }, { check: 'invalid_union' }, 'La valeur ne correspond à aucune des formes admises : vérifiez-la', 'The value matches none of the allowed shapes: check it'],
    ['invalid_key', { code: 'invalid_key', origin: 'record', issues: [] }, { check: 'invalid_key' }, 'Clé invalide : corrigez le nom du champ', 'Invalid key: fix the field name'],
    ['invalid_element', { code: 'invalid_element', origin: 'map', key: 'k', issues: [] }, { check: 'invalid_element' }, 'Élément invalide : corrigez-le', 'Invalid item: fix it'],
    ['custom', { code: 'custom' }, { check: 'custom' }, 'Valeur invalide : corrigez-la', 'Invalid value: fix it'],
  ])('%s', (_name, fields, problem, fr, en) => {
    const carried = schemaProblem(zodIssue(fields));
    expect(carried).toEqual(problem);
    const issue: PlanIssue = { code: 'schema', path: ['fiches', 0, 'x'], params: carried };
    expect(describePlanIssue(issue, 'fr')).toBe(`fiches[0].x : ${fr}.`);
    expect(describePlanIssue(issue, 'en')).toBe(`fiches[0].x : ${en}.`);
  });
});
