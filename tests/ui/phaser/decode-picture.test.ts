// @vitest-environment happy-dom
// The Canvas renderer gets its pictures as bitmaps decoded from the fetched file (off the main thread), never as
// <img> elements, which a 2D canvas decodes again on the main thread each time it is painted.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeKindFor, decodePicture } from '../../../src/ui/phaser/decode-picture.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** A fetch that answers every URL with these bytes (or a status), recording what was asked. */
function serve(status = 200): { asked: string[] } {
  const asked: string[] = [];
  vi.stubGlobal('fetch', (url: string) => {
    asked.push(url);
    return Promise.resolve(new Response(new Blob([new Uint8Array([82, 73, 70, 70])]), { status }));
  });
  return { asked };
}

describe('decodeKindFor', () => {
  it('gives the Canvas renderer bitmaps and WebGL decoded images', () => {
    vi.stubGlobal('createImageBitmap', () => Promise.reject(new Error('unused')));
    expect(decodeKindFor('canvas')).toBe('bitmap');
    expect(decodeKindFor('webgl')).toBe('image');
  });

  it('falls back to decoded images where the browser cannot make bitmaps', () => {
    vi.stubGlobal('createImageBitmap', undefined);
    expect(decodeKindFor('canvas')).toBe('image');
  });
});

describe('decodePicture as a bitmap', () => {
  it('decodes the fetched file with createImageBitmap and makes no <img>', async () => {
    const { asked } = serve();
    const bitmap = { width: 1280, height: 720, close: vi.fn() };
    const decoded: Blob[] = [];
    vi.stubGlobal('createImageBitmap', (blob: Blob) => {
      decoded.push(blob);
      return Promise.resolve(bitmap);
    });
    const images = vi.spyOn(globalThis, 'Image');
    const picture = await decodePicture('assets/garden-day-w1280.webp', 'bitmap');
    expect(asked).toEqual(['assets/garden-day-w1280.webp']);
    expect(decoded).toHaveLength(1);
    expect(decoded[0]?.size).toBe(4);
    expect(picture).toMatchObject({ source: bitmap, width: 1280, height: 720 });
    expect(images).not.toHaveBeenCalled();
    expect(bitmap.close).not.toHaveBeenCalled();
    picture.release();
    expect(bitmap.close).toHaveBeenCalledOnce();
  });

  it('rejects when the file is missing, so the scene can try the next tier', async () => {
    serve(404);
    const decode = vi.fn();
    vi.stubGlobal('createImageBitmap', decode);
    await expect(decodePicture('assets/missing.webp', 'bitmap')).rejects.toThrow(/404/);
    expect(decode).not.toHaveBeenCalled();
  });
});
