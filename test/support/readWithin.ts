/** The reader as the app calls it (`ReadGrids` of src/app/validate.ts): bounded by the template's reach when one is given. */
import type { GridReach } from '../../src/workbook/grid';
import { readGrids } from '../../src/xlsx';

export const readWithin = (bytes: Uint8Array, reach?: GridReach) => readGrids(bytes, reach !== undefined ? { reach } : {});
