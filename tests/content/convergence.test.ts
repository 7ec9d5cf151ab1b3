import { describe, it } from 'vitest';
import { CONVERGENCE_TIMEOUT, expectConvergence } from './expect-convergence.ts';

describe('the real story in English', () => {
  it(
    'is proven to converge on the canonical chronicle for every state, and every sampled path agrees',
    () => expectConvergence('en'),
    CONVERGENCE_TIMEOUT,
  );
});
