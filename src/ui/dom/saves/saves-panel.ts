import {
  AUTO_SLOT,
  NAMED_SLOTS,
  PREVIOUS_AUTO_SLOT,
  type SaveSlots,
  type SlotEntry,
} from '../../../core/save/save-slots.ts';
import type { SaveGame } from '../../../core/save/save-game.ts';
import { CODE_CHAPTERS, CODE_ROLES, carryOf, decodeSaveCode, encodeSaveCode } from '../../../core/save/save-code.ts';
import type { Strings } from '../../strings/en.ts';
import { Panel } from '../panel.ts';
import { confirmInPlace } from './confirm-row.ts';
import { downloadSave, readSaveFile, saveFilename } from './save-file.ts';
import type { LoadResult, SaveLoader } from './save-loader.ts';
import { button } from '../button.ts';
import { paragraph } from '../paragraph.ts';

export interface SavesPanelParts {
  readonly strings: Strings;
  readonly slots: SaveSlots;
  readonly loader: SaveLoader;
  /** The game being played as a save (not stored anywhere), or null on the title screen. */
  readonly current: () => SaveGame | null;
  /** Writes the game being played into a slot, with an optional name; false when storage refused it. */
  readonly saveInto: (slot: string) => boolean;
  /** A load went through: the panel closes and the message (if any) is shown on the page. */
  readonly onLoaded: (message: string | null) => void;
  readonly formatDate: (iso: string) => string;
}

/**
 * The saves dialog: the autosave, three named slots (save, load, rename, export, delete; each destructive step
 * confirmed in place), export of the game in progress, import of a file, and the short save code.
 * Messages appear in a status line inside the dialog, because the page behind a modal dialog is inert.
 */
export class SavesPanel {
  readonly panel: Panel;
  private readonly status: HTMLParagraphElement;
  private readonly fileInput: HTMLInputElement;

  constructor(private readonly parts: SavesPanelParts) {
    const s = parts.strings.saves;
    this.panel = new Panel({ id: 'saves', title: s.title, closeLabel: parts.strings.closePanel });
    this.status = document.createElement('p');
    this.status.className = 'status-line';
    this.status.setAttribute('role', 'status');
    this.fileInput = document.createElement('input');
    this.fileInput.type = 'file';
    this.fileInput.accept = '.json,application/json';
    this.fileInput.id = 'import-save-file';
    this.fileInput.hidden = true;
    this.fileInput.addEventListener('change', () => void this.importChosen());
  }

  open(): void {
    this.say('');
    this.render();
    this.panel.open();
  }

  render(): void {
    const s = this.parts.strings.saves;
    const list = document.createElement('ul');
    list.className = 'save-list';
    list.append(this.slotItem(this.parts.slots.read(AUTO_SLOT), s.autosave, false));
    // The game a new game replaced in the autosave: listed only while it exists, loadable like any save.
    const previous = this.parts.slots.read(PREVIOUS_AUTO_SLOT);
    if (previous.parsed !== null) list.append(this.slotItem(previous, s.previousAutosave, false));
    NAMED_SLOTS.forEach((slot, i) =>
      list.append(this.slotItem(this.parts.slots.read(slot), s.slot(i + 1), true, i + 1)),
    );

    const tools = document.createElement('div');
    tools.className = 'save-tools';
    const current = this.parts.current();
    if (current)
      tools.append(
        button(s.exportCurrent, () =>
          downloadSave(JSON.stringify(current), saveFilename(current.checkpoint, current.savedAt)),
        ),
      );
    const importButton = button(s.import, () => this.fileInput.click());
    importButton.id = 'import-save';
    importButton.setAttribute('aria-describedby', 'import-help');
    const importHelp = paragraph(s.importHelp, 'help');
    importHelp.id = 'import-help';
    tools.append(importButton, this.fileInput);

    this.panel.body.replaceChildren(this.status, list, tools, importHelp, this.codeSection(current));
  }

  private slotItem(entry: SlotEntry, title: string, named: boolean, n = 0): HTMLLIElement {
    const s = this.parts.strings.saves;
    const li = document.createElement('li');
    li.className = 'save-slot';
    li.dataset['slot'] = entry.slot;
    const heading = document.createElement('h3');
    heading.textContent = title;
    li.append(heading);
    const actions = document.createElement('div');
    actions.className = 'save-actions';
    const parsed = entry.parsed;
    const playing = this.parts.current() !== null;
    if (parsed === null) {
      li.append(paragraph(s.empty, 'save-meta'));
    } else if (parsed.ok) {
      const date = this.parts.formatDate(parsed.save.savedAt);
      li.append(
        paragraph(
          parsed.save.name.includes(date) ? parsed.save.name : `${parsed.save.name} (${s.savedAt(date)})`,
          'save-meta',
        ),
      );
      if (!parsed.sameEdition)
        li.append(
          paragraph(s.otherEdition(this.parts.loader.chapterName(parsed.save.checkpoint ?? 'start')), 'save-warning'),
        );
    } else {
      li.append(paragraph(s.rejected[parsed.reason], 'save-warning'));
    }
    const name = parsed?.ok ? parsed.save.name : '';
    if (named && playing) {
      actions.append(
        button(s.saveHere, () => {
          if (parsed === null) {
            this.doSave(entry.slot);
            return;
          }
          this.ask(actions, s.confirmOverwrite(name || title), s.confirmSaveYes, () => this.doSave(entry.slot));
        }),
      );
    }
    if (parsed?.ok) {
      actions.append(
        button(s.load, () => {
          if (!playing) {
            this.finish(this.parts.loader.loadParsed(parsed));
            return;
          }
          this.ask(actions, s.confirmLoad(name), s.confirmLoadYes, () =>
            this.finish(this.parts.loader.loadParsed(parsed)),
          );
        }),
        button(s.export, () => {
          const text = this.parts.slots.readText(entry.slot);
          if (text !== null) downloadSave(text, saveFilename(parsed.save.checkpoint, parsed.save.savedAt));
        }),
      );
    }
    if (named && parsed !== null) {
      actions.append(
        button(s.delete, () =>
          this.ask(actions, s.confirmDelete(name || title), s.confirmDeleteYes, () => {
            this.parts.slots.remove(entry.slot);
            this.rerender(entry.slot, s.deleted);
          }),
        ),
      );
    }
    li.append(actions);
    if (named && parsed?.ok) li.append(this.renameRow(entry.slot, name, n));
    return li;
  }

  private renameRow(slot: string, name: string, n: number): HTMLElement {
    const s = this.parts.strings.saves;
    const row = document.createElement('div');
    row.className = 'rename-row';
    const input = document.createElement('input');
    input.type = 'text';
    input.id = `rename-${slot}`;
    input.maxLength = 60;
    input.value = name;
    // A visible label: a bare field beside "Rename" read as a stray, cut-off button (found in a play-through).
    const label = document.createElement('label');
    label.htmlFor = input.id;
    label.textContent = s.nameLabel(n);
    const rename = () => {
      if (this.parts.slots.rename(slot, input.value))
        this.rerender(slot, s.renamed(input.value.trim().slice(0, 60) || name));
    };
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') rename();
    });
    row.append(label, input, button(s.rename, rename));
    return row;
  }

  private codeSection(current: SaveGame | null): HTMLElement {
    const s = this.parts.strings.saves;
    const section = document.createElement('section');
    section.setAttribute('aria-labelledby', 'save-code-title');
    const heading = document.createElement('h3');
    heading.id = 'save-code-title';
    heading.textContent = s.codeTitle;
    section.append(heading);
    const game = current?.snapshot.game;
    const checkpoint = CODE_CHAPTERS.find((c) => c === game?.checkpoint);
    const role = CODE_ROLES.find((r) => r === game?.role);
    if (game && checkpoint && role) {
      const code = encodeSaveCode({
        checkpoint,
        role,
        trust: game.trust,
        measures: game.measures,
        known: game.known,
        telling: game.telling,
      });
      section.append(paragraph(s.codeHelp, 'help'), paragraph(code, 'save-code'));
    } else {
      section.append(paragraph(s.codeNone, 'help'));
    }
    const row = document.createElement('div');
    row.className = 'code-row';
    const input = document.createElement('input');
    input.type = 'text';
    input.id = 'save-code-input';
    input.autocomplete = 'off';
    input.spellcheck = false;
    input.maxLength = 40;
    const label = document.createElement('label');
    label.htmlFor = input.id;
    label.textContent = s.codeLabel;
    const use = () => {
      const decoded = decodeSaveCode(input.value);
      if (!decoded.ok) {
        this.say(s.codeProblem[decoded.problem]);
        return;
      }
      const { state } = decoded;
      const result = this.parts.loader.startChapter(state.checkpoint, state.role, carryOf(state), state.telling);
      this.finish(
        result.ok
          ? { ok: true, exact: false, message: s.codeStarted(this.parts.loader.chapterName(state.checkpoint)) }
          : result,
      );
    };
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') use();
    });
    row.append(input, button(s.codeUse, use));
    section.append(label, row);
    return section;
  }

  private async importChosen(): Promise<void> {
    const file = this.fileInput.files?.[0];
    this.fileInput.value = '';
    if (!file) return;
    const read = await readSaveFile(file);
    this.finish(
      read.ok
        ? this.parts.loader.loadText(read.text)
        : { ok: false, message: this.parts.strings.saves.rejected[read.reason] },
    );
  }

  private doSave(slot: string): void {
    const s = this.parts.strings.saves;
    const ok = this.parts.saveInto(slot);
    const entry = this.parts.slots.read(slot);
    this.rerender(slot, ok && entry.parsed?.ok ? s.saved(entry.parsed.save.name) : s.notSaved);
  }

  private finish(result: LoadResult): void {
    if (!result.ok) {
      this.say(result.message);
      this.panel.body.querySelector<HTMLElement>('#import-save')?.focus();
      return;
    }
    this.panel.close();
    this.parts.onLoaded(result.message);
  }

  private ask(host: HTMLElement, question: string, yes: string, onYes: () => void): void {
    const focusSlot = host.closest<HTMLElement>('.save-slot')?.dataset['slot'] ?? null;
    confirmInPlace(host, question, { yes, cancel: this.parts.strings.saves.cancel }, onYes, () =>
      this.rerender(focusSlot, ''),
    );
  }

  /** Redraws the list and puts focus back on the slot that was acted on, so keyboard players keep their place. */
  private rerender(slot: string | null, message: string): void {
    this.render();
    this.say(message);
    const item = slot ? this.panel.body.querySelector<HTMLElement>(`.save-slot[data-slot="${slot}"]`) : null;
    (item?.querySelector<HTMLElement>('button') ?? this.panel.body.querySelector<HTMLElement>('button'))?.focus({
      preventScroll: true,
    });
  }

  private say(message: string): void {
    this.status.textContent = message;
  }
}
