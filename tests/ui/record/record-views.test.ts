// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { INITIAL_GAME } from '../../../src/core/game/game-state.ts';
import { buildDebrief } from '../../../src/core/record/build-debrief.ts';
import { RECORD } from '../../../src/core/record/record-data.ts';
import { archiveView } from '../../../src/ui/dom/record/archive-view.ts';
import { debriefView } from '../../../src/ui/dom/debrief-view.ts';
import { formatRecordDate } from '../../../src/ui/dom/record/format-date.ts';
import { inventedParagraphs } from '../../../src/ui/dom/record/invented-paragraphs.ts';
import { enRecord } from '../../../src/ui/strings/en-record.ts';

const game = {
  ...INITIAL_GAME,
  role: 'student',
  recalls: ['tampico_1937_01_09'],
  chronicle: [{ beat: 'raid_1940_05_24', turn: 4, checkpoint: 'ch2_raid' }],
  cites: ['pat', 'comintern'],
};

describe('the archive', () => {
  it('shows backstory and record beats met so far, oldest first, with dates and sources', () => {
    const view = archiveView(game, RECORD, enRecord, [], 'happened');
    const beats = [...view.querySelectorAll('[data-beat]')].map((b) => b.getAttribute('data-beat'));
    expect(beats).toEqual(['tampico_1937_01_09', 'raid_1940_05_24']);
    const raid = view.querySelector('[data-beat="raid_1940_05_24"]')!;
    expect(raid.textContent).toContain('24 May 1940');
    expect(raid.querySelectorAll('[data-source]').length).toBeGreaterThan(0);
  });

  it('shows only the disputes that touch what the player has met', () => {
    const view = archiveView(game, RECORD, enRecord, [], 'disputed');
    const disputes = [...view.querySelectorAll('[data-dispute]')].map((d) => d.getAttribute('data-dispute'));
    expect(disputes).toContain('entry');
    const untouched = RECORD.disputes.filter(
      (d) => !d.beats.some((b) => ['raid_1940_05_24', 'tampico_1937_01_09'].includes(b)),
    );
    for (const d of untouched) expect(disputes).not.toContain(d.id);
  });

  it('lists the sources cited so far, with a caution on propaganda', () => {
    const view = archiveView(game, RECORD, enRecord, [], 'sources');
    expect(view.querySelectorAll('[data-source]')).toHaveLength(2);
    expect(view.querySelector('[data-source="comintern"] .caution')).not.toBeNull();
  });

  it('renders the invented page as plain paragraphs, never as markup', () => {
    const paragraphs = inventedParagraphs('# Title\n\nSome *bold* text with a [link](x.md).\n\n- one\n- <img src=x>');
    expect(paragraphs).toEqual(['Title', 'Some bold text with a link.', '• one • <img src=x>']);
    const view = archiveView(game, RECORD, enRecord, paragraphs, 'invented');
    expect(view.querySelector('img')).toBeNull();
    expect(view.textContent).toContain('<img src=x>');
  });
});

describe('the debrief', () => {
  it('sets each attempt beside the reason it happened anyway, and the security beside the real house', () => {
    const debrief = buildDebrief({
      chronicle: ['raid_1940_05_24'],
      pushbacks: [{ id: 'search_jacson', chapter: 'ch5_rehearsal' }],
      views: ['harte_victim'],
      measures: ['towers', 'alarm_tested'],
      role: 'student',
    });
    const view = debriefView(debrief, enRecord);
    const attempt = view.querySelector('[data-pushback="search_jacson"]')!;
    expect(attempt.textContent).toMatch(/Jacson/);
    expect(attempt.querySelectorAll('[data-source]').length).toBeGreaterThan(0);
    expect(view.querySelector('[data-dispute="harte"]')?.textContent).toContain(enRecord.yourView);
    expect(view.querySelector('[data-measure="towers"]')?.textContent).toContain('yes');
  });
});

describe('record dates', () => {
  it('are written as precisely as the record knows them', () => {
    expect(formatRecordDate('1940-08-21')).toBe('21 August 1940');
    expect(formatRecordDate('1940-10')).toBe('October 1940');
    expect(formatRecordDate('1941')).toBe('1941');
  });
});
