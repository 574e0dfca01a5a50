/**
 * manifest.xml, checked offline (Microsoft's online validator is `npm run validate`, which needs
 * the network). The manifest is parsed by office-addin-manifest's own XML reader; a real
 * production build (webpack, into a temporary folder, ADDIN_URL set) provides the production
 * manifest and the files every URL must point to.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const MANIFEST = path.join(ROOT, 'manifest.xml');
const DEV_URL = 'https://localhost:3000';
const PRODUCTION_URL = 'https://ctg.example.org/indicateurs';
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** xml2js's shape: elements as arrays, attributes under `$`, text under `_`. */
type XmlNode = { $?: Record<string, string>; _?: string; [child: string]: unknown };

/**
 * office-addin-manifest's reader, in a child Node process (its ESM-only dependencies do not load
 * in Jest's CommonJS sandbox): `readManifestFile` (what Office tooling reads) and the raw XML tree.
 */
function readManifest(file: string): { info: Record<string, unknown>; xml: XmlNode } {
  const script = `
    const { OfficeAddinManifest } = require('office-addin-manifest');
    const { ManifestHandlerXml } = require('office-addin-manifest/lib/manifestHandler/manifestHandlerXml');
    Promise.all([OfficeAddinManifest.readManifestFile(process.argv[1]), new ManifestHandlerXml(process.argv[1]).parseXmlAsync()])
      .then(([info, xml]) => process.stdout.write(JSON.stringify({ info, xml })))
      .catch((error) => { console.error(String(error)); process.exit(1); });`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script, file], { cwd: ROOT, encoding: 'utf8' }));
}

const children = (node: unknown, name: string): XmlNode[] => ((node as XmlNode | undefined)?.[name] as XmlNode[] | undefined) ?? [];
const child = (node: unknown, ...names: string[]): XmlNode | undefined => names.reduce<XmlNode | undefined>((n, name) => children(n, name)[0], node as XmlNode);
const attr = (node: XmlNode | undefined, name: string) => node?.$?.[name];
const text = (node: XmlNode | undefined) => (typeof node === 'string' ? node : node?._)?.trim();

/** Every element of the tree, with its name. */
function* walk(node: XmlNode, name = 'OfficeApp'): Generator<{ name: string; node: XmlNode }> {
  yield { name, node };
  for (const [key, value] of Object.entries(node)) {
    if (key === '$' || key === '_' || !Array.isArray(value)) continue;
    for (const item of value) if (typeof item === 'object' && item !== null) yield* walk(item as XmlNode, key);
  }
}

/** Every https URL in attributes, with the element it sits on. */
function urls(root: XmlNode): Array<{ element: string; url: string }> {
  return [...walk(root)].flatMap(({ name, node }) => Object.values(node.$ ?? {}).filter((v) => /^https?:\/\//.test(v) && !v.startsWith('http://schemas.') && !v.startsWith('http://www.w3.org')).map((url) => ({ element: name, url })));
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  if (!bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) || bytes.toString('ascii', 12, 16) !== 'IHDR') throw new Error(`${file}: not a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const dev = readManifest(MANIFEST);
const root = dev.xml.OfficeApp as XmlNode;

let built: string;
let production: { info: Record<string, unknown>; xml: XmlNode };

beforeAll(() => {
  built = fs.mkdtempSync(path.join(os.tmpdir(), 'ctg-build-'));
  execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production', '--output-path', built], {
    cwd: ROOT,
    env: { ...process.env, ADDIN_URL: PRODUCTION_URL, OFFICE_JS: '' },
    stdio: 'pipe',
  });
  production = readManifest(path.join(built, 'manifest.xml'));
}, 180_000);

afterAll(() => {
  if (built) fs.rmSync(built, { recursive: true, force: true });
});

describe('manifest.xml', () => {
  it('is read by office-addin-manifest as an Excel task pane add-in', () => {
    expect(dev.info).toMatchObject({ officeAppType: 'TaskPaneApp', hosts: ['Workbook'], defaultSettings: { sourceLocation: `${DEV_URL}/taskpane.html` } });
    expect(dev.info.id).toBe(text(child(root, 'Id')));
  });

  it('has a GUID id, a four-part version and a provider', () => {
    expect(text(child(root, 'Id'))).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(text(child(root, 'Version'))).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(text(child(root, 'ProviderName'))).toBe('CTG Indicateurs');
  });

  it('is French by default, with an English override of every displayed string, and no other locale', () => {
    expect(text(child(root, 'DefaultLocale'))).toBe('fr-FR');
    const localized = [child(root, 'DisplayName'), child(root, 'Description'), ...[...walk(root)].filter((e) => e.name === 'bt:String').map((e) => e.node)];
    expect(localized.length).toBeGreaterThanOrEqual(7);
    for (const element of localized) {
      const overrides = [...children(element, 'Override'), ...children(element, 'bt:Override')];
      expect({ default: attr(element, 'DefaultValue'), locales: overrides.map((o) => attr(o, 'Locale')) }).toEqual({ default: expect.any(String), locales: ['en-US'] });
      expect(attr(overrides[0], 'Value')).toBeTruthy();
    }
    expect(attr(child(root, 'DisplayName'), 'DefaultValue')).toBe('CTG Indicateurs');
  });

  it('requires ExcelApi 1.8 and nothing more (later sets are detected at run time)', () => {
    const sets = children(child(root, 'Requirements', 'Sets'), 'Set');
    expect(sets.map((s) => s.$)).toEqual([{ Name: 'ExcelApi', MinVersion: '1.8' }]);
    expect([...walk(root)].filter((e) => e.name === 'Set' || e.name === 'bt:Set')).toHaveLength(1);
  });

  it('asks for the least permission it needs (writing into the workbook), and no AppDomains', () => {
    expect(text(child(root, 'Permissions'))).toBe('ReadWriteDocument');
    expect(child(root, 'AppDomains')).toBeUndefined();
  });

  it('puts a « CTG Indicateurs » button on the Home tab that opens the task pane', () => {
    const host = child(root, 'VersionOverrides', 'Hosts', 'Host');
    const surface = children(child(host, 'DesktopFormFactor'), 'ExtensionPoint').find((e) => attr(e, 'xsi:type') === 'PrimaryCommandSurface');
    const tab = child(surface, 'OfficeTab');
    expect(attr(tab, 'id')).toBe('TabHome');
    const control = child(tab, 'Group', 'Control');
    expect(attr(control, 'xsi:type')).toBe('Button');
    const action = child(control, 'Action');
    expect(attr(action, 'xsi:type')).toBe('ShowTaskpane');
    const strings = new Map([...walk(root)].filter((e) => e.name === 'bt:String').map((e) => [attr(e.node, 'id'), attr(e.node, 'DefaultValue')]));
    expect(strings.get(attr(child(control, 'Label'), 'resid'))).toBe('CTG Indicateurs');
    const links = new Map([...walk(root)].filter((e) => e.name === 'bt:Url').map((e) => [attr(e.node, 'id'), attr(e.node, 'DefaultValue')]));
    expect(links.get(attr(child(action, 'SourceLocation'), 'resid'))).toBe(`${DEV_URL}/taskpane.html`);
  });

  it('defines every resource it refers to', () => {
    const defined = new Set([...walk(root)].filter((e) => ['bt:Image', 'bt:Url', 'bt:String'].includes(e.name)).map((e) => attr(e.node, 'id')));
    const used = [...walk(root)].map((e) => attr(e.node, 'resid')).filter((id): id is string => id !== undefined);
    expect(used.length).toBeGreaterThan(5);
    expect(used.filter((id) => !defined.has(id))).toEqual([]);
  });

  it('uses https://localhost:3000 for every add-in URL, replaced by ADDIN_URL in the production copy', () => {
    const devUrls = urls(root);
    expect(devUrls.length).toBeGreaterThan(5);
    for (const { url } of devUrls) expect(url.startsWith(`${DEV_URL}/`)).toBe(true);
    const productionUrls = urls(production.xml.OfficeApp as XmlNode);
    expect(productionUrls).toEqual(devUrls.map(({ element, url }) => ({ element, url: url.replace(DEV_URL, PRODUCTION_URL) })));
    expect(fs.readFileSync(path.join(built, 'manifest.xml'), 'utf8')).not.toContain('localhost');
    expect(production.info.id).toBe(dev.info.id);
  });

  it('points every production URL at a file of the build', () => {
    for (const { url } of urls(production.xml.OfficeApp as XmlNode)) {
      const file = path.join(built, url.slice(PRODUCTION_URL.length + 1));
      expect({ url, exists: fs.existsSync(file) }).toEqual({ url, exists: true });
    }
  });

  it('has icons of every required size, each of the pixel size it is declared with', () => {
    const images = new Map([...walk(root)].filter((e) => e.name === 'bt:Image' && attr(e.node, 'id') !== undefined).map((e) => [attr(e.node, 'id')!, attr(e.node, 'DefaultValue')!]));
    const file = (url: string) => path.join(built, url.slice(DEV_URL.length + 1));
    const uses = [...walk(root)].filter((e) => e.name === 'bt:Image' && attr(e.node, 'size') !== undefined).map((e) => ({ size: Number(attr(e.node, 'size')), url: images.get(attr(e.node, 'resid')!)! }));
    // Ribbon buttons: 16, 32 and 80 px are required (Microsoft's add-in command requirements).
    expect(new Set(uses.map((u) => u.size))).toEqual(new Set([16, 32, 64, 80]));
    for (const { size, url } of uses) expect({ url, size: pngSize(file(url)) }).toEqual({ url, size: { width: size, height: size } });
    expect(pngSize(file(attr(child(root, 'IconUrl'), 'DefaultValue')!))).toEqual({ width: 64, height: 64 });
    expect(pngSize(file(attr(child(root, 'HighResolutionIconUrl'), 'DefaultValue')!))).toEqual({ width: 128, height: 128 });
  });
});

describe('the production build', () => {
  it('loads office.js from Microsoft’s CDN, and ships no local copy', () => {
    const html = fs.readFileSync(path.join(built, 'taskpane.html'), 'utf8');
    const sources = [...html.matchAll(/\b(?:src|href)="?([^"\s>]+)/g)].map((m) => m[1]!);
    expect(sources).toContain(OFFICE_JS_CDN);
    expect(fs.existsSync(path.join(built, 'office'))).toBe(false);
    // Everything else the page loads is in the build.
    const local = sources.filter((s) => !s.startsWith('https://')).map((s) => s.replace(/\?.*$/, ''));
    expect(local).toEqual(expect.arrayContaining(['taskpane.js', 'assets/icon-32.png']));
    for (const file of local) expect({ file, exists: fs.existsSync(path.join(built, file)) }).toEqual({ file, exists: true });
  });

  type Config = { plugins: Array<{ userOptions?: { templateParameters?: { officeJsUrl?: string } }; patterns?: Array<{ from: string; context?: string }> }> };
  const config = async (mode: 'production' | 'development', env: Record<string, string>): Promise<Config> => {
    const saved = { ...process.env };
    Object.assign(process.env, env);
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      return await (require(path.join(ROOT, 'webpack.config.js')) as (env: object, argv: object) => Promise<Config>)({}, { mode });
    } finally {
      process.env = saved;
    }
  };

  it.each([
    ['production', {}, OFFICE_JS_CDN],
    ['production', { OFFICE_JS: 'local' }, 'office/office.js'],
    ['development', {}, 'office/office.js'],
  ] as const)('%s build with %j loads office.js from %s, and copies what it needs', async (mode, env, expected) => {
    const built = await config(mode, { ADDIN_URL: PRODUCTION_URL, OFFICE_JS: '', ...env });
    expect(built.plugins[0]!.userOptions!.templateParameters!.officeJsUrl).toBe(expected);
    const copied = built.plugins[1]!.patterns!.filter((p) => p.context !== undefined);
    if (expected === OFFICE_JS_CDN) expect(copied).toEqual([]);
    else {
      expect(copied.map((p) => p.from)).toEqual(['office.js', 'o15apptofilemappingtable.js', 'es6-promise.js', 'excel-*.js', 'en-us/*.js', 'fr-fr/*.js']);
      for (const name of ['office.js', 'o15apptofilemappingtable.js', 'es6-promise.js']) expect(fs.existsSync(path.join(copied[0]!.context!, name))).toBe(true);
    }
  });

  it.each(['http://ctg.example.org', 'https://ctg.example.org/?x=1', 'pas une adresse'])('refuses ADDIN_URL=%s', async (url) => {
    await expect(config('production', { ADDIN_URL: url })).rejects.toThrow(/ADDIN_URL/);
  });

  it('`npm run validate` runs Microsoft’s validator on the manifest (needs the network, not part of npm test)', () => {
    const scripts = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;
    expect(scripts.validate).toBe('office-addin-manifest validate manifest.xml');
    expect(scripts.test).not.toContain('validate');
  });
});
