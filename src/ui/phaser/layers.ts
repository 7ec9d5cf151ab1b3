// Which picture layers a StageState implies. Pure (no Phaser, no DOM) so the mapping from the story's security
// measures to what is drawn can be tested in node. The Phaser code draws exactly what this returns.

import type { EffectId, SceneId, TimeOfDay } from '../../core/stage/ids.ts';
import type { StageState } from '../../core/stage/stage-state.ts';
import { MEASURE_IDS, type MeasureId } from '../../core/record/record-ids.ts';
import { isOneOf } from '../../core/is-one-of.ts';

/** The ink LIST `measures` (one list for the whole game), in the order the pictures stack them. */
export { MEASURE_IDS, type MeasureId };

/**
 * Where each measure can be seen. The plan shows every measure (physical works as drawings, practices as small
 * marks at the place they belong); the location scenes show only what one could see standing there.
 * tools/art/generate-art.mjs draws one overlay piece per (scene, measure) pair listed here; a test keeps the two
 * in step.
 */
export const MEASURES_BY_SCENE: Readonly<Partial<Record<SceneId, readonly MeasureId[]>>> = {
  plan: MEASURE_IDS,
  gate: ['sandbags_early', 'steel_doors', 'towers', 'two_guard_gate', 'wire_lights', 'visitor_log'],
  patio: ['sandbags_early', 'towers', 'wire_lights', 'shutters'],
  tower: ['towers', 'sandbags_early', 'siren', 'wire_lights'],
  street: ['towers', 'wire_lights', 'police_checked', 'police_tripled'],
  guardroom: ['alarm_tested', 'night_rota'],
  bedroom: ['shutters'],
  study: ['shutters'],
  dining: ['shutters'],
};

/** Scenes inside or at the walls of Avenida Viena 19: these carry the small plan with the player's place marked. */
export const COMPOUND_SCENES: readonly SceneId[] = [
  'gate',
  'patio',
  'study',
  'dining',
  'library',
  'bedroom',
  'guardroom',
  'tower',
  'street',
];

export interface StageLayers {
  /** Texture key of the scene picture at this time of day, e.g. 'patio-night'. */
  readonly base: string;
  readonly scene: SceneId;
  readonly time: TimeOfDay;
  /** Measure overlays drawn on this scene, in MEASURE_IDS order (bottom to top). */
  readonly measures: readonly MeasureId[];
  /** Texture keys of those overlays, e.g. 'gate__steel_doors-night'. */
  readonly overlays: readonly string[];
  /** The scene whose place is marked on the small plan in the corner, or null when no small plan is drawn. */
  readonly marker: SceneId | null;
  /** The effect and whether it must be a still picture (reduced motion: no flashes, no flicker). */
  readonly effect: { readonly id: EffectId; readonly still: boolean } | null;
  /** Measure names from the story that no picture knows (reported once as a warning, never drawn). */
  readonly unknown: readonly string[];
}

/** 'measures.steel_doors' (an ink list item's full name) and 'steel_doors' both name the same measure. */
export function measureName(raw: string): string {
  const dot = raw.lastIndexOf('.');
  return dot >= 0 ? raw.slice(dot + 1) : raw;
}

function isMeasureId(value: string): value is MeasureId {
  return isOneOf(MEASURE_IDS, value);
}

export function overlayKey(scene: SceneId, measure: MeasureId, time: TimeOfDay): string {
  return `${scene}__${measure}-${time}`;
}

export function baseKey(scene: SceneId, time: TimeOfDay): string {
  return `${scene}-${time}`;
}

export function layersFor(stage: StageState, options: { reducedMotion: boolean }): StageLayers {
  const present = new Set<MeasureId>();
  const unknown: string[] = [];
  for (const raw of stage.measures) {
    const name = measureName(raw);
    if (isMeasureId(name)) present.add(name);
    else unknown.push(raw);
  }
  const visible = MEASURES_BY_SCENE[stage.scene] ?? [];
  const measures = MEASURE_IDS.filter((m) => present.has(m) && visible.includes(m));
  return {
    base: baseKey(stage.scene, stage.time),
    scene: stage.scene,
    time: stage.time,
    measures,
    overlays: measures.map((m) => overlayKey(stage.scene, m, stage.time)),
    marker: COMPOUND_SCENES.includes(stage.scene) ? stage.scene : null,
    effect: stage.effect === null ? null : { id: stage.effect, still: options.reducedMotion },
    unknown,
  };
}

/** A stable identity for "the same picture": show() with an equal signature changes nothing. */
export function layersSignature(layers: StageLayers): string {
  const effect = layers.effect === null ? '-' : `${layers.effect.id}:${layers.effect.still ? 'still' : 'moving'}`;
  return [layers.base, layers.overlays.join(','), layers.marker ?? '-', effect].join('|');
}
