/**
 * A `PaneEffects` for component tests: every operation is a jest mock with a plausible default
 * built on the embedded plan; a test overrides what it looks at. Surface 'files' unless told.
 */
import { defaultPlan } from '../../../src/plan/default';
import { defaultPreferences, type PaneEffects } from '../../../src/taskpane/effects/types';

export function fakeEffects(overrides: Partial<PaneEffects> = {}): jest.Mocked<PaneEffects> {
  const plan = defaultPlan();
  const effects: PaneEffects = {
    surface: 'files',
    lang: 'fr',
    initialPlan: jest.fn(async () => ({ plan: { plan, source: { kind: 'embedded' as const } } })),
    readPlanFile: jest.fn(async () => ({ ok: true as const, plan, format: 'json' as const })),
    generate: jest.fn(async () => ({ message: 'Aucun classeur généré.', details: [], files: [] })),
    importReturns: jest.fn(async () => []),
    downloadAnnotated: jest.fn(async () => ({ message: 'Copie annotée téléchargée.', details: [] })),
    consolidate: jest.fn(async () => {
      throw new Error('consolidate: not set up in this test');
    }),
    loadPreferences: jest.fn(async () => defaultPreferences),
    savePreferences: jest.fn(async () => undefined),
    ...overrides,
  };
  return effects as jest.Mocked<PaneEffects>;
}
