/**
 * The pane's language for the pieces every view shares (a task's progress and cancel button),
 * so that they need no prop threaded through each view. Set once by the App from the effects.
 */
import { createContext, useContext } from 'react';
import type { Lang } from '../../i18n/lang';

export const PaneLang = createContext<Lang>('fr');

export const usePaneLang = (): Lang => useContext(PaneLang);
