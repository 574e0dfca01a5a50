/**
 * Writes src/plan/default/facilities.ts from Annexe 2 of the convention
 * (docs/convention/convention-ctg-p2a-2022-2025.txt, « ANNEXE 2 – Liste des équipements et
 * services soutenus par la collectivité locale »): one facility per data row, in the order of
 * the text, duplicates kept.
 *
 * The block is tab-separated with 7 columns (NOM EQUIPEMENT, TYPE ACTIVITE EQUIPEMENT,
 * NATURE ACTIVITE EQUIPEMENT, ADRESSE ×3, COMMUNE); blank lines separate the pages; it ends at
 * the first non-blank line without a tab. The commune column (« 04000 DIGNE LES BAINS ») gives
 * the postcode and, resolved against the communes snapshot, the INSEE code. Any row that does
 * not fit stops the script: nothing is guessed.
 *
 *   npx tsx scripts/extract-communes.ts   (first, if the snapshot changed)
 *   npx tsx scripts/extract-facilities.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { facilitySchema, type Facility } from '../src/plan/schema';
import { communeResolver } from '../src/plan/default/communeNames';
import snapshot from '../src/plan/default/communes.snapshot.json';

const ROOT = join(__dirname, '..');
const CONVENTION = 'docs/convention/convention-ctg-p2a-2022-2025.txt';
const OUTPUT = 'src/plan/default/facilities.ts';
const HEADER = ['NOM EQUIPEMENT', 'TYPE ACTIVITE EQUIPEMENT', 'NATURE ACTIVITE EQUIPEMENT', 'ADRESSE', '', '', 'COMMUNE'];

interface Row {
  line: number;
  cells: string[];
}

/** The data rows of Annexe 2, with their line numbers (1-based) in the convention text. */
function annexe2Rows(text: string): Row[] {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((line) => /^ANNEXE 2\b/.test(line));
  if (start < 0) throw new Error(`${CONVENTION} : titre « ANNEXE 2 » introuvable`);
  const rows: Row[] = [];
  let header: string[] | undefined;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    if (!line.includes('\t')) {
      if (header) break;
      throw new Error(`${CONVENTION}:${i + 1} : ligne inattendue avant l'en-tête de l'annexe 2 : « ${line} »`);
    }
    const cells = line.split('\t').map((cell) => cell.trim());
    if (!header) {
      if (cells.join('\t') !== HEADER.join('\t')) {
        throw new Error(`${CONVENTION}:${i + 1} : en-tête inattendu : « ${cells.join(' | ')} »`);
      }
      header = cells;
      continue;
    }
    if (cells.length !== HEADER.length) {
      throw new Error(`${CONVENTION}:${i + 1} : ${cells.length} colonnes, ${HEADER.length} attendues`);
    }
    rows.push({ line: i + 1, cells });
  }
  return rows;
}

const resolve = communeResolver(snapshot.communes);
const text = readFileSync(join(ROOT, CONVENTION), 'utf8');
const rows = annexe2Rows(text);
const problems: string[] = [];
const entries: { facility: Facility; communeText: string; line: number }[] = [];

for (const { line, cells } of rows) {
  const [name, type, nature, address1, address2, address3, communeText] = cells as [
    string, string, string, string, string, string, string,
  ];
  const match = /^(\d{5})\s+(.+)$/.exec(communeText);
  if (!match) {
    problems.push(`${CONVENTION}:${line} : pas de code postal dans « ${communeText} »`);
    continue;
  }
  const insee = resolve(match[2]!);
  if (!insee) {
    problems.push(`${CONVENTION}:${line} : commune « ${communeText} » absente du territoire`);
    continue;
  }
  const parsed = facilitySchema.safeParse({
    name,
    type,
    nature,
    address: [address1, address2, address3].filter((part) => part !== '').join(', '),
    postcode: match[1],
    commune: insee,
  });
  if (!parsed.success) {
    problems.push(`${CONVENTION}:${line} : ${parsed.error.issues.map((issue) => issue.message).join(' ; ')}`);
    continue;
  }
  entries.push({ facility: parsed.data, communeText, line });
}
if (problems.length > 0) {
  throw new Error(`Annexe 2 : ${problems.length} ligne(s) non reprise(s)\n${problems.join('\n')}`);
}

function literal(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

const body = entries
  .map(({ facility, communeText, line }) =>
    [
      `  // ${CONVENTION}:${line}`,
      '  {',
      `    name: ${literal(facility.name)},`,
      `    type: ${literal(facility.type)},`,
      `    nature: ${literal(facility.nature)},`,
      `    address: ${literal(facility.address)},`,
      `    postcode: ${literal(facility.postcode)},`,
      `    commune: ${literal(facility.commune)}, // ${communeText}`,
      '  },',
    ].join('\n'),
  )
  .join('\n');

const output = `/**
 * GENERATED FILE, do not edit by hand: run \`npx tsx scripts/extract-facilities.ts\`.
 *
 * Source: Annexe 2 de la convention (${CONVENTION},
 * « ANNEXE 2 – Liste des équipements et services soutenus par la collectivité locale »),
 * ${entries.length} rows in the order of the text, duplicates kept. Address: the three address
 * columns joined with ', ', empty parts dropped, spelling as in the text. Commune: INSEE code
 * resolved from the commune column against communes.snapshot.json (${snapshot.source}).
 */
import type { Facility } from '../schema';

export const facilities: Facility[] = [
${body}
];
`;

writeFileSync(join(ROOT, OUTPUT), output, 'utf8');
console.log(`${OUTPUT} : ${entries.length} équipements (Annexe 2, ${CONVENTION})`);
