import { Controller } from '../../src/app/controller.ts';
import { resolveMode } from '../../src/app/modes.ts';
import type { Frame } from '../../src/core/session/frame.ts';
import { createSession, type Session } from '../../src/core/session/session.ts';
import { StoryEngine } from '../../src/core/story/story-engine.ts';
import { en } from '../../src/ui/strings/en.ts';

/**
 * A real Controller over a real session on a minimal page (happy-dom), for tests of features that ask the
 * controller to change the session: `shown` lists every frame the controller put on screen, in order.
 */
export function domController(storyJson: string, search = '') {
  document.body.replaceChildren();
  const root = document.createElement('main');
  root.id = 'app';
  for (const [tag, id] of [
    ['section', 'title-screen'],
    ['section', 'reader'],
    ['header', 'reader-bar'],
    ['div', 'story'],
    ['nav', 'choices'],
  ] as const) {
    const node = document.createElement(tag);
    node.id = id;
    root.append(node);
  }
  document.body.append(root);
  const mode = resolveMode(search).mode;
  const session: Session = createSession({ engine: StoryEngine.fromJson(storyJson), canonical: [] });
  const controller = new Controller({
    session,
    mode,
    strings: en,
    root,
    captionFor: () => null,
    logger: { warn: () => {}, error: () => {} },
  });
  const shown: Frame[] = [];
  controller.onFrame((frame) => shown.push(frame));
  return { root, mode, session, controller, shown };
}
