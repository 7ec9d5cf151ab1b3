import { describe, expect, it } from 'vitest';
import { chooseRenderer, isSoftwareRenderer, rendererOverride } from '../../../src/ui/phaser/renderer-choice.ts';

const SWIFTSHADER = 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)';
const LLVMPIPE = 'llvmpipe (LLVM 15.0.6, 256 bits)';
const INTEL = 'ANGLE (Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2), OpenGL 4.6)';

describe('chooseRenderer', () => {
  it('draws with the Canvas renderer when WebGL runs on SwiftShader or llvmpipe', () => {
    expect(chooseRenderer({ webgl: true, renderer: SWIFTSHADER }, null)).toBe('canvas');
    expect(chooseRenderer({ webgl: true, renderer: LLVMPIPE }, null)).toBe('canvas');
    expect(chooseRenderer({ webgl: true, renderer: 'Microsoft Basic Render Driver' }, null)).toBe('canvas');
  });

  it('keeps WebGL on a real GPU, and when the browser hides which one it is', () => {
    expect(chooseRenderer({ webgl: true, renderer: INTEL }, null)).toBe('webgl');
    expect(chooseRenderer({ webgl: true, renderer: null }, null)).toBe('webgl');
  });

  it('draws with canvas when there is no WebGL at all', () => {
    expect(chooseRenderer({ webgl: false, renderer: null }, null)).toBe('canvas');
  });

  it('lets the testing override win either way', () => {
    expect(chooseRenderer({ webgl: true, renderer: SWIFTSHADER }, 'webgl')).toBe('webgl');
    expect(chooseRenderer({ webgl: true, renderer: INTEL }, 'canvas')).toBe('canvas');
  });
});

describe('isSoftwareRenderer', () => {
  it('recognises software renderers in any case and nothing else', () => {
    expect(isSoftwareRenderer('Google SwiftShader')).toBe(true);
    expect(isSoftwareRenderer('SOFTPIPE')).toBe(true);
    expect(isSoftwareRenderer(INTEL)).toBe(false);
    expect(isSoftwareRenderer(null)).toBe(false);
  });
});

describe('rendererOverride', () => {
  it('reads ?renderer=webgl and ?renderer=canvas in any case', () => {
    expect(rendererOverride('?renderer=webgl')).toBe('webgl');
    expect(rendererOverride('?mode=kiosk&renderer=CANVAS')).toBe('canvas');
  });

  it('ignores a missing, unknown or oversized value', () => {
    expect(rendererOverride('')).toBeNull();
    expect(rendererOverride('?renderer=vulkan')).toBeNull();
    expect(rendererOverride(`?renderer=webgl&x=${'a'.repeat(2100)}`)).toBeNull();
  });
});
