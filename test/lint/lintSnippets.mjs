// Lints snippets with the project's real ESLint config, as if each lived at its filePath.
// Run by test/lint/importRules.test.ts in a child process: Jest's sandbox cannot import()
// eslint.config.mjs (that needs node --experimental-vm-modules), plain Node can.
//
//   stdin:  [{ "filePath": "src/plan/x.ts", "code": "import fs from 'fs';", "typed": false }, …]
//   stdout: [{ "filePath": …, "ignored": false, "messages": [{ "ruleId", "message", "fatal" }] }, …]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

let input = '';
for await (const chunk of process.stdin) input += chunk;
const snippets = JSON.parse(input);

// A snippet may live at a path no file has (src/plan/x.ts). The type-aware rules see a `typed`
// snippet through typescript-eslint's default project (default compiler options); the others are
// linted with type information off (tseslint's disableTypeChecked), which is much faster and
// changes nothing for the import rules.
const typedEslint = new ESLint({
  cwd: root,
  overrideConfig: {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['src/*/x.ts', 'src/*/x.tsx', 'src/*/*/x.ts', 'test/*/x.test.ts'] },
      },
    },
  },
});
const untypedEslint = new ESLint({ cwd: root, overrideConfig: tseslint.configs.disableTypeChecked });
const results = [];
for (const { filePath, code, typed } of snippets) {
  const eslint = typed ? typedEslint : untypedEslint;
  const absolute = path.join(root, filePath);
  const ignored = await eslint.isPathIgnored(absolute);
  const [result] = await eslint.lintText(code, { filePath: absolute });
  results.push({
    filePath,
    ignored,
    messages: (result?.messages ?? []).map(({ ruleId, message, fatal }) => ({
      ruleId: ruleId ?? null,
      message,
      fatal: Boolean(fatal),
    })),
  });
}
process.stdout.write(JSON.stringify(results));
