/**
 * Matching commune names as texts write them (« 04600 CHATEAU ARNOUX-SAINT AUBAN »,
 * « Digne les bains », « MOUSTIERS STE MARIE ») against the official names of the snapshot.
 *
 * Pure functions, shared by the extraction scripts, the default territory and the tests.
 */

/**
 * A comparison key for a commune name: upper case, accents stripped, hyphens and apostrophes
 * turned into spaces, « ST »/« STE » spelt out, spaces collapsed.
 *
 * `normaliseCommuneName("Château-Arnoux-Saint-Auban") === normaliseCommuneName("CHATEAU ARNOUX ST AUBAN")`
 */
export function normaliseCommuneName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/Œ/g, 'OE')
    .replace(/Æ/g, 'AE')
    .replace(/[-‐‑–—_'’‘`´.]/g, ' ')
    .split(/\s+/)
    .filter((word) => word !== '')
    .map((word) => (word === 'ST' ? 'SAINT' : word === 'STE' ? 'SAINTE' : word))
    .join(' ');
}

/**
 * Names in current use that differ from the official (INSEE) name by more than spelling,
 * as normalised keys: variant → official.
 *
 * - « Seyne-les-Alpes » is the usual name of the commune whose official name is « Seyne »
 *   (INSEE 04205); the convention always writes « Seyne les Alpes ».
 */
export const communeNameVariants: Readonly<Record<string, string>> = {
  'SEYNE LES ALPES': 'SEYNE',
};

export interface NamedCommune {
  insee: string;
  name: string;
}

/**
 * A lookup from a commune name, as written anywhere, to the INSEE code of one of `communes`,
 * through `normaliseCommuneName` and `communeNameVariants`. `undefined` when nothing matches.
 *
 * Throws when two communes share a key: the lookup would be ambiguous.
 */
export function communeResolver(communes: readonly NamedCommune[]): (text: string) => string | undefined {
  const byKey = new Map<string, string>();
  for (const commune of communes) {
    const key = normaliseCommuneName(commune.name);
    const other = byKey.get(key);
    if (other !== undefined && other !== commune.insee) {
      throw new Error(`Noms de communes ambigus : ${other} et ${commune.insee} donnent tous deux « ${key} »`);
    }
    byKey.set(key, commune.insee);
  }
  return (text: string) => {
    const key = normaliseCommuneName(text);
    return byKey.get(communeNameVariants[key] ?? key);
  };
}
