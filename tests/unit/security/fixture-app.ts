import { Controller } from '../../../src/app/controller.ts';
import { resolveMode } from '../../../src/app/modes.ts';
import { createSession } from '../../../src/core/session/session.ts';
import { StoryEngine } from '../../../src/core/story/story-engine.ts';
import { en } from '../../../src/ui/strings/en.ts';
import { compileInk } from '../../support/compile-inline.ts';

/** The page frame index.html gives the controller (the parts it looks up by id). */
export function mountPage(): HTMLElement {
  document.body.replaceChildren();
  const root = document.createElement('main');
  root.id = 'app';
  const title = document.createElement('section');
  title.id = 'title-screen';
  const reader = document.createElement('section');
  reader.id = 'reader';
  reader.hidden = true;
  for (const id of ['reader-bar', 'story', 'choices']) {
    const part = document.createElement(id === 'reader-bar' ? 'header' : 'div');
    part.id = id;
    reader.append(part);
  }
  root.append(title, reader);
  document.body.append(root);
  return root;
}

/** A real controller over a real session over an inline ink story, in the current (happy-dom) document. */
export function fixtureApp(ink: string, options: { lineBudgetMs?: number; search?: string } = {}) {
  const root = mountPage();
  const engine = StoryEngine.fromJson(compileInk(ink), { lineBudgetMs: options.lineBudgetMs ?? 500 });
  const session = createSession({ engine, canonical: [] });
  const logged: string[] = [];
  const logger = { warn: (m: string) => logged.push(m), error: (m: string) => logged.push(m) };
  const controller = new Controller({
    session,
    mode: resolveMode(options.search ?? '').mode,
    strings: en,
    root,
    captionFor: () => null,
    logger,
  });
  const story = root.querySelector<HTMLElement>('#story')!;
  const choices = root.querySelector<HTMLElement>('#choices')!;
  const buttons = () => [...choices.querySelectorAll('button')];
  const press = (label: string | RegExp) => {
    const button = buttons().find((b) =>
      typeof label === 'string' ? b.textContent.includes(label) : label.test(b.textContent),
    );
    if (!button)
      throw new Error(
        `no button "${String(label)}" among: ${buttons()
          .map((b) => b.textContent)
          .join(' | ')}`,
      );
    button.click();
  };
  return { root, controller, session, story, choices, buttons, press, logged };
}
