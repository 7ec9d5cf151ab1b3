import { describe, expect, it } from 'vitest';
import { countsToCsv, csvField, type CsvLabels } from '../../../src/core/kiosk/counts-to-csv.ts';
import { FINISHED, countEnd, countFinish, countStart, emptyCounts } from '../../../src/core/kiosk/kiosk-counts.ts';

const LABELS: CsvLabels = {
  header: ['date', 'metric', 'detail', 'value'],
  started: 'visits begun',
  finished: 'visits finished',
  errors: 'errors',
  medianSeconds: 'median visit length (s)',
  language: 'language chosen',
  stoppedAt: 'visits that stopped at',
  stopFinished: 'the end',
  stopNoBeat: 'before the first event',
  languageName: (code) => ({ en: 'English', es: 'Spanish, "español"' })[code] ?? code,
};

/** A small RFC 4180 reader: enough to prove the file parses back into the rows it was made from. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('the staff CSV export', () => {
  it('quotes commas, quotes and line breaks, and defuses spreadsheet formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-1+1')).toBe("'-1+1");
    expect(csvField(-3)).toBe('-3');
  });

  it('writes a header row, then one row per day and metric that parses back', () => {
    let counts = emptyCounts(0);
    counts = countStart(counts, '2026-11-26', 'es');
    counts = countFinish(counts, '2026-11-26');
    counts = countEnd(counts, '2026-11-26', 601_000, FINISHED);
    counts = countStart(counts, '2026-11-26', 'en');
    counts = countEnd(counts, '2026-11-26', 61_000, 'raid_1940_05_24');
    counts = countStart(counts, '2026-11-27', 'en');
    counts = countEnd(counts, '2026-11-27', 1_000, 'none');
    const csv = countsToCsv(counts, LABELS);
    expect(csv.startsWith('\ufeffdate,metric,detail,value\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(parseCsv(csv.slice(1))).toEqual([
      ['date', 'metric', 'detail', 'value'],
      ['2026-11-26', 'visits begun', '', '2'],
      ['2026-11-26', 'visits finished', '', '1'],
      ['2026-11-26', 'errors', '', '0'],
      ['2026-11-26', 'median visit length (s)', '', '335'],
      ['2026-11-26', 'language chosen', 'English', '1'],
      ['2026-11-26', 'language chosen', 'Spanish, "español"', '1'],
      ['2026-11-26', 'visits that stopped at', 'the end', '1'],
      ['2026-11-26', 'visits that stopped at', 'raid_1940_05_24', '1'],
      ['2026-11-27', 'visits begun', '', '1'],
      ['2026-11-27', 'visits finished', '', '0'],
      ['2026-11-27', 'errors', '', '0'],
      ['2026-11-27', 'median visit length (s)', '', '5'],
      ['2026-11-27', 'language chosen', 'English', '1'],
      ['2026-11-27', 'visits that stopped at', 'before the first event', '1'],
    ]);
  });

  it('is just the header when nothing was counted yet', () => {
    expect(countsToCsv(emptyCounts(0), LABELS)).toBe('\ufeffdate,metric,detail,value\r\n');
  });
});
