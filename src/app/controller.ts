import type { AudioPort, AudioVolumes } from '../core/audio/audio-port.ts';
import { DEFAULT_VOLUMES, underCeiling } from '../core/audio/mix-level.ts';
import type { Frame } from '../core/session/frame.ts';
import type { Entry, Session, SessionSnapshot } from '../core/session/session.ts';
import type { SfxId } from '../core/stage/ids.ts';
import type { StageState } from '../core/stage/stage-state.ts';
import type { Strings } from '../ui/strings/en.ts';
import { StoryView } from '../ui/dom/story-view.ts';
import type { Mode } from './modes.ts';
import type { LoadHooks, LoadRequest, SessionRequests } from './session-requests.ts';

/** The picture side, as the controller sees it: Phaser arrives later (or never) behind this. */
export interface StagePort {
  show(stage: StageState): void;
}

export interface ControllerParts {
  readonly session: Session;
  readonly mode: Mode;
  readonly strings: Strings;
  readonly root: HTMLElement;
  readonly captionFor: (sfx: SfxId) => string | null;
  readonly logger: Pick<Console, 'warn' | 'error'>;
}

/**
 * Glues the session to the DOM: title → reading → ending, recovery when the story breaks. Owns no story logic:
 * everything it shows comes from Frames.
 *
 * The one writer of the session (docs/architecture.md, "One writer"): every begin, choice, restore and reset goes
 * through here, so the frame on screen is always the session's. Features ask through `SessionRequests`.
 */
export class Controller implements SessionRequests {
  private readonly view: StoryView;
  private readonly reader: HTMLElement;
  private readonly title: HTMLElement;
  private readonly bar: HTMLElement;
  private readonly story: HTMLElement;
  private readonly choices: HTMLElement;
  private stage: StagePort | null = null;
  private pendingStage: StageState | null = null;
  private audio: AudioPort | null = null;
  private lastEntry: Entry = { kind: 'start' };
  private frame: Frame | null = null;
  private readonly listeners: ((frame: Frame) => void)[] = [];
  private readonly beginListeners: ((entry: Entry) => void)[] = [];
  /** Captions for sound effects: the mode's default until the settings say otherwise (setCaptions). */
  private captions = false;
  private volumes: AudioVolumes | null = null;
  private ceiling = 1;
  private readonly endingActions: { label: string; action: (frame: Frame) => void }[] = [];

  constructor(private readonly parts: ControllerParts) {
    const find = (id: string) => {
      const el = parts.root.querySelector<HTMLElement>(`#${id}`);
      if (!el) throw new Error(`the page has no #${id}`);
      return el;
    };
    this.reader = find('reader');
    this.title = find('title-screen');
    this.bar = find('reader-bar');
    this.story = find('story');
    this.choices = find('choices');
    this.captions = parts.mode.captionsByDefault;
    this.view = new StoryView({
      story: this.story,
      choices: this.choices,
      onChoose: (index) => this.choose(index),
      captionFor: (sfx) => (this.captions ? parts.captionFor(sfx) : null),
      labels: {
        recordReached: parts.strings.recordReached,
        chooseHint: parts.strings.chooseHint,
        choicePosition: parts.strings.choicePosition,
        moreBelow: parts.strings.moreBelow,
      },
    });
  }

  /**
   * Pictures follow the text, never delay it: the stage is updated after the browser has painted the new
   * passage (two animation frames), and only the latest stage is drawn when choices come quickly.
   */
  private showStageAfterPaint(stage: StageState): void {
    if (!this.stage) return;
    const scheduled = this.pendingStage !== null;
    this.pendingStage = stage;
    if (scheduled) return;
    const run = () => {
      const latest = this.pendingStage;
      this.pendingStage = null;
      if (latest) this.stage?.show(latest);
    };
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => requestAnimationFrame(run));
    else setTimeout(run, 0);
  }

  attachStage(stage: StagePort): void {
    this.stage = stage;
    if (this.frame) stage.show(this.frame.stage);
  }

  attachAudio(audio: AudioPort): void {
    this.audio = audio;
    this.pushVolumes();
    if (this.frame) audio.reconcile(this.frame.stage);
  }

  /** Whether a caption for a background sound may show now: captions on and a passage on screen. */
  ambientCaptionsWanted(): boolean {
    return this.captions && this.frame !== null;
  }

  /** Captions on or off (the settings feature); applies from the next line shown. */
  setCaptions(on: boolean): void {
    this.captions = on;
  }

  /** Volumes from the settings: applied now if sound is running, and when it arrives otherwise. */
  setVolumes(volumes: AudioVolumes): void {
    this.volumes = volumes;
    this.pushVolumes();
  }

  /** The loudest sound may play, 0–1 (the kiosk staff's volume); the visitor's volumes apply beneath it. */
  setVolumeCeiling(ceiling: number): void {
    this.ceiling = ceiling;
    this.volumes ??= DEFAULT_VOLUMES;
    this.pushVolumes();
  }

  /** What the audio hears: the settings' volumes under the staff ceiling. */
  private pushVolumes(): void {
    if (this.volumes) this.audio?.setVolumes(underCeiling(this.volumes, this.ceiling));
  }

  /** Called with every frame shown (autosave, kiosk idle timers, debrief…). */
  onFrame(listener: (frame: Frame) => void): void {
    this.listeners.push(listener);
  }

  /**
   * Called when a new game begins on this page (Begin, Play again, a restart from the recovery notice), before its
   * first frame is shown: the saves feature sets the stored autosave aside instead of overwriting it.
   */
  onBegin(listener: (entry: Entry) => void): void {
    this.beginListeners.push(listener);
  }

  /** A button offered at the end of the story, before "Play again" (the debrief, a class summary…). */
  addEndingAction(label: string, action: (frame: Frame) => void): void {
    this.endingActions.push({ label, action });
  }

  /** Reads on from a pause point the story is held at; does nothing when it is not held. */
  goOn(): void {
    if (this.frame?.status !== 'held') return;
    this.present(this.parts.session.goOn(), null);
  }

  get currentFrame(): Frame | null {
    return this.frame;
  }

  begin(entry: Entry): void {
    this.lastEntry = entry;
    for (const listener of this.beginListeners) listener(entry);
    this.view.clear();
    this.showReader();
    this.present(this.parts.session.begin(entry), null);
  }

  /** The game in progress, for a save (reading only). */
  snapshot(): SessionSnapshot {
    return this.parts.session.snapshot();
  }

  /**
   * Loads a game (a save restored exactly, or a chapter start from a save code or another edition's save) and
   * shows it. If the session refuses it or `hooks.check` throws, the game that was on screen is put back in the
   * session and the error is rethrown: nothing on screen changes. Unlike `begin`, the begin listeners do not run
   * (the loader says what to set aside through `hooks.beforeShow`) and Play again keeps the game's own entry.
   */
  load(request: LoadRequest, hooks: LoadHooks = {}): Frame {
    const backup = this.backup();
    try {
      const frame =
        request.kind === 'restore'
          ? this.parts.session.restore(request.snapshot)
          : this.parts.session.begin(request.entry);
      hooks.check?.();
      hooks.beforeShow?.();
      this.view.clear();
      this.showReader();
      this.present(frame, null);
      return frame;
    } catch (error) {
      this.putBack(backup);
      throw error;
    }
  }

  /** The game on screen, so a failed load can put it back exactly; null on the title screen. */
  private backup(): SessionSnapshot | null {
    if (!this.frame) return null;
    try {
      return this.parts.session.snapshot();
    } catch {
      return null;
    }
  }

  /** Puts a game back after a failed load; if even that fails, the title shows so screen and session agree. */
  private putBack(backup: SessionSnapshot | null): void {
    if (!backup) {
      if (this.frame) this.reset(null);
      return;
    }
    try {
      this.parts.session.restore(backup);
    } catch (error) {
      this.parts.logger.error(`[controller] the game in progress could not be put back: ${String(error)}`);
      this.reset(null);
    }
  }

  choose(index: number): void {
    const chosen = this.frame?.choices.find((c) => c.index === index);
    if (!chosen) return;
    this.present(this.parts.session.choose(index), chosen.text);
  }

  pickByKey(key: string): boolean {
    return !this.reader.hidden && this.view.pickByKey(key);
  }

  /**
   * Shows a stage that is not the story's (the kiosk's attract loop): pictures and sound follow it until the
   * next frame. The story's own frame is not touched.
   */
  showScene(stage: StageState): void {
    this.stage?.show(stage);
    this.audio?.reconcile(stage);
  }

  /**
   * Forgets the playthrough (the kiosk's idle reset): story text, choices and chapter label go, the title shows,
   * and the session starts `fresh` again without showing it (its transcript and ink state are gone). With null the
   * session is left as it is (a failed load that could not be put back: the next begin or load replaces it).
   */
  reset(fresh: Entry | null): void {
    this.frame = null;
    // A picture of the forgotten story still waiting for its paint never comes up afterwards: it would replace the
    // attract loop's picture (a kiosk soak's fast robot caught story pictures on the attract screen this way).
    this.pendingStage = null;
    this.view.clear();
    this.bar.querySelector('.chapter')?.remove();
    this.showTitle();
    if (fresh === null) return;
    try {
      this.parts.session.begin(fresh);
    } catch (error) {
      this.parts.logger.error(`[controller] the session could not restart: ${String(error)}`);
    }
  }

  showTitle(): void {
    this.reader.hidden = true;
    this.title.hidden = false;
    this.parts.root.dataset['screen'] = 'title';
  }

  private showReader(): void {
    this.title.hidden = true;
    this.reader.hidden = false;
    this.parts.root.dataset['screen'] = 'reader';
  }

  private present(frame: Frame, chosen: string | null): void {
    this.frame = frame;
    for (const problem of frame.problems) this.parts.logger.warn(`[story] ${problem.kind}: ${problem.message}`);
    this.view.render(frame, chosen);
    this.renderBar(frame);
    this.showStageAfterPaint(frame.stage);
    if (this.audio) {
      this.audio.reconcile(frame.stage);
      for (const line of frame.lines) for (const sfx of line.sfx) this.audio.playSfx(sfx);
    }
    switch (frame.status) {
      case 'choosing':
        this.view.focusFirstChoice();
        break;
      case 'ending':
        this.renderEnding(frame);
        break;
      case 'broken':
        this.renderRecovery(frame);
        break;
      case 'held': // no choices: the classroom feature (its frame listener) offers the way back to its pause screen
        this.choices.replaceChildren();
        break;
    }
    for (const listener of this.listeners) listener(frame);
  }

  private renderBar(frame: Frame): void {
    const label = document.createElement('span');
    label.className = 'chapter';
    const checkpoint = frame.game.checkpoint ?? (this.lastEntry.kind === 'kiosk' ? 'kiosk' : 'start');
    label.textContent = this.parts.strings.chapterNames[checkpoint] ?? '';
    const existing = this.bar.querySelector('.chapter');
    if (existing) existing.replaceWith(label);
    else this.bar.prepend(label);
  }

  private renderEnding(frame: Frame): void {
    const extras = this.endingActions.map(({ label, action }) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'primary';
      button.textContent = label;
      button.addEventListener('click', () => action(frame));
      return button;
    });
    const again = this.button(this.parts.strings.playAgain, () => this.begin(this.lastEntry));
    const note = document.createElement('p');
    note.className = 'note';
    note.textContent = this.parts.strings.theEnd;
    this.story.append(note);
    this.choices.replaceChildren(...extras, again);
    (extras[0] ?? again).focus({ preventScroll: true });
  }

  /** A broken story never leaves a blank screen: say so plainly and offer the checkpoint or a restart. */
  private renderRecovery(frame: Frame): void {
    for (const problem of frame.problems) this.parts.logger.error(`[story] ${problem.message}`);
    const box = document.createElement('div');
    box.className = 'notice';
    box.setAttribute('role', 'alert');
    const title = document.createElement('strong');
    title.textContent = this.parts.strings.brokenTitle;
    const body = document.createElement('p');
    body.textContent = this.parts.strings.brokenBody;
    box.append(title, body);
    this.story.append(box);
    const buttons: HTMLButtonElement[] = [];
    const checkpoint = frame.game.checkpoint;
    if (checkpoint && checkpoint !== 'kiosk') {
      buttons.push(
        this.button(this.parts.strings.backToCheckpoint, () =>
          this.begin({ kind: 'chapter', checkpoint, role: frame.game.role }),
        ),
      );
    }
    buttons.push(this.button(this.parts.strings.restart, () => this.begin(this.lastEntry)));
    this.choices.replaceChildren(...buttons);
    buttons[0]?.focus({ preventScroll: true });
  }

  private button(text: string, action: () => void): HTMLButtonElement {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = text;
    button.addEventListener('click', action, { once: true });
    return button;
  }
}
