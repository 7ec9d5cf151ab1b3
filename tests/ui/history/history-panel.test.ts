// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { TranscriptEntry } from '../../../src/core/session/transcript.ts';
import { HistoryPanel } from '../../../src/ui/dom/history/history-panel.ts';
import { en } from '../../../src/ui/strings/en.ts';

const TRANSCRIPT: TranscriptEntry[] = [
  { kind: 'line', text: 'The gate is barred.', record: null, classes: [] },
  { kind: 'choice', text: 'Check the alarm' },
  { kind: 'line', text: 'Shots in the dark <b>loud</b>.', record: 'raid_1940_05_24', classes: ['quote'] },
];

beforeEach(() => {
  document.body.replaceChildren();
});

describe('the history panel', () => {
  it('lists every line and choice read, oldest first, as text', () => {
    const panel = new HistoryPanel(en);
    panel.render(TRANSCRIPT);
    const items = [...panel.panel.body.querySelectorAll('.history-list li')];
    expect(items.map((li) => li.className)).toEqual(['', 'history-choice', 'history-record']);
    expect(items[0]?.textContent).toBe('The gate is barred.');
    expect(items[1]?.textContent).toBe(`${en.history.youChose} — Check the alarm`);
    expect(panel.panel.body.querySelector('b')).toBeNull();
    expect(items[2]?.textContent).toContain('<b>loud</b>');
  });

  it('marks record beats as fixed and offers nothing that could change them', () => {
    const panel = new HistoryPanel(en);
    panel.render(TRANSCRIPT);
    const beat = panel.panel.body.querySelector<HTMLElement>('li[data-record="raid_1940_05_24"]');
    expect(beat?.querySelector('.fixed-mark')?.textContent).toBe(en.history.fixed);
    expect(
      panel.panel.body.querySelectorAll('.history-list button, .history-list input, .history-list a'),
    ).toHaveLength(0);
  });

  it('says so when nothing has been read', () => {
    const panel = new HistoryPanel(en);
    panel.render([]);
    expect(panel.panel.body.textContent).toContain(en.history.empty);
    expect(panel.panel.body.querySelector('.history-list')).toBeNull();
  });
});
