/**
 * Property tests (fast-check) draw from one fixed seed, so that `npm test` gives the same verdict
 * on every run and a CI failure is reproducible. To explore other draws, set FC_SEED: a number, or
 * `random` for a new seed each run (fast-check prints the seed and path of any counterexample).
 */
import fc from 'fast-check';

const requested = process.env.FC_SEED;
if (requested !== 'random') fc.configureGlobal({ seed: requested === undefined ? 20261205 : Number(requested) });
