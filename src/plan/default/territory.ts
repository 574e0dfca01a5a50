/**
 * The territory of the P2A convention: the 46 member communes of Provence Alpes Agglomération
 * (from the checked-in snapshot of @etalab/decoupage-administratif, never the package itself),
 * which of them signed the convention, the three territories of fiche 4.1 and the facilities of
 * Annexe 2.
 *
 * Names are resolved to INSEE codes in code, through `communeResolver`: a name that no longer
 * matches the snapshot fails at load, it is never silently dropped.
 */
import type { Commune, Territory, TerritoryData } from '../schema';
import snapshot from './communes.snapshot.json';
import { communeResolver } from './communeNames';
import { facilities } from './facilities';

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

const communes: Commune[] = snapshot.communes.map(({ insee, name }) => {
  const territory = territoryOf.get(insee);
  return { insee, name, signatory: signatories.has(insee), ...(territory !== undefined ? { territory } : {}) };
});

export const defaultTerritory: TerritoryData = {
  communes,
  territories: defaultTerritories,
  facilities,
  source: `Communes : ${snapshot.source}, ${snapshot.epci.name} (SIREN ${snapshot.epci.siren}). Équipements : Annexe 2 de la convention.`,
};
