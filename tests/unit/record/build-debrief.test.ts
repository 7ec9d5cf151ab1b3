import { describe, expect, it } from 'vitest';
import { buildDebrief } from '../../../src/core/record/build-debrief.ts';
import { CANONICAL_SEQUENCE } from '../../../src/core/record/canonical-sequence.ts';
import type { DebriefInput } from '../../../src/core/record/debrief-types.ts';
import { RECORD } from '../../../src/core/record/record-data.ts';

const FULL: DebriefInput = {
  chronicle: [...CANONICAL_SEQUENCE],
  pushbacks: [
    { id: 'alarm_on_may24', chapter: 'ch2_raid' },
    { id: 'search_jacson', chapter: 'ch6_attack' },
  ],
  views: ['entry_ladders', 'harte_unsure'],
  measures: ['visitor_log', 'steel_doors', 'towers'],
  role: 'student',
};

function withInput(change: Partial<DebriefInput>): DebriefInput {
  return { ...FULL, ...change };
}

describe('buildDebrief', () => {
  it("puts each pushback's historical reason and sources beside what the player tried", () => {
    const { attempts } = buildDebrief(FULL);
    expect(attempts.map((a) => [a.id, a.chapter])).toEqual([
      ['alarm_on_may24', 'ch2_raid'],
      ['search_jacson', 'ch6_attack'],
    ]);
    const search = attempts[1]!;
    const data = RECORD.pushbacks.find((p) => p.id === 'search_jacson')!;
    expect(search.attempt).toBe(data.attempt);
    expect(search.reason).toBe(data.reason);
    expect(search.sources.map((s) => s.id)).toEqual(data.sources);
    expect(search.beat.title).toBe(RECORD.beats.find((b) => b.id === data.beat)!.title);
  });

  it('counts the same attempt in the same chapter once, but keeps it when repeated in another chapter', () => {
    const { attempts } = buildDebrief(
      withInput({
        pushbacks: [
          { id: 'search_visitors', chapter: 'ch1_arrival' },
          { id: 'search_visitors', chapter: 'ch1_arrival' },
          { id: 'search_visitors', chapter: 'ch4_fortress' },
        ],
      }),
    );
    expect(attempts.map((a) => a.chapter)).toEqual(['ch1_arrival', 'ch4_fortress']);
  });

  it("sets the player's view beside every historian's version and marks the ones it agrees with", () => {
    const { views } = buildDebrief(FULL);
    const entry = views.find((v) => v.disputeId === 'entry')!;
    expect(entry.yourView.id).toBe('entry_ladders');
    expect(entry.versions.length).toBeGreaterThanOrEqual(3);
    expect(entry.versions.filter((v) => v.matchesYourView).map((v) => v.id)).toEqual(['entry_scaled_wall']);
    expect(entry.versions.every((v) => v.sources.length > 0)).toBe(true);
    expect(entry.consensus).toBeTruthy();
  });

  it('marks every version as matching when the player stayed unsure', () => {
    const harte = buildDebrief(FULL).views.find((v) => v.disputeId === 'harte')!;
    expect(harte.versions.every((v) => v.matchesYourView)).toBe(true);
  });

  it('keeps only the latest view on a question and remembers the earlier one', () => {
    const { views } = buildDebrief(withInput({ views: ['harte_agent', 'harte_victim'] }));
    expect(views).toHaveLength(1);
    expect(views[0]!.yourView.id).toBe('harte_victim');
    expect(views[0]!.earlierViews).toEqual([
      RECORD.disputes.find((d) => d.id === 'harte')!.views.find((v) => v.id === 'harte_agent')!.label,
    ]);
  });

  it('tells every beat of a complete chronicle with its sources, in play order', () => {
    const { chronicle } = buildDebrief(FULL);
    expect(chronicle.complete).toBe(true);
    expect(chronicle.notReached).toEqual([]);
    expect(chronicle.reached.map((b) => b.id)).toEqual([...CANONICAL_SEQUENCE]);
    const raid = chronicle.reached[0]!;
    expect(raid.summary).toMatch(/Siqueiros/);
    expect(raid.sources.map((s) => s.id)).toContain('pat');
    expect(raid.sources[0]!.citation.length).toBeGreaterThan(20);
  });

  it('lists the beats a partial session did not reach and is not complete', () => {
    const { chronicle } = buildDebrief(withInput({ chronicle: ['rehearsal_1940_08_17', 'attack_1940_08_20'] }));
    expect(chronicle.complete).toBe(false);
    expect(chronicle.notReached.map((b) => b.id)).toContain('raid_1940_05_24');
    expect(chronicle.notReached.map((b) => b.id)).not.toContain('attack_1940_08_20');
  });

  it('reports beats out of order, repeated or unknown as problems without dropping the rest', () => {
    const debrief = buildDebrief(
      withInput({
        chronicle: ['jacson_enters_1940_05_28', 'raid_1940_05_24', 'raid_1940_05_24', 'tampico_1937_01_09', 'made_up'],
      }),
    );
    expect(debrief.chronicle.reached.map((b) => b.id)).toEqual(['jacson_enters_1940_05_28', 'raid_1940_05_24']);
    expect(debrief.chronicle.complete).toBe(false);
    expect(debrief.problems.join('\n')).toMatch(
      /out of canonical order[\s\S]*more than once[\s\S]*tampico[\s\S]*made_up/,
    );
  });

  it("compares the player's house with what was really in place on 24 May and 20 August", () => {
    const { security } = buildDebrief(FULL);
    const row = (id: string) => security.measures.find((m) => m.id === id)!;
    expect(row('visitor_log').yours).toBe(true);
    expect(row('two_guard_gate').yours).toBe(false);
    expect(row('two_guard_gate')).toMatchObject({ may24: 'no', aug20: 'yes' });
    expect(row('siren').aug20).toBe('partly');
    expect(security.measures).toHaveLength(RECORD.measures.measures.length);
    expect(security.proposalsInPlace).toBe(1);
    expect(security.proposalsTotal).toBe(6);
    expect(security.neverAdopted.map((n) => n.id)).toContain('search_every_visitor');
  });

  it('names the real people a role is built from', () => {
    expect(buildDebrief(FULL).role?.basis).toMatch(/Harte|Schnautz/);
    expect(buildDebrief(withInput({ role: 'mexican' })).role?.basis).toMatch(/Benítez/);
  });

  it('turns unknown pushbacks, views, measures and roles into problems, not crashes', () => {
    const debrief = buildDebrief(
      withInput({
        pushbacks: [{ id: 'fly_away', chapter: 'ch2_raid' }],
        views: ['harte_hero'],
        measures: ['moat'],
        role: 'pilot',
      }),
    );
    expect(debrief.attempts).toEqual([]);
    expect(debrief.views).toEqual([]);
    expect(debrief.role).toBeNull();
    expect(debrief.problems).toEqual(
      expect.arrayContaining([
        'unknown pushback "fly_away"',
        'unknown view "harte_hero"',
        'unknown measure "moat"',
        'unknown role "pilot"',
      ]),
    );
  });

  it('gives the same debrief for the same input', () => {
    expect(buildDebrief(FULL)).toEqual(buildDebrief(FULL));
  });

  it("carries each source's caution into the debrief", () => {
    const harte = buildDebrief(FULL).views.find((v) => v.disputeId === 'harte')!;
    const wsws = harte.versions.flatMap((v) => v.sources).find((s) => s.id === 'wsws');
    expect(wsws?.kind).toBe('partisan');
    expect(wsws?.caution).toMatch(/partisan/i);
  });
});
