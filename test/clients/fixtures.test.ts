/**
 * Collection workbooks filled by real clients (openpyxl, Gnumeric, LibreOffice, SheetJS), committed
 * under test/fixtures/clients with the values each typed (scripts/fixtures/clients/make.ts
 * regenerates them): 0 false findings, every typed value read back and traced in the consolidation.
 */
import { defaultPlan } from '../../src/plan';
import { fixtureIds, folderOf } from '../../scripts/fixtures/clients/fixtures';
import { committedFixture, itReadsTheFileAsTyped } from './support';

const plan = defaultPlan();

describe.each(fixtureIds.map((id) => ({ ...id, folder: folderOf(id) })))('a $respondent return written by $folder', (id) => {
  itReadsTheFileAsTyped(
    () => plan,
    async () => committedFixture(plan, id),
  );
});
