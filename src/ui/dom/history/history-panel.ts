import type { TranscriptEntry } from '../../../core/session/transcript.ts';
import type { Strings } from '../../strings/en.ts';
import { Panel } from '../panel.ts';

/**
 * The backlog: everything read in this playthrough, oldest first, as plain text. Record beats are marked as
 * fixed: like Ren'Py's fixed rollback, the past can be reread but offers nothing to change (there are no controls
 * in the list at all). Opening it scrolls to the newest entry.
 */
export class HistoryPanel {
  readonly panel: Panel;

  constructor(private readonly strings: Strings) {
    this.panel = new Panel({ id: 'history', title: strings.history.title, closeLabel: strings.closePanel, wide: true });
  }

  open(transcript: readonly TranscriptEntry[]): void {
    this.render(transcript);
    this.panel.open();
    this.panel.body.lastElementChild?.lastElementChild?.scrollIntoView({ block: 'end' });
  }

  render(transcript: readonly TranscriptEntry[]): void {
    const t = this.strings.history;
    const intro = document.createElement('p');
    intro.className = 'help';
    intro.textContent = t.intro;
    if (transcript.length === 0) {
      const empty = document.createElement('p');
      empty.textContent = t.empty;
      this.panel.body.replaceChildren(intro, empty);
      return;
    }
    const list = document.createElement('ol');
    list.className = 'history-list';
    for (const entry of transcript) list.append(item(entry, t));
    this.panel.body.replaceChildren(intro, list);
  }
}

function item(entry: TranscriptEntry, t: Strings['history']): HTMLLIElement {
  const li = document.createElement('li');
  switch (entry.kind) {
    case 'choice': {
      li.className = 'history-choice';
      const label = document.createElement('span');
      label.className = 'visually-hidden';
      label.textContent = `${t.youChose} `;
      li.append(label, document.createTextNode(`— ${entry.text}`));
      return li;
    }
    case 'line': {
      if (entry.record !== null) {
        li.className = 'history-record';
        li.dataset['record'] = entry.record;
        const mark = document.createElement('span');
        mark.className = 'fixed-mark';
        mark.textContent = t.fixed;
        li.append(mark);
      }
      li.append(document.createTextNode(entry.text));
      return li;
    }
  }
}
