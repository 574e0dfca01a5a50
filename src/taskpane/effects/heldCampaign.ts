/** Among the imported files, the earlier consolidation whose campaign the next consolidation continues. */
import type { Campaign } from '../../app/campaign';
import type { ImportedReturn } from './types';

/** The campaign of the consolidation dropped last, if any (each one dropped holds the whole campaign up to it). */
export function heldCampaign(returns: readonly ImportedReturn[]): Campaign | undefined {
  return [...returns].reverse().find((r) => r.campaign !== undefined)?.campaign;
}
