import { describe, it } from 'vitest';
import { CONVERGENCE_TIMEOUT, expectConvergence } from './expect-convergence.ts';

describe('the real story in Spanish', () => {
  it('converges on the canonical chronicle on every explored path, within the verifier budget', () => expectConvergence('es'), CONVERGENCE_TIMEOUT);
});
