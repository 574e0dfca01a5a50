/**
 * The plan's rules on a return, period by period: once per breakdown member for a rule scoped
 * `member`, on the totals (members summed; empty never counted as zero) for a rule scoped
 * `total`. `#{code:member}` reads that member whatever the scope; `cumul(#{code})` sums the
 * periods up to the one checked. A rule is evaluated only where this return holds all the indicators it reads, and
 * not where one of them is invalid (that cell's own error comes first).
 */
import type { Plan, Rule } from '../plan/schema';
import { evaluateRule, parseCondition, parseExpression, referencedCodes, referencedReads, type ReadAt, type Reference } from '../rules';
import { a1 } from '../workbook/a1';
import { numberOf, type EntryMap } from './entries';
import { finding, type Finding } from './findings';
import { rawAt, type Located } from './locate';
import { rowKey, totalMember } from '../collect/layout';
import type { IndicatorInfo, PlanIndex } from './planIndex';
import type { ExpectedCell } from './recognise';
import { entryKey, type CellLocation } from './submission';

/** `#{code}`: this period, the rule's member (or the total). */
const PLAIN: ReadAt = { member: null, span: 'period' };

type Sides = { left: string[]; right: string[]; all: string[]; reads: Reference[] };

function sidesOf(rule: Rule): Sides | undefined {
  const left = parseExpression(rule.left);
  const right = parseExpression(rule.right);
  const when = rule.when !== undefined ? parseCondition(rule.when) : undefined;
  if (!left.ok || !right.ok || (when !== undefined && !when.ok)) return undefined;
  const reads = [left.value, right.value, ...(when?.ok === true ? [when.value.left, when.value.right] : [])].flatMap(referencedReads);
  return {
    left: referencedCodes(left.value),
    right: referencedCodes(right.value),
    all: [...new Set(reads.map((r) => r.code))],
    reads,
  };
}

/**
 * The periods `cumul(#{code})` sums for `period`: those of the plan up to it where the indicator
 * is asked. Undefined when the return lacks one of them (a workbook generated for 2025 alone):
 * the sum to date is then unknown, never the sum of what happens to be there.
 */
function periodsToDate(info: IndicatorInfo, period: string, planPeriods: readonly string[], inReturn: ReadonlySet<string>): string[] | undefined {
  const upTo = planPeriods.slice(0, planPeriods.indexOf(period) + 1).filter((p) => info.indicator.periods.includes(p));
  return upTo.every((p) => inReturn.has(p)) ? upTo : undefined;
}

export function checkRules(plan: Plan, expected: readonly ExpectedCell[], located: Located, index: PlanIndex, entries: EntryMap): Finding[] {
  const findings: Finding[] = [];
  const valueCells = expected.filter((c) => c.role === 'value' && c.known);
  const codesHere = new Set(valueCells.map((c) => c.code));
  const planPeriods = plan.periods.map((p) => p.id);
  const periods = planPeriods.filter((p) => valueCells.some((c) => c.period === p));
  const inReturn = new Set(periods);
  const sheetOf = new Map(valueCells.map((c) => [c.code, c.sheet]));

  for (const rule of plan.rules) {
    const sides = sidesOf(rule);
    if (sides === undefined) {
      findings.push(finding('rule_invalid', { params: { rule: rule.id } }));
      continue;
    }
    if (sides.all.length === 0 || !sides.all.every((code) => codesHere.has(code))) continue;
    const broken = sides.reads.find((r) => r.member === null && index.indicators.get(r.code)!.members[0] !== '');
    const members = rule.scope === 'member' && broken !== undefined ? index.indicators.get(broken.code)!.members : [null];
    for (const period of periods) {
      for (const member of members) {
        // The entries a read sums: its periods (this one, or all up to it) × its members (the one
        // it names, the rule's current member, or all of them for a total). Undefined: unknown.
        const entriesOf = (code: string, at: ReadAt = PLAIN) => {
          const info = index.indicators.get(code)!;
          const wanted = at.member ?? member;
          const ms = info.members[0] === '' ? [''] : wanted !== null ? (info.members.includes(wanted) ? [wanted] : []) : info.members;
          const ps = at.span === 'toDate' ? periodsToDate(info, period, planPeriods, inReturn) : [period];
          return ps?.flatMap((p) => ms.map((m) => entries.get(entryKey(code, p, m))));
        };
        // A sum to date over a period this workbook does not hold is unknown, whatever the
        // missing policy says of empty cells: the rule is not applied to this period.
        if (sides.reads.some((read) => entriesOf(read.code, read) === undefined)) continue;
        if (sides.reads.some((read) => entriesOf(read.code, read)!.some((e) => e?.state === 'invalid'))) continue;
        const lookup = (code: string, at?: ReadAt): number | undefined => {
          const info = index.indicators.get(code);
          if (info === undefined) return undefined;
          const values = (entriesOf(code, at) ?? [])
            .map((e) => numberOf(e, info.indicator.type))
            .filter((v): v is number => v !== undefined);
          return values.length === 0 ? undefined : values.reduce((a, b) => a + b, 0);
        };
        const outcome = evaluateRule(rule, lookup);
        if (outcome.outcome === 'invalid') {
          findings.push(finding('rule_invalid', { params: { rule: rule.id } }));
          continue;
        }
        if (outcome.outcome !== 'fail') continue;
        // Point at the side left empty for a pair rule, at the left side otherwise.
        const unfilled = rule.operator === 'pair' ? [sides.left, sides.right].find((codes) => codes.length > 0 && codes.every((code) => lookup(code) === undefined)) : undefined;
        const code = (unfilled ?? (sides.left.length > 0 ? sides.left : sides.all))[0]!;
        const info = index.indicators.get(code)!;
        const where = locationOf(code, period, member, info.members[0] !== '', located, sheetOf.get(code), entries);
        findings.push(
          finding('rule_failed', {
            severity: rule.severity,
            sheet: where?.sheet ?? null,
            cell: where?.cell ?? null,
            fiche: info.fiche,
            indicator: code,
            period,
            member: member ?? (info.members[0] !== '' ? 'total' : null),
            value: where !== undefined ? rawAt(located, where) : null,
            params: {
              rule: rule.id,
              message: rule.message,
              fix: rule.fix,
              operator: rule.operator,
              left: 'left' in outcome && outcome.left !== undefined ? outcome.left : null,
              right: 'right' in outcome && outcome.right !== undefined ? outcome.right : null,
              // The passage of the convention the rule enforces, for the message to cite.
              ...(rule.clause !== undefined
                ? { clauseFiche: rule.clause.fiche, clauseAction: rule.clause.action ?? null, clauseQuote: rule.clause.quote }
                : {}),
            },
          }),
        );
      }
    }
  }
  return findings;
}

function locationOf(code: string, period: string, member: string | null, brokenDown: boolean, located: Located, sheet: string | undefined, entries: EntryMap): CellLocation | undefined {
  if (!brokenDown) return entries.get(entryKey(code, period, ''))?.where ?? undefined;
  if (member !== null) return entries.get(entryKey(code, period, member))?.where ?? undefined;
  const layout = sheet !== undefined ? located.sheets.get(sheet) : undefined;
  const row = layout?.rows.get(rowKey(code, totalMember));
  const column = layout?.periodColumns.get(period);
  return layout !== undefined && row !== undefined && column !== undefined ? { sheet: layout.grid.name, cell: a1(row, column) } : undefined;
}
