/**
 * `npm run bench:pane`: the task pane's start-up in headless Chromium (Debian's), next to a minimal
 * Fluent UI page built by the same toolchain. For each: the initial JavaScript (bytes and gzip,
 * office.js excepted) and the time from navigation to the first usable screen — the step tabs of
 * the pane (plan loaded), the button of the minimal page — median of N loads, each in a fresh
 * browser context (cold cache). Benchmarks, not timed tests: nothing fails.
 *
 * `npm run bench:pane -- [--runs=N]` (default 7).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
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

async function main(): Promise<void> {
  const pages = [
    { name: 'Volet CTG (autonome, plan intégré chargé)', dir: buildPane(), ready: `[...document.querySelectorAll('[role=tab]')].some((t) => t.textContent.startsWith('Générer'))` },
    { name: 'Page Fluent minimale', dir: buildMinimal(), ready: `[...document.querySelectorAll('button')].some((b) => b.textContent === 'Prêt')` },
  ];
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
}

void main();
