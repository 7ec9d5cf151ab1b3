// Asks the browser once which WebGL implementation it has (renderer-choice.ts decides what to do with it). The
// probe's context is released at once, so it never counts against the browser's limit of live contexts.

import type { GpuProbe } from './renderer-choice.ts';

export function probeGpu(): GpuProbe {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl');
    if (gl === null) return { webgl: false, renderer: null };
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const raw: unknown = gl.getParameter(info === null ? gl.RENDERER : info.UNMASKED_RENDERER_WEBGL);
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return { webgl: true, renderer: typeof raw === 'string' ? raw : null };
  } catch {
    return { webgl: false, renderer: null };
  }
}
