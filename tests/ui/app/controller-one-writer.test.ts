// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../support/compile-inline.ts';
import { domController } from '../../support/dom-controller.ts';

const STORY = `
-> start
=== start
# checkpoint: ch1
The gate is barred.
* [Open it] It opens.
* [Wait] You wait.
- Night falls.
* [Sleep] -> END
=== kiosk
# checkpoint: kiosk
A visitor reads.
* [Go on] -> END
`;
const JSON_STORY = compileInk(STORY);

describe('the controller, the one writer of the session', () => {
  it('shows a restored game, and its frame is the session’s', () => {
    const { controller, session, shown } = domController(JSON_STORY);
    controller.begin({ kind: 'start' });
    controller.choose(0);
    const saved = session.snapshot();
    controller.begin({ kind: 'start' });
    const frame = controller.load({ kind: 'restore', snapshot: saved });
    expect(shown.at(-1)).toBe(frame);
    expect(controller.currentFrame).toBe(frame);
    expect(session.current().choices.map((c) => c.text)).toEqual(['Sleep']);
    expect(frame.choices.map((c) => c.text)).toEqual(['Sleep']);
  });

  it('puts the game on screen back in the session when a load’s check refuses it, and shows nothing new', () => {
    const { controller, session, shown } = domController(JSON_STORY);
    controller.begin({ kind: 'start' });
    controller.choose(0);
    const other = session.snapshot();
    controller.begin({ kind: 'start' });
    const before = session.snapshot();
    const count = shown.length;
    expect(() =>
      controller.load(
        { kind: 'restore', snapshot: other },
        {
          check: () => {
            throw new Error('not savable');
          },
        },
      ),
    ).toThrow('not savable');
    expect(shown).toHaveLength(count);
    expect(session.snapshot()).toEqual(before);
    expect(controller.currentFrame?.choices.map((c) => c.text)).toEqual(['Open it', 'Wait']);
    expect(session.current().choices.map((c) => c.text)).toEqual(['Open it', 'Wait']);
  });

  it('runs the check before anything is shown and beforeShow just before the frame appears', () => {
    const { controller, session, shown } = domController(JSON_STORY);
    controller.begin({ kind: 'start' });
    const saved = session.snapshot();
    const order: string[] = [];
    controller.onFrame(() => order.push('shown'));
    controller.load(
      { kind: 'chapter', entry: { kind: 'kiosk' } },
      { check: () => order.push('check'), beforeShow: () => order.push('beforeShow') },
    );
    expect(order).toEqual(['check', 'beforeShow', 'shown']);
    expect(shown.at(-1)?.game.checkpoint).toBe('kiosk');
    expect(saved.game.checkpoint).toBe('ch1');
  });

  it('forgets the playthrough at a reset: the title shows and the session starts fresh without a frame', () => {
    const { controller, session, shown, root } = domController(JSON_STORY);
    controller.begin({ kind: 'kiosk' });
    controller.choose(0);
    expect(session.transcript().some((entry) => entry.kind === 'choice')).toBe(true);
    const count = shown.length;
    controller.reset({ kind: 'kiosk' });
    expect(controller.currentFrame).toBeNull();
    expect(shown).toHaveLength(count);
    expect(root.dataset['screen']).toBe('title');
    expect(root.querySelector('#story')?.childElementCount).toBe(0);
    expect(session.transcript().some((entry) => entry.kind === 'choice')).toBe(false);
    expect(session.current().choices.map((c) => c.text)).toEqual(['Go on']);
  });
});
