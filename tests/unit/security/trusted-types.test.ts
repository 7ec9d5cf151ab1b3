import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOMPARSER_SINK, allowHtml, installTrustedTypesPolicy, isPlainSvg } from '../../../src/app/trusted-types.ts';

interface Rules {
  createHTML?: (input: string, type: string, sink: string) => string | null;
}

function fakeFactory(existing: unknown = null) {
  const created: { name: string; rules: Rules }[] = [];
  return {
    created,
    factory: {
      defaultPolicy: existing,
      createPolicy(name: string, rules: Rules) {
        created.push({ name, rules });
        return {};
      },
    },
  };
}

describe('the Trusted Types default policy', () => {
  it("lets our own SVG text through to DOMParser, which is what Phaser's SVG loader does with a size", () => {
    const svg =
      '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>';
    expect(allowHtml(svg, DOMPARSER_SINK)).toBe(svg);
  });

  it('blocks every other HTML sink, even for an SVG', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"></svg>';
    for (const sink of [
      'Element innerHTML',
      'Element outerHTML',
      'Element insertAdjacentHTML',
      'Document write',
      'Range createContextualFragment',
    ]) {
      expect(allowHtml(svg, sink), sink).toBeNull();
    }
  });

  it('blocks HTML and SVG that carry script, handlers, foreign HTML or javascript: URLs', () => {
    for (const text of [
      '<img src=x onerror=alert(1)>',
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>',
      '<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><div/></foreignObject></svg>',
      '<svg xmlns="http://www.w3.org/2000/svg"><a href="javascript:alert(1)"><text>x</text></a></svg>',
      '<html><svg></svg></html>',
      '',
    ]) {
      expect(isPlainSvg(text), text).toBe(false);
      expect(allowHtml(text, DOMPARSER_SINK), text).toBeNull();
    }
  });

  it('accepts every SVG the game ships (assets/art), so no picture is blocked', () => {
    const dir = join('assets', 'art');
    const files: string[] = [];
    const walk = (d: string) => {
      for (const entry of readdirSync(d, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(join(d, entry.name));
        else if (entry.name.endsWith('.svg')) files.push(join(d, entry.name));
      }
    };
    walk(dir);
    expect(files.length).toBeGreaterThan(50);
    expect(files.filter((f) => !isPlainSvg(readFileSync(f, 'utf8')))).toEqual([]);
  });

  it('is installed once, as "default", with no script or script-URL rule, and only where Trusted Types exist', () => {
    const fresh = fakeFactory();
    installTrustedTypesPolicy({ trustedTypes: fresh.factory });
    expect(fresh.created.map((c) => c.name)).toEqual(['default']);
    expect(Object.keys(fresh.created[0]!.rules)).toEqual(['createHTML']);
    const already = fakeFactory({});
    installTrustedTypesPolicy({ trustedTypes: already.factory });
    expect(already.created).toEqual([]);
    expect(() => installTrustedTypesPolicy({})).not.toThrow();
  });
});
