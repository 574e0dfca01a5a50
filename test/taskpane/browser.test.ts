/**
 * The built task pane in real Chromium (Debian's, driven by playwright-core), outside Excel: it
 * loads the local office.js, says it runs standalone, and asks nothing of any other host — no data
 * leaves the machine (convention, article 7).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

const root = join(__dirname, '..', '..');
const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.png': 'image/png', '.xml': 'text/xml' };

let built: string;
let server: Server;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  built = mkdtempSync(join(tmpdir(), 'ctg-pane-'));
  execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production', '--output-path', built], {
    cwd: root,
    env: { ...process.env, OFFICE_JS: 'local' },
    stdio: 'pipe',
  });
  server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    try {
      const body = readFileSync(join(built, path));
      response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  if (built) rmSync(built, { recursive: true, force: true });
});

it('renders in French, says it runs outside Excel, and only ever talks to its own host', async () => {
  const page = await browser.newPage();
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(`${origin}/taskpane.html`);
  await page.getByRole('heading', { name: 'CTG Indicateurs' }).waitFor();
  await page.getByRole('status').getByText('Mode autonome (hors Excel)').waitFor({ timeout: 20_000 });
  expect(await page.locator('html').getAttribute('lang')).toMatch(/^fr/);
  // Outside Excel there is no workbook to write to: no action button.
  expect(await page.getByRole('button', { name: /Écrire les feuilles du plan/ }).count()).toBe(0);
  expect(requested.length).toBeGreaterThan(0);
  expect(requested.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([]);
  await page.close();
}, 60_000);
