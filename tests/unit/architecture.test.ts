import { describe, expect, it } from 'vitest';
import { lintText, lintTree } from '../../tools/lint.mjs';

describe('the architecture rules', () => {
  it('hold for the whole source tree', () => {
    const { files, violations } = lintTree();
    expect(files).toBeGreaterThan(10);
    expect(violations).toEqual([]);
  });

  it('catch the core importing Phaser, howler or the UI', () => {
    expect(lintText('src/core/x.ts', "import Phaser from 'phaser';")).toHaveLength(1);
    expect(lintText('src/core/x.ts', "import { a } from '../../ui/dom/story-view.ts';")).toHaveLength(1);
    expect(lintText('src/core/x.ts', "import { a } from './y.ts';")).toEqual([]);
  });

  it('catch inkjs imported anywhere but the story engine', () => {
    expect(lintText('src/ui/dom/x.ts', "import { Story } from 'inkjs';").map((v: { rule: string }) => v.rule)).toContain('one-module-touches-inkjs');
    expect(lintText('src/core/story/story-engine.ts', "import { Story } from 'inkjs';")).toEqual([]);
  });

  it('catch HTML insertion, eval and focused tests', () => {
    expect(lintText('src/ui/x.ts', 'el.innerHTML = text;')).toHaveLength(1);
    expect(lintText('src/ui/x.ts', 'const f = new Function("x");')).toHaveLength(1);
    const focused = ['it', 'only'].join('.');
    expect(lintText('tests/x.test.ts', `${focused}('a', () => {});`)).toHaveLength(1);
  });
});
