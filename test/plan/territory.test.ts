import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { territoryDataSchema } from '../../src/plan/schema';
import snapshot from '../../src/plan/default/communes.snapshot.json';
import { communeNameVariants, communeResolver, normaliseCommuneName } from '../../src/plan/default/communeNames';
import { facilities } from '../../src/plan/default/facilities';
import { defaultTerritory, signatoryCommuneNames } from '../../src/plan/default/territory';

const ROOT = join(__dirname, '..', '..');
const convention = readFileSync(join(ROOT, 'docs/convention/convention-ctg-p2a-2022-2025.txt'), 'utf8');
const conventionLines = convention.split(/\r?\n/);

/**
 * The devDependency itself, read from node_modules. Read with `readFileSync` rather than an
 * `import`, so that `tsc` does not infer a type for 12 MB of JSON on every type check.
 */
function etalab<T>(file: string): T {
  return JSON.parse(readFileSync(require.resolve(`@etalab/decoupage-administratif/${file}`), 'utf8')) as T;
}
const etalabVersion = etalab<{ version: string }>('package.json').version;
const etalabEpcis = etalab<{ code: string; nom: string; membres: { code: string; nom: string }[] }[]>('data/epci.json');
const etalabCommunes = etalab<{ code: string; nom: string; type: string; codesPostaux?: string[] }[]>(
  'data/communes.json',
).filter((commune) => commune.type === 'commune-actuelle');
const etalabCommune = new Map(etalabCommunes.map((commune) => [commune.code, commune]));

const nameOf = new Map(snapshot.communes.map((commune) => [commune.insee, commune.name]));
const resolve = communeResolver(snapshot.communes);

describe('normaliseCommuneName', () => {
  it.each([
    ['Château-Arnoux-Saint-Auban', 'CHATEAU ARNOUX SAINT AUBAN'],
    ['CHATEAU ARNOUX-SAINT AUBAN', 'CHATEAU ARNOUX SAINT AUBAN'],
    ['CHATEAU ARNOUX ST AUBAN', 'CHATEAU ARNOUX SAINT AUBAN'],
    ['MOUSTIERS STE MARIE', 'MOUSTIERS SAINTE MARIE'],
    ['Moustiers-Sainte-Marie', 'MOUSTIERS SAINTE MARIE'],
    ["L'Escale", 'L ESCALE'],
    ['L ESCALE', 'L ESCALE'],
    ['Bras-d’Asse', 'BRAS D ASSE'],
    ['Saint-Martin-lès-Seyne', 'SAINT MARTIN LES SEYNE'],
    ['Prads-Haute-Bléone', 'PRADS HAUTE BLEONE'],
    ['  Digne   les bains ', 'DIGNE LES BAINS'],
    // ST/STE are words, not prefixes.
    ['Estoublon', 'ESTOUBLON'],
    ['STEPHANE', 'STEPHANE'],
  ])('%s → %s', (text, expected) => {
    expect(normaliseCommuneName(text)).toBe(expected);
  });

  it('is idempotent on every snapshot name', () => {
    for (const { name } of snapshot.communes) {
      const once = normaliseCommuneName(name);
      expect(normaliseCommuneName(once)).toBe(once);
    }
  });
});

describe('communeResolver', () => {
  it('gives undefined for a commune outside the territory', () => {
    expect(resolve('SISTERON')).toBeUndefined();
    expect(resolve('Digne')).toBeUndefined();
  });

  it('resolves the usual name « Seyne-les-Alpes » to Seyne, 04205', () => {
    expect(resolve('Seyne-les-Alpes')).toBe('04205');
    expect(resolve('SEYNE LES ALPES')).toBe('04205');
    expect(nameOf.get('04205')).toBe('Seyne');
  });

  it('maps every variant to a snapshot name', () => {
    const keys = new Set(snapshot.communes.map((commune) => normaliseCommuneName(commune.name)));
    for (const official of Object.values(communeNameVariants)) expect(keys).toContain(official);
  });

  it('refuses two communes with the same key', () => {
    expect(() =>
      communeResolver([
        { insee: '04001', name: 'Saint-Jurs' },
        { insee: '04002', name: 'ST JURS' },
      ]),
    ).toThrow(/ambigus/);
  });
});

describe('(a) communes snapshot', () => {
  const members = etalabEpcis.filter((epci) => epci.membres.some((member) => member.code === '04070'));

  it('names the one EPCI of Digne-les-Bains, as the package does today', () => {
    expect(members).toHaveLength(1);
    expect(snapshot.epci).toEqual({ siren: members[0]!.code, name: members[0]!.nom });
    expect(snapshot.epci).toEqual({ siren: '200067437', name: 'CA Provence-Alpes-Agglomération' });
  });

  it('lists the same 46 communes, with the official names, sorted by INSEE code', () => {
    const expected = members[0]!.membres
      .map((member) => ({ insee: member.code, name: etalabCommune.get(member.code)?.nom }))
      .sort((a, b) => a.insee.localeCompare(b.insee));
    expect(snapshot.communes).toEqual(expected);
    expect(snapshot.communes).toHaveLength(46);
    const codes = snapshot.communes.map((commune) => commune.insee);
    expect([...codes].sort()).toEqual(codes);
    expect(new Set(codes).size).toBe(46);
  });

  it('agrees with the EPCI member names too', () => {
    for (const member of members[0]!.membres) expect(nameOf.get(member.code)).toBe(member.nom);
  });

  it('says which package version it comes from', () => {
    expect(snapshot.source).toBe(`@etalab/decoupage-administratif ${etalabVersion} (epci.json, communes.json)`);
    // Worded for a person: who publishes the list and its version, not the package's file names.
    expect(defaultTerritory.source).toContain(`publié par Etalab (version ${etalabVersion})`);
    expect(defaultTerritory.source).not.toMatch(/\.json/);
    expect(defaultTerritory.source).toContain('Annexe 2 de la convention');
  });

  it('is what the default territory holds, and nothing reads the package at run time', () => {
    expect(defaultTerritory.communes.map(({ insee, name }) => ({ insee, name }))).toEqual(snapshot.communes);
    for (const file of ['territory.ts', 'facilities.ts', 'communeNames.ts']) {
      const source = readFileSync(join(ROOT, 'src/plan/default', file), 'utf8');
      expect(source).not.toMatch(/(from|require\(|import\()\s*['"]@etalab\//);
    }
  });
});

describe('(b) statutes, Article 1', () => {
  /** Article 1 of the statutes as the convention prints it (typos included), with the official name. */
  const statutes: [string, string][] = [
    ['Aiglun', 'Aiglun'],
    ['Archail', 'Archail'],
    ['Auzet', 'Auzet'],
    ['Barles', 'Barles'],
    ['Barras', 'Barras'],
    ['Beaujeu', 'Beaujeu'],
    ['Beynes', 'Beynes'],
    ["Bras d'Asse", "Bras-d'Asse"],
    ['Champtercier', 'Champtercier'],
    ['Château-Arnoux-Saint-Auban', 'Château-Arnoux-Saint-Auban'],
    ['Châteauredon', 'Châteauredon'],
    ['Digne-les-Bains', 'Digne-les-Bains'],
    ['Draix', 'Draix'],
    ['Entrages', 'Entrages'],
    ['Estoublon', 'Estoublon'],
    ['Ganagobie', 'Ganagobie'],
    ["L'Escalé", "L'Escale"],
    ['La Javie', 'La Javie'],
    ['La Robine sur Galabre', 'La Robine-sur-Galabre'],
    ['Le Brusquet', 'Le Brusquet'],
    ['Le Castellard Mélan', 'Le Castellard-Mélan'],
    ['Le Chaffaut Saint-Jurson', 'Le Chaffaut-Saint-Jurson'],
    ['Le Vernet', 'Le Vernet'],
    ['Les Hautes Duyes', 'Hautes-Duyes'],
    ['Les Mées', 'Les Mées'],
    ['Majastros', 'Majastres'],
    ['Malijai', 'Malijai'],
    ['Mallefougasse-Augès', 'Mallefougasse-Augès'],
    ['Mallemoisson', 'Mallemoisson'],
    ['Marcoux', 'Marcoux'],
    ['Mézel', 'Mézel'],
    ['Mirabeau', 'Mirabeau'],
    ['Montclar', 'Montclar'],
    ['Moustiers Sainte-Marie', 'Moustiers-Sainte-Marie'],
    ['Peyruls', 'Peyruis'],
    ['Prads Haute-Bléone', 'Prads-Haute-Bléone'],
    ['Saint-Jeannet', 'Saint-Jeannet'],
    ["Saint-Julien d'Asse", "Saint-Julien-d'Asse"],
    ['Saint-Jurs', 'Saint-Jurs'],
    ['Saint-Martin-lès-Seyne', 'Saint-Martin-lès-Seyne'],
    ['Sainte-Croix du Verdon', 'Sainte-Croix-du-Verdon'],
    ['Selonnet', 'Selonnet'],
    ['Seyne-les-Alpes', 'Seyne'],
    ['Thoard', 'Thoard'],
    ['Verdaches', 'Verdaches'],
    ['Volonne', 'Volonne'],
  ];

  /**
   * Typos of the statutes. Peyruls and L'Escalé are the documented ones (L'Escalé needs no
   * correction once accents are stripped); the text also misspells Majastres as « Majastros »
   * and writes « Les Hautes Duyes » for the official « Hautes-Duyes ». Seyne-les-Alpes needs
   * none here: it is a name variant the resolver knows.
   */
  const corrections: Record<string, string> = {
    Peyruls: 'Peyruis',
    "L'Escalé": "L'Escale",
    Majastros: 'Majastres',
    'Les Hautes Duyes': 'Hautes-Duyes',
  };

  it('copies the list of the convention text, in order', () => {
    const line = conventionLines.find((text) => text.includes('**PROVENCE ALPES AGGLOMERATION** est composée des communes'));
    expect(line).toBeDefined();
    const listed = line!
      .replace(/^.*est composée des communes d'/, '')
      .replace(/\.\s*$/, '')
      .split(', ');
    expect(listed).toEqual(statutes.map(([name]) => name));
  });

  it.each(statutes)('« %s » is the snapshot commune « %s »', (name, official) => {
    const insee = resolve(corrections[name] ?? name);
    expect(insee).toBeDefined();
    expect(nameOf.get(insee!)).toBe(official);
  });

  it('covers the 46 snapshot communes, each once', () => {
    const codes = statutes.map(([name]) => resolve(corrections[name] ?? name));
    expect(new Set(codes).size).toBe(46);
    expect([...codes].sort()).toEqual(snapshot.communes.map((commune) => commune.insee));
  });

  it.each(Object.keys(corrections).filter((name) => name !== "L'Escalé"))(
    'needs the correction of « %s »: the typo alone matches nothing',
    (name) => {
      expect(resolve(name)).toBeUndefined();
    },
  );
});

describe('(c) signatories', () => {
  /** The ten communes of the preamble (« la Commune du Brusquet » → Le Brusquet), with official names. */
  const conventionSignatories: [string, string][] = [
    ['Aiglun', 'Aiglun'],
    ['Château Arnoux Saint-Auban', 'Château-Arnoux-Saint-Auban'],
    ['Digne les bains', 'Digne-les-Bains'],
    ['Le Brusquet', 'Le Brusquet'],
    ["l'Escale", "L'Escale"],
    ['Malijai', 'Malijai'],
    ['Les Mées', 'Les Mées'],
    ['Peyruis', 'Peyruis'],
    ['Seyne les Alpes', 'Seyne'],
    ['Volonne', 'Volonne'],
  ];

  it('copies the communes of the preamble', () => {
    const article: Record<string, string> = { "d'": '', 'de ': '', 'du ': 'Le ', 'des ': 'Les ' };
    const preamble = conventionLines
      .slice(0, conventionLines.findIndex((line) => line.startsWith('Il est convenu')))
      .map((line) => /^- la [Cc]ommune (d'|de |du |des )(.+?), représentée/.exec(line))
      .filter((match) => match !== null)
      .map((match) => article[match[1]!]! + match[2]!);
    expect(preamble).toEqual(conventionSignatories.map(([name]) => name));
    expect(signatoryCommuneNames.map(normaliseCommuneName)).toEqual(preamble.map(normaliseCommuneName));
  });

  it('marks exactly those 10 communes as signatories', () => {
    const signatories = defaultTerritory.communes.filter((commune) => commune.signatory).map((commune) => commune.name);
    expect(signatories).toHaveLength(10);
    expect([...signatories].sort()).toEqual(conventionSignatories.map(([, official]) => official).sort());
  });

  it.each(conventionSignatories)('« %s » (%s) signed', (_name, official) => {
    expect(defaultTerritory.communes.find((commune) => commune.name === official)?.signatory).toBe(true);
  });

  it.each([['Archail'], ['Montclar'], ['Mallemoisson'], ['Estoublon']])('%s did not sign', (official) => {
    expect(defaultTerritory.communes.find((commune) => commune.name === official)?.signatory).toBe(false);
  });
});

describe('territories of fiche 4.1', () => {
  it('are Digne-les-Bains, Seyne-les-Alpes and Château-Arnoux-Saint-Auban', () => {
    expect(defaultTerritory.territories).toEqual([
      { code: 'digne', name: 'Digne-les-Bains' },
      { code: 'seyne', name: 'Seyne-les-Alpes' },
      { code: 'chateau-arnoux', name: 'Château-Arnoux-Saint-Auban' },
    ]);
  });

  it('hold only the commune that names each of them', () => {
    const members = defaultTerritory.communes
      .filter((commune) => commune.territory !== undefined)
      .map(({ insee, territory }) => [insee, territory]);
    expect(members).toEqual([
      ['04049', 'chateau-arnoux'],
      ['04070', 'digne'],
      ['04205', 'seyne'],
    ]);
  });
});

describe('(d) facilities of Annexe 2', () => {
  /** Annexe 2, read independently of the extraction script: tab lines after the title, until the first line without a tab. */
  const start = conventionLines.findIndex((line) => line.startsWith('ANNEXE 2 '));
  const block: string[][] = [];
  for (const line of conventionLines.slice(start + 1)) {
    if (line.trim() === '') continue;
    if (!line.includes('\t')) break;
    block.push(line.split('\t').map((cell) => cell.trim()));
  }
  const [header, ...rows] = block;

  it('has a 7-column header and 64 data rows, one facility each', () => {
    expect(start).toBeGreaterThan(0);
    expect(header).toEqual(['NOM EQUIPEMENT', 'TYPE ACTIVITE EQUIPEMENT', 'NATURE ACTIVITE EQUIPEMENT', 'ADRESSE', '', '', 'COMMUNE']);
    expect(rows).toHaveLength(64);
    expect(facilities).toHaveLength(rows.length);
    // The generated rows, each with its manager when its name names one (partners.ts), and who answers for it when the competence decides (territory.ts).
    expect(defaultTerritory.facilities.map(({ manager: _manager, holder: _holder, ...facility }) => facility)).toEqual(facilities);
  });

  it.each(rows.map((cells, index) => [index + 1, cells[0]!, cells] as const))('row %i, « %s »', (index, _name, cells) => {
    const facility = facilities[index - 1]!;
    const [name, type, nature, a1, a2, a3, communeText] = cells;
    // The annex's export writes « Enfants_Parents »; the plan writes it as a person does (facilities.ts).
    const asWritten = (text: string | undefined) => text?.replace('Enfants_Parents', 'Enfants-Parents');
    expect(facility.name).toBe(name);
    expect(facility.type).toBe(asWritten(type));
    expect(facility.nature).toBe(asWritten(nature));
    expect(facility.address).toBe([a1, a2, a3].filter((part) => part !== '').join(', '));
    expect(communeText).toMatch(/^\d{5} /);
    expect(facility.postcode).toBe(communeText!.slice(0, 5));
    // The INSEE code is a snapshot commune whose name the text writes, and whose postcodes include the row's.
    expect(nameOf.has(facility.commune)).toBe(true);
    const written = normaliseCommuneName(communeText!.slice(6));
    expect(communeNameVariants[written] ?? written).toBe(normaliseCommuneName(nameOf.get(facility.commune)!));
    expect(etalabCommune.get(facility.commune)?.codesPostaux).toContain(facility.postcode);
  });

  it('keeps duplicated names when the addresses differ', () => {
    const scouts = facilities.filter((facility) => facility.name === 'Scouts territoire AHP');
    expect(scouts.map((facility) => facility.address)).toEqual(['Base scouts Les Feux Nouveaux', 'ROUTE DU, FONT BELLE']);
    expect(scouts.every((facility) => facility.commune === '04040')).toBe(true);
  });

  it.each([
    ['Extrasco de Seyne-les-Alpes', 'ECOLE MATERNELLE JEAN PROAL, QUARTIER MARCHEYER, ECOLE MATERNELLE', '04205'],
    ['Les Petits Plus', 'QUA les Clubières', '04049'],
    ['Les Petits Santons', 'Le Village', '04135'],
    ['Extrascolaire de Moustiers - IFAC', 'RUE DU SEIGNEUR DE LA CLUE', '04135'],
    ['Micro crèche les petits loups', 'Bâtiment Communal', '04126'],
  ])('« %s »: address « %s », commune %s', (name, address, insee) => {
    const facility = facilities.find((candidate) => candidate.name === name);
    expect(facility?.address).toBe(address);
    expect(facility?.commune).toBe(insee);
  });
});

describe('default territory', () => {
  it('is valid as the schema reads it, with nothing added or dropped', () => {
    expect(territoryDataSchema.parse(defaultTerritory)).toEqual(defaultTerritory);
  });
});
