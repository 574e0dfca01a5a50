/**
 * @jest-environment node
 *
 * The bootstrap that runs before the pane's bundle (src/taskpane/bootstrap/oldWebview.ts): held to
 * ES5 (esbuild refuses to bundle newer syntax for `es5`, acorn parses the result as ES5), then run
 * in jsdom pages that play the webviews Excel uses: IE11 and EdgeHTML (Excel 2019 and earlier), a
 * webview without the bundle's syntax, and current ones, where it must do nothing.
 */
import { Parser } from 'acorn';
import { buildSync } from 'esbuild';
import { JSDOM, ResourceLoader } from 'jsdom';

const entry = 'src/taskpane/bootstrap/oldWebview.ts';
/** Bundled for es5: esbuild refuses `let`, `const` and the newer syntax it cannot lower. */
const forEs5 = () => buildSync({ entryPoints: [entry], bundle: true, format: 'iife', target: 'es5', write: false, logLevel: 'silent' }).outputFiles[0]!.text;
/** Bundled without lowering anything (webpack does not either): the source's own syntax. */
const script = buildSync({ entryPoints: [entry], bundle: true, format: 'iife', target: 'esnext', supported: { arrow: false }, write: false, logLevel: 'silent' }).outputFiles[0]!.text;

const userAgents = {
  ie11: 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko',
  edgeHtml: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045',
  webView2: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
  chrome: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
};

type Engine = 'as is' | 'no new syntax' | 'no eval' | 'no eval, old library';

/** The page as served (?_host_Info… as Office adds it), the bootstrap run in it. */
function pageIn(userAgent: string, engine: Engine): JSDOM {
  const dom = new JSDOM('<!doctype html><html><body><div id="root"></div></body></html>', {
    url: 'https://ctg.exemple.caf.fr/indicateurs/taskpane.html?_host_Info=Excel$Win32$16.01$fr-FR',
    resources: new ResourceLoader({ userAgent }),
    runScripts: 'outside-only',
  });
  const window = dom.window as unknown as Record<string, unknown> & { eval(code: string): unknown; SyntaxError: SyntaxErrorConstructor; EvalError: EvalErrorConstructor; Object: { fromEntries?: unknown } };
  if (engine === 'no new syntax') {
    window.Function = function () {
      throw new window.SyntaxError('Expected identifier');
    };
  }
  if (engine === 'no eval' || engine === 'no eval, old library') {
    window.Function = function () {
      throw new window.EvalError('Refused to evaluate a string as JavaScript');
    };
  }
  if (engine === 'no eval, old library') delete window.Object.fromEntries;
  window.eval(script);
  return dom;
}

it('plays the user agent it is given', () => {
  expect(pageIn(userAgents.ie11, 'as is').window.navigator.userAgent).toBe(userAgents.ie11);
});

const alertOf = (dom: JSDOM) => dom.window.document.querySelector('#root [role="alert"]');

it('is ES5: its own syntax parses as ECMAScript 5, and it bundles for es5', () => {
  expect(() => Parser.parse(script, { ecmaVersion: 5 })).not.toThrow();
  expect(() => Parser.parse(forEs5(), { ecmaVersion: 5 })).not.toThrow();
  // The probe really holds the syntax IE11 and EdgeHTML refuse, so the check above proves something.
  expect(script).toContain('??=');
  expect(() => Parser.parse('var o = {}; o.a ??= 1;', { ecmaVersion: 5 })).toThrow();
});

it.each([
  ['IE11 (Excel 2016, 2019 volume licence)', userAgents.ie11, 'as is'],
  ['EdgeHTML (Excel 2019 on Windows 10)', userAgents.edgeHtml, 'as is'],
  ['a webview without ??= and ?.', userAgents.chrome, 'no new syntax'],
  ['a webview that forbids eval and lacks the library of that age', userAgents.chrome, 'no eval, old library'],
] as const)('in %s it says which Excel versions work and where the standalone page is', (_label, userAgent, engine) => {
  const alert = alertOf(pageIn(userAgent, engine));
  expect(alert).not.toBeNull();
  expect(alert!.id).toBe('ctg-unsupported-webview');
  const text = alert!.textContent ?? '';
  expect(alert!.querySelector('h1')?.textContent).toBe('CTG Indicateurs ne peut pas s’ouvrir dans cette version d’Excel');
  for (const expected of ['Microsoft 365', 'Excel 2021 et plus récent', 'Excel sur le web', 'Excel 2019', 'page autonome', 'navigateur récent']) expect(text).toContain(expected);
  // The address to open in a browser: the page itself, without what Office appended.
  expect([...alert!.querySelectorAll('p')].map((p) => p.textContent)).toContain('https://ctg.exemple.caf.fr/indicateurs/taskpane.html');
});

it.each([
  ['WebView2 (Microsoft 365, Excel 2021)', userAgents.webView2, 'as is'],
  ['a current browser (the standalone page)', userAgents.chrome, 'as is'],
  ['a current webview that forbids eval', userAgents.webView2, 'no eval'],
] as const)('in %s it does nothing: the pane starts', (_label, userAgent, engine) => {
  const dom = pageIn(userAgent, engine);
  expect(dom.window.document.getElementById('root')!.childNodes).toHaveLength(0);
});
