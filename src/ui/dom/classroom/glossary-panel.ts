import type { GlossaryEntry } from '../../../core/classroom/glossary.ts';
import type { ClassroomStrings } from '../../strings/en-classroom.ts';
import { Panel } from '../panel.ts';
import { glossaryView, type SourceNames } from './glossary-view.ts';

/** The glossary on its own, from the reader bar or a linked word: opens at the entry asked for. */
export class GlossaryPanel {
  readonly panel: Panel;

  constructor(entries: readonly GlossaryEntry[], sources: SourceNames, t: ClassroomStrings) {
    this.panel = new Panel({ id: 'glossary', title: t.glossaryTitle, closeLabel: t.close });
    this.panel.body.append(glossaryView(entries, sources, t));
  }

  open(entryId?: string): void {
    this.panel.open();
    for (const old of this.panel.body.querySelectorAll('.current')) old.classList.remove('current');
    if (!entryId) return;
    const term = this.panel.body.querySelector<HTMLElement>(`#gloss-${CSS.escape(entryId)}`);
    if (!term) return;
    term.classList.add('current');
    term.nextElementSibling?.classList.add('current');
    term.focus({ preventScroll: true });
    term.scrollIntoView({ block: 'start' });
  }
}
