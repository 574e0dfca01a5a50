// architecture/no-import-cycle: no module reaches itself through its imports, type-only ones included.
//
// Why not import-x/no-cycle alone: it skips every `import type` edge by design (its rule source
// returns early on `importKind === 'type'`), and the four cycles issue 13 found all ran through one,
// e.g. guards.ts → messages.ts (to word an issue) → guards.ts (for the type). A type-only
// cycle costs nothing at run time, but it still ties two files into one concept that no order can
// place, so it is refused like the others.
//
// How: the linted file's imports come from its AST (the text being linted, which may differ from
// the disk); every other module's imports from the disk, read once per ESLint process with
// TypeScript's preProcessFile (static, type-only, re-exports and dynamic import()). Only relative
// specifiers are followed: packages cannot import our files back.
// The disk is read once per process: a long-running ESLint (an editor's) sees a changed file's
// imports after a restart, `npm run lint` always sees the files as they are.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.mjs', '.cjs'];

/** The file a relative specifier names, as TypeScript and Node resolve it; null when none. */
function resolveRelative(fromFile, specifier) {
  if (!specifier.startsWith('.')) return null;
  const base = path.resolve(path.dirname(fromFile), specifier);
  const candidates = [
    base,
    ...EXTENSIONS.map((ext) => base + ext),
    ...EXTENSIONS.map((ext) => path.join(base, `index${ext}`)),
    // `./x.js` written for a `./x.ts` source (ES module style)
    ...(/\.[cm]?js$/.test(base) ? ['.ts', '.tsx'].map((ext) => base.replace(/\.[cm]?js$/, ext)) : []),
  ];
  return candidates.find((file) => isFile(file)) ?? null;
}

const fileCache = new Map();
function isFile(file) {
  if (!fileCache.has(file)) {
    let result = false;
    try {
      result = fs.statSync(file).isFile();
    } catch {
      result = false;
    }
    fileCache.set(file, result);
  }
  return fileCache.get(file);
}

const importsCache = new Map();
/** The project files a file on disk imports (cached for the ESLint process). */
function importsOnDisk(file) {
  let imports = importsCache.get(file);
  if (!imports) {
    const text = fs.readFileSync(file, 'utf8');
    const { importedFiles } = ts.preProcessFile(text, true, true);
    imports = importedFiles.map((f) => resolveRelative(file, f.fileName)).filter((f) => f !== null);
    importsCache.set(file, imports);
  }
  return imports;
}

/** A shortest import path from `start` back to `target` (both included), or null. */
function pathBack(start, target) {
  const previous = new Map([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.shift();
    for (const next of importsOnDisk(file)) {
      if (next === target) {
        const route = [target, file];
        for (let f = previous.get(file); f !== null; f = previous.get(f)) route.push(f);
        return route.reverse();
      }
      if (!previous.has(next)) {
        previous.set(next, file);
        queue.push(next);
      }
    }
  }
  return null;
}

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Refuse import cycles between modules, type-only imports included.' },
    schema: [],
    messages: {
      cycle:
        "Cycle d'imports : {{route}}. Deux modules qui s'importent l'un l'autre n'ont pas d'ordre : " +
        "déplacez ce qu'ils partagent (souvent un type) dans un module que les deux importent.",
    },
  },
  create(context) {
    const self = path.resolve(context.physicalFilename);
    const root = context.cwd;
    const check = (node) => {
      const source = node.source;
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const target = resolveRelative(self, source.value);
      if (target === null || target === self) return;
      const route = pathBack(target, self);
      if (route === null) return;
      const names = [self, ...route].map((file) => path.relative(root, file));
      context.report({ node: source, messageId: 'cycle', data: { route: names.join(' → ') } });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export default rule;
