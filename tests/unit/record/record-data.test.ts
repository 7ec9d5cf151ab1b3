import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CANONICAL_SEQUENCE } from '../../../src/core/record/canonical-sequence.ts';
import { RAW_RECORD, RECORD } from '../../../src/core/record/record-data.ts';
import { MEASURE_IDS, ROLE_IDS } from '../../../src/core/record/record-ids.ts';
import { validateRecord } from '../../../src/core/record/validate-record.ts';
import { storyTagValues } from './story-tag-values.ts';

const ROOT = join(import.meta.dirname, '../../..');

/** The bracket codes of the research file (kept in the repository), as source ids (`LT-SSMD` → `lt_ssmd`). */
function bracketCodes(): string[] {
  const file = JSON.parse(readFileSync(join(ROOT, 'tests/unit/record/research-codes.json'), 'utf8')) as {
    codes: string[];
  };
  return file.codes.map((code) => code.toLowerCase().replaceAll('-', '_'));
}

describe('the shipped historical record', () => {
  it('validates with zero problems', () => {
    expect(validateRecord(RAW_RECORD, storyTagValues('cite'))).toEqual([]);
  });

  it('lists the spine and epilogue in the canonical order of the ink contract', () => {
    const chronicle = RECORD.beats
      .filter((b) => b.kind !== 'backstory')
      .sort((a, b) => (a.order ?? 0) - (b.order ?? 0))
      .map((b) => b.id);
    expect(chronicle).toEqual([...CANONICAL_SEQUENCE]);
  });

  it('defines every backstory beat the writers recall', () => {
    const backstory = RECORD.beats.filter((b) => b.kind === 'backstory').map((b) => b.id);
    for (const id of [
      'tampico_1937_01_09',
      'blue_house_1937',
      'dewey_hearings_1937_04',
      'sedov_dies_1938_02_16',
      'move_to_viena_1939',
      'seva_arrives_1939_08',
    ]) {
      expect(backstory).toContain(id);
    }
  });

  it('has a source for every bracket code of the research file', () => {
    const codes = bracketCodes();
    expect(codes).toEqual(expect.arrayContaining(['pat', 'han40', 'lt_ssmd', 'lt_cgpu', 'wsws', 'comintern']));
    const ids = RECORD.sources.map((s) => s.id);
    expect(codes.filter((code) => !ids.includes(code))).toEqual([]);
  });

  it('flags the partisan and propaganda sources with a caution', () => {
    for (const id of ['wsws', 'comintern']) {
      const source = RECORD.sources.find((s) => s.id === id);
      expect(source?.caution ?? '').toMatch(/partisan|propaganda/i);
    }
  });

  it('defines every record, recall, cite, pushback and view id the story uses', () => {
    const beats = RECORD.beats.map((b) => b.id);
    const undefinedIds = [
      ...storyTagValues('record').filter((id) => !beats.includes(id)),
      ...storyTagValues('recall').filter((id) => !RECORD.beats.some((b) => b.id === id && b.kind === 'backstory')),
      ...storyTagValues('cite').filter((id) => !RECORD.sources.some((s) => s.id === id)),
      ...storyTagValues('pushback').filter((id) => !RECORD.pushbacks.some((p) => p.id === id)),
      ...storyTagValues('view').filter((id) => !RECORD.disputes.some((d) => d.views.some((v) => v.id === id))),
    ];
    expect(undefinedIds).toEqual([]);
  });

  it('gives every disputed beat at least two versions', () => {
    for (const beat of RECORD.beats.filter((b) => b.confidence === 'disputed')) {
      expect(beat.versions?.length ?? 0, beat.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('is rendered for humans in docs/sources.md, up to date with the JSON', () => {
    expect(() =>
      execFileSync(process.execPath, [join(ROOT, 'tools/record/render-sources.mjs'), '--check'], { stdio: 'pipe' }),
    ).not.toThrow();
  });

  it('knows the same measures and roles as the ink LISTs', () => {
    const ink = readFileSync(join(ROOT, 'story/en/variables.ink'), 'utf8');
    const list = (name: string) =>
      (new RegExp(`^LIST ${name} = (.*)$`, 'm').exec(ink)?.[1] ?? '')
        .split(',')
        .map((item) => item.trim().replace(/[()]/g, ''));
    expect(list('measures')).toEqual([...MEASURE_IDS]);
    expect(list('roles')).toEqual([...ROLE_IDS]);
  });
});
