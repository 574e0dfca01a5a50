/**
 * Names of the annotated copies, one per file checked, all distinct: two returns of the same name
 * from different folders (« janvier/retour.xlsx », « mars/retour.xlsx ») would otherwise give the
 * same copy, and one would overwrite the other. Deterministic — the same inputs give the same
 * names — so that the adviser finds each copy again.
 */
import { baseName } from '../returns/fileName';

/**
 * File systems count a name in bytes (255 at most); the name of a copy is kept well under it, so
 * that a return named with 250 characters still gets a copy.
 */
const maxNameBytes = 200;
/** A folder name added to tell two copies apart is cut to this. */
const maxFolderBytes = 60;

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

/** The longest start of `text` (whole characters) that fits in `max` UTF-8 bytes. */
function withinBytes(text: string, max: number): string {
  if (utf8Length(text) <= max) return text;
  let out = '';
  for (const char of text) {
    if (utf8Length(out + char) > max) break;
    out += char;
  }
  return out;
}

function stemOf(path: string): string {
  return baseName(path).replace(/\.[A-Za-z0-9]{1,5}$/, '');
}

/** The folder a file is in, by its last segment; '' when the path names none. */
function parentOf(path: string): string {
  const parts = path.split(/[\\/]/).filter((p) => p !== '' && p !== '.');
  return parts.length >= 2 ? (parts[parts.length - 2] as string) : '';
}

/** `<stem>[_<folder>]_controle[-n].xlsx`, the stem shortened so that the whole stays within the bound. */
function nameOf(stem: string, folder = '', n = 1): string {
  const extra = folder === '' ? '' : `_${withinBytes(folder, maxFolderBytes)}`;
  const end = `_controle${n > 1 ? `-${n}` : ''}.xlsx`;
  return `${withinBytes(stem, maxNameBytes - utf8Length(extra) - utf8Length(end))}${extra}${end}`;
}

/** `…_Digne-les-Bains.xlsx` → `…_Digne-les-Bains_controle.xlsx` (shortened if needed). */
export function annotatedFileName(fileName: string): string {
  return nameOf(stemOf(fileName));
}

/**
 * One name per path, in order. A name shared by several files gets the folder each comes from
 * (`retour_janvier_controle.xlsx`); a name still taken, or in `avoid` (the files being checked
 * that sit in the folder of the copies), gets a number (`retour_controle-2.xlsx`). Compared without
 * case, as Windows and macOS file systems do.
 */
export function annotatedFileNames(paths: readonly string[], avoid: ReadonlySet<string> = new Set()): string[] {
  const plain = paths.map(annotatedFileName);
  const count = new Map<string, number>();
  for (const name of plain) count.set(name.toLowerCase(), (count.get(name.toLowerCase()) ?? 0) + 1);
  const used = new Set([...avoid].map((n) => n.toLowerCase()));
  return paths.map((path, i) => {
    const shared = (count.get(plain[i]!.toLowerCase()) ?? 0) > 1;
    const folder = shared ? parentOf(path) : '';
    let name = nameOf(stemOf(path), folder);
    for (let n = 2; used.has(name.toLowerCase()); n++) name = nameOf(stemOf(path), folder, n);
    used.add(name.toLowerCase());
    return name;
  });
}
