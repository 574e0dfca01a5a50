#!/usr/bin/env node
/**
 * `npm test`'s `pretest`: the programs the tests open our files with, checked before the first test.
 * Missing ones are installed with apt-get when this runs as root on Debian (a CI machine, a fresh
 * container); otherwise the exact packages and the command are named, and the tests do not start —
 * a newcomer gets one clear French message, not a hundred failures.
 *
 * openpyxl is looked for in Debian's /usr/bin/python3, the one the client tests run (a pyenv or
 * virtualenv python3 first on the PATH may lack it).
 * CHROMIUM_PATH: another Chromium than Debian's /usr/bin/chromium (the browser tests use the same).
 */
'use strict';

const { spawnSync } = require('node:child_process');
const { accessSync, constants } = require('node:fs');

/** What the tests run, how to tell it is there, and the Debian package that brings it. */
const requirements = [
  { what: 'LibreOffice (soffice)', package: 'libreoffice-calc-nogui', present: () => onPath('soffice') },
  // Writer opens the bilan's .docx (calc-nogui alone answers « source file could not be loaded »).
  { what: 'LibreOffice Writer', package: 'libreoffice-writer-nogui', present: () => libreOfficeHas('libswlo.so') },
  { what: 'Chromium', package: 'chromium', present: () => executable(process.env.CHROMIUM_PATH || '/usr/bin/chromium') },
  { what: 'Gnumeric (ssconvert)', package: 'gnumeric', present: () => onPath('ssconvert') },
  { what: 'pdftotext', package: 'poppler-utils', present: () => onPath('pdftotext') },
  { what: 'openpyxl (Python 3)', package: 'python3-openpyxl', present: () => succeeds('/usr/bin/python3', ['-c', 'import openpyxl']) },
];

function succeeds(command, args) {
  const run = spawnSync(command, args, { stdio: 'ignore' });
  return run.error === undefined && run.status === 0;
}

function onPath(command) {
  return succeeds('sh', ['-c', `command -v ${command}`]);
}

/** A LibreOffice module is there when its library is in LibreOffice's program folder (Debian's layout). */
function libreOfficeHas(library) {
  return ['/usr/lib/libreoffice/program', '/opt/libreoffice/program'].some((folder) => exists(`${folder}/${library}`));
}

function exists(path) {
  try {
    accessSync(path, constants.F_OK);
    return true;
  } catch {
    return false;
  }
}

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * What to do about what is missing: nothing, install (root with apt-get), or stop and say how.
 * Pure, so that the test can try every case.
 */
function decide(missing, { root, apt }) {
  if (missing.length === 0) return { kind: 'ready' };
  const packages = missing.map((r) => r.package);
  if (root && apt) return { kind: 'install', packages };
  return { kind: 'stop', packages, missing: missing.map((r) => r.what), root, apt };
}

const installCommand = (packages) => `apt-get update && apt-get install -y --no-install-recommends ${packages.join(' ')}`;

/** The French message when the tests cannot start. */
function stopMessage(decision) {
  const lines = [
    `Les tests ont besoin de programmes absents de ce poste : ${decision.missing.join(', ')}.`,
    decision.apt
      ? `Installez-les (droits administrateur), puis relancez npm test :\n  sudo ${installCommand(decision.packages)}`
      : `Installez les paquets équivalents à ceux de Debian (${decision.packages.join(', ')}), puis relancez npm test.`,
    'Chromium installé ailleurs : indiquez son chemin dans la variable CHROMIUM_PATH.',
  ];
  return lines.join('\n');
}

function main() {
  const missing = requirements.filter((r) => !r.present());
  const decision = decide(missing, { root: typeof process.getuid === 'function' && process.getuid() === 0, apt: onPath('apt-get') });
  if (decision.kind === 'ready') return 0;
  if (decision.kind === 'stop') {
    process.stderr.write(`${stopMessage(decision)}\n`);
    return 1;
  }
  process.stderr.write(`Installation des paquets Debian dont les tests ont besoin : ${decision.packages.join(', ')}…\n`);
  const run = spawnSync('sh', ['-c', installCommand(decision.packages)], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  const still = requirements.filter((r) => !r.present());
  if (run.status !== 0 || still.length > 0) {
    process.stderr.write(`L'installation n'a pas abouti (${still.map((r) => r.what).join(', ') || `apt-get a rendu ${run.status}`}). Relancez-la à la main :\n  ${installCommand(decision.packages)}\n`);
    return 1;
  }
  return 0;
}

module.exports = { requirements, decide, stopMessage, installCommand };

if (require.main === module) process.exitCode = main();
