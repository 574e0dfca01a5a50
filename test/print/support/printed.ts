/**
 * A workbook as it prints: its page setup read from the .xlsx (per ECMA-376: `pageSetup`,
 * `pageSetUpPr`, the `_xlnm.Print_Titles` names) and the PDF LibreOffice renders of it (page sizes
 * through `pdfinfo`, text through `pdftotext -raw`, each page told to its tab by our footer
 * « tab name   page / pages »). Several workbooks go through one LibreOffice run.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';

const run = promisify(execFile);

export type SheetSetup = {
  name: string;
  visible: boolean;
  paperSize: string | undefined;
  orientation: string | undefined;
  fitToPage: boolean;
  fitToWidth: string | undefined;
  fitToHeight: string | undefined;
  /** Rows repeated at the top of each page, e.g. `$5:$5`. */
  printTitles: string | undefined;
};

export type PrintedPage = { sheet: string; page: number; width: number; height: number; text: string };

export type Printed = { setups: SheetSetup[]; pages: PrintedPage[] };

const attribute = (xml: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(xml)?.[1];
const unescapeXml = (text: string) => text.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Each sheet's page setup, in workbook order. */
export async function pageSetups(bytes: Uint8Array): Promise<SheetSetup[]> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const titles = new Map<number, string>();
  for (const m of workbook.matchAll(/<definedName ([^>]*)>([^<]*)<\/definedName>/g)) {
    if (attribute(m[1]!, 'name') === '_xlnm.Print_Titles') titles.set(Number(attribute(m[1]!, 'localSheetId')), unescapeXml(m[2]!));
  }
  const sheets = [...workbook.matchAll(/<sheet ([^>]*)\/>/g)].map((m) => m[1]!);
  return Promise.all(
    sheets.map(async (attributes, index) => {
      const id = attribute(attributes, 'r:id');
      const target = new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]*)"`).exec(rels)?.[1] ?? new RegExp(`<Relationship [^>]*Target="([^"]*)"[^>]*Id="${id}"`).exec(rels)?.[1];
      const path = target === undefined ? '' : target.startsWith('/') ? target.slice(1) : `xl/${target}`;
      const xml = (await zip.file(path)?.async('string')) ?? '';
      const setup = /<pageSetup [^>]*\/>/.exec(xml)?.[0] ?? '';
      const title = titles.get(index);
      return {
        name: unescapeXml(attribute(attributes, 'name') ?? ''),
        visible: (attribute(attributes, 'state') ?? 'visible') === 'visible',
        paperSize: attribute(setup, 'paperSize'),
        orientation: attribute(setup, 'orientation'),
        fitToPage: attribute(/<pageSetUpPr [^>]*\/>/.exec(xml)?.[0] ?? '', 'fitToPage') === '1',
        // ECMA-376 18.3.1.63: fitToWidth and fitToHeight default to 1 when absent.
        fitToWidth: attribute(setup, 'fitToWidth') ?? '1',
        fitToHeight: attribute(setup, 'fitToHeight') ?? '1',
        printTitles: title?.replace(/^.*!/, ''),
      };
    }),
  );
}

/** The footer of our printed pages (src/xlsx/printFooter.ts), first or last line of a page's text: « tab name — 3 / 25 ». */
const footer = /^(.+) — (\d+) \/ (\d+)$/;

async function pdfPages(pdf: string): Promise<PrintedPage[]> {
  const info = (await run('pdfinfo', ['-f', '1', '-l', '100000', pdf])).stdout;
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
  const texts = (await run('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 })).stdout.split('\f');
  return sizes.map((size, i) => {
    const lines = (texts[i] ?? '').split('\n').filter((l) => l.trim() !== '');
    const first = footer.exec(lines[0] ?? '');
    const last = first ? null : footer.exec(lines[lines.length - 1] ?? '');
    const found = first ?? last;
    return { ...size, sheet: found?.[1] ?? '', page: Number(found?.[2] ?? 0), text: lines.slice(first ? 1 : 0, last ? -1 : undefined).join('\n') };
  });
}

/** Renders every workbook to PDF in one LibreOffice run; `files` maps a plain stem to the bytes. */
export async function printAll(files: ReadonlyMap<string, Uint8Array>): Promise<Map<string, Printed>> {
  const dir = mkdtempSync(join(tmpdir(), 'ctg-print-'));
  try {
    const paths = [...files].map(([stem, bytes]) => {
      const path = join(dir, `${stem}.xlsx`);
      writeFileSync(path, bytes);
      return path;
    });
    // One LibreOffice run for all of them, with a throwaway profile (TOOLCHAIN.md).
    await run('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', join(dir, 'pdf'), ...paths], { timeout: 600_000 });
    const printed = new Map<string, Printed>();
    for (const [stem, bytes] of files) {
      const pdf = join(dir, 'pdf', `${stem}.pdf`);
      readFileSync(pdf); // fails loudly when LibreOffice did not render it
      printed.set(stem, { setups: await pageSetups(bytes), pages: await pdfPages(pdf) });
    }
    return printed;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
