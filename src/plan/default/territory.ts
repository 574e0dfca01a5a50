/**
 * The territory of the P2A convention: the 46 member communes of Provence Alpes Agglomération
 * (from the checked-in snapshot of @etalab/decoupage-administratif, never the package itself),
 * which of them signed the convention, the three territories of fiche 4.1 and the facilities of
 * Annexe 2.
 *
 * Names are resolved to INSEE codes in code, through `communeResolver`: a name that no longer
 * matches the snapshot fails at load, it is never silently dropped.
 */
import type { Commune, Facility, Territory, TerritoryData } from '../schema';
import snapshot from './communes.snapshot.json';
import { communeResolver } from './communeNames';
import { facilities } from './facilities';
import { epciCode } from './parties';
import { managerOf } from './partners';

/**
 * The signatory communes, as the convention names them (« la Commune du Brusquet », « la Commune
 * des Mées »: the article is restored to the commune's name).
 */
export const signatoryCommuneNames: readonly string[] = [
  'Aiglun',
  'Château Arnoux Saint-Auban',
  'Digne les bains',
  'Le Brusquet',
  "L'Escale",
  'Malijai',
  'Les Mées',
  'Peyruis',
  'Seyne les Alpes',
  'Volonne',
];

/** The territories named by fiche 4.1 (réseaux de proximité du Reaap). */
export const defaultTerritories: Territory[] = [
  { code: 'digne', name: 'Digne-les-Bains' },
  { code: 'seyne', name: 'Seyne-les-Alpes' },
  { code: 'chateau-arnoux', name: 'Château-Arnoux-Saint-Auban' },
];

/**
 * Attributes of member communes, as the texts give them; indicators pick their respondents by
 * them (`commune[competence_petite_enfance]`).
 */
export const communeAttributes: ReadonlyArray<{ attribute: string; communes: readonly string[]; source: string }> = [
  {
    // Statuts de la communauté d'agglomération (annexés à la convention), article 3 : « les
    // structures multi-accueil pour les 0-4 ans dont les crèches agréées […], les relais des
    // assistantes maternelles, les lieux d'accueil enfants/parents, hors communes de
    // Château-Arnoux-Saint-Auban, Les Mées et Peyruis. » Everywhere else the EPCI holds it.
    attribute: 'competence_petite_enfance',
    communes: ['Château Arnoux Saint-Auban', 'Les Mées', 'Peyruis'],
    source: "Statuts de Provence Alpes Agglomération, article 3 (structures 0-4 ans « hors communes de Château-Arnoux-Saint-Auban, Les Mées et Peyruis »)",
  },
  {
    // Fiche 6.1, « Pour rappel » : « Commune de Digne les Bains : il existe une opération PIG […]
    // La poursuite par une OPAH est en cours de réflexion. Commune de Château-Arnoux Saint-Auban :
    // une étude pré-opérationnelle pour la mise en place d'une OPAH […] Commune des Mées : une
    // étude pré-opérationnelle pour la mise en place d'une OPAH Rénovation Urbaine est en cours. »
    attribute: 'perimetre_pig_opah',
    communes: ['Digne les bains', 'Château Arnoux Saint-Auban', 'Les Mées'],
    source: 'Fiche action 6.1, contexte (opération PIG à Digne-les-Bains, études pré-opérationnelles d’OPAH à Château-Arnoux-Saint-Auban et aux Mées)',
  },
];

const resolve = communeResolver(snapshot.communes);

function inseeOf(name: string, what: string): string {
  const insee = resolve(name);
  if (insee === undefined) {
    throw new Error(`${what} « ${name} » : aucune commune de ${snapshot.epci.name} ne porte ce nom`);
  }
  return insee;
}

const signatories = new Set(signatoryCommuneNames.map((name) => inseeOf(name, 'Commune signataire')));

/** Only the commune that names a territory belongs to it: the convention says no more. */
const territoryOf = new Map(defaultTerritories.map((territory) => [inseeOf(territory.name, 'Territoire'), territory.code]));

const attributesOf = new Map<string, string[]>();
for (const { attribute, communes: names } of communeAttributes) {
  for (const name of names) {
    const insee = inseeOf(name, `Commune de l’attribut ${attribute}`);
    attributesOf.set(insee, [...(attributesOf.get(insee) ?? []), attribute]);
  }
}

const communes: Commune[] = snapshot.communes.map(({ insee, name }) => {
  const territory = territoryOf.get(insee);
  return { insee, name, signatory: signatories.has(insee), ...(territory !== undefined ? { territory } : {}), attributes: attributesOf.get(insee) ?? [] };
});

const managingCommunes = {
  digne: inseeOf('Digne les bains', 'Gestionnaire'),
  escale: inseeOf("L'Escale", 'Gestionnaire'),
  volonne: inseeOf('Volonne', 'Gestionnaire'),
};

/**
 * The early-childhood facilities of Annexe 2 (crèches, relais, lieux d'accueil enfants-parents):
 * the statuts give them to the EPCI « hors communes de Château-Arnoux-Saint-Auban, Les Mées et
 * Peyruis » (communeAttributes above). Who holds that competence where one stands supports it, and
 * answers for it in the follow-up of Annexe 2: the EPCI for « La Maisonnée » in Digne-les-Bains,
 * the commune for « Les Fruits de la Passion » in Les Mées.
 */
const earlyChildhoodTypes: ReadonlySet<string> = new Set(["Etablissement d'Accueil du Jeune Enfant", "Lieu d'Accueil Enfants-Parents", 'Relais Petite Enfance']);

function earlyChildhoodHolder(facility: Facility): string | undefined {
  if (!earlyChildhoodTypes.has(facility.type)) return undefined;
  const commune = communes.find((c) => c.insee === facility.commune);
  return commune?.attributes.includes('competence_petite_enfance') === true ? commune.insee : epciCode;
}

const managedFacilities: Facility[] = facilities.map((facility) => {
  const manager = managerOf(facility, managingCommunes);
  // Who runs it answers for it (plan/facilityHolder.ts); with no manager named, the competence decides.
  const holder = manager === undefined ? earlyChildhoodHolder(facility) : undefined;
  return { ...facility, ...(manager !== undefined ? { manager } : {}), ...(holder !== undefined ? { holder } : {}) };
});

/** The version of the Etalab package the snapshot was taken from (« @etalab/decoupage-administratif 6.0.0 (…) »). */
const etalabVersion = /\d+\.\d+\.\d+/.exec(snapshot.source)?.[0] ?? snapshot.source;

export const defaultTerritory: TerritoryData = {
  communes,
  territories: defaultTerritories,
  facilities: managedFacilities,
  // Worded for the adviser who reads it in the plan summary: who publishes the list, not its file names.
  source: `Communes : les ${communes.length} communes membres de la ${snapshot.epci.name} (SIREN ${snapshot.epci.siren}), selon le découpage administratif publié par Etalab (version ${etalabVersion}). Équipements : Annexe 2 de la convention.`,
};
