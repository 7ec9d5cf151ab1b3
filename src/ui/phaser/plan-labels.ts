/**
 * The words written on the compound plan, by label id (assets/art/manifest.json `plan.labels`). The picture layer
 * draws them as Phaser text because they belong to the art; each language's string table gives its own words.
 */
export const PLAN_LABEL_IDS = [
  'river_bed',
  'avenida_viena',
  'police_hut',
  'garage',
  'only_way_in',
  'guards_rooms',
  'rabbits',
  'hens',
  'old_tower',
  'library',
  'dining',
  'kitchen',
  'east_bedroom',
  'study',
  'bedroom',
  'seva_room',
  'patio',
  'neighbour',
] as const;

export type PlanLabelId = (typeof PLAN_LABEL_IDS)[number];

export type PlanLabels = Readonly<Record<PlanLabelId, string>>;
