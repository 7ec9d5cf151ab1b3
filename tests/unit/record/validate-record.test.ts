import { describe, expect, it } from 'vitest';
import { RAW_RECORD } from '../../../src/core/record/record-data.ts';
import type { RecordProblemKind } from '../../../src/core/record/record-types.ts';
import { validateRecord, type RawRecord } from '../../../src/core/record/validate-record.ts';
import { storyTagValues } from './story-tag-values.ts';

/** The sources the real story's lines cite: some (a march, a crowd) are cited by no beat. */
const STORY_CITES = storyTagValues('cite');

type Json = Record<string, unknown>;
interface Copy {
  beats: Json[];
  sources: Json[];
  disputes: Json[];
  pushbacks: Json[];
  measures: { measures: Json[]; neverAdopted: Json[] };
  roles: Json[];
}

/** A deep copy of the real record, to break one thing at a time. */
function copy(): Copy {
  return structuredClone(RAW_RECORD) as unknown as Copy;
}

function beat(record: Copy, id: string): Json {
  const found = record.beats.find((b) => b['id'] === id);
  if (!found) throw new Error(`fixture: no beat ${id}`);
  return found;
}

function kinds(record: Copy | RawRecord): RecordProblemKind[] {
  return validateRecord(record, STORY_CITES).map((p) => p.kind);
}

describe('validateRecord', () => {
  it('reports a beat citing a source that does not exist', () => {
    const record = copy();
    beat(record, 'raid_1940_05_24')['sources'] = ['pat', 'no_such_book'];
    const problems = validateRecord(record, STORY_CITES);
    expect(problems).toContainEqual(
      expect.objectContaining({ kind: 'unknown_source', message: expect.stringContaining('no_such_book') }),
    );
  });

  it('reports an unknown source in a pushback, a dispute version and a measure', () => {
    const record = copy();
    record.pushbacks[0]!['sources'] = ['ghost_a'];
    (record.disputes[0]!['versions'] as Json[])[0]!['sources'] = ['ghost_b'];
    record.measures.measures[0]!['sources'] = ['ghost_c'];
    const messages = validateRecord(record as unknown as RawRecord, STORY_CITES)
      .filter((p) => p.kind === 'unknown_source')
      .map((p) => p.message);
    for (const ghost of ['ghost_a', 'ghost_b', 'ghost_c']) expect(messages.join(' ')).toContain(`"${ghost}"`);
  });

  it('reports duplicate beat and source ids', () => {
    const record = copy();
    record.beats.push(structuredClone(beat(record, 'tampico_1937_01_09')));
    record.sources.push(structuredClone(record.sources[0]!));
    const problems = validateRecord(record as unknown as RawRecord, STORY_CITES).filter(
      (p) => p.kind === 'duplicate_id',
    );
    expect(problems.map((p) => p.where)).toEqual(expect.arrayContaining(['beats', 'sources']));
  });

  it('reports dates that are not real dates', () => {
    for (const date of ['1940-02-30', '1940-13', '24 May 1940', '1940-5-24', '1939-02-29']) {
      const record = copy();
      beat(record, 'tampico_1937_01_09')['date'] = date;
      expect(kinds(record), date).toContain('bad_date');
    }
  });

  it('accepts a leap day and partial dates', () => {
    const record = copy();
    beat(record, 'tampico_1937_01_09')['date'] = '1940-02-29';
    beat(record, 'blue_house_1937')['date'] = '1937';
    expect(validateRecord(record as unknown as RawRecord, STORY_CITES)).toEqual([]);
  });

  it('reports spine dates that run backwards', () => {
    const record = copy();
    beat(record, 'harte_found_1940_06_25')['date'] = '1940-05-01';
    const problems = validateRecord(record, STORY_CITES);
    expect(problems).toContainEqual(
      expect.objectContaining({ kind: 'out_of_order', where: 'beats[harte_found_1940_06_25].date' }),
    );
  });

  it('reports epilogue dates that run backwards', () => {
    const record = copy();
    beat(record, 'volkov_dies_2023_06_16')['date'] = '1989';
    expect(kinds(record)).toContain('out_of_order');
  });

  it('reports a chronicle beat whose order differs from the canonical sequence', () => {
    const record = copy();
    beat(record, 'rehearsal_1940_08_17')['order'] = 6;
    expect(validateRecord(record as unknown as RawRecord, STORY_CITES)).toContainEqual(
      expect.objectContaining({ kind: 'out_of_order', where: 'beats[rehearsal_1940_08_17].order' }),
    );
  });

  it('reports a spine beat that is missing altogether', () => {
    const record = copy();
    record.beats = record.beats.filter((b) => b['id'] !== 'funeral_1940_08_22');
    const problems = validateRecord(record, STORY_CITES);
    expect(problems).toContainEqual(
      expect.objectContaining({ kind: 'vocabulary', message: expect.stringContaining('funeral_1940_08_22') }),
    );
  });

  it('reports a source no beat, dispute, pushback, measure or role cites', () => {
    const record = copy();
    record.sources.push({ id: 'lonely_pamphlet', short: 'A pamphlet', citation: 'A pamphlet, 1940.', kind: 'press' });
    expect(validateRecord(record as unknown as RawRecord, STORY_CITES)).toContainEqual(
      expect.objectContaining({ kind: 'orphan_source', where: 'sources[lonely_pamphlet]' }),
    );
  });

  it('counts a source that only a line of the story cites as used, and no other', () => {
    const record = copy();
    record.sources.push({ id: 'lonely_pamphlet', short: 'A pamphlet', citation: 'A pamphlet, 1940.', kind: 'press' });
    const orphans = (cites: string[]) =>
      validateRecord(record as unknown as RawRecord, cites).filter((p) => p.kind === 'orphan_source');
    expect(orphans([...STORY_CITES, 'lonely_pamphlet'])).toEqual([]);
    expect(orphans([...STORY_CITES]).map((p) => p.where)).toEqual(['sources[lonely_pamphlet]']);
  });

  it('reports missing and blank fields', () => {
    const record = copy();
    delete beat(record, 'raid_1940_05_24')['summary'];
    beat(record, 'tampico_1937_01_09')['place'] = '   ';
    delete record.pushbacks[0]!['reason'];
    const problems = validateRecord(record, STORY_CITES);
    expect(problems).toContainEqual(
      expect.objectContaining({ kind: 'missing_field', where: 'beats[raid_1940_05_24].summary' }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ kind: 'bad_value', where: 'beats[tampico_1937_01_09].place' }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ kind: 'missing_field', where: 'pushbacks[search_visitors].reason' }),
    );
  });

  it('reports a disputed beat without versions', () => {
    const record = copy();
    delete beat(record, 'move_to_viena_1939')['versions'];
    expect(validateRecord(record as unknown as RawRecord, STORY_CITES)).toContainEqual(
      expect.objectContaining({ kind: 'missing_field', where: 'beats[move_to_viena_1939].versions' }),
    );
  });

  it('reports a view that points at a version its dispute does not have', () => {
    const record = copy();
    const views = record.disputes.find((d) => d['id'] === 'harte')!['views'] as Json[];
    views[0]!['versions'] = ['harte_imaginary'];
    expect(validateRecord(record as unknown as RawRecord, STORY_CITES)).toContainEqual(
      expect.objectContaining({ kind: 'unknown_reference', message: expect.stringContaining('harte_imaginary') }),
    );
  });

  it('reports a pushback or view id the story uses but the data lacks', () => {
    const record = copy();
    record.pushbacks = record.pushbacks.filter((p) => p['id'] !== 'search_jacson');
    const views = record.disputes.find((d) => d['id'] === 'entry')!['views'] as Json[];
    views.pop();
    const messages = validateRecord(record as unknown as RawRecord, STORY_CITES)
      .filter((p) => p.kind === 'vocabulary')
      .map((p) => p.message);
    expect(messages.join(' ')).toContain('search_jacson');
    expect(messages.join(' ')).toContain('entry_unsure');
  });

  it('reports a partisan source without a caution', () => {
    const record = copy();
    delete record.sources.find((s) => s['id'] === 'wsws')!['caution'];
    expect(validateRecord(record as unknown as RawRecord, STORY_CITES)).toContainEqual(
      expect.objectContaining({ kind: 'missing_field', where: 'sources[wsws].caution' }),
    );
  });

  it('reports an unknown confidence and an unknown beat kind', () => {
    const record = copy();
    beat(record, 'raid_1940_05_24')['confidence'] = 'certain';
    beat(record, 'tampico_1937_01_09')['kind'] = 'legend';
    const where = validateRecord(record as unknown as RawRecord, STORY_CITES).map((p) => p.where);
    expect(where).toEqual(
      expect.arrayContaining(['beats[raid_1940_05_24].confidence', 'beats[tampico_1937_01_09].kind']),
    );
  });

  it('never throws, whatever it is given', () => {
    const garbage: RawRecord = {
      beats: 'x',
      sources: null,
      disputes: [1, 'a'],
      pushbacks: {},
      measures: [],
      roles: undefined,
    };
    expect(() => validateRecord(garbage)).not.toThrow();
    expect(validateRecord(garbage).length).toBeGreaterThan(5);
  });
});
