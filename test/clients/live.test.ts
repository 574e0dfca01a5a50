/**
 * Each real client run live, where it is installed (.ci/run installs them all): our code generates
 * the workbook from the current plan, the client fills or re-saves it, and the file must read back
 * as typed — so a change of the plan or of the writer is tried against the clients themselves, not
 * only against the committed fixtures.
 */
import { defaultPlan } from '../../src/plan';
import { clientVersion } from '../../scripts/fixtures/clients/clients';
import { makeClientFile, type FixtureId } from '../../scripts/fixtures/clients/fixtures';
import { itReadsTheFileAsTyped } from './support';

const plan = defaultPlan();

/** One run per client, each on a different workbook: together they cover every type and Gnumeric's text results. */
const runs: FixtureId[] = [
  { client: 'openpyxl', respondent: 'caf', extent: 'full' },
  { client: 'gnumeric', respondent: 'epci', extent: 'partial' },
  { client: 'libreoffice', respondent: 'epci', extent: 'full' },
  { client: 'sheetjs', respondent: 'epci', extent: 'full' },
];

describe.each(runs.map((id) => ({ ...id, version: clientVersion(id.client) })))('live: a $respondent return ($extent) filled by $client', (id) => {
  if (id.version === null) {
    // Not installed here (apt-get install gnumeric python3-openpyxl libreoffice-calc-nogui): said, not hidden.
    it.skip(`${id.client} is not installed`, () => undefined);
    return;
  }
  itReadsTheFileAsTyped(
    () => plan,
    () => makeClientFile(plan, id),
  );
});
