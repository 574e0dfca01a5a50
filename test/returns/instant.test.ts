/** Dates a return carries, judged before they are trusted: what is an instant, what is in the future, what predates the plan. */
import { judgeInstant, planEpoch } from '../../src/returns/instant';
import { defaultPlan } from '../../src/plan';

const now = '2026-02-01T10:00:00.000Z';
const notBefore = planEpoch(defaultPlan());

describe('judgeInstant', () => {
  it.each([
    ['as src/collect writes it', '2025-12-01T09:00:00.000Z', { kind: 'trusted', instant: '2025-12-01T09:00:00.000Z' }],
    ['an offset, normalised to UTC', '2025-12-01T10:00:00+02:00', { kind: 'trusted', instant: '2025-12-01T08:00:00.000Z' }],
    ['without seconds', '2025-12-01T09:00Z', { kind: 'trusted', instant: '2025-12-01T09:00:00.000Z' }],
    ['equal to now', now, { kind: 'trusted' }],
    ['empty', '  ', { kind: 'missing' }],
    ['the year 9999', '9999-12-31T23:59:59.000Z', { kind: 'untrusted', reason: 'future' }],
    ['one second after now', '2026-02-01T10:00:01.000Z', { kind: 'untrusted', reason: 'future' }],
    ['zzz', 'zzz', { kind: 'untrusted', reason: 'malformed' }],
    ['a date without time (no instant)', '2025-12-01', { kind: 'untrusted', reason: 'malformed' }],
    ['a local time without zone', '2025-12-01T09:00:00', { kind: 'untrusted', reason: 'malformed' }],
    ['30 February', '2025-02-30T09:00:00Z', { kind: 'untrusted', reason: 'malformed' }],
    ['25 o’clock', '2025-12-01T25:00:00Z', { kind: 'untrusted', reason: 'malformed' }],
    ['French order', '01/12/2025 09:00', { kind: 'untrusted', reason: 'malformed' }],
    ['before the plan', '1970-01-01T00:00:00.000Z', { kind: 'untrusted', reason: 'too_early' }],
  ])('%s', (_name, text, expected) => {
    expect(judgeInstant(text, { now, notBefore })).toMatchObject(expected);
  });

  it('judges nothing in the future without a now', () => {
    expect(judgeInstant('9999-12-31T23:59:59.000Z', { notBefore }).kind).toBe('trusted');
  });

  it('the plan epoch precedes its signature and its first period, by a year of preparation', () => {
    const plan = defaultPlan();
    expect(notBefore < plan.signedOn && notBefore < plan.periods[0]!.start).toBe(true);
    expect(judgeInstant(`${plan.signedOn}T00:00:00Z`, { now, notBefore }).kind).toBe('trusted');
  });
});
