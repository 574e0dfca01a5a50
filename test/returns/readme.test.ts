/** docs/formats.md (linked from the README) documents the JSON of `ctg validate`: every finding code with its usual severity, every field. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findingCodes, findingSeverities } from '../../src/returns';

const readme = readFileSync(join(__dirname, '..', '..', 'docs', 'formats.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Le JSON de `validate --json`'));
const rowOf = (label: string) => section.split('\n').find((line) => line.startsWith(`| ${label} |`)) ?? '';
const labels = { error: 'erreur', warning: 'avertissement', info: 'information' } as const;

describe('docs/formats.md, « Le JSON de validate --json »', () => {
  it.each(findingCodes.map((c) => [c, findingSeverities[c]] as const))('lists %s as %s', (code, severity) => {
    expect(rowOf(labels[severity]).split(' (')[0]).toContain(`\`${code}\``);
  });

  it.each(['file', 'respondent', 'status', 'findings', 'severity', 'code', 'sheet', 'cell', 'fiche', 'indicator', 'period', 'member', 'value', 'message', 'params'])('documents the field %s', (field) => {
    expect(section).toContain(`"${field}":`);
  });
});
