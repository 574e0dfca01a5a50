/**
 * `npm run bench:pane`: the task pane's start-up in headless Chromium (Debian's), next to a minimal
 * Fluent UI page built by the same toolchain. For each: the initial JavaScript (bytes and gzip,
 * office.js excepted) and the time from navigation to the first usable screen — the step tabs of
 * the pane (plan loaded), the button of the minimal page — median of N loads, each in a fresh
 * browser context (cold cache). Benchmarks, not timed tests: nothing fails.
 *
 * Then the work itself, in the standalone pane (one run, the browser's clock): generating the
 * 48 collection workbooks (one .zip), importing and checking 48 filled returns, consolidating them.
 *
 * `npm run bench:pane -- [--runs=N] [--before=CHECKOUT] [--no-workflow] [--shots=DIR]`
 *   --runs=N        cold loads of each page (default 7)
 *   --pane=DIR      the pane as built beforehand (OFFICE_JS=local), kept, instead of building it
 *   --before=DIR    also the pane built from another checkout (the code before a change, its own
 *                   webpack configuration) — or a build of it, when DIR holds taskpane.html —
 *                   loaded in the same rounds: page after page, round after
 *                   round, so that the machine's load weighs on all alike; the ratio to the minimal
 *                   page is given per round and its median
 *   --no-workflow   the start-up only
 *   --shots=DIR     screenshots at 320 px: the first screen, then the « Générer » step once opened
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { simulateReturn } from '../../src/demo';
import { collectionFileName } from '../../src/app/fileNames';
import { respondentsOf } from '../../src/collect';
import { defaultPlan } from '../../src/plan';
import { renderSpec } from '../../src/xlsx/renderSpec';
import { initialScripts } from '../../test/taskpane/e2e/initialScripts';
import { buildPane, servePane, type ServedPane } from '../../test/taskpane/e2e/servePane';

const option = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const runs = Math.max(1, Number(option('runs') ?? 7) || 7);
const before = option('before');
const prebuilt = option('pane');
const shots = option('shots');
const withWorkflow = !process.argv.includes('--no-workflow');
const root = join(__dirname, '..', '..');

function buildMinimal(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ctg-minimal-'));
  execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production', '--config', join(__dirname, 'webpack.minimal.js'), '--output-path', dir], {
    cwd: root,
    env: { ...process.env, OFFICE_JS: 'local' },
    stdio: 'pipe',
  });
  return dir;
}

/** `keep`: a build made beforehand, served as it is and left in place. */
type PageUnderTest = { name: string; dir: string; ready: string; keep?: boolean };

const isBuild = (dir: string) => existsSync(join(dir, 'taskpane.html'));

/** One cold load: milliseconds from navigation start until `ready` holds in the page (checked every frame). */
async function loadOnce(served: ServedPane, ready: string): Promise<number> {
  const context = await served.browser.newContext({ viewport: { width: 320, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(`${served.origin}/taskpane.html`, { waitUntil: 'commit' });
    const handle = await page.waitForFunction(`(${ready}) ? performance.now() : false`, undefined, { polling: 'raf', timeout: 30_000 });
    return Math.round((await handle.jsonValue()) as number);
  } finally {
    await context.close();
  }
}

/** Each page's load times, `runs` rounds, each round loading every page once in turn. */
async function startUps(pages: readonly PageUnderTest[]): Promise<number[][]> {
  const served = await Promise.all(pages.map((p) => servePane(p.dir, { keep: p.keep === true })));
  const times: number[][] = pages.map(() => []);
  try {
    for (let round = 0; round < runs; round++) {
      for (const [i, page] of pages.entries()) times[i]!.push(await loadOnce(served[i]!, page.ready));
    }
  } finally {
    // servePane's close also removes the build folder.
    await Promise.all(served.map((s) => s.close()));
  }
  return times;
}

/** The first screen at 320 px, then the « Générer » step once its chunk has come. */
async function screenshots(dir: string, out: string): Promise<void> {
  mkdirSync(out, { recursive: true });
  const served = await servePane(dir, { keep: true });
  try {
    const context = await served.browser.newContext({ viewport: { width: 320, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${served.origin}/taskpane.html`);
    await page.getByRole('tab', { name: 'Générer' }).waitFor();
    await page.screenshot({ path: join(out, 'premier-ecran-320.png'), fullPage: true });
    await page.getByRole('tab', { name: 'Générer' }).click();
    await page.getByRole('radio', { name: /^Tous/ }).waitFor();
    await page.screenshot({ path: join(out, 'generer-320.png'), fullPage: true });
    await context.close();
  } finally {
    await served.close();
  }
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** The 48 respondents' returns, filled with the demo's seeded values, as files. */
async function returnsFolder(): Promise<string[]> {
  const plan = defaultPlan();
  const dir = mkdtempSync(join(tmpdir(), 'ctg-bench-returns-'));
  const files: string[] = [];
  for (const respondent of respondentsOf(plan)) {
    const { spec } = simulateReturn(plan, respondent, { seed: 2025, now: '2025-12-01T09:00:00.000Z', completeness: 'full', anomalies: [] });
    const file = join(dir, collectionFileName(plan, respondent));
    writeFileSync(file, await renderSpec(spec));
    files.push(file);
  }
  return files;
}

/** Milliseconds of each step of the year's work in the standalone pane, 48 respondents. */
async function workflow(dir: string, returns: string[]): Promise<Array<[string, number]>> {
  const served = await servePane(dir);
  try {
    const context = await served.browser.newContext({ viewport: { width: 320, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${served.origin}/taskpane.html`);
    await page.getByRole('tab', { name: 'Générer' }).click();
    await page.getByRole('radio', { name: /^Tous/ }).check();
    const timed = async (run: () => Promise<unknown>) => {
      const started = Date.now();
      await run();
      return Date.now() - started;
    };
    const generate = await timed(() => Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByRole('button', { name: /^Générer 48 classeurs/ }).click()]));
    await page.getByRole('tab', { name: 'Retours' }).click();
    const check = await timed(async () => {
      await page.locator('#panel-import input[type=file]').setInputFiles(returns);
      await page.getByRole('button', { name: /^Importer ces 48 fichiers/ }).waitFor({ timeout: 120_000 });
    });
    await page.getByRole('button', { name: /^Importer ces 48 fichiers/ }).click();
    await page.getByRole('tab', { name: 'Consolider' }).click();
    const consolidate = await timed(() => Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByRole('button', { name: /^Consolider/ }).click()]));
    await context.close();
    return [
      ['Générer les 48 classeurs de collecte (un .zip)', generate],
      ['Lire et contrôler 48 retours remplis', check],
      ['Consolider les 48 retours (classeur téléchargé)', consolidate],
    ];
  } finally {
    await served.close();
  }
}

const paneReady = `[...document.querySelectorAll('[role=tab]')].some((t) => t.textContent.startsWith('Générer'))`;

async function main(): Promise<void> {
  const pages: PageUnderTest[] = [
    { name: 'Volet CTG (autonome, plan intégré chargé)', dir: prebuilt ?? buildPane(), ready: paneReady, keep: prebuilt !== undefined },
    ...(before !== undefined ? [{ name: `Volet CTG, avant (${before})`, dir: isBuild(before) ? before : buildPane(before), ready: paneReady, keep: isBuild(before) }] : []),
    { name: 'Page Fluent minimale', dir: buildMinimal(), ready: `[...document.querySelectorAll('button')].some((b) => b.textContent === 'Prêt')` },
  ];
  if (shots !== undefined) await screenshots(pages[0]!.dir, shots);
  let steps: Array<[string, number]> = [];
  if (withWorkflow) {
    const returns = await returnsFolder();
    steps = await workflow(buildPane(), returns);
    rmSync(join(returns[0]!, '..'), { recursive: true, force: true });
  }
  const sizes = pages.map((page) => initialScripts(page.dir));
  const times = await startUps(pages);
  const minimal = times[times.length - 1]!;
  const rows = pages.map((page, i) => {
    const bytes = sizes[i]!.reduce((n, s) => n + s.bytes, 0);
    const gzip = sizes[i]!.reduce((n, s) => n + s.gzip, 0);
    const mine = times[i]!;
    const ratios = mine.map((t, round) => t / minimal[round]!);
    const ratio = i === pages.length - 1 ? '—' : `${median(ratios).toFixed(2)}× (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`;
    return `| ${page.name} | ${kb(bytes)} | ${kb(gzip)} | ${median(mine)} ms | ${Math.min(...mine)}–${Math.max(...mine)} ms | ${ratio} |`;
  });
  process.stdout.write(`Chromium headless (Debian), ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${new Date().toISOString().slice(0, 10)}; median of ${runs} cold loads, the pages in turn each round\n\n`);
  process.stdout.write('| page | initial JS | gzip | navigation → first usable screen | range | ratio to the minimal page, same round (median, range) |\n|---|---|---|---|---|---|\n');
  process.stdout.write(`${rows.join('\n')}\n`);
  if (withWorkflow) {
    process.stdout.write('\n| step in the standalone pane (one run) | time |\n|---|---|\n');
    process.stdout.write(`${steps.map(([name, ms]) => `| ${name} | ${ms} ms |`).join('\n')}\n`);
  }
}

void main();
