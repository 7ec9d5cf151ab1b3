import type { SaveSlots } from '../../../core/save/save-slots.ts';
import type { Strings } from '../../strings/en.ts';
import { Panel } from '../panel.ts';
import { confirmInPlace } from './confirm-row.ts';
import { CHAPTER_ORDER, chapterSelectOpen } from './chapter-select-open.ts';
import type { LoadResult, SaveLoader } from './save-loader.ts';
import { button } from '../button.ts';
import { paragraph } from '../paragraph.ts';

export interface ChaptersPanelParts {
  readonly strings: Strings;
  readonly slots: SaveSlots;
  readonly loader: SaveLoader;
  readonly playing: () => boolean;
  /** Chapter select is a capability of the mode (off in kiosks). */
  readonly chapterSelect: boolean;
  readonly restart: () => void;
  readonly onLoaded: (message: string | null) => void;
}

/**
 * Chapter select (replay any chapter reached, from the checkpoint save written when it began) and "begin again",
 * each confirmed in place when a game is in progress.
 */
export class ChaptersPanel {
  readonly panel: Panel;
  private readonly status: HTMLParagraphElement;

  constructor(private readonly parts: ChaptersPanelParts) {
    this.panel = new Panel({
      id: 'chapters',
      title: parts.strings.chapters.title,
      closeLabel: parts.strings.closePanel,
    });
    this.status = document.createElement('p');
    this.status.className = 'status-line';
    this.status.setAttribute('role', 'status');
  }

  open(): void {
    this.status.textContent = '';
    this.render();
    this.panel.open();
  }

  render(): void {
    const t = this.parts.strings.chapters;
    const children: HTMLElement[] = [this.status];
    if (this.parts.chapterSelect) {
      children.push(paragraph(t.help, 'help'));
      if (!chapterSelectOpen(this.parts.slots)) {
        children.push(paragraph(t.none, ''));
      } else {
        const list = document.createElement('ul');
        list.className = 'chapter-list';
        for (const entry of this.parts.slots.checkpoints(CHAPTER_ORDER)) {
          const parsed = entry.parsed;
          if (!parsed?.ok) continue;
          const name = this.parts.loader.chapterName(parsed.save.checkpoint ?? '');
          const li = document.createElement('li');
          li.dataset['chapter'] = parsed.save.checkpoint ?? '';
          const label = document.createElement('span');
          label.textContent = name;
          label.id = `chapter-label-${li.dataset['chapter']}`;
          const actions = document.createElement('div');
          actions.className = 'save-actions';
          const play = button(t.play, () => {
            const go = () => this.finish(this.parts.loader.loadParsed(parsed));
            if (!this.parts.playing()) {
              go();
              return;
            }
            confirmInPlace(
              actions,
              t.confirmChapter(name),
              { yes: t.confirmChapterYes, cancel: this.parts.strings.saves.cancel },
              go,
              () => this.render(),
            );
          });
          play.setAttribute('aria-describedby', label.id);
          actions.append(play);
          li.append(label, actions);
          list.append(li);
        }
        children.push(list);
      }
    }
    if (this.parts.playing()) {
      const restartHost = document.createElement('div');
      restartHost.className = 'save-actions';
      restartHost.append(
        button(t.restart, () =>
          confirmInPlace(
            restartHost,
            t.confirmRestart,
            { yes: t.confirmRestartYes, cancel: this.parts.strings.saves.cancel },
            () => {
              this.panel.close();
              this.parts.restart();
            },
            () => this.render(),
          ),
        ),
      );
      children.push(restartHost);
    }
    this.panel.body.replaceChildren(...children);
  }

  private finish(result: LoadResult): void {
    if (!result.ok) {
      this.status.textContent = result.message;
      return;
    }
    this.panel.close();
    this.parts.onLoaded(result.message);
  }
}
