import { LANGUAGE_NAMES } from '../../../core/settings/language.ts';
import {
  STAFF_BOUNDS,
  STAFF_LANGUAGES,
  isValidPin,
  nudge,
  type KioskConfig,
  type StaffLanguage,
} from '../../../core/kiosk/kiosk-config.ts';
import type { KioskCounts } from '../../../core/kiosk/kiosk-counts.ts';
import { medianSeconds, mergeDurations } from '../../../core/kiosk/median-duration.ts';
import { tryPin, type PinGuardState } from '../../../core/kiosk/pin-guard.ts';
import type { KioskStaffStrings } from '../../strings/en-kiosk.ts';
import { el } from '../el.ts';
import { Panel } from '../panel.ts';

export interface StaffPanelOptions {
  /** The strings of the staff's language (it can change while the panel is open). */
  readonly strings: () => KioskStaffStrings;
  readonly language: () => StaffLanguage;
  /** Remembers the staff's language with the kiosk config. */
  readonly setLanguage: (lang: StaffLanguage) => void;
  /** Saves the counts as a CSV file; returns the file's name. */
  readonly exportCsv: () => string;
  /** Wall-clock ms (PIN lockouts must survive reloads, so they are wall-clock). */
  readonly now: () => number;
  readonly uptimeMs: () => number;
  readonly sessionsServed: () => number;
  readonly counts: () => KioskCounts;
  readonly memoryBytes: () => number | null;
  readonly config: () => KioskConfig;
  readonly guard: () => PinGuardState;
  readonly setGuard: (state: PinGuardState) => void;
  readonly setConfig: (config: KioskConfig) => void;
  readonly resetCounts: () => void;
  readonly reload: () => void;
  /** Asks the browser to close the kiosk window; false when it refused (a window it did not open by script). */
  readonly closeWindow: () => boolean;
}

type View =
  | { readonly kind: 'pin'; readonly message: string }
  | { readonly kind: 'stats'; readonly message: string }
  | { readonly kind: 'new-pin'; readonly message: string };

/**
 * The staff panel: a PIN keypad (buttons, no text entry), then the kiosk's numbers and its few controls. Wrong
 * PINs go through the pure rate limit (core/kiosk/pin-guard.ts). Closing it always locks it again.
 */
export class StaffPanel {
  readonly panel: Panel;
  private digits = '';
  private view: View = { kind: 'pin', message: '' };

  constructor(private readonly options: StaffPanelOptions) {
    const t = options.strings();
    this.panel = new Panel({ id: 'kiosk-staff', title: t.title, closeLabel: t.close, wide: true });
    this.panel.dialog.addEventListener('close', () => this.lock());
  }

  get isOpen(): boolean {
    return this.panel.isOpen;
  }

  open(): void {
    this.lock();
    this.panel.open();
  }

  close(): void {
    this.panel.close();
  }

  private lock(): void {
    this.digits = '';
    this.view = { kind: 'pin', message: '' };
    this.render();
  }

  private render(): void {
    const view = this.view;
    const t = this.options.strings();
    this.panel.dialog.lang = this.options.language();
    const heading = this.panel.dialog.querySelector('#kiosk-staff-title');
    if (heading) heading.textContent = t.title;
    const close = this.panel.dialog.querySelector('.panel-close');
    if (close) close.textContent = t.close;
    switch (view.kind) {
      case 'pin':
        this.panel.body.replaceChildren(this.keypad(t.pinPrompt, view.message, (pin) => this.submitPin(pin)));
        break;
      case 'new-pin':
        this.panel.body.replaceChildren(this.keypad(t.newPinPrompt, view.message, (pin) => this.submitNewPin(pin)));
        break;
      case 'stats':
        this.panel.body.replaceChildren(this.stats(view.message));
        break;
    }
  }

  private submitPin(pin: string): void {
    const t = this.options.strings();
    const at = this.options.now();
    const { state, result } = tryPin(this.options.guard(), pin, this.options.config().pin, at);
    this.options.setGuard(state);
    this.digits = '';
    switch (result.kind) {
      case 'accepted':
        this.view = { kind: 'stats', message: '' };
        break;
      case 'rejected':
        this.view = {
          kind: 'pin',
          message: result.lockedUntil > at ? t.locked(Math.ceil((result.lockedUntil - at) / 1000)) : t.wrongPin,
        };
        break;
      case 'locked':
        this.view = { kind: 'pin', message: t.locked(Math.ceil((result.lockedUntil - at) / 1000)) };
        break;
    }
    this.render();
  }

  private submitNewPin(pin: string): void {
    const t = this.options.strings();
    this.digits = '';
    if (!isValidPin(pin)) {
      this.view = { kind: 'new-pin', message: t.pinInvalid };
    } else {
      this.options.setConfig({ ...this.options.config(), pin });
      this.view = { kind: 'stats', message: t.pinChanged };
    }
    this.render();
  }

  private keypad(prompt: string, message: string, submit: (pin: string) => void): HTMLElement {
    const t = this.options.strings();
    const display = el('p', { className: 'kiosk-pin-display', attrs: { 'aria-live': 'polite' } });
    const show = () => {
      display.textContent = this.digits.length > 0 ? '●'.repeat(this.digits.length) : '—';
      display.setAttribute('aria-label', t.pinEntered(this.digits.length));
    };
    show();
    const key = (label: string, action: () => void, className = '') => {
      const button = el('button', { className, attrs: { type: 'button' } }, label);
      button.addEventListener('click', action);
      return button;
    };
    const keys = ['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((d) =>
      key(d, () => {
        if (this.digits.length < 8) this.digits += d;
        show();
      }),
    );
    keys.push(
      key(t.clear, () => {
        this.digits = '';
        show();
      }),
      key('0', () => {
        if (this.digits.length < 8) this.digits += '0';
        show();
      }),
      key(t.enter, () => submit(this.digits), 'primary'),
    );
    return el(
      'div',
      { className: 'kiosk-keypad-wrap' },
      el('p', {}, prompt),
      display,
      el('p', { className: 'kiosk-staff-message', attrs: { role: 'status' } }, message),
      el('div', { className: 'kiosk-keypad', attrs: { role: 'group', 'aria-label': prompt } }, ...keys),
    );
  }

  private stats(message: string): HTMLElement {
    const t = this.options.strings();
    const o = this.options;
    const counts = o.counts();
    const config = o.config();
    const memory = o.memoryBytes();
    const median = medianSeconds(mergeDurations(counts.days.map((day) => day.durations)));
    const rows: [string, string][] = [
      [t.uptime, formatDuration(o.uptimeMs())],
      [t.sessionsServed, String(o.sessionsServed())],
      [t.started, String(counts.started)],
      [t.finished, String(counts.finished)],
      [t.medianLength, median === null ? t.noVisitsYet : formatSeconds(median)],
      [t.errors, String(counts.errors)],
      [t.memory, memory === null ? t.memoryUnknown : `${(memory / 1_048_576).toFixed(1)} MB`],
      [t.since, new Date(counts.since).toISOString().slice(0, 16).replace('T', ' ')],
    ];
    const list = el(
      'dl',
      { className: 'kiosk-stats' },
      ...rows.flatMap(([name, value]) => [el('dt', {}, name), el('dd', {}, value)]),
    );
    const stepper = (label: string, key: keyof typeof STAFF_BOUNDS, format: (value: number) => string) => {
      const less = el('button', { attrs: { type: 'button', 'aria-label': `${t.less}: ${label}` } }, '−');
      const more = el('button', { attrs: { type: 'button', 'aria-label': `${t.more}: ${label}` } }, '+');
      less.addEventListener('click', () => this.change(nudge(o.config(), key, -1)));
      more.addEventListener('click', () => this.change(nudge(o.config(), key, 1)));
      return el(
        'div',
        { className: 'kiosk-stepper', attrs: { 'data-setting': key } },
        el('span', { className: 'kiosk-stepper-label' }, label),
        less,
        el('output', {}, format(config[key])),
        more,
      );
    };
    const seconds = (ms: number) => String(Math.round(ms / 1000));
    const action = (label: string, run: () => void, id: string) => {
      const button = el('button', { id, attrs: { type: 'button' } }, label);
      button.addEventListener('click', run);
      return button;
    };
    const languages = el(
      'div',
      { className: 'kiosk-staff-language', attrs: { role: 'group', 'aria-label': t.panelLanguage } },
      el('span', { className: 'kiosk-stepper-label' }, t.panelLanguage),
      ...STAFF_LANGUAGES.map((lang) => {
        const button = el(
          'button',
          {
            attrs: { type: 'button', lang, 'data-staff-language': lang, 'aria-pressed': String(lang === o.language()) },
          },
          LANGUAGE_NAMES[lang],
        );
        button.addEventListener('click', () => {
          o.setLanguage(lang);
          this.view = { kind: 'stats', message: '' };
          this.render();
        });
        return button;
      }),
    );
    return el(
      'div',
      { className: 'kiosk-staff' },
      el('p', { className: 'kiosk-staff-message', attrs: { role: 'status' } }, message),
      languages,
      list,
      stepper(t.idleWarning, 'warningMs', seconds),
      stepper(t.idleCountdown, 'countdownMs', seconds),
      stepper(t.reloadEvery, 'reloadEvery', String),
      stepper(t.volume, 'volumePercent', String),
      el(
        'div',
        { className: 'panel-actions' },
        action(
          t.exportCsv,
          () => {
            const name = o.exportCsv();
            this.view = { kind: 'stats', message: t.exported(name) };
            this.render();
          },
          'kiosk-export-csv',
        ),
        action(
          t.resetCounts,
          () => {
            o.resetCounts();
            this.view = { kind: 'stats', message: '' };
            this.render();
          },
          'kiosk-reset-counts',
        ),
        action(
          t.changePin,
          () => {
            this.digits = '';
            this.view = { kind: 'new-pin', message: '' };
            this.render();
          },
          'kiosk-change-pin',
        ),
        action(t.reloadNow, () => o.reload(), 'kiosk-reload'),
        action(
          t.closeExhibit,
          () => {
            if (o.closeWindow()) return;
            this.view = { kind: 'stats', message: t.closeRefused };
            this.render();
          },
          'kiosk-close-window',
        ),
      ),
    );
  }

  private change(config: KioskConfig): void {
    this.options.setConfig(config);
    this.view = { kind: 'stats', message: '' };
    this.render();
  }
}

/** Each language's name in itself, so staff find their own whichever language the panel is in. */

/** A visit length: "7 min 35 s". */
function formatSeconds(seconds: number): string {
  const whole = Math.round(seconds);
  return whole >= 60 ? `${Math.floor(whole / 60)} min ${whole % 60} s` : `${whole} s`;
}

function formatDuration(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  return days > 0 ? `${days} d ${hours} h ${mins} min` : `${hours} h ${mins} min`;
}
