// The Spanish edition as shipped: the record translation is complete and the two stories have the same shape.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RECORD } from '../../src/core/record/record-data.ts';
import { translateRecord, type RawTranslation } from '../../src/core/record/translate-record.ts';
import { checkParity } from '../../tools/i18n/parity.mjs';

const FILES = ['beats', 'sources', 'disputes', 'pushbacks', 'measures', 'roles'] as const;

function spanishRecord(): RawTranslation {
  const raw: Record<string, unknown> = {};
  for (const name of FILES) {
    const path = `story/record/es/${name}.json`;
    if (existsSync(path)) raw[name] = JSON.parse(readFileSync(path, 'utf8'));
  }
  return raw;
}

describe('the Spanish edition', () => {
  it('compiles cleanly and has exactly the shape of the English story (tools/i18n/parity.mjs)', () => {
    const { ok, problems } = checkParity('story/en/main.ink', 'story/es/main.ink');
    expect(problems).toEqual([]);
    expect(ok).toBe(true);
  }, 120_000);

  it('translates every text field of the record, so no English is left in the Spanish archive and debrief', () => {
    const { missing } = translateRecord(RECORD, spanishRecord());
    expect(missing).toEqual([]);
  });
});
