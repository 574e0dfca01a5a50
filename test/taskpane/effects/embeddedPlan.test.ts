/**
 * The embedded plan started early (src/taskpane/effects/embeddedPlan.ts): its first user gets the
 * plan parsed while office.js loaded, every later user a fresh copy of its own (a view may change
 * the plan it holds), and a pane that never started it early still gets the plan.
 */
import type { PlanInUse } from '../../../src/taskpane/effects/types';
import { defaultPlan } from '../../../src/plan';

type Module = typeof import('../../../src/taskpane/effects/embeddedPlan');

/** A fresh copy of the module (its « started early » state is per page). */
function freshModule(): Module {
  let loaded: Module | undefined;
  jest.isolateModules(() => {
    loaded = jest.requireActual<Module>('../../../src/taskpane/effects/embeddedPlan');
  });
  return loaded!;
}

describe('the embedded plan, started with the page', () => {
  it.each([
    ['started early', true],
    ['never started early', false],
  ])('%s: the embedded plan, as parsed', async (_case, early) => {
    const module = freshModule();
    if (early) module.startEmbeddedPlan();
    const { plan } = await module.embeddedPlan();
    expect(plan).toEqual<PlanInUse>({ plan: defaultPlan(), source: { kind: 'embedded' } });
  });

  it('each user after the first gets its own copy', async () => {
    const module = freshModule();
    module.startEmbeddedPlan();
    module.startEmbeddedPlan();
    const first = (await module.embeddedPlan()).plan.plan;
    const second = (await module.embeddedPlan()).plan.plan;
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
    second.title = 'changé';
    expect(first.title).toBe(defaultPlan().title);
  });
});
