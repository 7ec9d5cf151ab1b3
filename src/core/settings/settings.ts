import type { AudioVolumes } from '../audio/audio-port.ts';
import { DEFAULT_VOLUMES } from '../audio/mix-level.ts';
import type { Language } from './language.ts';

export const TEXT_SIZES = ['small', 'normal', 'large', 'larger'] as const;
export const LINE_SPACINGS = ['normal', 'relaxed', 'wide'] as const;
export const TYPEFACES = ['book', 'hyperlegible', 'dyslexic'] as const;
export const THEMES = ['paper', 'dark', 'contrast'] as const;
/** `system` follows the device's prefers-reduced-motion; the other two override it. */
export const MOTIONS = ['system', 'reduced', 'full'] as const;
export const TEXT_SPEEDS = ['gentle', 'instant'] as const;

export type TextSize = (typeof TEXT_SIZES)[number];
export type LineSpacing = (typeof LINE_SPACINGS)[number];
export type Typeface = (typeof TYPEFACES)[number];
export type Theme = (typeof THEMES)[number];
export type Motion = (typeof MOTIONS)[number];
export type TextSpeed = (typeof TEXT_SPEEDS)[number];

/** The player's reading and listening preferences. Remembered under the storage key `settings`. */
export interface Settings {
  readonly textSize: TextSize;
  readonly lineSpacing: LineSpacing;
  readonly typeface: Typeface;
  readonly theme: Theme;
  readonly motion: Motion;
  readonly textSpeed: TextSpeed;
  readonly captions: boolean;
  /** Marks on invented lines and on lines with sources, each source one press away (docs/marks.md). */
  readonly marks: boolean;
  readonly volumes: AudioVolumes;
  /** The language the player chose (title toggle or settings); null until they choose: then the browser decides. */
  readonly language: Language | null;
}

export const SETTINGS_KEY = 'settings';

/**
 * Defaults depend on the mode only through captions (kiosks caption by default: noisy halls, no headphones), the
 * marks of what is invented and sourced (on in the classroom, where telling fiction from record is the lesson) and
 * sound (a classroom starts muted: the raid has gunfire; the player can turn it on).
 */
export function defaultSettings(captionsByDefault: boolean, marksByDefault = false, mutedByDefault = false): Settings {
  return {
    textSize: 'normal',
    lineSpacing: 'normal',
    typeface: 'book',
    theme: 'paper',
    motion: 'system',
    textSpeed: 'gentle',
    captions: captionsByDefault,
    marks: marksByDefault,
    volumes: mutedByDefault ? { ...DEFAULT_VOLUMES, muted: true } : DEFAULT_VOLUMES,
    language: null,
  };
}

/** CSS values for the text controls (rem and unitless line heights). */
export const TEXT_SIZE_REM: Readonly<Record<TextSize, number>> = { small: 1, normal: 1.125, large: 1.3, larger: 1.5 };
export const LINE_HEIGHT: Readonly<Record<LineSpacing, number>> = { normal: 1.65, relaxed: 1.9, wide: 2.2 };

/** Reduced motion as it applies now: the setting when chosen, the device's preference when `system`. */
export function resolveReducedMotion(motion: Motion, devicePrefersReduced: boolean): boolean {
  switch (motion) {
    case 'system':
      return devicePrefersReduced;
    case 'reduced':
      return true;
    case 'full':
      return false;
  }
}
