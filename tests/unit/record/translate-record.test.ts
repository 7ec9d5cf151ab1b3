import { describe, expect, it } from 'vitest';
import type { RecordData } from '../../../src/core/record/record-types.ts';
import { translateRecord } from '../../../src/core/record/translate-record.ts';

const BASE: RecordData = {
  beats: [
    {
      id: 'raid',
      kind: 'spine',
      order: 1,
      date: '1940-05-24',
      time: 'about 04:00',
      place: 'Avenida Viena',
      people: ['Leon Trotsky'],
      title: 'The raid',
      summary: 'Gunmen raid the house.',
      confidence: 'disputed',
      sources: ['pat'],
      versions: [
        { claim: 'One version.', sources: ['pat'] },
        { claim: 'Another.', sources: ['pat'] },
      ],
    },
  ],
  sources: [
    { id: 'pat', short: 'Patenaude 2009', citation: 'Patenaude, Trotsky (2009).', kind: 'book', caution: 'Take care.' },
  ],
  disputes: [
    {
      id: 'harte',
      question: 'Did Harte help?',
      beats: ['raid'],
      consensus: 'Most think so.',
      versions: [{ id: 'v1', claim: 'He did.', sources: ['pat'] }],
      views: [{ id: 'yes', label: 'Yes', versions: ['v1'] }],
    },
  ],
  pushbacks: [
    { id: 'search', beat: 'raid', attempt: 'You proposed a search.', reason: 'He refused.', sources: ['pat'] },
  ],
  measures: {
    measures: [
      {
        id: 'alarm',
        kind: 'proposal',
        label: 'Alarm',
        may24: 'no',
        aug20: 'yes',
        note: 'Switched off.',
        sources: ['pat'],
      },
    ],
    neverAdopted: [{ id: 'search_all', label: 'Search everyone', note: 'Never.', sources: ['pat'] }],
  },
  roles: [{ id: 'teamster', title: 'The Teamster', basis: 'A composite.', sources: ['pat'] }],
};

const FULL = {
  beats: [
    {
      id: 'raid',
      time: 'hacia las 4:00',
      place: 'Avenida Viena',
      title: 'El asalto',
      summary: 'Un grupo armado asalta la casa.',
      versions: [{ claim: 'Una versión.' }, { claim: 'Otra.' }],
    },
  ],
  sources: [{ id: 'pat', caution: 'Con cuidado.' }],
  disputes: [
    {
      id: 'harte',
      question: '¿Ayudó Harte?',
      consensus: 'La mayoría cree que sí.',
      versions: [{ id: 'v1', claim: 'Sí ayudó.' }],
      views: [{ id: 'yes', label: 'Sí' }],
    },
  ],
  pushbacks: [{ id: 'search', attempt: 'Propusiste revisar.', reason: 'Se negó.' }],
  measures: {
    measures: [{ id: 'alarm', label: 'Alarma', note: 'Apagada.' }],
    neverAdopted: [{ id: 'search_all', label: 'Revisar a todos', note: 'Nunca.' }],
  },
  roles: [{ id: 'teamster', title: 'El camionero', basis: 'Un personaje compuesto.' }],
};

describe('translateRecord', () => {
  it('puts every translated text field over the English by id and reports nothing missing', () => {
    const { record, missing } = translateRecord(BASE, FULL);
    expect(missing).toEqual([]);
    expect(record.beats[0]?.title).toBe('El asalto');
    expect(record.beats[0]?.versions?.map((v) => v.claim)).toEqual(['Una versión.', 'Otra.']);
    expect(record.disputes[0]?.views[0]?.label).toBe('Sí');
    expect(record.measures.neverAdopted[0]?.label).toBe('Revisar a todos');
    expect(record.roles[0]?.title).toBe('El camionero');
    expect(record.sources[0]?.caution).toBe('Con cuidado.');
    expect(record.sources[0]?.citation).toBe(BASE.sources[0]?.citation);
  });

  it('never lets a translation change the structure: dates, order, sources and confidence stay English', () => {
    const hostile = {
      beats: [{ ...FULL.beats[0], date: '1999-01-01', order: 9, sources: ['nope'], confidence: 'solid' }],
    };
    const beat = translateRecord(BASE, hostile).record.beats[0]!;
    expect([beat.date, beat.order, beat.sources, beat.confidence]).toEqual(['1940-05-24', 1, ['pat'], 'disputed']);
  });

  it('falls back to English for every missing or empty field and lists each one', () => {
    const partial = { beats: [{ id: 'raid', title: 'El asalto', summary: '  ' }], roles: 'not a list' };
    const { record, missing } = translateRecord(BASE, partial);
    expect(record.beats[0]?.title).toBe('El asalto');
    expect(record.beats[0]?.summary).toBe('Gunmen raid the house.');
    expect(record.roles[0]?.basis).toBe('A composite.');
    expect(missing).toContain('beats[raid].summary');
    expect(missing).toContain('beats[raid].versions[1].claim');
    expect(missing).toContain('disputes[harte].views[yes].label');
    expect(missing).toContain('roles[teamster].title');
    expect(missing).not.toContain('sources[pat].citation');
  });
});
