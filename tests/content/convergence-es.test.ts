import { describe, it } from 'vitest';
import { CONVERGENCE_TIMEOUT, expectConvergence } from './expect-convergence.ts';

describe('the real story in Spanish', () => {
  it(
    'is proven to converge on the canonical chronicle for every state, and every sampled path agrees',
    () => expectConvergence('es'),
    CONVERGENCE_TIMEOUT,
  );
});
