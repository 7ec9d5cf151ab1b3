import { describe, expect, it } from 'vitest';
import { endSentence } from '../../../src/ui/strings/end-sentence.ts';
import { es } from '../../../src/ui/strings/es.ts';
import { en } from '../../../src/ui/strings/en.ts';

describe('endSentence', () => {
  it('closes a sentence with one full stop, never a second after an abbreviation', () => {
    expect(endSentence('Loaded: I. Arrival, 8 Dec 2026, 01:00')).toBe('Loaded: I. Arrival, 8 Dec 2026, 01:00.');
    expect(endSentence('Cargada: I. La llegada, 8 dic 2026, 12:55 a.m.')).toBe(
      'Cargada: I. La llegada, 8 dic 2026, 12:55 a.m.',
    );
    expect(endSentence('Ready?')).toBe('Ready?');
  });

  it('is what the save notices use in both languages', () => {
    expect(es.saves.loaded('I. La llegada, 8 dic 2026, 12:55 a.m.')).toBe(
      'Cargada: I. La llegada, 8 dic 2026, 12:55 a.m.',
    );
    expect(en.saves.saved('Slot 1')).toBe('Saved: Slot 1.');
  });
});
