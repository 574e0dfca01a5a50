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
 * `npm run bench:pane -- [--runs=N]` (default 7).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { simulateReturn } from '../../src/demo';
import { collectionFileName } from '../../src/app/fileNames';
import { respondentsOf } from '../../src/collect';
import { defaultPlan } from '../../src/plan';
import { renderSpec } from '../../src/xlsx/renderSpec';
import { initialScripts } from '../../test/taskpane/e2e/initialScripts';
import { buildPane, servePane } from '../../test/taskpane/e2e/servePane';

const runs = Math.max(1, Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 7) || 7);
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

/** Milliseconds from navigation start until `ready` holds in the page (checked every frame). */
async function startUp(dir: string, ready: string): Promise<number[]> {
  const served = await servePane(dir);
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await served.browser.newContext({ viewport: { width: 320, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${served.origin}/taskpane.html`, { waitUntil: 'commit' });
      const handle = await page.waitForFunction(`(${ready}) ? performance.now() : false`, undefined, { polling: 'raf', timeout: 30_000 });
      times.push(Math.round((await handle.jsonValue()) as number));
      await context.close();
    }
  } finally {
    // servePane's close also removes the build folder.
    await served.close();
  }
  return times;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
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

async function main(): Promise<void> {
  const pages = [
    { name: 'Volet CTG (autonome, plan intégré chargé)', dir: buildPane(), ready: `[...document.querySelectorAll('[role=tab]')].some((t) => t.textContent.startsWith('Générer'))` },
    { name: 'Page Fluent minimale', dir: buildMinimal(), ready: `[...document.querySelectorAll('button')].some((b) => b.textContent === 'Prêt')` },
  ];
  const returns = await returnsFolder();
  const steps = await workflow(buildPane(), returns);
  rmSync(join(returns[0]!, '..'), { recursive: true, force: true });
  const rows: string[] = [];
  for (const page of pages) {
    const scripts = initialScripts(page.dir);
    const bytes = scripts.reduce((n, s) => n + s.bytes, 0);
    const gzip = scripts.reduce((n, s) => n + s.gzip, 0);
    const times = await startUp(page.dir, page.ready);
    rows.push(`| ${page.name} | ${kb(bytes)} | ${kb(gzip)} | ${median(times)} ms | ${Math.min(...times)}–${Math.max(...times)} ms |`);
  }
  process.stdout.write(`Chromium headless (Debian), ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${new Date().toISOString().slice(0, 10)}; median of ${runs} cold loads\n\n`);
  process.stdout.write('| page | initial JS | gzip | navigation → first usable screen | range |\n|---|---|---|---|---|\n');
  process.stdout.write(`${rows.join('\n')}\n`);
  process.stdout.write('\n| step in the standalone pane (one run) | time |\n|---|---|\n');
  process.stdout.write(`${steps.map(([name, ms]) => `| ${name} | ${ms} ms |`).join('\n')}\n`);
}

void main();
