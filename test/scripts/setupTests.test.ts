/**
 * `npm test`'s pretest (scripts/setup-tests.js): on a fresh CI machine (root, Debian) it installs
 * what the tests need; elsewhere it names the packages and the command, in French, and stops.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a plain Node script, run before any build
const setup = require('../../scripts/setup-tests.js') as {
  requirements: Array<{ what: string; package: string; present: () => boolean }>;
  decide: (missing: Array<{ what: string; package: string }>, env: { root: boolean; apt: boolean }) => { kind: string; packages?: string[] };
  stopMessage: (decision: unknown) => string;
};

const chromium = setup.requirements.find((r) => r.package === 'chromium')!;
const soffice = setup.requirements.find((r) => r.package === 'libreoffice-calc-nogui')!;

describe('what is checked', () => {
  // The packages .ci/run used to install, plus poppler-utils (pdftotext) for the print checks.
  it('names the Debian packages the tests use', () => {
    expect(setup.requirements.map((r) => r.package).sort()).toEqual(['chromium', 'gnumeric', 'libreoffice-calc-nogui', 'libreoffice-writer-nogui', 'poppler-utils', 'python3-openpyxl']);
  });
});

describe('what is done about it', () => {
  it.each<[string, Array<typeof chromium>, { root: boolean; apt: boolean }, string]>([
    ['nothing missing: ready', [], { root: false, apt: true }, 'ready'],
    ['missing, as root with apt-get (CI): install', [chromium, soffice], { root: true, apt: true }, 'install'],
    ['missing, not root: stop', [chromium], { root: false, apt: true }, 'stop'],
    ['missing, root without apt-get: stop', [chromium], { root: true, apt: false }, 'stop'],
  ])('%s', (_name, missing, env, kind) => {
    const decision = setup.decide(missing, env);
    expect(decision.kind).toBe(kind);
    if (kind !== 'ready') expect(decision.packages).toEqual(missing.map((r) => r.package));
  });

  it('says in French which programs are missing and the exact command to install them', () => {
    const message = setup.stopMessage(setup.decide([chromium, soffice], { root: false, apt: true }));
    expect(message).toContain('Les tests ont besoin de programmes absents de ce poste : Chromium, LibreOffice (soffice).');
    expect(message).toContain('sudo apt-get update && apt-get install -y --no-install-recommends chromium libreoffice-calc-nogui');
    expect(message).toContain('CHROMIUM_PATH');
  });
});

describe('run as npm runs it', () => {
  // A PATH holding only `sh` (no apt-get, no soffice…), Chromium elsewhere: it must stop, even as root.
  it('stops with its French message, naming the missing programs, when it cannot install them', () => {
    const bare = mkdtempSync(join(tmpdir(), 'ctg-path-'));
    symlinkSync('/bin/sh', join(bare, 'sh'));
    let failure: { status: number; stderr: string } | undefined;
    try {
      execFileSync(process.execPath, [join(__dirname, '..', '..', 'scripts', 'setup-tests.js')], { env: { PATH: bare, CHROMIUM_PATH: '/nonexistent/chromium' }, stdio: 'pipe' });
    } catch (error) {
      failure = { status: (error as { status: number }).status, stderr: String((error as { stderr: Buffer }).stderr) };
    }
    rmSync(bare, { recursive: true, force: true });
    expect(failure?.status).toBe(1);
    expect(failure?.stderr).toMatch(/^Les tests ont besoin de programmes absents de ce poste : LibreOffice \(soffice\), Chromium, Gnumeric \(ssconvert\), pdftotext[,.]/m);
    // No apt-get here: the Debian packages are named for the adviser's IT.
    expect(failure?.stderr).toMatch(/\(libreoffice-calc-nogui, chromium, gnumeric, poppler-utils/);
  });

  it('finds what this machine has: Chromium at CHROMIUM_PATH or /usr/bin/chromium', () => {
    expect(chromium.present()).toBe(true);
  });
});
