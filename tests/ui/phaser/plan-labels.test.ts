// The words on the compound plan: every label the art draws has an id the string tables translate, and the Spanish
// plan says its own words (only proper names stay as they are).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLAN_LABEL_IDS } from '../../../src/ui/phaser/plan-labels.ts';
import { en } from '../../../src/ui/strings/en.ts';
import { es } from '../../../src/ui/strings/es.ts';

const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '../../../assets/art/manifest.json'), 'utf8')) as {
  plan: { labels: { id: string; text: string }[] };
};
const SAME_IN_BOTH = new Set(['avenida_viena', 'patio']);

describe('the plan labels', () => {
  it('give every label in the art manifest an id the code knows, and use every id', () => {
    const ids = manifest.plan.labels.map((l) => l.id);
    for (const id of ids) expect(PLAN_LABEL_IDS, id).toContain(id);
    expect(new Set(ids)).toEqual(new Set(PLAN_LABEL_IDS));
  });

  it('keep the English table identical to the words the art generator wrote', () => {
    for (const label of manifest.plan.labels)
      expect(en.planLabels[label.id as keyof typeof en.planLabels], label.id).toBe(label.text);
  });

  it('translate every Spanish label except the proper names', () => {
    for (const id of PLAN_LABEL_IDS) {
      expect(es.planLabels[id].trim(), id).not.toBe('');
      if (SAME_IN_BOTH.has(id)) expect(es.planLabels[id], id).toBe(en.planLabels[id]);
      else expect(es.planLabels[id], id).not.toBe(en.planLabels[id]);
    }
  });
});
