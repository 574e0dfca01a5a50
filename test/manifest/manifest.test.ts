/**
 * manifest.xml, checked offline (the online validator is `npm run validate`).
 * office-addin-manifest's readManifestFile parses the XML (so a malformed file fails here);
 * the rest is read with small regular expressions on the text.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { ManifestInfo } from 'office-addin-manifest';

const ROOT = path.resolve(__dirname, '..', '..');
const MANIFEST = path.join(ROOT, 'manifest.xml');
const DEV_URL = 'https://localhost:3000';
/** Pages that webpack builds into dist/ (not in assets/). */
const BUILT_PAGES = ['taskpane.html'];

const xml = fs.readFileSync(MANIFEST, 'utf8');

/**
 * office-addin-manifest's own reader, in a child Node process: it depends on ESM-only
 * packages (strip-bom, uuid) that Jest's CommonJS sandbox cannot load; Node 20 can.
 */
function readManifestFile(file: string): ManifestInfo {
  const script =
    "require('office-addin-manifest').OfficeAddinManifest.readManifestFile(process.argv[1])" +
    '.then((info) => process.stdout.write(JSON.stringify(info)))' +
    '.catch((error) => { console.error(String(error)); process.exit(1); });';
  const out = execFileSync(process.execPath, ['-e', script, file], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(out) as ManifestInfo;
}

/** Text of the first <tag>…</tag>. */
function elementText(tag: string): string | undefined {
  return new RegExp(`<${tag}>\\s*([^<]*?)\\s*</${tag}>`).exec(xml)?.[1];
}

/** Value of attribute `attr` on the first <tag …>. */
function attribute(tag: string, attr: string): string | undefined {
  const element = new RegExp(`<${tag}\\b[^>]*>`).exec(xml)?.[0];
  return element ? new RegExp(`\\b${attr}="([^"]*)"`).exec(element)?.[1] : undefined;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature)) throw new Error(`${file}: not a PNG`);
  if (bytes.toString('ascii', 12, 16) !== 'IHDR') throw new Error(`${file}: IHDR is not the first chunk`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const devUrls = [...new Set([...xml.matchAll(/https:\/\/localhost:3000\/[^"<\s]*/g)].map((m) => m[0]))];

describe('manifest.xml', () => {
  it('is read by office-addin-manifest (offline)', () => {
    const info = readManifestFile(MANIFEST);
    expect(info.id).toBe(elementText('Id'));
    expect(info.officeAppType).toBe('TaskPaneApp');
    expect(info.hosts).toEqual(['Workbook']);
    expect(info.permissions).toBe('ReadWriteDocument');
    expect(info.defaultSettings?.sourceLocation).toBe(`${DEV_URL}/taskpane.html`);
  });

  it('has a GUID id, a four-part version, fr-FR by default and an en-US override', () => {
    expect(elementText('Id')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(elementText('Version')).toBe('1.0.0.0');
    expect(elementText('DefaultLocale')).toBe('fr-FR');
    expect(elementText('ProviderName')).toBeTruthy();
    expect(attribute('DisplayName', 'DefaultValue')).toBe('CTG Indicateurs');
    expect(xml).toMatch(/<DisplayName[^>]*>\s*<Override Locale="en-US" Value="[^"]+"\/>/);
    expect(xml).toMatch(/<Description[^>]*>\s*<Override Locale="en-US" Value="[^"]+"\/>/);
  });

  it('requires ExcelApi 1.8 at least', () => {
    const requirements = /<Requirements>([\s\S]*?)<\/Requirements>/.exec(xml)?.[1] ?? '';
    expect(requirements).toMatch(/<Set Name="ExcelApi" MinVersion="1\.8"\s*\/>/);
  });

  it('opens the task pane from a « CTG Indicateurs » button on the Home tab', () => {
    expect(xml).toMatch(/<OfficeTab id="TabHome">/);
    expect(xml).toMatch(/<Action xsi:type="ShowTaskpane">/);
    expect(xml).toMatch(/<bt:String id="Ctg\.TaskpaneButton\.Label" DefaultValue="CTG Indicateurs">/);
  });

  it('uses https://localhost:3000 for every add-in URL (replaced by ADDIN_URL at build time)', () => {
    expect(devUrls.length).toBeGreaterThan(0);
    expect(xml).not.toMatch(/http:\/\/(?!schemas\.microsoft\.com|www\.w3\.org)/);
  });

  it.each(devUrls)('%s points at a file that exists', (url) => {
    const file = url.slice(DEV_URL.length + 1);
    if (BUILT_PAGES.includes(file)) {
      // Built by webpack from its template (webpack.config.js, HtmlWebpackPlugin).
      expect(fs.existsSync(path.join(ROOT, 'src', 'taskpane', file))).toBe(true);
      expect(fs.readFileSync(path.join(ROOT, 'webpack.config.js'), 'utf8')).toContain(`filename: '${file}'`);
    } else {
      expect(file).toMatch(/^assets\//);
      expect(fs.existsSync(path.join(ROOT, file))).toBe(true);
    }
  });

  const icons = devUrls.filter((url) => /\/icon-\d+\.png$/.test(url));

  it('declares the 16, 32, 64, 80 and 128 pixel icons', () => {
    expect(icons.map((url) => Number(/icon-(\d+)\.png$/.exec(url)?.[1])).sort((a, b) => a - b)).toEqual([
      16, 32, 64, 80, 128,
    ]);
    expect(attribute('IconUrl', 'DefaultValue')).toBe(`${DEV_URL}/assets/icon-64.png`);
    expect(attribute('HighResolutionIconUrl', 'DefaultValue')).toBe(`${DEV_URL}/assets/icon-128.png`);
  });

  it.each(icons)('%s has the pixel size its name says', (url) => {
    const size = Number(/icon-(\d+)\.png$/.exec(url)?.[1]);
    expect(pngSize(path.join(ROOT, url.slice(DEV_URL.length + 1)))).toEqual({ width: size, height: size });
  });

  it('ribbon images use their declared size', () => {
    const images = new Map(
      [...xml.matchAll(/<bt:Image id="([^"]+)" DefaultValue="([^"]+)"\/>/g)].map((m) => [m[1], m[2]] as const),
    );
    const uses = [...xml.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"\/>/g)];
    expect(uses.length).toBeGreaterThan(0);
    for (const [, size, resid] of uses) {
      expect(images.get(resid ?? '')).toBe(`${DEV_URL}/assets/icon-${size}.png`);
    }
  });
});
