import { describe, expect, it } from 'vitest';
import { earlyScriptFileName, withBuiltEarlyScript } from '../../../tools/boot/vite-plugin-early-script.ts';

describe('earlyScriptFileName', () => {
  it('names the built early script by its content, in the form the offline copy treats as content-named', () => {
    const name = earlyScriptFileName('(function () {})();');
    expect(name).toMatch(/^assets\/early-mode-[0-9a-f]{8}\.js$/);
    expect(earlyScriptFileName('(function () {})();')).toBe(name);
    expect(earlyScriptFileName('(function () { 1; })();')).not.toBe(name);
  });
});

describe('withBuiltEarlyScript', () => {
  it("points the page's early script at the built file", () => {
    const html = '<head><script vite-ignore src="./src/boot/early-mode.js"></script></head>';
    expect(withBuiltEarlyScript(html, 'assets/early-mode-0123abcd.js')).toBe(
      '<head><script vite-ignore src="./assets/early-mode-0123abcd.js"></script></head>',
    );
  });

  it('refuses a page that does not load the early script', () => {
    expect(() => withBuiltEarlyScript('<head></head>', 'assets/early-mode-0123abcd.js')).toThrow(/early-mode\.js/);
  });
});
