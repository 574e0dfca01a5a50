import type * as z from '../../zod';
import type { ficheSchema } from '../../schema';

/** A fiche as the default plan writes it: defaults of the schema may be left out. */
export type FicheInput = z.input<typeof ficheSchema>;
