/** One comité reported by both co-pilots is one comité: never counted twice in the bilan. */
import type { GovernanceMeeting } from '../../../src/consolidate/followUp';
import { heldMeetings } from '../../../src/report/bilan/governanceSection';

const report = (respondent: string, body: GovernanceMeeting['body'], date: string, present: string[]): GovernanceMeeting => ({ body, period: date.slice(0, 4), date, present, respondent });

it.each<[string, GovernanceMeeting[], Array<[string, string, string[]]>]>([
  ['the same COPIL from the Caf and the EPCI', [report('caf04', 'copil', '2025-06-20', ['caf', 'epci']), report('200067437', 'copil', '2025-06-20', ['epci', 'sdjes'])], [['copil', '2025-06-20', ['caf', 'epci', 'sdjes']]]],
  ['two COTECH on different days', [report('caf04', 'cotech', '2025-03-14', ['caf']), report('caf04', 'cotech', '2025-10-10', ['caf'])], [['cotech', '2025-03-14', ['caf']], ['cotech', '2025-10-10', ['caf']]]],
  ['a COPIL and a COTECH the same day', [report('caf04', 'copil', '2025-06-20', ['caf']), report('200067437', 'cotech', '2025-06-20', ['epci'])], [['copil', '2025-06-20', ['caf']], ['cotech', '2025-06-20', ['epci']]]],
  ['nothing reported', [], []],
])('%s', (_, reports, held) => {
  expect(heldMeetings(reports).map((m) => [m.body, m.date, [...m.present].sort()])).toEqual(held);
});
