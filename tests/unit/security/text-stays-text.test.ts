// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { Notices } from '../../../src/ui/dom/notices.ts';
import { fixtureApp } from './fixture-app.ts';

const HOSTILE = '<img src=x onerror=alert(1)>';

/** ink treats a few characters specially; these lines keep the markup characters literal. */
const STORY = `
-> start
=== start
A guard chalks ${HOSTILE} on the gate.
The note says <script>alert(2)</script> and &lt;b&gt;.
* [<b>Read</b> it aloud]
  You read <a href="javascript:alert(3)">this</a> out.
  -> END
* [<iframe src=x></iframe>]
  -> END
`;

describe('story text stays text', () => {
  it('shows markup in ink lines as the characters written and creates no elements from it', () => {
    const alert = vi.fn();
    Object.assign(window, { alert });
    const app = fixtureApp(STORY);
    app.controller.begin({ kind: 'start' });
    const paragraphs = [...app.story.querySelectorAll('p')].map((p) => p.textContent);
    expect(paragraphs).toContain(`A guard chalks ${HOSTILE} on the gate.`);
    expect(paragraphs).toContain('The note says <script>alert(2)</script> and &lt;b&gt;.');
    expect(app.root.querySelectorAll('img, script, iframe, a, b').length).toBe(0);
    expect(app.root.innerHTML).not.toMatch(/<img|<script/);
    expect(alert).not.toHaveBeenCalled();
  });

  it('shows markup in choice labels as text and keeps the buttons working', () => {
    const app = fixtureApp(STORY);
    app.controller.begin({ kind: 'start' });
    const labels = [...app.choices.querySelectorAll('.label')].map((l) => l.textContent);
    expect(labels).toEqual(['<b>Read</b> it aloud', '<iframe src=x></iframe>']);
    expect(app.choices.querySelectorAll('b, iframe').length).toBe(0);
    app.press('<b>Read</b>');
    const texts = [...app.story.querySelectorAll('p')].map((p) => p.textContent);
    expect(texts).toContain('<b>Read</b> it aloud');
    expect(texts).toContain('You read <a href="javascript:alert(3)">this</a> out.');
    expect(app.root.querySelectorAll('a, b').length).toBe(0);
  });

  it('shows a notice with markup in it as text', () => {
    document.body.replaceChildren();
    const notices = new Notices(document.body, 'Dismiss');
    notices.show(`Loaded: ${HOSTILE}.`);
    expect(document.body.querySelector('.notice span')?.textContent).toBe(`Loaded: ${HOSTILE}.`);
    expect(document.body.querySelectorAll('img').length).toBe(0);
  });
});
