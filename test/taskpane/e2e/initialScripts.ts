/**
 * The JavaScript a browser must fetch before the pane can show anything: the scripts the built
 * taskpane.html loads, but office.js (Microsoft's, loaded from its CDN in production). Lazy chunks
 * (ExcelJS, the plan) are not counted: they come when an action needs them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export type ScriptSize = { file: string; bytes: number; gzip: number };

export function initialScripts(dir: string): ScriptSize[] {
  const html = readFileSync(join(dir, 'taskpane.html'), 'utf8');
  // The built page is minified: attribute values may be unquoted.
  const sources = [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]+)"|([^\s>]+))/g)].map((m) => (m[1] ?? m[2])!.split('?')[0]!);
  return sources
    .filter((src) => !/(^|\/)office\.js$/.test(src) && !/^https?:/.test(src))
    .map((file) => {
      const body = readFileSync(join(dir, file));
      return { file, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length };
    });
}
