/**
 * The reader bar's single menu button on narrow readers (phones, a phone on its side, 400 % zoom). The actions
 * (the Record, history, saves, chapters, settings, classroom tools: whatever features put in #reader-actions) stay
 * the same buttons; on a wide reader they sit in the bar and this button is not shown (the stylesheet decides, by
 * the reader's width: src/styles/layout.css), on a narrow one they open under this button as a list.
 *
 * A disclosure button (aria-expanded, aria-controls), not an ARIA menu: the actions are ordinary buttons owned by
 * other features. Keyboard: Enter or Space opens it and moves focus to the first action; Up and Down (Home, End)
 * move between actions; Escape closes it and gives focus back to the button; Tab out of it or a tap elsewhere
 * closes it. Choosing an action closes it first and puts focus on the button, so a panel the action opens gives
 * focus back to the button (a visible control), not to a hidden action.
 */
export class ReaderMenu {
  constructor(
    private readonly bar: HTMLElement,
    private readonly toggle: HTMLButtonElement,
    private readonly actions: HTMLElement,
  ) {
    toggle.addEventListener('click', () => (this.isOpen ? this.close(true) : this.open()));
    bar.addEventListener('keydown', (event) => this.onKey(event));
    // Capture: runs before the action's own click handler, so whatever it opens sees the toggle as its opener.
    actions.addEventListener('click', () => this.isOpen && this.close(true), { capture: true });
    bar.addEventListener('focusout', (event) => {
      if (this.isOpen && !(event.relatedTarget instanceof Node && bar.contains(event.relatedTarget))) this.close(false);
    });
    bar.ownerDocument.addEventListener('pointerdown', (event) => {
      if (this.isOpen && !(event.target instanceof Node && bar.contains(event.target))) this.close(false);
    });
  }

  get isOpen(): boolean {
    return this.toggle.getAttribute('aria-expanded') === 'true';
  }

  open(): void {
    this.toggle.setAttribute('aria-expanded', 'true');
    this.bar.dataset['menu'] = 'open';
    this.buttons()[0]?.focus({ preventScroll: true });
  }

  /** Closes the list; `returnFocus` puts focus back on the menu button (Escape, an action chosen). */
  close(returnFocus: boolean): void {
    this.toggle.setAttribute('aria-expanded', 'false');
    delete this.bar.dataset['menu'];
    if (returnFocus) this.toggle.focus({ preventScroll: true });
  }

  private buttons(): HTMLButtonElement[] {
    return [...this.actions.querySelectorAll<HTMLButtonElement>('button:not([disabled])')];
  }

  private onKey(event: KeyboardEvent): void {
    if (!this.isOpen) return;
    const buttons = this.buttons();
    const at = buttons.indexOf(event.target as HTMLButtonElement);
    let next: HTMLButtonElement | undefined;
    switch (event.key) {
      case 'Escape':
        event.preventDefault();
        event.stopPropagation();
        this.close(true);
        return;
      case 'ArrowDown':
        next = buttons[(at + 1) % buttons.length];
        break;
      case 'ArrowUp':
        next = at < 0 ? buttons.at(-1) : buttons[(at - 1 + buttons.length) % buttons.length];
        break;
      case 'Home':
        next = buttons[0];
        break;
      case 'End':
        next = buttons.at(-1);
        break;
      default:
        return;
    }
    event.preventDefault();
    next?.focus({ preventScroll: true });
  }
}
