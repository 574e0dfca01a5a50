/**
 * A return's package made loadable by ExcelJS, for the annotated copy only (annotate.ts): the
 * bytes of a file `readGrids` accepted (so the guards' caps on size, entry count and inflated
 * sizes hold) → the bytes ExcelJS is given. The input is never modified; when nothing needs a
 * change the same bytes are handed back.
 *
 * ExcelJS 4.4 finds parts by their names and relationship targets by their literal text, which
 * valid files written by other clients break:
 * - an absolute target (`Target="/xl/comments/comment1.xml"`, as openpyxl writes; ECMA-376
 *   Part 2 (OPC) §9.3 allows it) is not found (« Cannot read properties of undefined (reading
 *   'comments') »). Every internal target of every relationships part is resolved per OPC (an
 *   absolute one against the package root, a relative one against the folder of the rels'
 *   source part) and written again relative to that folder, in its shortest form;
 * - comments and their VML drawings are read only from `xl/commentsN.xml` and
 *   `xl/drawings/vmlDrawingN.vml` (openpyxl writes `xl/comments/comment1.xml` and
 *   `xl/drawings/commentsDrawing1.vml`): such parts are renamed, and the targets with them;
 * - a comment's text as one plain string (`<text><t>…</t></text>`, openpyxl again; CT_Rst allows
 *   it) is read as an empty note: the string is written as the one run ExcelJS reads
 *   (`<text><r><t>…</t></r></text>`);
 * - a DOCTYPE (with an entity used in the text) in a `docProps/` part makes its parser fail: the
 *   document properties are never needed for the copy (ExcelJS writes its own), so a docProps
 *   part holding a DOCTYPE is dropped, with the relationships to it.
 *
 * [Content_Types].xml is left as it is: ExcelJS does not read it and writes its own.
 */
import JSZip from 'jszip';
import { escapeXml } from './charts';
import { END, OPEN, XmlReader } from './xml';

/** A relationships part larger than this is left as it is (ExcelJS then reads it as written). */
export const maxRelsChars = 2_000_000;

type Relationship = { id?: string; type?: string; target?: string; mode?: string };

const relsPart = /(^|\/)_rels\/[^/]*\.rels$/;
const external = (r: Relationship) => r.mode === 'External';

/** Parts ExcelJS finds by name, by relationship type: where it looks, and the name to give otherwise. */
const byName = [
  { type: /\/comments$/, canonical: /^xl\/comments\d+\.xml$/, name: (n: number) => `xl/comments${n}.xml` },
  { type: /\/vmlDrawing$/, canonical: /^xl\/drawings\/vmlDrawing\d+\.vml$/, name: (n: number) => `xl/drawings/vmlDrawing${n}.vml` },
];

/**
 * A comment's plain text (CT_Rst's `t`) as one run (its `r`), the only form ExcelJS reads. Linear
 * in the text: no pattern runs past the next « < » (a `t` holding a CDATA section is left as is).
 */
export function commentTextAsRun(xml: string): string {
  return xml.replace(/<text>(\s*)<t(\s[^<>]*)?(\/>|>([^<]*)<\/t>)/g, (_m, space: string, attrs: string | undefined, end: string, text: string | undefined) =>
    end === '/>' ? `<text>${space}<r><t${attrs ?? ''}/></r>` : `<text>${space}<r><t${attrs ?? ''}>${text ?? ''}</t></r>`,
  );
}

/** `xl/worksheets/_rels/sheet1.xml.rels` → `xl/worksheets/sheet1.xml`; `_rels/.rels` → `` (the package). */
export function sourceOfRels(part: string): string {
  const at = part.lastIndexOf('_rels/');
  return part.slice(0, at) + part.slice(at + '_rels/'.length, -'.rels'.length);
}

/** The rels part of a source part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relsOf(source: string): string {
  const slash = source.lastIndexOf('/');
  return `${source.slice(0, slash + 1)}_rels/${source.slice(slash + 1)}.rels`;
}

const folderOf = (part: string) => part.slice(0, part.lastIndexOf('/') + 1);

/**
 * The part name (no leading « / ») an internal target names, per OPC: an absolute target from the
 * package root, a relative one from the source part's folder; « . » and « .. » segments resolved
 * (never above the root, as RFC 3986 does). Query and fragment are not part names: cut off.
 */
export function resolveTarget(sourceFolder: string, target: string): string {
  const path = target.replace(/[?#].*$/s, '');
  const segments = (path.startsWith('/') ? path : sourceFolder + path).split('/');
  const out: string[] = [];
  segments.forEach((segment, i) => {
    if (segment === '..') out.pop();
    else if (segment !== '.' && (segment !== '' || i === segments.length - 1)) out.push(segment);
  });
  return out.join('/');
}

/** `part` written relative to `folder` (`xl/worksheets/`, `xl/comments1.xml` → `../comments1.xml`). */
export function relativeTarget(folder: string, part: string): string {
  const from = folder.split('/').filter((s) => s !== '');
  const to = part.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

function readRels(xml: string): Relationship[] | undefined {
  if (xml.length > maxRelsChars) return undefined;
  const relationships: Relationship[] = [];
  try {
    const reader = new XmlReader(xml);
    for (let token = reader.next(); token !== END; token = reader.next()) {
      if (token !== OPEN || (reader.depth === 1 && reader.name === 'Relationships')) continue;
      if (reader.name !== 'Relationship' || reader.depth !== 2) return undefined;
      relationships.push({ id: reader.attr('Id'), type: reader.attr('Type'), target: reader.attr('Target'), mode: reader.attr('TargetMode') });
      reader.skipElement();
    }
  } catch {
    // A DOCTYPE, an unknown entity, broken XML: left as written, for ExcelJS to take or refuse.
    return undefined;
  }
  return relationships;
}

function writeRels(relationships: readonly Relationship[]): string {
  const attr = (name: string, value: string | undefined) => (value === undefined ? '' : ` ${name}="${escapeXml(value)}"`);
  const items = relationships.map((r) => `<Relationship${attr('Id', r.id)}${attr('Type', r.type)}${attr('Target', r.target)}${attr('TargetMode', r.mode)}/>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join('')}</Relationships>`;
}

export async function packageForExcelJs(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  // ExcelJS drops a leading « / » from entry names; part names here are without it too.
  const entries = new Map<string, JSZip.JSZipObject>();
  for (const entry of Object.values(zip.files)) if (!entry.dir) entries.set(entry.name.replace(/^\/+/, ''), entry);
  let changed = false;

  const dropped = new Set<string>();
  for (const [name, entry] of entries) {
    if (!/^docProps\/[^/]+\.xml$/.test(name)) continue;
    if (/<!DOCTYPE/i.test(await entry.async('string'))) dropped.add(name);
  }

  const rels = new Map<string, Relationship[] | undefined>();
  for (const [name, entry] of entries) if (relsPart.test(name)) rels.set(name, readRels(await entry.async('string')));

  // Parts ExcelJS would look for under another name, and the free numbers for their new names.
  const renamed = new Map<string, string>();
  const comments = new Set<string>();
  const next = new Map<(typeof byName)[number], number>();
  for (const [name, relationships] of rels) {
    const folder = folderOf(sourceOfRels(name));
    for (const r of relationships ?? []) {
      if (external(r) || r.target === undefined || r.type === undefined) continue;
      const part = resolveTarget(folder, r.target);
      if (byName[0]!.type.test(r.type) && entries.has(part)) comments.add(part);
      const kind = byName.find((k) => k.type.test(r.type!));
      if (kind === undefined || kind.canonical.test(part) || !entries.has(part) || renamed.has(part)) continue;
      // One counter per kind: at most one step per entry of the zip (capped by the guards).
      let n = next.get(kind) ?? 1;
      while (entries.has(kind.name(n))) n++;
      next.set(kind, n + 1);
      renamed.set(part, kind.name(n));
    }
  }
  const newName = (part: string) => renamed.get(part) ?? part;

  for (const [name, relationships] of rels) {
    const source = sourceOfRels(name);
    const target = renamed.has(source) ? relsOf(newName(source)) : name;
    if (relationships === undefined) {
      // Left as written; it still follows its part if that part was renamed.
      if (target !== name) {
        zip.file(target, await entries.get(name)!.async('uint8array'));
        zip.remove(entries.get(name)!.name);
        changed = true;
      }
      continue;
    }
    const folder = folderOf(source);
    const newFolder = folderOf(newName(source));
    const rewritten = relationships.flatMap((r): Relationship[] => {
      if (external(r) || r.target === undefined) return [r];
      const part = resolveTarget(folder, r.target);
      if (dropped.has(part)) return [];
      return [{ ...r, target: relativeTarget(newFolder, newName(part)) }];
    });
    const same = rewritten.length === relationships.length && rewritten.every((r, i) => r.target === relationships[i]!.target);
    if (target === name && same) continue;
    zip.remove(entries.get(name)!.name);
    zip.file(target, writeRels(rewritten));
    changed = true;
  }
  for (const part of comments) {
    const xml = await entries.get(part)!.async('string');
    const runs = commentTextAsRun(xml);
    if (runs === xml) continue;
    zip.file(entries.get(part)!.name, runs);
    changed = true;
  }
  for (const [from, to] of renamed) {
    const entry = zip.file(entries.get(from)!.name)!;
    zip.file(to, await entry.async('uint8array'));
    zip.remove(entry.name);
    changed = true;
  }
  for (const name of dropped) {
    zip.remove(entries.get(name)!.name);
    changed = true;
  }
  // Stored, not deflated: ExcelJS inflates it again at once; the sizes are those the guards allowed.
  return changed ? zip.generateAsync({ type: 'uint8array', compression: 'STORE' }) : bytes;
}
