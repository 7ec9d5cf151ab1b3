import type { AudioPort, AudioScene, AudioStatus, AudioVolumes } from '../../core/audio/audio-port.ts';
import { DEFAULT_VOLUMES, levelFor } from '../../core/audio/mix-level.ts';
import { planReconcile, SILENCE, type ChannelChange } from '../../core/audio/reconcile-plan.ts';
import { soundEntry, type SoundEntry } from '../../core/audio/sound-catalog.ts';
import type { SfxId } from '../../core/stage/ids.ts';
import { howlerFactory, type HowlFactory, type HowlLike } from './howl-factory.ts';
import { createSilentAudio } from './silent-audio.ts';
import { soundUrl } from './sound-urls.ts';

/** The part of howler's global `Howler` object the adapter reads. */
export interface HowlerGlobalLike {
  readonly ctx?: AudioContextLike | null;
  readonly noAudio?: boolean;
}

export interface AudioContextLike {
  readonly state: string;
  resume(): Promise<void>;
  addEventListener?(type: 'statechange', listener: () => void): void;
  removeEventListener?(type: 'statechange', listener: () => void): void;
}

export interface HowlerAudioParts {
  readonly makeHowl: HowlFactory;
  readonly howler: HowlerGlobalLike;
  readonly urlFor: (entry: SoundEntry) => string | undefined;
  readonly logger: Pick<Console, 'warn'>;
  /** Crossfade length for music and ambience changes. */
  readonly fadeMs: number;
  /** Milliseconds clock (default `Date.now`), to know how far a fade has gone. */
  readonly now?: () => number;
}

type Channel = ChannelChange['channel'];

/** One playback of a looping sound on a channel. `level` is where it is heading (its target volume). */
interface Voice {
  readonly entry: SoundEntry;
  readonly howl: HowlLike;
  readonly id: number;
  level: number;
  /** The last fade started on it: from, to, and when. */
  fade: { from: number; to: number; at: number };
  /** Set while fading out: the timer that stops it at the end of the fade. */
  stopTimer: ReturnType<typeof setTimeout> | null;
}

/**
 * AudioPort on howler. It reconciles declared state: it remembers the music and ambience the story asks for and
 * makes the playing sound match, crossfading; the same state twice does nothing. One Howl per file, made on first
 * use and kept (howler leaks on load/unload churn, pitfalls H5). While locked, the declared state waits and starts
 * at unlock; effects are skipped, not queued. Nothing here throws: failures are warnings and silence.
 */
export class HowlerAudio implements AudioPort {
  private declared: AudioScene = SILENCE;
  /** What the channels have been set to (lags `declared` while locked). */
  private applied: AudioScene = SILENCE;
  private readonly channels: Record<Channel, Voice | null> = { music: null, ambience: null };
  /** Voices fading out, kept so a quick change back can fade them in again instead of starting over. */
  private readonly fading: Voice[] = [];
  private readonly howls = new Map<string, HowlLike>();
  private readonly broken = new Set<string>();
  private readonly warned = new Set<string>();
  private volumes: AudioVolumes = DEFAULT_VOLUMES;
  private gestureSeen = false;
  private runningSeen = false;
  private disposed = false;
  private readonly onStateChange = (): void => {
    if (this.status === 'running') this.apply();
  };

  constructor(private readonly parts: HowlerAudioParts) {
    parts.howler.ctx?.addEventListener?.('statechange', this.onStateChange);
  }

  /**
   * `running` once the audio context has been seen running (or, without Web Audio, once a gesture unlocked it).
   * It stays `running` after that: howler may suspend an idle context, but it resumes by itself on the next play.
   */
  get status(): AudioStatus {
    if (this.disposed || this.parts.howler.noAudio) return 'unavailable';
    if (this.runningSeen) return 'running';
    const ctx = this.parts.howler.ctx;
    if (ctx ? ctx.state === 'running' : this.gestureSeen) this.runningSeen = true;
    return this.runningSeen ? 'running' : 'locked';
  }

  reconcile(state: AudioScene): void {
    if (this.disposed) return;
    this.declared = { music: state.music, ambience: state.ambience };
    if (this.status === 'running') this.apply();
  }

  playSfx(id: SfxId): void {
    if (this.status !== 'running') return; // skipped, never queued: no burst of stale effects at the first tap
    this.safely(`effect ${id}`, () => {
      const entry = soundEntry({ kind: 'sfx', id });
      const level = levelFor(entry, this.volumes);
      if (level === 0) return;
      const howl = this.howlFor(entry);
      if (!howl) return;
      const playback = howl.play();
      howl.setVolume(level, playback);
    });
  }

  setVolumes(v: AudioVolumes): void {
    if (this.disposed) return;
    this.volumes = { ...v };
    for (const voice of Object.values(this.channels)) {
      if (!voice) continue;
      voice.level = levelFor(voice.entry, this.volumes);
      this.safely('volume', () => voice.howl.setVolume(voice.level, voice.id));
    }
  }

  unlock(): void {
    if (this.disposed || this.parts.howler.noAudio) return;
    this.gestureSeen = true;
    const ctx = this.parts.howler.ctx;
    if (ctx && ctx.state !== 'running') {
      this.safely('unlock', () => {
        ctx.resume().then(
          () => this.onStateChange(),
          (error: unknown) => this.warnOnce('unlock', `[sound] the browser refused to start audio: ${String(error)}`),
        );
      });
      return;
    }
    this.onStateChange();
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.parts.howler.ctx?.removeEventListener?.('statechange', this.onStateChange);
    for (const voice of this.fading.splice(0)) if (voice.stopTimer) clearTimeout(voice.stopTimer);
    for (const howl of this.howls.values()) this.safely('dispose', () => howl.unload());
    this.howls.clear();
    this.channels.music = null;
    this.channels.ambience = null;
  }

  /** Make the channels match the declared state (a no-op when they already do). */
  private apply(): void {
    if (this.disposed) return;
    for (const change of planReconcile(this.applied, this.declared)) {
      this.safely(`${change.channel} ${change.to ?? 'off'}`, () => this.switchChannel(change));
    }
    this.applied = this.declared;
  }

  private switchChannel(change: ChannelChange): void {
    const old = this.channels[change.channel];
    if (old) this.fadeOut(old);
    this.channels[change.channel] = null;
    if (change.to === null) return;
    const entry = change.channel === 'music' ? soundEntry({ kind: 'music', id: change.to }) : soundEntry({ kind: 'ambience', id: change.to });
    this.channels[change.channel] = this.fadeIn(entry);
  }

  private fadeIn(entry: SoundEntry): Voice | null {
    const level = levelFor(entry, this.volumes);
    const revived = this.fading.findIndex((v) => v.entry.file === entry.file);
    if (revived >= 0) {
      const [voice] = this.fading.splice(revived, 1);
      if (voice) {
        if (voice.stopTimer) clearTimeout(voice.stopTimer);
        voice.stopTimer = null;
        this.startFade(voice, this.levelNow(voice), level);
        return voice;
      }
    }
    const howl = this.howlFor(entry);
    if (!howl) return null;
    const id = howl.play();
    howl.setVolume(0, id);
    const voice: Voice = { entry, howl, id, level, fade: { from: 0, to: 0, at: 0 }, stopTimer: null };
    this.startFade(voice, 0, level);
    return voice;
  }

  private startFade(voice: Voice, from: number, to: number): void {
    voice.howl.fade(from, to, this.parts.fadeMs, voice.id);
    voice.fade = { from, to, at: this.now() };
    voice.level = to;
  }

  /** Where a voice's volume is now, part-way through its last fade (so a reversed fade starts from there, no dip). */
  private levelNow(voice: Voice): number {
    const done = this.parts.fadeMs > 0 ? (this.now() - voice.fade.at) / this.parts.fadeMs : 1;
    const t = Math.min(1, Math.max(0, done));
    return voice.fade.from + (voice.fade.to - voice.fade.from) * t;
  }

  private now(): number {
    return (this.parts.now ?? Date.now)();
  }

  private fadeOut(voice: Voice): void {
    this.startFade(voice, this.levelNow(voice), 0);
    voice.stopTimer = setTimeout(() => {
      const at = this.fading.indexOf(voice);
      if (at >= 0) this.fading.splice(at, 1);
      this.safely('stop', () => voice.howl.stop(voice.id));
    }, this.parts.fadeMs + 50);
    this.fading.push(voice);
  }

  /** The one Howl for a file, made on first use; null if the file is missing or failed to load. */
  private howlFor(entry: SoundEntry): HowlLike | null {
    if (this.broken.has(entry.file)) return null;
    const known = this.howls.get(entry.file);
    if (known) return known;
    const url = this.parts.urlFor(entry);
    if (!url) {
      this.markBroken(entry, 'there is no such file in the build');
      return null;
    }
    const howl = this.parts.makeHowl({
      url,
      loop: entry.loop,
      stream: entry.stream,
      onLoadError: (error) => this.markBroken(entry, `it could not be loaded or decoded (${String(error)})`),
      onPlayError: (error) => this.onPlayError(entry, error),
    });
    this.howls.set(entry.file, howl);
    return howl;
  }

  private markBroken(entry: SoundEntry, why: string): void {
    this.broken.add(entry.file);
    this.warnOnce(entry.file, `[sound] ${entry.file} stays silent: ${why}. The story goes on.`);
  }

  /** A refused playback (usually a still-locked browser): forget that loop so the next unlock or reconcile restarts it. */
  private onPlayError(entry: SoundEntry, error: unknown): void {
    this.warnOnce(`play:${entry.file}`, `[sound] ${entry.file} could not play (${String(error)}); it will retry after a tap.`);
    for (const channel of ['music', 'ambience'] as const) {
      if (this.channels[channel]?.entry.file === entry.file) {
        this.channels[channel] = null;
        this.applied = { ...this.applied, [channel]: null };
      }
    }
  }

  private warnOnce(key: string, message: string): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    this.parts.logger.warn(message);
  }

  private safely(what: string, task: () => void): void {
    try {
      task();
    } catch (error) {
      this.warnOnce(`error:${what}`, `[sound] ${what} failed (${String(error)}); the story goes on.`);
    }
  }
}

export interface HowlerAudioOptions {
  readonly fadeMs?: number;
  readonly logger?: Pick<Console, 'warn'>;
  readonly urlFor?: (entry: SoundEntry) => string | undefined;
  /** Replace howler (tests): with both of these given, howler is not imported at all. */
  readonly makeHowl?: HowlFactory;
  readonly howler?: HowlerGlobalLike;
}

/**
 * Loads howler (lazily: it is not in the first-text bundle) and returns the AudioPort. If howler cannot load, returns
 * a silent port and warns: the story never waits on sound.
 */
export async function createHowlerAudio(options: HowlerAudioOptions = {}): Promise<AudioPort> {
  const logger = options.logger ?? console;
  const common = { urlFor: options.urlFor ?? soundUrl, logger, fadeMs: options.fadeMs ?? 1500 };
  if (options.makeHowl && options.howler) return new HowlerAudio({ ...common, makeHowl: options.makeHowl, howler: options.howler });
  try {
    const module = await import('howler');
    // howler is CommonJS: depending on the bundler its exports arrive as named exports or under `default`.
    const lib = (module.Howl ? module : (module as unknown as { default: typeof module }).default);
    // Kiosks and classrooms run on mains power; an auto-suspended context would need resuming mid-story (pitfalls H7).
    lib.Howler.autoSuspend = false;
    // howler makes its AudioContext lazily (first Howl or volume call); make it now, so `status` can read its
    // state and the adapter can hear it start running (kiosk autoplay flag, or howler's own unlock on a tap).
    lib.Howler.volume();
    return new HowlerAudio({
      ...common,
      makeHowl: options.makeHowl ?? howlerFactory(lib.Howl),
      howler: options.howler ?? (lib.Howler),
    });
  } catch (error) {
    logger.warn(`[sound] howler could not load (${String(error)}); the story goes on silently.`);
    return createSilentAudio();
  }
}
