/**
 * The parser: recursive descent over the tokens, one function per precedence level.
 *
 *   expression := term (('+' | '-') term)*
 *   term       := unary (('*' | '/') unary)*
 *   unary      := '-'* primary
 *   primary    := number '%'? | reference | 'cumul' '(' reference ')' | '(' expression ')'
 *   reference  := '#{' code (':' member)? '}'
 *   condition  := expression ('==' | '!=' | '<' | '<=' | '>' | '>=') expression
 *
 * Binary operators and unary minus are parsed with loops, not recursion, so that a sum of a
 * thousand indicators or a run of minus signs cannot exhaust the stack; only parentheses
 * recurse, and their depth is capped. Nothing here throws to the caller: an internal
 * exception carries the first error up to `parseExpression`/`parseCondition`, which turn it
 * into a result (an exception keeps every grammar function free of error plumbing).
 */
import { emptyExpression, tooDeep, unexpectedEnd, unexpectedToken, type Expected } from './errors';
import { readToken, type Token } from './tokenize';
import type { ArithmeticOperator, ComparisonOperator, Condition, ExpectedCode, Expr, ParseError, ParseResult } from './types';

/** Far beyond any real rule, far below what would threaten the stack (~4 frames per level). */
export const MAX_DEPTH = 64;

const COMPARISONS: readonly string[] = ['==', '!=', '<', '<=', '>', '>='];


function isComparison(kind: Token['kind']): kind is ComparisonOperator {
  return COMPARISONS.includes(kind);
}

class Failure {
  constructor(readonly error: ParseError) {}
}

class Parser {
  private token: Token;
  private depth = 0;

  constructor(private readonly text: string) {
    this.token = this.read(0);
  }

  expression(): Expr {
    let left = this.term();
    for (let op = this.additive(); op !== undefined; op = this.additive()) {
      this.advance();
      left = { kind: 'binary', operator: op, left, right: this.term() };
    }
    return left;
  }

  condition(): Condition {
    const left = this.expression();
    const token = this.current();
    if (!isComparison(token.kind)) throw this.unexpected(token, { expected: 'comparison' });
    this.advance();
    return { left, operator: token.kind, right: this.expression() };
  }

  /** Anything left over after a complete expression or condition is an error. */
  expectEnd(inCondition: boolean): void {
    const token = this.current();
    if (token.kind === 'end') return;
    let expected: ExpectedCode = 'operator_or_end';
    if (isComparison(token.kind)) {
      expected = inCondition ? 'single_comparison' : 'comparison_outside_condition';
    } else if (token.kind === '%') {
      expected = 'percent_after_number';
    } else if (token.kind === ')') {
      expected = 'unopened_parenthesis';
    }
    throw this.unexpected(token, { expected });
  }

  private term(): Expr {
    let left = this.unary();
    for (let op = this.multiplicative(); op !== undefined; op = this.multiplicative()) {
      this.advance();
      left = { kind: 'binary', operator: op, left, right: this.unary() };
    }
    return left;
  }

  private unary(): Expr {
    let negations = 0;
    while (this.current().kind === '-') {
      this.advance();
      negations++;
    }
    let operand = this.primary();
    for (; negations > 0; negations--) operand = { kind: 'unary', operator: '-', operand };
    return operand;
  }

  private primary(): Expr {
    const token = this.current();
    switch (token.kind) {
      case 'number': {
        this.advance();
        const percent = this.current().kind === '%';
        if (percent) this.advance();
        return { kind: 'number', value: token.value, percent };
      }
      case 'ref':
        this.advance();
        return { kind: 'ref', code: token.code, member: token.member, span: 'period' };
      case 'name':
        return this.cumul();
      case '(': {
        if (this.depth >= MAX_DEPTH) throw new Failure(tooDeep(token.start, MAX_DEPTH));
        this.depth++;
        this.advance();
        const inner = this.expression();
        const close = this.current();
        if (close.kind !== ')') {
          throw this.unexpected(close, { closing: 'parenthesis', opened: token.start });
        }
        this.advance();
        this.depth--;
        return inner;
      }
      default:
        throw this.unexpected(token, { expected: 'operand' });
    }
  }

  /** `cumul(#{code})`: a single reference, summed over the periods up to the one checked. */
  private cumul(): Expr {
    this.advance();
    const open = this.current();
    if (open.kind !== '(') throw this.unexpected(open, { expected: 'cumul_open' });
    this.advance();
    const ref = this.current();
    if (ref.kind !== 'ref') throw this.unexpected(ref, { expected: 'cumul_reference' });
    this.advance();
    const close = this.current();
    if (close.kind !== ')') {
      throw this.unexpected(close, { closing: 'cumul', opened: open.start });
    }
    this.advance();
    return { kind: 'ref', code: ref.code, member: ref.member, span: 'toDate' };
  }

  private additive(): ArithmeticOperator | undefined {
    const kind = this.current().kind;
    return kind === '+' || kind === '-' ? kind : undefined;
  }

  private multiplicative(): ArithmeticOperator | undefined {
    const kind = this.current().kind;
    return kind === '*' || kind === '/' ? kind : undefined;
  }

  /** A method rather than a field read, so TypeScript does not keep a narrowing across `advance()`. */
  private current(): Token {
    return this.token;
  }

  private advance(): void {
    this.token = this.read(this.token.end);
  }

  private read(from: number): Token {
    const result = readToken(this.text, from);
    if (!result.ok) throw new Failure(result.error);
    return result.value;
  }

  private unexpected(token: Token, expected: Expected): Failure {
    return new Failure(
      token.kind === 'end'
        ? unexpectedEnd(token.start, expected)
        : unexpectedToken(this.text, token.start, token.end, expected),
    );
  }
}

const BLANK = /^\s*$/;

function run<T>(text: string, parse: (parser: Parser) => T): ParseResult<T> {
  if (BLANK.test(text)) return { ok: false, error: emptyExpression() };
  try {
    return { ok: true, value: parse(new Parser(text)) };
  } catch (caught) {
    if (caught instanceof Failure) return { ok: false, error: caught.error };
    throw caught; // a bug in this module, not a mistake in the rule: let it surface
  }
}

/** Parses an arithmetic expression such as `#{a} / #{b} * 100 %`. */
export function parseExpression(text: string): ParseResult<Expr> {
  return run(text, (parser) => {
    const expr = parser.expression();
    parser.expectEnd(false);
    return expr;
  });
}

/** Parses a comparison such as `#{livrable} == 1`, the shape of a rule's `when` clause. */
export function parseCondition(text: string): ParseResult<Condition> {
  return run(text, (parser) => {
    const condition = parser.condition();
    parser.expectEnd(true);
    return condition;
  });
}
