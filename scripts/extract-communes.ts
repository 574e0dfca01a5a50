/**
 * Writes src/plan/default/communes.snapshot.json: the member communes of Provence Alpes
 * Agglomération (the EPCI whose members include Digne-les-Bains, 04070), with their official
 * names, from the devDependency @etalab/decoupage-administratif.
 *
 * The plan reads the snapshot at run time; it must never import the 13 MB package.
 *
 *   npx tsx scripts/extract-communes.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PACKAGE = '@etalab/decoupage-administratif';
const ANCHOR_INSEE = '04070'; // Digne-les-Bains
const EXPECTED_SIREN = '200067437';
const EXPECTED_MEMBERS = 46;

interface EtalabEpci {
  code: string;
  nom: string;
  membres: { code: string; nom: string }[];
}
interface EtalabCommune {
  code: string;
  nom: string;
  type: string;
}

function readPackageJson<T>(file: string): T {
  return JSON.parse(readFileSync(require.resolve(`${PACKAGE}/${file}`), 'utf8')) as T;
}

const version = readPackageJson<{ version: string }>('package.json').version;
const epcis = readPackageJson<EtalabEpci[]>('data/epci.json');
const allCommunes = readPackageJson<EtalabCommune[]>('data/communes.json');

const matching = epcis.filter((epci) => epci.membres.some((member) => member.code === ANCHOR_INSEE));
if (matching.length !== 1) {
  throw new Error(`${matching.length} EPCI comptent la commune ${ANCHOR_INSEE} parmi leurs membres, 1 attendu`);
}
const epci = matching[0]!;
if (epci.code !== EXPECTED_SIREN || epci.membres.length !== EXPECTED_MEMBERS) {
  throw new Error(
    `EPCI inattendu : ${epci.code} « ${epci.nom} », ${epci.membres.length} membres ` +
      `(attendu ${EXPECTED_SIREN}, ${EXPECTED_MEMBERS} membres) : vérifier le paquet ${PACKAGE} ${version}`,
  );
}

const current = new Map(
  allCommunes.filter((commune) => commune.type === 'commune-actuelle').map((commune) => [commune.code, commune]),
);
const communes = epci.membres
  .map((member) => {
    const commune = current.get(member.code);
    if (!commune) throw new Error(`Membre ${member.code} « ${member.nom} » absent de communes.json`);
    if (commune.nom !== member.nom) {
      throw new Error(`Nom divergent pour ${member.code} : « ${member.nom} » (epci.json), « ${commune.nom} » (communes.json)`);
    }
    return { insee: commune.code, name: commune.nom };
  })
  .sort((a, b) => (a.insee < b.insee ? -1 : a.insee > b.insee ? 1 : 0));

const snapshot = {
  source: `${PACKAGE} ${version} (epci.json, communes.json)`,
  epci: { siren: epci.code, name: epci.nom },
  communes,
};

const out = join(__dirname, '..', 'src', 'plan', 'default', 'communes.snapshot.json');
writeFileSync(out, `${JSON.stringify(snapshot, null, 2)}\n`, 'utf8');
console.log(`${out}: ${communes.length} communes de ${epci.nom} (${epci.code}), ${snapshot.source}`);
