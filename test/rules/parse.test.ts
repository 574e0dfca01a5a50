import { parseCondition, parseExpression, referencedCodes, type Condition, type Expr } from '../../src/rules';
import { parseErrorMessage } from '../../src/i18n/ruleErrors';
import { sexpr } from './print';

function parsed(text: string): Expr {
  const result = parseExpression(text);
  if (!result.ok) throw new Error(`expected ${JSON.stringify(text)} to parse: ${parseErrorMessage(result.error)}`);
  return result.value;
}

function parsedCondition(text: string): Condition {
  const result = parseCondition(text);
  if (!result.ok) throw new Error(`expected ${JSON.stringify(text)} to parse: ${parseErrorMessage(result.error)}`);
  return result.value;
}

describe('parseExpression: accepted syntax', () => {
  it.each([
    // numbers
    ['12', '12'],
    ['12.5', '12.5'],
    ['007', '7'],
    ['0.125', '0.125'],
    // percent literals, with or without a space (French typography puts one before %)
    ['100%', '100%'],
    ['12.5 %', '12.5%'],
    ['12.5\u202f%', '12.5%'],
    ['-50%', '(neg 50%)'],
    // references
    ['#{3.2.a1.projets_soutenus}', '#3.2.a1.projets_soutenus'],
    ['#{0}', '#0'],
    ['#{a-b_c.d}', '#a-b_c.d'],
    // precedence
    ['1 + 2 * 3', '(+ 1 (* 2 3))'],
    ['1 * 2 + 3', '(+ (* 1 2) 3)'],
    ['1 - 6 / 3', '(- 1 (/ 6 3))'],
    ['(1 + 2) * 3', '(* (+ 1 2) 3)'],
    ['#{a} / #{b} * 100%', '(* (/ #a #b) 100%)'],
    // left associativity
    ['1 - 2 - 3', '(- (- 1 2) 3)'],
    ['1 - 2 + 3', '(+ (- 1 2) 3)'],
    ['8 / 4 / 2', '(/ (/ 8 4) 2)'],
    ['8 / 4 * 2', '(* (/ 8 4) 2)'],
    ['1 - (2 - 3)', '(- 1 (- 2 3))'],
    // unary minus binds tighter than any binary operator
    ['-1', '(neg 1)'],
    ['--1', '(neg (neg 1))'],
    ['-#{a} * 2', '(* (neg #a) 2)'],
    ['2 * -3', '(* 2 (neg 3))'],
    ['1 - -1', '(- 1 (neg 1))'],
    ['1--1', '(- 1 (neg 1))'],
    ['-(1 + 2)', '(neg (+ 1 2))'],
    // redundant parentheses leave no trace
    ['((1))', '1'],
    // whitespace anywhere between tokens, of any kind, or none
    ['1+2*3', '(+ 1 (* 2 3))'],
    [' \t1\n+\u00a02 \r\n', '(+ 1 2)'],
    ['(\u3000#{a}\u2003)', '#a'],
  ])('%j parses as %s', (text, expected) => {
    expect(sexpr(parsed(text))).toBe(expected);
  });

  it('builds the documented tree shape', () => {
    expect(parsed('-#{a} + 12.5 %')).toEqual({
      kind: 'binary',
      operator: '+',
      left: { kind: 'unary', operator: '-', operand: { kind: 'ref', code: 'a', member: null, span: 'period' } },
      right: { kind: 'number', value: 12.5, percent: true },
    });
  });
});

describe('parseCondition', () => {
  it.each([
    ['#{a} == 1', '#a', '==', '1'],
    ['#{a} != 1', '#a', '!=', '1'],
    ['#{a} < 1', '#a', '<', '1'],
    ['#{a} <= 1', '#a', '<=', '1'],
    ['#{a} > 1', '#a', '>', '1'],
    ['#{a} >= 1', '#a', '>=', '1'],
    ['#{a}+1>=2*#{b}', '(+ #a 1)', '>=', '(* 2 #b)'],
    ['1<-1', '1', '<', '(neg 1)'],
    ['#{taux} / 2 >= 50 %', '(/ #taux 2)', '>=', '50%'],
  ])('%j is %s %s %s', (text, left, operator, right) => {
    const condition = parsedCondition(text);
    expect([sexpr(condition.left), condition.operator, sexpr(condition.right)]).toEqual([left, operator, right]);
  });
});

describe('parse errors: code and position', () => {
  it.each([
    // empty
    ['', 'empty', 0],
    ['   \t\n', 'empty', 0],
    // characters outside the language
    ['1 + $', 'unexpected_character', 4],
    ['$ + 1', 'unexpected_character', 0],
    ['12,5', 'unexpected_character', 2],
    ['12.', 'unexpected_character', 2],
    ['.5', 'unexpected_character', 0],
    ['1 = 1', 'unexpected_character', 2],
    ['1 ! 1', 'unexpected_character', 2],
    ['1 \uff0b 2', 'unexpected_character', 2],
    ['1 +\u200b2', 'unexpected_character', 3],
    ['1 + \u0661', 'unexpected_character', 4],
    ['1 + 😀', 'unexpected_character', 4],
    ['abc', 'unexpected_character', 0],
    // references
    ['#{Bad Code}', 'invalid_reference', 2],
    ['#{bad code}', 'invalid_reference', 5],
    ['#{é}', 'invalid_reference', 2],
    ['#{.a}', 'invalid_reference', 2],
    ['#{_a}', 'invalid_reference', 2],
    ['#{}', 'invalid_reference', 2],
    ['#{ a}', 'invalid_reference', 2],
    ['1 + #abc', 'invalid_reference', 4],
    ['#', 'invalid_reference', 0],
    ['#{abc', 'unexpected_end', 5],
    // tokens in the wrong place
    ['1 2', 'unexpected_token', 2],
    ['1 + 2)', 'unexpected_token', 5],
    [')', 'unexpected_token', 0],
    ['* 2', 'unexpected_token', 0],
    ['+1', 'unexpected_token', 0],
    ['1 + * 2', 'unexpected_token', 4],
    ['()', 'unexpected_token', 1],
    ['#{a}#{b}', 'unexpected_token', 4],
    ['#{a} %', 'unexpected_token', 5],
    ['(1 + 2)%', 'unexpected_token', 7],
    ['5 %%', 'unexpected_token', 3],
    ['%', 'unexpected_token', 0],
    ['1 < 2', 'unexpected_token', 2],
    // the text ends too early
    ['(1 + 2', 'unexpected_end', 6],
    ['1 +', 'unexpected_end', 3],
    ['1 + ', 'unexpected_end', 4],
    ['-', 'unexpected_end', 1],
    ['((1)', 'unexpected_end', 4],
    // the first error in reading order wins, even when a later one is lexical
    ['1 1 $', 'unexpected_token', 2],
    [') $', 'unexpected_token', 0],
  ])('parseExpression(%j) fails with %s at %i', (text, code, position) => {
    const result = parseExpression(text);
    expect(result.ok ? null : { code: result.error.code, position: result.error.position }).toEqual({ code, position });
  });

  it.each([
    ['', 'empty', 0],
    ['1 + 2', 'unexpected_end', 5],
    ['1 <', 'unexpected_end', 3],
    ['1 2', 'unexpected_token', 2],
    ['< 1', 'unexpected_token', 0],
    ['1 < 2 < 3', 'unexpected_token', 6],
    ['1 <> 2', 'unexpected_token', 3],
    ['1 = 2', 'unexpected_character', 2],
    ['#{a} == #{B}', 'invalid_reference', 10],
  ])('parseCondition(%j) fails with %s at %i', (text, code, position) => {
    const result = parseCondition(text);
    expect(result.ok ? null : { code: result.error.code, position: result.error.position }).toEqual({ code, position });
  });
});

describe('parse error messages', () => {
  it.each([
    // positions are counted from 1 in messages, for the people who read them
    ['1 + $', 'Caractère inattendu « $ » à la position 5'],
    ['1 + 😀', 'Caractère inattendu « 😀 » à la position 5'],
    ['1 +\u200b2', 'Caractère inattendu U+200B (caractère invisible) à la position 4'],
    ['12,5', 'le séparateur décimal est le point'],
    ['1 = 1', 'écrire « == »'],
    ['#{Bad Code}', 'Référence invalide à la position 3 : « B » interdit'],
    ['#{bad code}', 'espace U+0020 interdit'],
    ['(1 + 2', 'Fin inattendue de l’expression à la position 7 : « ) » attendu pour fermer la parenthèse ouverte à la position 1'],
    ['#{abc', '« } » attendu pour fermer la référence ouverte à la position 1'],
    ['1 2', 'Symbole inattendu « 2 » à la position 3'],
    ['1 < 2', 'une comparaison n’est permise que dans une condition'],
    ['(1 + 2)%', '« % » ne peut suivre qu’un nombre'],
    ['', 'Expression vide'],
  ])('parseExpression(%j) says %j', (text, fragment) => {
    const result = parseExpression(text);
    expect(result.ok ? '' : parseErrorMessage(result.error)).toContain(fragment);
  });

  it('quotes at most a short excerpt of a long token', () => {
    const result = parseExpression(`1 ${'9'.repeat(400)}`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(parseErrorMessage(result.error).length).toBeLessThan(150);
  });
});

describe('limits: never throws, never overflows', () => {
  it('accepts 64 levels of parentheses', () => {
    expect(sexpr(parsed(`${'('.repeat(64)}1${')'.repeat(64)}`))).toBe('1');
  });

  it('reports the 65th opening parenthesis', () => {
    const result = parseExpression(`${'('.repeat(65)}1${')'.repeat(65)}`);
    expect(result.ok ? null : [result.error.code, result.error.position]).toEqual(['unexpected_token', 64]);
  });

  it('reports deep nesting without overflowing the stack', () => {
    const result = parseExpression('('.repeat(200_000));
    expect(result.ok ? null : result.error.position).toBe(64);
  });

  it('parses a very long sum and a long run of minus signs', () => {
    expect(parseExpression(Array.from({ length: 50_000 }, (_, i) => `#{c${i}}`).join('+')).ok).toBe(true);
    expect(parseExpression(`${'-'.repeat(50_000)}1`).ok).toBe(true);
  });

  it('rejects a number too large to be finite', () => {
    const result = parseExpression('9'.repeat(400));
    expect(result.ok ? null : [result.error.code, result.error.position]).toEqual(['unexpected_token', 0]);
  });

  it('reports an unclosed reference at the end of a huge text', () => {
    const text = `#{${'a'.repeat(1_000_000)}`;
    const result = parseExpression(text);
    expect(result.ok ? null : [result.error.code, result.error.position]).toEqual(['unexpected_end', text.length]);
  });
});

describe('referencedCodes', () => {
  it.each([
    ['1 + 2 * 3', []],
    ['#{a}', ['a']],
    ['#{b} + #{a}', ['b', 'a']],
    ['#{a} + #{b} * #{a}', ['a', 'b']],
    ['-(#{x} / (#{y} - #{x})) * #{z}', ['x', 'y', 'z']],
  ])('of expression %j is %j', (text, codes) => {
    expect(referencedCodes(parsed(text))).toEqual(codes);
  });

  it.each([
    ['#{x} > #{y} + #{x}', ['x', 'y']],
    ['1 == #{b} - #{a}', ['b', 'a']],
    ['1 < 2', []],
  ])('of condition %j is %j', (text, codes) => {
    expect(referencedCodes(parsedCondition(text))).toEqual(codes);
  });

  it('walks a very deep tree without overflowing the stack', () => {
    const codes = Array.from({ length: 50_000 }, (_, i) => `c${i}`);
    expect(referencedCodes(parsed(codes.map((c) => `#{${c}}`).join(' - ')))).toEqual(codes);
  });
});

describe('parseExpression: sums to date and named members', () => {
  it.each([
    ['cumul(#{3.2.a2.projets_soutenus})', 'cumul #3.2.a2.projets_soutenus'],
    ['cumul ( #{a} )', 'cumul #a'],
    ['#{6.1.allocataires:impayes}', '#6.1.allocataires:impayes'],
    ['cumul(#{a:mal-logement}) - #{a}', '(- cumul #a:mal-logement #a)'],
    ['2 * cumul(#{a})', '(* 2 cumul #a)'],
  ])('%j → %s', (text, tree) => {
    expect(sexpr(parsed(text))).toBe(tree);
  });

  it('keeps what each reference reads: code, member and span', () => {
    expect(parsed('cumul(#{a:m})')).toEqual({ kind: 'ref', code: 'a', member: 'm', span: 'toDate' });
    expect(parsed('#{a}')).toEqual({ kind: 'ref', code: 'a', member: null, span: 'period' });
  });

  it.each([
    ['cumul', 'unexpected_end', 5, '« ( » attendu après « cumul »'],
    ['cumul(1)', 'unexpected_token', 6, 'une référence « #{code} » est attendue'],
    ['cumul(#{a} + #{b})', 'unexpected_token', 11, '« ) » attendu pour fermer « cumul( »'],
    ['cumul(#{a}', 'unexpected_end', 10, '« ) » attendu pour fermer « cumul( »'],
    ['cumuler(#{a})', 'unexpected_character', 0, 'Caractère inattendu « c »'],
    ['#{a:}', 'invalid_reference', 4, 'membre (après « : ») vide'],
    ['#{:m}', 'invalid_reference', 2, 'code vide'],
    ['#{a:M}', 'invalid_reference', 4, '« M » interdit dans le membre'],
    ['#{a:b:c}', 'invalid_reference', 5, '« : » interdit dans le membre'],
  ])('%j is refused (%s at %i): %s', (text, code, position, words) => {
    const result = parseExpression(text);
    expect(result.ok ? null : [result.error.code, result.error.position]).toEqual([code, position]);
    expect(result.ok ? '' : parseErrorMessage(result.error)).toContain(words);
  });

  it('reads the codes of sums to date and named members like any other', () => {
    expect(referencedCodes(parsed('cumul(#{b}) + #{a:m} - #{b}'))).toEqual(['b', 'a']);
  });
});
