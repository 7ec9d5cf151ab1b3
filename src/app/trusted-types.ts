/**
 * The game's one Trusted Types policy. The server requires Trusted Types for every script sink
 * (`require-trusted-types-for 'script'`) and allows only this policy (`trusted-types default`).
 *
 * Why it exists: Phaser's SVG loader, when asked for a size (`load.svg(key, url, { width, height })`), parses the
 * SVG text it fetched from our own origin with `DOMParser.parseFromString`, which is an HTML sink under Trusted
 * Types. A document made by DOMParser is inert (its scripts never run), but the sink is still guarded, so the
 * default policy lets exactly that through: the DOMParser sink, with text that is an SVG document without script
 * or event-handler attributes. Every other HTML sink (innerHTML…), every script text and every script URL stays
 * blocked: the policy defines no createScript and no createScriptURL.
 */

interface TrustedTypesFactory {
  readonly defaultPolicy: unknown;
  createPolicy(
    name: string,
    rules: { createHTML?: (input: string, type: string, sink: string) => string | null },
  ): unknown;
}

/** The sink name Chromium passes to the default policy for DOMParser.parseFromString. */
export const DOMPARSER_SINK = 'DOMParser parseFromString';

/** An SVG document (optionally after an XML prolog) with no script element, no on* handler and no javascript: URL. */
export function isPlainSvg(text: string): boolean {
  if (!/^\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/.test(text)) return false;
  return !/<script\b|<foreignObject\b|\son[a-z]+\s*=|javascript:/i.test(text);
}

/** What the default policy returns for a string headed for a guarded HTML sink: the same string, or null (blocked). */
export function allowHtml(input: string, sink: string): string | null {
  return sink === DOMPARSER_SINK && isPlainSvg(input) ? input : null;
}

/** Installs the default policy where the browser has Trusted Types; elsewhere (or if one exists) does nothing. */
export function installTrustedTypesPolicy(scope: { trustedTypes?: TrustedTypesFactory } = globalThis as never): void {
  const factory = scope.trustedTypes;
  if (!factory || factory.defaultPolicy) return;
  factory.createPolicy('default', { createHTML: (input, _type, sink) => allowHtml(input, sink) });
}
