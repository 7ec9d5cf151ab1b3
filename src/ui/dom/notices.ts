/**
 * Short messages for the player that must be seen and announced: storage fell back to memory, a save could not be
 * used, sound is off. A polite status region; each notice can be dismissed.
 *
 * A plain report (an `info` notice with no action: "Loaded: …", "Code accepted") goes by itself after
 * `INFO_NOTICE_MS`, since on a phone it lies over the choices; it waits while the pointer or focus is on it, and is
 * announced the moment it appears. Warnings, and notices that offer an action, stay until dismissed.
 */
export const INFO_NOTICE_MS = 10_000;

/** A button in a notice, before Dismiss. */
export interface NoticeAction {
  readonly label: string;
  readonly run: () => void;
}

export class Notices {
  private readonly region: HTMLElement;

  constructor(
    host: HTMLElement,
    private readonly dismissLabel: string,
  ) {
    this.region = document.createElement('div');
    this.region.className = 'notices';
    this.region.setAttribute('role', 'status');
    this.region.setAttribute('aria-live', 'polite');
    host.prepend(this.region);
  }

  /** Shows a notice; `action` adds a button before Dismiss (Reload, for a part of the game that is missing). */
  show(message: string, tone: 'info' | 'warning' = 'info', action?: NoticeAction): void {
    const box = document.createElement('div');
    box.className = `notice notice-${tone}`;
    const text = document.createElement('span');
    text.textContent = message;
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'notice-close';
    close.textContent = this.dismissLabel;
    close.addEventListener('click', () => box.remove(), { once: true });
    box.append(text);
    if (action) {
      const act = document.createElement('button');
      act.type = 'button';
      act.className = 'notice-action';
      act.textContent = action.label;
      act.addEventListener('click', () => action.run());
      box.append(act);
    }
    box.append(close);
    this.region.append(box);
    if (tone === 'info' && !action) goesBy(box);
  }

  clear(): void {
    this.region.replaceChildren();
  }
}

/** Removes a notice after INFO_NOTICE_MS, or later, once neither the pointer nor focus is on it. */
function goesBy(box: HTMLElement): void {
  const held = () => box.matches(':hover') || box.contains(document.activeElement);
  const leave = () => {
    if (!box.isConnected) return;
    if (!held()) {
      box.remove();
      return;
    }
    box.addEventListener('pointerleave', leave, { once: true });
    box.addEventListener('focusout', () => setTimeout(leave, 0), { once: true });
  };
  setTimeout(leave, INFO_NOTICE_MS);
}
