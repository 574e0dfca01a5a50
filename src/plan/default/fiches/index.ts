/** The fiches actions of the convention, in its order (Annexe 3). */
import { fiche11 } from './fiche-1-1';
import { fiche21 } from './fiche-2-1';
import { fiche22 } from './fiche-2-2';
import { fiche31 } from './fiche-3-1';
import { fiche32 } from './fiche-3-2';
import { fiche33 } from './fiche-3-3';
import { fiche41 } from './fiche-4-1';
import { fiche5 } from './fiche-5';
import { fiche61 } from './fiche-6-1';
import type { FicheInput } from './types';

export const defaultFiches: FicheInput[] = [fiche11, fiche21, fiche22, fiche31, fiche32, fiche33, fiche41, fiche5, fiche61];
