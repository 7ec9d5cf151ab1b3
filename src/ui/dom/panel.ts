/**
 * A modal panel on the native <dialog> element: focus moves into it, Escape closes it, focus returns to what
 * opened it. Every panel (menu, settings, saves, history, archive, debrief, teacher, staff) is one of these, so
 * they all behave the same for keyboard, touch and screen-reader players.
 */
export class Panel {
  readonly dialog: HTMLDialogElement;
  readonly body: HTMLElement;
  private opener: HTMLElement | null = null;

  constructor(options: { id: string; title: string; closeLabel: string; wide?: boolean }) {
    this.dialog = document.createElement('dialog');
    this.dialog.id = options.id;
    this.dialog.className = options.wide ? 'panel panel-wide' : 'panel';
    const header = document.createElement('header');
    header.className = 'panel-header';
    const heading = document.createElement('h2');
    heading.id = `${options.id}-title`;
    heading.textContent = options.title;
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'panel-close';
    close.textContent = options.closeLabel;
    close.addEventListener('click', () => this.close());
    header.append(heading, close);
    this.body = document.createElement('div');
    this.body.className = 'panel-body';
    this.dialog.setAttribute('aria-labelledby', heading.id);
    this.dialog.append(header, this.body);
    this.dialog.addEventListener('close', () => this.opener?.focus({ preventScroll: true }));
    document.body.append(this.dialog);
  }

  get isOpen(): boolean {
    return this.dialog.open;
  }

  open(): void {
    this.opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!this.dialog.open) this.dialog.showModal();
    const first = this.body.querySelector<HTMLElement>('button, [href], input, select, textarea, [tabindex="0"]');
    (first ?? this.dialog).focus({ preventScroll: true });
  }

  close(): void {
    if (this.dialog.open) this.dialog.close();
  }
}
