/**
 * The production build of the task pane (office.js served locally, as offline), served on
 * 127.0.0.1, and Debian's Chromium driven by playwright-core (never a downloaded browser):
 * CHROMIUM_PATH names another Chromium, /usr/bin/chromium (Debian's package) otherwise.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

const root = join(__dirname, '..', '..', '..');
const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.png': 'image/png', '.xml': 'text/xml' };

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export type ServedPane = { dir: string; origin: string; browser: Browser; close: () => Promise<void> };

/** `from`: the checkout to build (another one than this, to compare: bench/pane's `--before`). */
export function buildPane(from: string = root): string {
  const dir = mkdtempSync(join(tmpdir(), 'ctg-pane-'));
  execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production', '--output-path', dir], {
    cwd: from,
    env: { ...process.env, OFFICE_JS: 'local' },
    stdio: 'pipe',
  });
  return dir;
}

/**
 * `keep`: the folder is a build made beforehand (CTG_PANE_BUILD, to run the browser tests again
 * without rebuilding): served as it is and left in place.
 */
export async function servePane(dir: string, options: { keep?: boolean } = {}): Promise<ServedPane> {
  const server: Server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    try {
      const body = readFileSync(join(dir, path));
      response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  return {
    dir,
    origin,
    browser,
    close: async () => {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
      if (options.keep !== true) rmSync(dir, { recursive: true, force: true });
    },
  };
}
