/**
 * Runs before the pane's bundle, in the oldest syntax (ES5: `var`, `function`, no arrow, no
 * template): Excel 2019 and earlier volume-licensed installs show add-ins in the IE11 or EdgeHTML
 * webview, which cannot parse the bundle (`??=`, `?.`; Fluent UI v9 supports neither), so the pane
 * would stay blank. Here such a webview is recognised and the adviser told, in French, which Excel
 * versions the add-in supports and that the standalone page does everything meanwhile. In a current
 * webview this script does nothing. test/taskpane/bootstrap.test.ts holds it to ES5.
 */
/* eslint-disable no-var -- ES5 on purpose: `let` and `const` do not parse everywhere this must run. */
import words from '../../i18n/pane/oldWebview.json';
import { unsupportedWebviewId } from './unsupportedMarker';

export type BootstrapScope = {
  document: Document;
  navigator: { userAgent: string };
  location: { href: string };
  Function: FunctionConstructor;
  Object: ObjectConstructor;
};

/** IE11 (« Trident/ ») and EdgeHTML (« Edge/ »; Chromium Edge says « Edg/ »). */
var oldEngine = /Trident\/|MSIE |\bEdge\/\d/;

/** Whether the pane's bundle can run here: its newest syntax parses, on an engine we know. */
export function canRunPane(scope: BootstrapScope): boolean {
  if (oldEngine.test(scope.navigator.userAgent)) return false;
  try {
    // A constant probe of the syntax the bundle uses, never any outside text.
    var probe = new scope.Function('var o = {}; o.a ??= 1; return o?.a === 1;') as () => unknown;
    return probe() === true;
  } catch (error) {
    if (error instanceof SyntaxError) return false;
    // Evaluation forbidden (a content security policy): judge by a library of the same age.
    return typeof (scope.Object as { fromEntries?: unknown }).fromEntries === 'function';
  }
}

function paragraph(document: Document, text: string, tag?: string): HTMLElement {
  var element = document.createElement(tag || 'p');
  element.appendChild(document.createTextNode(text));
  return element;
}

/** The page's own address, without its query: the standalone page. */
function standaloneAddress(href: string): string {
  var end = href.search(/[?#]/);
  return end < 0 ? href : href.substring(0, end);
}

export function showOldWebview(scope: BootstrapScope): void {
  var document = scope.document;
  var fr = words.fr;
  var root = document.getElementById('root') || document.body;
  var box = document.createElement('div');
  box.id = unsupportedWebviewId;
  box.setAttribute('role', 'alert');
  box.style.fontFamily = 'Segoe UI, Arial, sans-serif';
  box.style.padding = '12px';
  var title = paragraph(document, fr.title, 'h1');
  title.style.fontSize = '18px';
  box.appendChild(title);
  box.appendChild(paragraph(document, fr.engine));
  box.appendChild(paragraph(document, fr.supported));
  box.appendChild(paragraph(document, fr.meanwhile));
  var address = paragraph(document, standaloneAddress(scope.location.href));
  address.style.wordBreak = 'break-all';
  address.style.fontWeight = 'bold';
  box.appendChild(address);
  box.appendChild(paragraph(document, fr.contact));
  root.appendChild(box);
}

if (typeof window !== 'undefined' && !canRunPane(window)) showOldWebview(window);
