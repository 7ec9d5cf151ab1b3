// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { opening } from '../../../src/ui/dom/notebook-view.ts';

describe('the opening of a record text in the short debrief', () => {
  it('keeps whole sentences until it has enough words to reach the point, and never cuts one', () => {
    const reason = 'The secretaries asked for searches since 1937. He refused both: friends came in unsearched. Later.';
    expect(opening(reason, 10)).toBe(
      'The secretaries asked for searches since 1937. He refused both: friends came in unsearched.',
    );
    expect(opening(reason, 3)).toBe('The secretaries asked for searches since 1937.');
    expect(opening('No full stop at all', 20)).toBe('No full stop at all');
  });
});
