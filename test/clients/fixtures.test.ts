/**
 * Collection workbooks filled by real clients (openpyxl, Gnumeric, LibreOffice, SheetJS), committed
 * under test/fixtures/clients with the values each typed (scripts/fixtures/clients/make.ts
 * regenerates them): 0 false findings, every typed value read back and traced in the consolidation.
 */
import { defaultPlan } from '../../src/plan';
import { fixtureIds, folderOf, respondentOf, restrict } from '../../scripts/fixtures/clients/fixtures';
import { fillPlan } from '../../scripts/fixtures/clients/fills';
import { committedFixture, itReadsTheFileAsTyped } from './support';

const plan = defaultPlan();

describe.each(fixtureIds.map((id) => ({ ...id, folder: folderOf(id) })))('a $respondent return written by $folder', (id) => {
  itReadsTheFileAsTyped(
    () => plan,
    async () => committedFixture(plan, id),
  );
});

describe('the committed client fixtures', () => {
  it.each(fixtureIds.map((id) => ({ ...id, folder: folderOf(id) })))(
    'hold what the current plan asks of the $respondent ($folder) — else regenerate them: npx tsx scripts/fixtures/clients/make.ts',
    (id) => {
      const { expected } = committedFixture(plan, id);
      const { fills } = fillPlan(plan, respondentOf(plan, id.respondent), expected.generatedAt);
      const { values, comments, facilities } = restrict(plan, id.extent, fills);
      expect({ plan: expected.plan, values: expected.values, comments: expected.comments, facilities: expected.facilities }).toEqual({
        plan: { id: plan.id, version: plan.version },
        values,
        comments,
        facilities,
      });
    },
  );
});
