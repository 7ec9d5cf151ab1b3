// Which of Phaser's two renderers draws the stage. Pure: the browser probe (gpu-probe.ts) and the address are
// read elsewhere and passed in, so the decision is unit-tested.
//
// Why: when WebGL is software-rendered (SwiftShader, llvmpipe: no GPU), Chromium reads every WebGL frame back to its
// software compositor on the main thread, 50–190 ms per picture drawn, and checks the shaders once (~170 ms). The
// Canvas renderer draws the same still pictures with the CPU straight into the compositor's own memory, without
// either cost. With a real GPU, WebGL stays (it is the faster of the two there).
//
// The signal is the renderer string (WEBGL_debug_renderer_info, else gl.RENDERER), not a context created with
// failIfMajorPerformanceCaveat: headless Chromium on SwiftShader grants that context, so it would miss the very
// machines this is for. docs/art.md explains the choice.

/** What the browser probe found: whether a WebGL context could be made at all, and its renderer string. */
export interface GpuProbe {
  readonly webgl: boolean;
  /** The unmasked renderer string, or gl.RENDERER when the browser hides it; null when unknown. */
  readonly renderer: string | null;
}

/** `?renderer=webgl` or `?renderer=canvas`: for tests only (the WebGL context-loss tests force WebGL with it). */
export type RendererOverride = 'webgl' | 'canvas' | null;

export type RendererChoice = 'webgl' | 'canvas';

/** Renderer strings of WebGL implementations that run on the CPU. */
const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render driver/i;

export function isSoftwareRenderer(renderer: string | null): boolean {
  return renderer !== null && SOFTWARE.test(renderer);
}

/** Reads the testing override from the address; anything else (absent, unknown, too long) is no override. */
export function rendererOverride(search: string): RendererOverride {
  if (search.length > 2048) return null;
  let raw: string | null;
  try {
    raw = new URLSearchParams(search).get('renderer');
  } catch {
    return null;
  }
  const value = raw?.toLowerCase() ?? null;
  return value === 'webgl' || value === 'canvas' ? value : null;
}

/**
 * 'webgl' means "try WebGL" (the caller starts Phaser.AUTO, which still falls back to canvas if WebGL fails);
 * 'canvas' means the Canvas renderer. The override wins; otherwise WebGL only when it exists and is not software.
 */
export function chooseRenderer(probe: GpuProbe, override: RendererOverride): RendererChoice {
  if (override !== null) return override;
  if (!probe.webgl) return 'canvas';
  return isSoftwareRenderer(probe.renderer) ? 'canvas' : 'webgl';
}
