import {
  AMBIENCE_BEDS,
  LAYER_OFFSET_SEC,
  LAYER_RATE,
  ONESHOT_CAPTIONS,
  oneshotFile,
  type OneshotId,
} from '../../core/audio/ambient-events.ts';
import type { AudioPort, AudioScene, AudioStatus, AudioVolumes } from '../../core/audio/audio-port.ts';
import {
  nextAmbientEvent,
  seededRandom,
  type AmbientEvent,
  type RandomSource,
} from '../../core/audio/event-schedule.ts';
import { DEFAULT_VOLUMES, levelFor } from '../../core/audio/mix-level.ts';
import { planReconcile, SILENCE, type ChannelChange } from '../../core/audio/reconcile-plan.ts';
import { soundEntry, type SoundEntry } from '../../core/audio/sound-catalog.ts';
import type { AmbienceId, SfxId } from '../../core/stage/ids.ts';
import { howlerFactory, type HowlFactory, type HowlLike } from './howl-factory.ts';
import { createSilentAudio } from './silent-audio.ts';
import { soundUrl } from './sound-urls.ts';
import { warmAudioOutput } from './warm-audio-output.ts';

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
  /** Where the ambient events' randomness comes from (default: seeded from Math.random once). Tests pass a seed. */
  readonly random?: RandomSource;
}

type Channel = ChannelChange['channel'];

/** One playback of a file, carrying `share` of its voice's level. */
interface Layer {
  readonly id: number;
  readonly share: number;
}

/**
 * A looping sound on a channel: one playback, or for a layered ambience bed two playbacks of the same file (the
 * second slowed to LAYER_RATE and started LAYER_OFFSET_SEC in, at equal power), so the bed does not repeat every
 * loop. `level` is where it is heading (its target volume).
 */
interface Voice {
  readonly entry: SoundEntry;
  readonly howl: HowlLike;
  readonly layers: readonly Layer[];
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
  private readonly random: RandomSource;
  /** The ambient events running over the current ambience bed, if any. */
  private events: {
    readonly ambience: AmbienceId;
    timer: ReturnType<typeof setTimeout> | null;
    previous: OneshotId | null;
  } | null = null;
  private eventListener: ((id: OneshotId) => void) | null = null;
  private readonly onStateChange = (): void => {
    if (this.status === 'running') this.apply();
  };

  constructor(private readonly parts: HowlerAudioParts) {
    this.random = parts.random ?? seededRandom(Math.floor(Math.random() * 2 ** 32));
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
      for (const layer of voice.layers)
        this.safely('volume', () => voice.howl.setVolume(voice.level * layer.share, layer.id));
    }
  }

  onAmbientEvent(listener: ((id: OneshotId) => void) | null): void {
    this.eventListener = listener;
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
    this.stopEvents();
    this.eventListener = null;
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
    if (change.channel === 'ambience') this.startEvents(change.to);
    if (change.to === null) return;
    const entry =
      change.channel === 'music'
        ? soundEntry({ kind: 'music', id: change.to })
        : soundEntry({ kind: 'ambience', id: change.to });
    this.channels[change.channel] = this.fadeIn(entry);
  }

  /** Start scattering one-shots over `ambience`'s bed (stopping those of the last bed); null just stops. */
  private startEvents(ambience: AmbienceId | null): void {
    this.stopEvents();
    if (ambience === null) return;
    this.events = { ambience, timer: null, previous: null };
    this.scheduleNextEvent();
  }

  private stopEvents(): void {
    if (this.events?.timer) clearTimeout(this.events.timer);
    this.events = null;
  }

  private scheduleNextEvent(): void {
    const events = this.events;
    if (!events) return;
    const next = nextAmbientEvent(events.ambience, this.random, events.previous);
    if (!next) return;
    events.timer = setTimeout(() => {
      events.timer = null;
      if (this.events !== events || this.disposed) return;
      events.previous = next.id;
      this.safely('ambient event', () => this.playEvent(events.ambience, next));
      this.scheduleNextEvent();
    }, next.afterMs);
  }

  /** One ambient event at the ambience channel's level times its own gain, with its pan and rate; then its caption. */
  private playEvent(ambience: AmbienceId, event: AmbientEvent): void {
    const bed = soundEntry({ kind: 'ambience', id: ambience });
    const level = levelFor(bed, this.volumes) * event.gain;
    if (level === 0) return; // muted or turned down to nothing: no sound, so no caption either
    const entry: SoundEntry = {
      ...bed,
      file: oneshotFile(event.id),
      loop: false,
      stream: false,
      caption: ONESHOT_CAPTIONS[event.id],
    };
    const howl = this.howlFor(entry);
    if (!howl) return;
    const id = howl.play();
    howl.setVolume(level, id);
    howl.setRate(event.rate, id);
    howl.setPan(event.pan, id);
    this.eventListener?.(event.id);
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
    const layered = entry.ref.kind === 'ambience' && AMBIENCE_BEDS[entry.ref.id].layered;
    const layers: Layer[] = [{ id: howl.play(), share: layered ? Math.SQRT1_2 : 1 }];
    if (layered) {
      const id = howl.play();
      howl.setRate(LAYER_RATE, id);
      howl.seek(LAYER_OFFSET_SEC, id);
      layers.push({ id, share: Math.SQRT1_2 });
    }
    for (const layer of layers) howl.setVolume(0, layer.id);
    const voice: Voice = { entry, howl, layers, level, fade: { from: 0, to: 0, at: 0 }, stopTimer: null };
    this.startFade(voice, 0, level);
    return voice;
  }

  private startFade(voice: Voice, from: number, to: number): void {
    for (const layer of voice.layers)
      voice.howl.fade(from * layer.share, to * layer.share, this.parts.fadeMs, layer.id);
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
      for (const layer of voice.layers) this.safely('stop', () => voice.howl.stop(layer.id));
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
    this.warnOnce(
      `play:${entry.file}`,
      `[sound] ${entry.file} could not play (${String(error)}); it will retry after a tap.`,
    );
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
  /** The ambient events' random source (tests; default seeded once from Math.random). */
  readonly random?: RandomSource;
}

/**
 * Loads howler (lazily: it is not in the first-text bundle) and returns the AudioPort. If howler cannot load, returns
 * a silent port and warns: the story never waits on sound.
 */
export async function createHowlerAudio(options: HowlerAudioOptions = {}): Promise<AudioPort> {
  const logger = options.logger ?? console;
  const common = {
    urlFor: options.urlFor ?? soundUrl,
    logger,
    fadeMs: options.fadeMs ?? 1500,
    ...(options.random ? { random: options.random } : {}),
  };
  if (options.makeHowl && options.howler)
    return new HowlerAudio({ ...common, makeHowl: options.makeHowl, howler: options.howler });
  try {
    // The audio output starts while howler loads, so making the context below does not block the page.
    const [module] = await Promise.all([import('howler'), warmAudioOutput()]);
    // howler is CommonJS: depending on the bundler its exports arrive as named exports or under `default`.
    const lib = module.Howl ? module : (module as unknown as { default: typeof module }).default;
    // Kiosks and classrooms run on mains power; an auto-suspended context would need resuming mid-story (pitfalls H7).
    lib.Howler.autoSuspend = false;
    // howler makes its AudioContext lazily (first Howl or volume call); make it now, so `status` can read its
    // state and the adapter can hear it start running (kiosk autoplay flag, or howler's own unlock on a tap).
    lib.Howler.volume();
    return new HowlerAudio({
      ...common,
      makeHowl: options.makeHowl ?? howlerFactory(lib.Howl),
      howler: options.howler ?? lib.Howler,
    });
  } catch (error) {
    logger.warn(`[sound] howler could not load (${String(error)}); the story goes on silently.`);
    return createSilentAudio();
  }
}
