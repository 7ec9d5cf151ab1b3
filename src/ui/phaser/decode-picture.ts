// Fetches one raster picture and decodes it before it becomes a texture, in the form the renderer draws without
// decoding again on the main thread.
//
// - 'bitmap' (the Canvas renderer): the file's bytes go to createImageBitmap(blob), which Chromium decodes on a
//   worker thread into fully decoded pixels. An <img> decoded with img.decode() does not help a 2D canvas: its
//   pixels live in the compositor's cache, and each drawImage() of it onto the stage's canvas decoded the WebP again
//   on the main thread when the canvas was painted (traced: 5–40 ms per frame drawn, issue 18).
// - 'image' (WebGL): an <img> decoded with img.decode(), uploaded by Phaser's next frame. (An ImageBitmap was tried
//   there: WebGL ignores the unpack flip for bitmaps, and Chromium's software WebGL flipped some sizes and not
//   others.)

/** How the stage wants its pictures decoded (see above). */
export type DecodeKind = 'bitmap' | 'image';

/** A decoded picture: what Phaser draws, its size, and how to free its pixels once its texture is gone. */
export interface DecodedPicture {
  readonly source: HTMLImageElement | ImageBitmap;
  readonly width: number;
  readonly height: number;
  /**
   * Frees the decoded pixels now, not at some later garbage collection (a kiosk runs for weeks). An <img>'s pixels
   * are the browser's own cache's, freed with the element: nothing to do.
   */
  release(): void;
}

/** The Canvas renderer and a browser with createImageBitmap get bitmaps; everything else gets decoded images. */
export function decodeKindFor(renderer: 'canvas' | 'webgl'): DecodeKind {
  return renderer === 'canvas' && typeof globalThis.createImageBitmap === 'function' ? 'bitmap' : 'image';
}

export async function decodePicture(url: string, kind: DecodeKind): Promise<DecodedPicture> {
  if (kind === 'bitmap') {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    const bitmap = await createImageBitmap(await response.blob());
    return { source: bitmap, width: bitmap.width, height: bitmap.height, release: () => bitmap.close() };
  }
  const image = new Image();
  image.decoding = 'async';
  image.src = url;
  await image.decode();
  return { source: image, width: image.naturalWidth, height: image.naturalHeight, release: () => undefined };
}
