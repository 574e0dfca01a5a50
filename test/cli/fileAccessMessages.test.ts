/**
 * Every reason a file is refused before it is read: a French message that says what and what to
 * do, an English one, and its code in the list of `params.reason` (docs/formats.md, linked from the README).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileAccessCodes, renderFileAccess, renderWriteFailure } from '../../src/i18n/fileAccess';
import { renderFinding } from '../../src/i18n/findings';
import { finding } from '../../src/returns/findings';

const readme = readFileSync(join(__dirname, '..', '..', 'docs', 'formats.md'), 'utf8');
const reasons = readme.slice(readme.indexOf('## Le JSON de `validate --json`')).split('Codes des constats')[0] ?? '';

describe.each(fileAccessCodes)('refusal %s', (code) => {
  const params = { kind: 'fifo', errno: 'EACCES', seconds: 30 };

  it('is said in French with what to do, never « undefined »', () => {
    const text = renderFileAccess(code, params);
    expect(text).toMatch(/(Déposez|Vérifiez|Renommez|Copiez|copiez)/);
    expect(text).not.toMatch(/undefined|\[object/);
  });

  it('has its own English message in a refused file’s finding', () => {
    const text = renderFinding(finding('file_refused', { file: 'x.xlsx', params: { reason: code, detail: renderFileAccess(code, params) } }), 'en');
    expect(text).not.toMatch(/^File refused \(/);
    expect(text).not.toBe(renderFileAccess(code, params));
  });

  it('is listed in docs/formats.md', () => {
    expect(reasons).toContain(`\`${code}\``);
  });
});

describe('renderWriteFailure', () => {
  it.each([
    ['ENOSPC', /disque est plein.*Libérez de la place/],
    ['EDQUOT', /disque est plein/],
    ['EACCES', /accès refusé.*Choisissez un dossier/],
    ['EROFS', /lecture seule.*Choisissez un dossier/],
    ['ENAMETOOLONG', /trop long.*plus court/],
    ['EIO', /\(EIO\).*relancez/],
  ])('says what to do for %s', (errno, message) => {
    expect(renderWriteFailure('out/c.xlsx', errno)).toMatch(message);
  });
});
