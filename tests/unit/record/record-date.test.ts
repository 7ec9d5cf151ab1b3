import { describe, expect, it } from 'vitest';
import { canFollow, parseRecordDate } from '../../../src/core/record/record-date.ts';

describe('parseRecordDate', () => {
  it('reads a full date as a one-day span', () => {
    expect(parseRecordDate('1940-08-20')).toEqual({ earliest: '1940-08-20', latest: '1940-08-20' });
  });

  it('reads a month as the whole month, leap years included', () => {
    expect(parseRecordDate('1940-02')).toEqual({ earliest: '1940-02-01', latest: '1940-02-29' });
    expect(parseRecordDate('1939-02')).toEqual({ earliest: '1939-02-01', latest: '1939-02-28' });
  });

  it('reads a year as the whole year', () => {
    expect(parseRecordDate('1941')).toEqual({ earliest: '1941-01-01', latest: '1941-12-31' });
  });

  it('rejects days and months that do not exist and other formats', () => {
    for (const bad of ['1940-06-31', '1940-00', '1940-02-30', '1940/05/24', '', '19400', '1940-05-24T04:00']) {
      expect(parseRecordDate(bad), bad).toBeNull();
    }
  });
});

describe('canFollow', () => {
  it('lets a month follow a day inside that month', () => {
    expect(canFollow(parseRecordDate('1940-06-25')!, parseRecordDate('1940-06')!)).toBe(true);
  });

  it('refuses a date wholly before the previous one', () => {
    expect(canFollow(parseRecordDate('1940-06-25')!, parseRecordDate('1940-05')!)).toBe(false);
  });
});
