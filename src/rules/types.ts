/**
 * The vocabulary of validation rules: syntax trees, parse results, evaluation results.
 *
 * Kept apart from the code so that every stage (tokenizer, parser, evaluator) and every caller
 * (plan checks, the task pane) speaks about the same shapes without importing each other.
 * `MissingPolicy` and `RuleOperator` mirror the plan schema on purpose: this folder imports
 * nothing from outside itself, so that it can be reasoned about (and tested) on its own.
 */

/** What to do with a side of a rule when some of the indicators it reads have no value. */
export type MissingPolicy = 'skipIfAnyMissing' | 'skipIfAllMissing' | 'missingAsZero';

/** `pair` is « paire obligatoire »: when one side is filled, the other must be too. */
export type RuleOperator = '==' | '!=' | '<' | '<=' | '>' | '>=' | 'pair';

export type ComparisonOperator = Exclude<RuleOperator, 'pair'>;

export type ArithmeticOperator = '+' | '-' | '*' | '/';

/**
 * A number as written. `percent` keeps the author's notation, so `12.5 %` is
 * `{ value: 12.5, percent: true }` and means 0.125 (percentages are fractions, as in Excel).
 * Storing the written value rather than value/100 keeps the tree exact: 7 % would otherwise
 * become 0.07, which cannot be turned back into « 7 % » reliably in floating point.
 */
export type NumberLiteral = { kind: 'number'; value: number; percent: boolean };

/**
 * Which periods a reference reads: the period the rule is checked for, or every period of the
 * convention up to and including it. `toDate` is for what the text spreads over several years:
 * an « appel à projets » launched in 2024 whose projects are supported in 2025 (FA 3.2 action 2).
 */
export type Span = 'period' | 'toDate';

/**
 * `#{code}`, `#{code:member}` or `cumul(#{code})`: the value of an indicator, supplied at
 * evaluation time by a `Lookup`. `member` names one breakdown member (« impayes » of the
 * situations de logement); null reads what the rule's scope gives (a member, or the total).
 */
export type Reference = { kind: 'ref'; code: string; member: string | null; span: Span };

export type Negation = { kind: 'unary'; operator: '-'; operand: Expr };

export type BinaryExpr = { kind: 'binary'; operator: ArithmeticOperator; left: Expr; right: Expr };

export type Expr = NumberLiteral | Reference | Negation | BinaryExpr;

/** `expr OP expr`, the shape of a rule's `when` clause. */
export type Condition = { left: Expr; operator: ComparisonOperator; right: Expr };

export type ParseErrorCode =
  | 'unexpected_character'
  | 'unexpected_token'
  | 'unexpected_end'
  | 'invalid_reference'
  | 'empty';

/** What the parser expected where it stopped (worded by src/i18n/rules). */
export type ExpectedCode =
  | 'operand'
  | 'comparison'
  | 'operator_or_end'
  | 'single_comparison'
  | 'comparison_outside_condition'
  | 'percent_after_number'
  | 'unopened_parenthesis'
  | 'cumul_open'
  | 'cumul_reference';

/** An opening the parser expected to see closed, and where it was opened (0-based). */
export type ClosingCode = 'parenthesis' | 'cumul' | 'reference';

/** The part of a reference `#{code:member}` at fault. */
export type ReferencePart = 'code' | 'member';

/**
 * Why the text does not parse, as data: flat (string and number values only) so that a plan
 * issue can carry it as its params. `excerpt` and `character` are the text's own characters.
 */
export type ParseDetail =
  | { why: 'character'; character: string }
  | { why: 'token'; excerpt: string; expected: ExpectedCode }
  | { why: 'token_unclosed'; excerpt: string; closing: ClosingCode; opened: number }
  | { why: 'end'; expected: ExpectedCode }
  | { why: 'end_unclosed'; closing: ClosingCode; opened: number }
  | { why: 'reference_braces' }
  | { why: 'reference_empty' }
  | { why: 'reference_part_empty'; part: ReferencePart }
  | { why: 'reference_character'; part: ReferencePart; character: string; first: 'yes' | 'no' }
  | { why: 'empty' }
  | { why: 'number_too_large'; excerpt: string }
  | { why: 'too_deep'; maxDepth: number };

/**
 * `position` is a 0-based offset in the text (UTF-16 units, like `String.prototype.slice`),
 * for code that underlines the error; `detail` says why, for src/i18n to word for the person
 * who wrote the rule.
 */
export type ParseError = { code: ParseErrorCode; position: number; detail: ParseDetail };

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: ParseError };

/** What a reference asks of a `Lookup` beyond its code. */
export type ReadAt = { member: string | null; span: Span };

/**
 * Returns undefined when the value is missing (empty cell or « non concerné »). `at` absent
 * means the plain `#{code}`: no member named, this period only.
 */
export type Lookup = (code: string, at?: ReadAt) => number | undefined;

export type SkipReason = 'missing' | 'divisionByZero';

/** One side of a rule once evaluated: a number, or the reason why there is none. */
export type SideValue = { kind: 'value'; value: number } | { kind: 'skipped'; reason: SkipReason };

/** The part of a plan rule this module needs; the plan's `Rule` is assignable to it. */
export type RuleLike = {
  left: string;
  operator: RuleOperator;
  right: string;
  when?: string;
  missing: { left: MissingPolicy; right: MissingPolicy };
};

export type RuleSide = 'left' | 'right' | 'when';

export type RuleOutcome =
  | { outcome: 'pass' | 'fail'; left?: number; right?: number }
  | { outcome: 'skipped'; reason: SkipReason }
  /** The `when` condition does not hold or cannot be evaluated. */
  | { outcome: 'notApplicable' }
  | { outcome: 'invalid'; error: ParseError; side: RuleSide };
