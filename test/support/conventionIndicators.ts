/**
 * Reads the indicator lines out of the convention's text (Annexe 3, the action plan), independently
 * of the plan code: the coverage test compares the two.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `action`: the last numbered action before the line's heading; `heading`: that heading without
 * its colon (« Les indicateurs », « Critères d'évaluation »).
 */
export type ConventionIndicatorLine = { fiche: string; action: number | undefined; heading: string; text: string; line: number };

export const conventionPath = join(__dirname, '..', '..', 'docs', 'convention', 'convention-ctg-p2a-2022-2025.txt');

const ficheHeading = /^Fiche action (\d\.\d) :/;
const indicatorHeading = /^(Les )?(indicateurs|Indicateurs)( d'évaluation)?\s*:?\s*$|^Critères d'évaluation\s*:?\s*$/;
const actionLine = /^(- )?(\d)\)\s/;

export function conventionIndicatorLines(text = readFileSync(conventionPath, 'utf8')): ConventionIndicatorLine[] {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith('ANNEXE 3'));
  const found: ConventionIndicatorLine[] = [];
  let fiche: string | undefined;
  let action: number | undefined;
  let collecting = false;
  let heading = '';
  lines.forEach((raw, index) => {
    if (index < start) return;
    const line = raw.trim();
    if (line.startsWith('ANNEXE 4')) {
      fiche = undefined;
      return;
    }
    const ficheStart = ficheHeading.exec(line);
    if (ficheStart) {
      fiche = ficheStart[1];
      action = undefined;
      collecting = false;
      return;
    }
    if (fiche === undefined) return;
    const numbered = actionLine.exec(line);
    if (numbered) {
      action = Number(numbered[2]);
      collecting = false;
      return;
    }
    if (indicatorHeading.test(line)) {
      collecting = true;
      heading = line.replace(/\s*:?\s*$/, '');
      return;
    }
    if (line.startsWith('Public visé')) {
      collecting = false;
      return;
    }
    if (collecting && line.startsWith('- ')) found.push({ fiche, action, heading, text: line.slice(2).trim(), line: index + 1 });
  });
  return found;
}
