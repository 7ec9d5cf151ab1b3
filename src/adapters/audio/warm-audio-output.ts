// Starts the browser's audio output before the page makes its AudioContext, without blocking the page.
//
// `new AudioContext()` asks the browser for the output device's parameters synchronously. The first page of a
// browser session to do so waits, on its main thread, while the browser starts its audio system (traced in
// Chromium: 60–580 ms in one task, issue 18). Listing the media devices starts the same audio system, but
// asynchronously: the page stays free while it starts, and the AudioContext made afterwards takes a few
// milliseconds. Nothing is asked of the reader (no permission: without one the list is anonymous) and the list
// itself is not used.

/** The part of `navigator.mediaDevices` this needs. */
export interface MediaDevicesLike {
  enumerateDevices(): Promise<unknown>;
}

/** Waits never longer than this: a browser that does not answer must not keep the story silent. */
export const WARM_WAIT_MS = 1500;

/** Resolves once the audio output has started (or could not be started, or `waitMs` passed). Never rejects. */
export function warmAudioOutput(
  media: MediaDevicesLike | undefined = globalThis.navigator?.mediaDevices,
  waitMs = WARM_WAIT_MS,
): Promise<void> {
  if (typeof media?.enumerateDevices !== 'function') return Promise.resolve();
  let listed: Promise<unknown>;
  try {
    listed = media.enumerateDevices();
  } catch {
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, waitMs);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    Promise.resolve(listed).then(done, done);
  });
}
