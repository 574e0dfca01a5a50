/**
 * The bilan and the evaluation of the demo's campaign, written as .docx and opened by LibreOffice
 * Writer (headless, to PDF): the files convert; the text of every active fiche's title, every action
 * and every indicator label of the plan is in the PDF; the charts are there as images; the outline
 * is Word's Heading styles; the page count stays within what a committee reads.
 */
import { isDerivedIndicator } from '../../src/plan/followUpPlan';
import { reportedFiches } from '../../src/report/bilan';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { returnInputs } from '../../src/app/consolidate';
import { demoReturns } from '../../src/cli/commands/demo';
import { defaultRespondentSelection, selectRespondents } from '../../src/collect';
import { consolidate, type Consolidation } from '../../src/consolidate';
import { emptyFollowUp } from '../../src/consolidate/followUp';
import { renderBilanDocx } from '../../src/docx/renderBilan';
import { resvgPng } from '../../src/docx/resvgPng';
import { defaultPlan } from '../../src/plan';
import { buildBilan, type BilanDocument, type BilanRequest } from '../../src/report/bilan';
import { inspectXlsx } from '../../src/xlsx/guards';
import { ownOutputKind } from '../../src/xlsx/ownOutput';
import { nodeInflate } from '../../src/xlsx/inflateNode';
import { readEndOfDirectory, readEntries, type ZipEntry } from '../../src/xlsx/zipDirectory';
import { entryData } from '../../src/xlsx/guards';
import { checkFiles } from '../support/checkFiles';
import { convert } from '../support/libreoffice';
import { readWithin } from '../support/readWithin';

const plan = defaultPlan();
const now = '2026-02-01T10:00:00.000Z';
const dir = mkdtempSync(join(tmpdir(), 'ctg-bilan-'));
let consolidation: Consolidation;

type Written = { document: BilanDocument; docx: Uint8Array; text: string; pages: number; images: number };
const written = new Map<BilanRequest['kind'], Written>();

function write(name: string, request: BilanRequest): Promise<Written> {
  const document = buildBilan({ plan, consolidation, followUp: emptyFollowUp(), lang: 'fr', preparedOn: now }, request);
  return renderBilanDocx(document, resvgPng).then(async (docx) => {
    const path = join(dir, `${name}.docx`);
    writeFileSync(path, docx);
    const out = mkdtempSync(join(dir, `${name}-pdf-`));
    await convert(path, 'pdf', out);
    const pdf = join(out, `${name}.pdf`);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
    // `pdfimages -list`: two header lines, then one line per image (a PNG with transparency adds its « smask »).
    const images = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim().split(/\s+/)[2] === 'image').length;
    return { document, docx, text, pages, images };
  });
}

beforeAll(async () => {
  const selection = selectRespondents(plan, defaultRespondentSelection);
  if (!selection.ok) throw new Error('selection');
  const files = (await demoReturns(plan, selection.respondents, (await import('../../src/xlsx/renderSpec')).renderSpec)).map((r) => ({
    fileName: r.name,
    fileDate: r.scenario.fileDate,
    bytes: r.bytes,
  }));
  const results = (await checkFiles(plan, files, readWithin, { now, asOf: '2026-02-01' })).map((c) => c.result);
  consolidation = consolidate(plan, returnInputs(files, results, now), { now, asOf: '2026-02-01', expected: selection.respondents.map((r) => r.code) });
  written.set('annual', await write('bilan-2025', { kind: 'annual', period: '2025' }));
  written.set('evaluation', await write('evaluation', { kind: 'evaluation' }));
}, 300_000);

/**
 * pdftotext breaks lines inside table cells, and takes a hyphen at the end of a line for a word cut
 * (« Seyne-les-Alpes » wrapped after « Seyne- » comes out « Seyneles-Alpes »): compare on words
 * separated by single spaces, hyphens left out.
 */
const flat = (text: string) => text.replace(/-/g, '').replace(/\s+/g, ' ');
// The convention's fiches and indicators as written; the follow-up derived from them (each action's
// state, account, milestones; the governance) is worded in the actions' and « Gouvernance » sections.
const fiches = reportedFiches(plan);
const labels = fiches.flatMap((f) => [...f.indicators, ...f.actions.flatMap((a) => a.indicators)].filter((i) => !isDerivedIndicator(i.code)).map((i) => i.label));
const actions = fiches.flatMap((f) => f.actions.map((a) => a.title));

function zipPart(bytes: Uint8Array, name: string): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const directory = readEndOfDirectory(bytes, view);
  if ('reason' in directory) throw new Error(directory.reason);
  const entries = readEntries(bytes, view, directory) as ZipEntry[];
  const entry = entries.find((e) => e.name === name)!;
  const data = entryData(bytes, entry);
  return new TextDecoder().decode(entry.method === 0 ? data : inflateRawSync(data));
}

describe.each(['annual', 'evaluation'] as const)('the %s document in LibreOffice Writer', (kind) => {
  const doc = () => written.get(kind)!;

  it.each(fiches.map((f) => [f.number, f.title]))('shows fiche %s « %s »', (number, title) => {
    expect(flat(doc().text)).toContain(flat(`Fiche ${number} — ${title}`));
  });

  it('shows every action of the plan', () => {
    expect(actions.filter((title) => !flat(doc().text).includes(flat(title)))).toEqual([]);
  });

  it('shows every indicator label of the plan', () => {
    expect(labels.filter((label) => !flat(doc().text).includes(flat(label)))).toEqual([]);
  });

  it('holds a picture per chart of the model, and at least one per fiche with a key indicator', () => {
    const charts = doc().document.blocks.filter((b) => b.kind === 'chart').length;
    expect(charts).toBeGreaterThanOrEqual(fiches.length - 1);
    expect(doc().images).toBe(charts);
  });

  it('has an outline of Word headings: one Heading1 per fiche at least', () => {
    const xml = zipPart(doc().docx, 'word/document.xml');
    expect((xml.match(/<w:pStyle w:val="Heading1"\/>/g) ?? []).length).toBeGreaterThanOrEqual(fiches.length + 3);
    expect(xml).toMatch(/<w:pStyle w:val="Heading2"\/>/);
    const footer = zipPart(doc().docx, 'word/footer1.xml');
    expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*</);
    expect(footer).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*</);
  });

  it('stays readable: between 10 and 40 pages (the demo: about 17–18)', () => {
    expect(doc().pages).toBeGreaterThanOrEqual(10);
    expect(doc().pages).toBeLessThanOrEqual(40);
  });

  it('is recognised as our own bilan (so that --force may replace it), and not as a workbook', async () => {
    expect(await ownOutputKind(doc().docx, nodeInflate)).toBe('bilan');
    expect(inspectXlsx(doc().docx)).toMatchObject({ ok: false, issue: { code: 'not_xlsx', params: { kind: 'docx' } } });
    expect(readFileSync(join(dir, kind === 'annual' ? 'bilan-2025.docx' : 'evaluation.docx')).length).toBe(doc().docx.length);
  });
});

it('the evaluation shows the whole series, first year to last', () => {
  const text = flat(written.get('evaluation')!.text);
  expect(text).toContain('Les indicateurs, de la première à la dernière année');
  expect(text).toMatch(/de 2022 à 2025/);
});
