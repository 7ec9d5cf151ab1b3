// @vitest-environment happy-dom
// The audio output is started asynchronously (by listing the media devices) before howler makes its AudioContext,
// whose constructor otherwise waits on the page's main thread while the browser starts its audio system.
import { Howler } from 'howler';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHowlerAudio } from '../../../src/adapters/audio/howler-audio.ts';
import { type MediaDevicesLike, warmAudioOutput } from '../../../src/adapters/audio/warm-audio-output.ts';

/** A device list that answers when the test says so. */
function pendingDevices(): { media: MediaDevicesLike; answer: () => void; asked: () => number } {
  let answer = (): void => undefined;
  let asked = 0;
  const media = {
    enumerateDevices: () => {
      asked++;
      return new Promise<unknown>((resolve) => (answer = () => resolve([])));
    },
  };
  return { media, answer: () => answer(), asked: () => asked };
}

/** Lets every queued task and microtask run (no clock involved in what is asserted). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  Reflect.deleteProperty(navigator, 'mediaDevices');
});

describe('warmAudioOutput', () => {
  it('resolves once the browser has listed its devices, not before', async () => {
    const devices = pendingDevices();
    let done = false;
    const warming = warmAudioOutput(devices.media).then(() => (done = true));
    await settle();
    expect(devices.asked()).toBe(1);
    expect(done).toBe(false);
    devices.answer();
    await warming;
    expect(done).toBe(true);
  });

  it('resolves at once where there is no device list, and when the list is refused', async () => {
    await expect(warmAudioOutput(undefined)).resolves.toBeUndefined();
    const refusing = { enumerateDevices: () => Promise.reject(new Error('not allowed')) };
    await expect(warmAudioOutput(refusing)).resolves.toBeUndefined();
    const throwing = {
      enumerateDevices: (): Promise<unknown> => {
        throw new Error('not here');
      },
    };
    await expect(warmAudioOutput(throwing)).resolves.toBeUndefined();
  });

  it('gives up waiting after its time limit, so sound never waits on a browser that does not answer', async () => {
    vi.useFakeTimers();
    let done = false;
    const warming = warmAudioOutput(pendingDevices().media, 1500).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(1499);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await warming;
    expect(done).toBe(true);
  });
});

describe('createHowlerAudio and the audio output', () => {
  it('makes howler’s audio context only after the audio output has started', async () => {
    const devices = pendingDevices();
    Object.defineProperty(navigator, 'mediaDevices', { configurable: true, value: devices.media });
    const volume = vi.spyOn(Howler, 'volume');
    const made = createHowlerAudio({ logger: { warn: vi.fn() } });
    await vi.waitFor(() => expect(devices.asked()).toBe(1));
    await import('howler');
    await settle();
    expect(volume).not.toHaveBeenCalled();
    devices.answer();
    const audio = await made;
    expect(volume).toHaveBeenCalled();
    audio.dispose();
  });
});
