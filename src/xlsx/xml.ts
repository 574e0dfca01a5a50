/**
 * A small, strict, non-recursive pull tokenizer for the XML parts of an .xlsx (SpreadsheetML):
 * start and end tags with their attributes, and text. It knows no DTD: a DOCTYPE is refused (as
 * the guards do), and so is any entity other than the five predefined ones and character
 * references. Nothing here can expand, fetch or recurse; the work is linear in the text.
 *
 * What it gives is what saxes (the parser under ExcelJS) gives, so that the lean reader sees the
 * same names, attribute values and text as ExcelJS did: qualified names as written (no namespace
 * processing), line ends normalised to « \n », literal whitespace in attribute values turned into
 * spaces, comments and processing instructions dropped, and CDATA sections dropped too (ExcelJS
 * listens to text events only, so CDATA content never reached a cell). Well-formedness errors
 * saxes reports (unbalanced tags, undefined entities, duplicate attributes, text outside the root)
 * throw an `XmlError`; a few it reports that cannot change a value (control characters, « ]]> »
 * in text) are let through rather than checked on every character.
 */

import type { XmlProblem } from '../workbook/fileIssues';

export const END = 0;
export const OPEN = 1;
export const CLOSE = 2;
export const TEXT = 3;
export type XmlToken = typeof END | typeof OPEN | typeof CLOSE | typeof TEXT;

/** Refusals with a reason of their own (the others are « la lecture du classeur a échoué »). */
export type XmlErrorReason = 'doctype' | 'entity';

/** Longest name quoted from the text in a problem: a file's element names are the file's to choose. */
const MAX_QUOTED = 200;

export class XmlError extends Error {
  /** A DOCTYPE (refused as the guards do), or an entity XML does not predefine. */
  readonly reason?: XmlErrorReason;

  /** The problem as data (src/workbook/fileIssues.ts); `message` is its code, for debugging. */
  constructor(readonly problem: XmlProblem) {
    super(problem.problem);
    this.name = 'XmlError';
    if (problem.problem === 'doctype') this.reason = 'doctype';
    else if (problem.problem === 'entity_unknown') this.reason = 'entity';
  }
}

const cut = (text: string) => text.slice(0, MAX_QUOTED);
const unclosed = (element: string) => new XmlError({ problem: 'element_unclosed', element: cut(element) });
const inElement = (problem: 'attribute_without_value' | 'attribute_unquoted' | 'attribute_unclosed' | 'attribute_duplicate', attribute: string, element: string) =>
  new XmlError({ problem, attribute: cut(attribute), element: cut(element) });

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QUESTION = 0x3f;
const BANG = 0x21;
const EQUALS = 0x3d;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;

const isSpace = (code: number) => code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d;

export class XmlReader {
  /** After OPEN or CLOSE: the element's qualified name. */
  name = '';
  /** After TEXT: the decoded text (never empty). */
  text = '';
  private pos = 0;
  private readonly stack: string[] = [];
  private selfClosing = false;
  private rootSeen = false;
  private readonly attrNames: string[] = [];
  private readonly attrValues: string[] = [];
  private attrCount = 0;

  constructor(private readonly xml: string) {
    // A byte order mark is not text (TextDecoder drops it already; saxes skipped it too).
    if (xml.charCodeAt(0) === 0xfeff) this.pos = 1;
  }

  /** Open elements, the current one included after OPEN (not after its CLOSE). */
  get depth(): number {
    return this.stack.length;
  }

  /** After OPEN: the attribute's decoded value, by qualified name (`r:id`). */
  attr(name: string): string | undefined {
    for (let i = 0; i < this.attrCount; i++) if (this.attrNames[i] === name) return this.attrValues[i];
    return undefined;
  }

  /**
   * After OPEN of an element that never holds an element of its own name (`<row>` in a
   * worksheet): its raw inner text, unparsed, up to and including its end tag — found with one
   * `indexOf`, so that skipping a million rows past a reader's reach costs a scan, not a parse.
   * What is inside is not checked for well-formedness: it is not read.
   */
  skipRaw(): string {
    const name = this.stack[this.stack.length - 1]!;
    if (this.selfClosing) {
      this.selfClosing = false;
      this.stack.pop();
      return '';
    }
    const end = this.xml.indexOf(`</${name}>`, this.pos);
    if (end < 0) throw unclosed(name);
    const inner = this.xml.slice(this.pos, end);
    this.pos = end + name.length + 3;
    this.stack.pop();
    return inner;
  }

  /**
   * Inside an element, after OPEN of one of its children: the raw text from there to the end tag
   * of the enclosing element named `parent` (`</sheetData>`), unparsed; the reader then stands
   * after that end tag. For the rows past a reader's reach, which are scanned, never parsed.
   */
  skipRawToParentEnd(parent: string): string {
    const end = this.xml.indexOf(`</${parent}>`, this.pos);
    if (end < 0) throw unclosed(parent);
    const at = this.stack.lastIndexOf(parent);
    if (at < 0) throw new XmlError({ problem: 'end_tag_absent', element: cut(parent) });
    const inner = this.xml.slice(this.pos, end);
    this.pos = end + parent.length + 3;
    this.selfClosing = false;
    this.stack.length = at;
    return inner;
  }

  /** After OPEN: consumes everything up to and including the element's end tag. */
  skipElement(): void {
    const depth = this.stack.length;
    while (this.stack.length >= depth) if (this.next() === END) return;
  }

  next(): XmlToken {
    if (this.selfClosing) {
      // `<a/>` is reported as OPEN then CLOSE, as saxes does.
      this.selfClosing = false;
      this.stack.pop();
      return CLOSE;
    }
    const xml = this.xml;
    for (;;) {
      const start = this.pos;
      if (start >= xml.length) {
        if (this.stack.length > 0) throw unclosed(this.stack[this.stack.length - 1]!);
        if (!this.rootSeen) throw new XmlError({ problem: 'no_element' });
        return END;
      }
      if (xml.charCodeAt(start) !== LT) {
        let end = xml.indexOf('<', start);
        if (end < 0) end = xml.length;
        this.pos = end;
        if (this.stack.length === 0) {
          if (!isBlank(xml, start, end)) throw new XmlError({ problem: 'text_outside_root' });
          continue;
        }
        this.text = decodeText(xml.slice(start, end));
        return TEXT;
      }
      const second = xml.charCodeAt(start + 1);
      if (second === SLASH) return this.endTag(start);
      if (second === QUESTION) {
        this.pos = this.after('?>', start + 2, 'pi_unclosed');
        continue;
      }
      if (second === BANG) {
        this.markup(start);
        continue;
      }
      return this.startTag(start);
    }
  }

  private startTag(start: number): XmlToken {
    const xml = this.xml;
    let at = start + 1;
    const nameEnd = this.nameEnd(at);
    if (nameEnd === at) throw new XmlError({ problem: 'element_name_missing' });
    const name = xml.slice(at, nameEnd);
    at = nameEnd;
    this.attrCount = 0;
    for (;;) {
      const before = at;
      while (at < xml.length && isSpace(xml.charCodeAt(at))) at++;
      const code = xml.charCodeAt(at);
      if (code === GT) {
        at++;
        break;
      }
      if (code === SLASH && xml.charCodeAt(at + 1) === GT) {
        at += 2;
        this.selfClosing = true;
        break;
      }
      if (at >= xml.length) throw new XmlError({ problem: 'tag_unclosed', element: cut(name) });
      if (at === before) throw new XmlError({ problem: 'attribute_space_missing', element: cut(name) });
      at = this.attribute(at, name);
    }
    if (this.stack.length === 0 && this.rootSeen) throw new XmlError({ problem: 'several_roots' });
    this.rootSeen = true;
    this.stack.push(name);
    this.name = name;
    this.pos = at;
    return OPEN;
  }

  /** One `name="value"` at `at`; returns where it ends. */
  private attribute(at: number, element: string): number {
    const xml = this.xml;
    const nameEnd = this.nameEnd(at);
    if (nameEnd === at) throw new XmlError({ problem: 'attribute_unreadable', element: cut(element) });
    const name = xml.slice(at, nameEnd);
    at = nameEnd;
    while (isSpace(xml.charCodeAt(at))) at++;
    if (xml.charCodeAt(at) !== EQUALS) throw inElement('attribute_without_value', name, element);
    at++;
    while (isSpace(xml.charCodeAt(at))) at++;
    const quote = xml.charCodeAt(at);
    if (quote !== QUOTE && quote !== APOSTROPHE) throw inElement('attribute_unquoted', name, element);
    const end = xml.indexOf(quote === QUOTE ? '"' : "'", at + 1);
    if (end < 0) throw inElement('attribute_unclosed', name, element);
    for (let i = 0; i < this.attrCount; i++) if (this.attrNames[i] === name) throw inElement('attribute_duplicate', name, element);
    this.attrNames[this.attrCount] = name;
    this.attrValues[this.attrCount] = attributeValue(xml, at + 1, end, name);
    this.attrCount++;
    return end + 1;
  }

  private endTag(start: number): XmlToken {
    const xml = this.xml;
    const nameEnd = this.nameEnd(start + 2);
    const name = xml.slice(start + 2, nameEnd);
    let at = nameEnd;
    while (isSpace(xml.charCodeAt(at))) at++;
    if (xml.charCodeAt(at) !== GT) throw new XmlError({ problem: 'end_tag_malformed', element: cut(name) });
    const open = this.stack.pop();
    if (open !== name) throw new XmlError(open === undefined ? { problem: 'end_tag_unopened', element: cut(name) } : { problem: 'end_tag_mismatch', element: cut(name), open: cut(open) });
    this.name = name;
    this.pos = at + 1;
    return CLOSE;
  }

  /** `<!--…-->` and `<![CDATA[…]]>` are skipped; a DOCTYPE is refused. */
  private markup(start: number): void {
    const xml = this.xml;
    if (xml.startsWith('<!--', start)) {
      this.pos = this.after('-->', start + 4, 'comment_unclosed');
    } else if (xml.startsWith('<![CDATA[', start)) {
      if (this.stack.length === 0) throw new XmlError({ problem: 'cdata_outside_root' });
      this.pos = this.after(']]>', start + 9, 'cdata_unclosed');
    } else if (/^<!(DOCTYPE|ENTITY)/i.test(xml.slice(start, start + 9))) {
      throw new XmlError({ problem: 'doctype' });
    } else {
      throw new XmlError({ problem: 'declaration_unknown' });
    }
  }

  private after(terminator: string, from: number, problem: 'pi_unclosed' | 'comment_unclosed' | 'cdata_unclosed'): number {
    const end = this.xml.indexOf(terminator, from);
    if (end < 0) throw new XmlError({ problem });
    return end + terminator.length;
  }

  /** Names run to the first space, « / », « > », « = » or quote (XML names hold none of them). */
  private nameEnd(at: number): number {
    const xml = this.xml;
    while (at < xml.length) {
      const code = xml.charCodeAt(at);
      if (isSpace(code) || code === SLASH || code === GT || code === EQUALS || code === QUOTE || code === APOSTROPHE || code === LT) break;
      at++;
    }
    return at;
  }
}

function isBlank(xml: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpace(xml.charCodeAt(i))) return false;
  return true;
}

/** Text content: line ends normalised (before references are decoded, as XML says), then references. */
export function decodeText(raw: string): string {
  const text = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  return text.includes('&') ? decodeReferences(text) : text;
}

/**
 * The attribute value between `start` and `end`: each literal tab, line end (\r\n counts once)
 * or newline becomes a space, then references are decoded. Most values (« A1 », « 3 ») have none
 * of these: one pass over their characters finds out, without a regular expression.
 */
function attributeValue(xml: string, start: number, end: number, name: string): string {
  let plain = true;
  for (let i = start; i < end; i++) {
    const code = xml.charCodeAt(i);
    if (code === LT) throw new XmlError({ problem: 'lt_in_attribute', attribute: cut(name) });
    if (code === 0x26 || code === 0x09 || code === 0x0a || code === 0x0d) plain = false;
  }
  const raw = xml.slice(start, end);
  if (plain) return raw;
  const text = raw.replace(/\r\n|[\t\n\r]/g, ' ');
  return text.includes('&') ? decodeReferences(text) : text;
}

/**
 * XML 1.0 §4.6: the five predefined entities. A Map, never an object literal: a name such as
 * « constructor » or « __proto__ » must not find anything on Object.prototype.
 */
const predefined: ReadonlyMap<string, string> = new Map([
  ['lt', '<'],
  ['gt', '>'],
  ['amp', '&'],
  ['quot', '"'],
  ['apos', "'"],
]);

function decodeReferences(text: string): string {
  let out = '';
  let last = 0;
  for (let at = text.indexOf('&'); at >= 0; at = text.indexOf('&', last)) {
    const semicolon = text.indexOf(';', at + 1);
    if (semicolon < 0) throw new XmlError({ problem: 'ampersand_unterminated' });
    const reference = text.slice(at + 1, semicolon);
    out += text.slice(last, at) + referenceText(reference);
    last = semicolon + 1;
  }
  return out + text.slice(last);
}

function referenceText(reference: string): string {
  const named = predefined.get(reference);
  if (named !== undefined) return named;
  let code = Number.NaN;
  if (/^#x[0-9A-Fa-f]{1,6}$/.test(reference)) code = parseInt(reference.slice(2), 16);
  else if (/^#[0-9]{1,7}$/.test(reference)) code = parseInt(reference.slice(1), 10);
  else throw new XmlError({ problem: 'entity_unknown', reference: reference.slice(0, 20) });
  if (!isXmlChar(code)) throw new XmlError({ problem: 'char_reference_invalid', reference: cut(reference) });
  return String.fromCodePoint(code);
}

/** XML 1.0 `Char`: what a character reference may designate. */
function isXmlChar(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}
