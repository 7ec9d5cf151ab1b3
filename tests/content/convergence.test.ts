// The real story converges: from the opening (every role), the kiosk cut and every chapter checkpoint per role,
// every path ends cleanly with exactly the canonical chronicle, and every knot, stitch and choice is reached.
// Slow by nature (it explores the whole story); the budget below fails loudly rather than hanging CI.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM module without types: returns { json, errors, warnings, included }
import { compileInkFile } from '../../tools/ink/compile-ink.mjs';
import { CHAPTER_FIRST_BEAT, realStoryStarts } from '../../tools/verify/real-story-starts.ts';
import { verifyStory } from '../../tools/verify/verify-story.ts';
import { formatSummary } from '../../tools/verify/format-summary.ts';

const BUDGET_MS = 8 * 60_000;

describe('the real story', () => {
  it(
    'converges on the canonical chronicle on every path from every start, with nothing unreachable',
    () => {
      const compiled = compileInkFile(resolve(__dirname, '../../story/en/main.ink')) as { json: string | null; errors: string[]; warnings: string[] };
      expect([...compiled.errors, ...compiled.warnings]).toEqual([]);
      const json = compiled.json as string;
      const report = verifyStory({ json, starts: realStoryStarts(json), maxMs: BUDGET_MS, boundaries: CHAPTER_FIRST_BEAT.map(([chapter]) => chapter) });
      console.log(formatSummary(report));
      expect(report.failures.map((f) => `[${f.kind}] ${f.start ?? ''} ${f.message} via ${f.path.join(' > ')}`)).toEqual([]);
      expect(report.ok).toBe(true);
    },
    BUDGET_MS + 60_000,
  );
});
