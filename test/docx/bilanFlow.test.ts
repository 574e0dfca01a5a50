/**
 * How the bilan's text flows over Word's pages, read in the .docx's own XML (word/document.xml):
 * no number of the demo's campaign carries a space a line may break at (« 1 » / « 234 » on two
 * lines of a table cell), every heading keeps with what follows and a new fiche's page starts from
 * its heading (a page-break paragraph falling at the top of a full page left a blank page).
 */
import JSZip from 'jszip';
import { returnInputs } from '../../src/app/consolidate';
import { demoReturns } from '../../src/cli/commands/demo';
import { defaultRespondentSelection, selectRespondents } from '../../src/collect';
import { consolidate } from '../../src/consolidate';
import { renderBilanDocx } from '../../src/docx/renderBilan';
import type { Lang } from '../../src/i18n/lang';
import { defaultPlan } from '../../src/plan';
import { buildBilan, reportedFiches, type BilanRequest } from '../../src/report/bilan';
import { renderSpec } from '../../src/xlsx/renderSpec';
import { checkFiles } from '../support/checkFiles';
import { readWithin } from '../support/readWithin';

const plan = defaultPlan();
const now = '2026-02-01T10:00:00.000Z';
/** A 1×1 PNG: the charts' pixels are not what this file tests. */
const pixel = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));

type Paragraph = { xml: string; text: string };
const written = new Map<string, Paragraph[]>();

const cases: Array<[BilanRequest['kind'], Lang]> = [
  ['annual', 'fr'],
  ['evaluation', 'fr'],
  ['annual', 'en'],
  ['evaluation', 'en'],
];

beforeAll(async () => {
  const selection = selectRespondents(plan, defaultRespondentSelection);
  if (!selection.ok) throw new Error('selection');
  const files = (await demoReturns(plan, selection.respondents, renderSpec)).map((r) => ({ fileName: r.name, fileDate: r.scenario.fileDate, bytes: r.bytes }));
  const results = (await checkFiles(plan, files, readWithin, { now, asOf: '2026-02-01' })).map((c) => c.result);
  const consolidation = consolidate(plan, returnInputs(files, results, now), { now, asOf: '2026-02-01', expected: selection.respondents.map((r) => r.code) });
  for (const [kind, lang] of cases) {
    const request: BilanRequest = kind === 'annual' ? { kind, period: '2025' } : { kind };
    const document = buildBilan({ plan, consolidation, followUp: consolidation.followUp, lang, preparedOn: now }, request);
    const docx = await renderBilanDocx(document, () => Promise.resolve(pixel));
    const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
    const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => ({
      xml: p,
      text: [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
    }));
    written.set(`${kind}/${lang}`, paragraphs);
  }
}, 240_000);

/** A space a line may break at: the ordinary one and the typographic spaces U+2000–U+200A (the thin one among them). */
const breakable = '[\\u0020\\u2000-\\u200a]';
const brokenNumber = new RegExp(`\\d${breakable}\\d{3}(?!\\d)|\\d${breakable}%`, 'g');

describe.each(cases)('the %s bilan in %s', (kind, lang) => {
  const paragraphs = () => written.get(`${kind}/${lang}`)!;

  it('shows no number with a space a line may break at, in the text or in a table cell', () => {
    expect(paragraphs().flatMap((p) => [...p.text.matchAll(brokenNumber)].map((m) => `${m[0]} in « ${p.text} »`))).toEqual([]);
  });

  it('holds its grouped numbers and percentages together with a narrow no-break space', () => {
    // Every document has percentages (the evolutions), the French one thousands too (1 597 accompagnements).
    const held = paragraphs().filter((p) => /\d\u202f(\d{3}|%)/.test(p.text));
    expect(held.length).toBeGreaterThan(lang === 'fr' ? 5 : 0);
  });

  it('keeps every heading with the next paragraph, its lines together', () => {
    const headings = paragraphs().flatMap((p) => {
      const level = /<w:pStyle w:val="Heading(\d)"\/>/.exec(p.xml)?.[1];
      return level !== undefined ? [{ level, heading: p.text, keepNext: p.xml.includes('<w:keepNext/>'), keepLines: p.xml.includes('<w:keepLines/>') }] : [];
    });
    expect(new Set(headings.map((h) => h.level))).toEqual(new Set(kind === 'annual' ? ['1', '2', '3'] : ['1', '2']));
    for (const h of headings) expect(h).toEqual({ ...h, keepNext: true, keepLines: true });
  });

  it('starts each fiche on a new page from its heading, with no page-break paragraph but the cover’s', () => {
    const fiches = reportedFiches(plan).map((f) => f.number);
    const opening = paragraphs().filter((p) => p.xml.includes('<w:pageBreakBefore/>'));
    // The fiches, then the annexes (Annexe 2 first).
    expect(opening).toHaveLength(fiches.length + 1);
    fiches.forEach((number, i) => expect(opening[i]!.text).toContain(` ${number} `));
    expect(paragraphs().filter((p) => p.xml.includes('w:type="page"'))).toHaveLength(1);
  });
});
