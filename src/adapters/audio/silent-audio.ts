import type { AudioPort, AudioScene, AudioStatus, AudioVolumes } from '../../core/audio/audio-port.ts';
import { DEFAULT_VOLUMES } from '../../core/audio/mix-level.ts';
import { SILENCE } from '../../core/audio/reconcile-plan.ts';
import type { SfxId } from '../../core/stage/ids.ts';

/**
 * An AudioPort that makes no sound: for tests and for environments without audio (or when howler fails to load).
 * It remembers what it was told, so tests can assert on it.
 */
export class SilentAudio implements AudioPort {
  readonly status: AudioStatus = 'unavailable';
  /** The last state passed to `reconcile`. */
  scene: AudioScene = SILENCE;
  volumes: AudioVolumes = DEFAULT_VOLUMES;
  /** Every effect asked for, in order (none of them sounded). */
  readonly sfxRequested: SfxId[] = [];
  unlockCalls = 0;
  disposed = false;

  reconcile(state: AudioScene): void {
    this.scene = { music: state.music, ambience: state.ambience };
  }

  playSfx(id: SfxId): void {
    this.sfxRequested.push(id);
  }

  setVolumes(v: AudioVolumes): void {
    this.volumes = { ...v };
  }

  unlock(): void {
    this.unlockCalls++;
  }

  /** Never calls the listener: nothing plays, so nothing needs a caption. */
  onAmbientEvent(): void {
    // nothing plays, so there is nothing to caption
  }

  dispose(): void {
    this.disposed = true;
  }
}

export function createSilentAudio(): SilentAudio {
  return new SilentAudio();
}
