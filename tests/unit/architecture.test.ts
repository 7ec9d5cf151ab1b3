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
    expect(lintText('src/core/x.ts', "import { Howl } from 'howler';")).toHaveLength(1);
    expect(lintText('src/core/x.ts', "import { a } from '../../app/controller.ts';")).toHaveLength(1);
    expect(lintText('src/core/x.ts', "import { a } from './y.ts';")).toEqual([]);
  });

  it('catch inkjs imported anywhere but the story engine', () => {
    expect(
      lintText('src/ui/dom/x.ts', "import { Story } from 'inkjs';")
        .map((v) => v.message)
        .join(),
    ).toMatch(/only src\/core\/story\/story-engine\.ts imports inkjs/);
    expect(lintText('src/core/story/story-engine.ts', "import { Story } from 'inkjs';")).toEqual([]);
  });

  it('catch the core importing code from outside src/core, however the path is written, and let it read JSON', () => {
    const outside = lintText('src/core/record/x.ts', "import { partOf } from '../../languages/part-of.ts';");
    expect(outside.map((v) => v.message).join()).toMatch(/the core imports nothing outside src\/core/);
    expect(lintText('src/core/x.ts', "import type { Feature } from '../main.ts';")).toHaveLength(1);
    expect(lintText('src/core/x.ts', "const m = import('../dev/pseudo/x.ts');")).toHaveLength(1);
    expect(lintText('src/core/x.ts', "import '../styles/base.css';")).toHaveLength(1);
    expect(lintText('src/core/record/x.ts', "import beats from '../../../story/record/beats.json';")).toEqual([]);
    expect(lintText('src/core/record/x.ts', "import { a } from '../save/y.ts';")).toEqual([]);
  });

  it('catch a feature importing another feature, from either of its homes, and let it import its own parts', () => {
    const apart = /features never import each other \(notebook → record\)/;
    const fromInstaller = lintText('src/features/notebook/x.ts', "import { a } from '../record/install-record.ts';");
    expect(fromInstaller.map((v) => v.message).join()).toMatch(apart);
    const intoUi = "import { a } from '../../ui/dom/record/record-panels.ts';";
    expect(
      lintText('src/features/notebook/x.ts', intoUi)
        .map((v) => v.message)
        .join(),
    ).toMatch(apart);
    const lazy = "const p = import('../record/record-panels.ts');";
    expect(
      lintText('src/ui/dom/notebook/x.ts', lazy)
        .map((v) => v.message)
        .join(),
    ).toMatch(apart);
    expect(lintText('src/ui/dom/notebook/x.ts', "export { a } from '../record/y.ts';")).toHaveLength(1);
    // Types carry no code across; under verbatimModuleSyntax only `import type` is sure to leave nothing behind.
    expect(lintText('src/ui/dom/notebook/x.ts', "import type { A } from '../record/y.ts';")).toEqual([]);
    expect(lintText('src/ui/dom/notebook/x.ts', "import { type A } from '../record/y.ts';")).toHaveLength(1);
    expect(lintText('src/features/notebook/x.ts', "import { a } from '../../ui/dom/notebook/y.ts';")).toEqual([]);
    expect(lintText('src/features/notebook/x.ts', "import { el } from '../../ui/dom/el.ts';")).toEqual([]);
    expect(lintText('src/ui/dom/notebook/x.ts', "import { el } from '../el.ts';")).toEqual([]);
  });

  it('catch the UI importing a feature (features compose the UI)', () => {
    const message = lintText('src/ui/dom/x.ts', "import { a } from '../../features/saves/install-saves.ts';")
      .map((v) => v.message)
      .join();
    expect(message).toMatch(/the UI never imports a feature/);
  });

  it('catch the UI importing a value from src/app, and let it import types', () => {
    expect(lintText('src/ui/dom/x.ts', "import { resolveMode } from '../../app/modes.ts';").map((v) => v.rule)).toEqual(
      ['layers'],
    );
    expect(lintText('src/ui/dom/x.ts', "import type { Feature } from '../../app/app-context.ts';")).toEqual([]);
  });

  it('catch any module but the controller taking the writable session, and let it take the reading side', () => {
    const writable = "import type { Session } from '../../../core/session/session.ts';";
    const creating = "import { createSession } from '../../../core/session/session.ts';";
    const reading = "import type { Entry, SessionReader } from '../../../core/session/session.ts';";
    expect(
      lintText('src/ui/dom/kiosk/x.ts', writable)
        .map((v) => v.message)
        .join(),
    ).toMatch(/only the controller/);
    expect(lintText('src/ui/dom/saves/x.ts', creating)).toHaveLength(1);
    expect(lintText('src/ui/dom/saves/x.ts', reading)).toEqual([]);
    expect(lintText('src/app/controller.ts', writable)).toEqual([]);
  });

  it('catch HTML insertion, eval and focused tests', () => {
    expect(lintText('src/ui/x.ts', 'el.innerHTML = text;')).toHaveLength(1);
    expect(lintText('src/ui/x.ts', 'const f = new Function("x");')).toHaveLength(1);
    const focused = ['it', 'only'].join('.');
    expect(lintText('tests/x.test.ts', `${focused}('a', () => {});`)).toHaveLength(1);
  });
});
