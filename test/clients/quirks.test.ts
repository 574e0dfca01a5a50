/**
 * Each committed fixture really holds the quirks of the client that wrote it (TOOLCHAIN.md), so that
 * the other client tests keep trying them — a regeneration with a client that changed its ways
 * would show here, not as a silently easier test.
 */
import JSZip from 'jszip';
import { defaultPlan } from '../../src/plan';
import { committedFixture } from './support';
import type { FixtureId } from '../../scripts/fixtures/clients/fixtures';

const plan = defaultPlan();

async function parts(id: FixtureId, pattern: RegExp): Promise<string> {
  const zip = await JSZip.loadAsync(committedFixture(plan, id).bytes);
  const names = Object.keys(zip.files).filter((name) => pattern.test(name));
  return (await Promise.all(names.map((name) => zip.file(name)!.async('string')))).join('\n');
}

const sheets = /^xl\/worksheets\/sheet\d+\.xml$/;
/** A formula cell, its attributes and content. */
const formulaCells = (xml: string) => [...xml.matchAll(/<c ([^>]*)>\s*<f[^>]*>[^<]*<\/f>\s*(<v>[^<]*<\/v>)?\s*<\/c>/g)];

it.each([
  {
    quirk: 'openpyxl writes absolute relationship targets (/xl/comments/…)',
    id: { client: 'openpyxl', respondent: 'caf', extent: 'full' },
    files: /^xl\/worksheets\/_rels\/.*\.rels$/,
    holds: (xml: string) => /Target="\/xl\//.test(xml),
  },
  {
    quirk: 'openpyxl drops the cached results of formulas',
    id: { client: 'openpyxl', respondent: 'epci', extent: 'full' },
    files: sheets,
    holds: (xml: string) => formulaCells(xml).length > 0 && formulaCells(xml).every((m) => m[2] === undefined || m[2] === '<v></v>'),
  },
  {
    quirk: 'Gnumeric stores a formula’s text result as a shared-string index (t="s")',
    id: { client: 'gnumeric', respondent: 'epci', extent: 'partial' },
    files: sheets,
    holds: (xml: string) => formulaCells(xml).some((m) => /\bt="s"/.test(m[1] as string) && m[2] !== undefined),
  },
  {
    quirk: 'Gnumeric caches a total of 0 as <v>0</v>',
    id: { client: 'gnumeric', respondent: 'epci', extent: 'full' },
    files: sheets,
    holds: (xml: string) => formulaCells(xml).some((m) => m[2] === '<v>0</v>'),
  },
  {
    quirk: 'LibreOffice caches a total of 0 as <v>0</v>',
    id: { client: 'libreoffice', respondent: 'epci', extent: 'full' },
    files: sheets,
    holds: (xml: string) => formulaCells(xml).some((m) => m[2] === '<v>0</v>'),
  },
  {
    quirk: 'SheetJS with cellDates writes ISO dates in t="d" cells',
    id: { client: 'sheetjs', respondent: 'epci', extent: 'full' },
    files: sheets,
    holds: (xml: string) => /<c [^>]*t="d"[^>]*><v>\d{4}-\d{2}-\d{2}T/.test(xml),
  },
] as Array<{ quirk: string; id: FixtureId; files: RegExp; holds: (xml: string) => boolean }>)('$quirk', async ({ id, files, holds }) => {
  expect(holds(await parts(id, files))).toBe(true);
});
