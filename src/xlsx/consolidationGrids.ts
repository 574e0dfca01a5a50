/**
 * A consolidation workbook given back to continue a campaign is a file from outside like a return:
 * read through the same guards, as far as a consolidation of ours can reach — its « Données » a row
 * per value, its ledger a row per file and at most a few dozen chunks of JSON a row — and no further.
 */
import type { GridReach } from '../workbook/grid';
import type { Grid } from '../workbook/grid';
import type { Inflate } from './inflate';
import { readGrids } from './readGrids';

/**
 * 100 000 rows: « Données » of 250 respondents × 400 cells; 64 columns: the widest table has 18,
 * a ledger record 64 × 30 000 characters; 32 sheets: 7 tabs, a tab per fiche, the ledger.
 */
export const consolidationReach: GridReach = { rows: 100_000, columns: 64, sheets: 32 };

export function readConsolidationGrids(bytes: Uint8Array, inflate?: Inflate): Promise<Grid[]> {
  return readGrids(bytes, { reach: consolidationReach, ...(inflate !== undefined ? { inflate } : {}) });
}
