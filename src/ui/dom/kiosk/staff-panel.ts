import { LANGUAGE_NAMES } from '../../../core/settings/language.ts';
import {
  STAFF_BOUNDS,
  STAFF_LANGUAGES,
  isGuessablePin,
  isValidPin,
  nudge,
  type KioskConfig,
} from '../../../core/kiosk/kiosk-config.ts';
import { medianSeconds, mergeDurations } from '../../../core/kiosk/median-duration.ts';
import { kioskFirstStartStringsFor, kioskStaffStringsFor } from '../../../languages/kiosk-strings.ts';
import type { KioskStaffStrings } from '../../strings/en-kiosk.ts';
import { el } from '../el.ts';
import { Panel } from '../panel.ts';
import type { StaffPort } from './staff-port.ts';

type View =
  | { readonly kind: 'pin'; readonly message: string }
  | { readonly kind: 'stats'; readonly message: string }
  /** Choosing a PIN: at first start (no PIN yet) or "Change the PIN"; then the same PIN again to confirm. */
  | { readonly kind: 'choose-pin'; readonly first: boolean; readonly message: string }
  | { readonly kind: 'confirm-pin'; readonly first: boolean; readonly pin: string };

/**
 * The staff panel: a PIN keypad (buttons, no text entry), then the kiosk's numbers and its few controls. It talks
 * to the kiosk through one port (staff-port.ts), which owns the rules: wrong PINs go through the pure rate limit
 * (core/kiosk/pin-guard.ts). There is no default PIN: until staff choose one, the panel opens on the first-start
 * screen and nothing unlocks it. Closing it always locks it again.
 */
export class StaffPanel {
  readonly panel: Panel;
  private digits = '';
  private view: View = { kind: 'pin', message: '' };

  constructor(private readonly port: StaffPort) {
    const t = this.strings();
    this.panel = new Panel({ id: 'kiosk-staff', title: t.title, closeLabel: t.close, wide: true });
    // The close event comes as a task of its own, after the close: staff who reopen the panel at once (or a busy
    // page) may see it arrive once the panel is open again, and it must not wipe what that visit shows.
    this.panel.dialog.addEventListener('close', () => {
      if (!this.panel.dialog.open) this.lock();
    });
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

  private strings(): KioskStaffStrings {
    return kioskStaffStringsFor(this.port.language());
  }

  private lock(): void {
    this.digits = '';
    this.view = this.port.hasPin() ? { kind: 'pin', message: '' } : { kind: 'choose-pin', first: true, message: '' };
    this.render();
  }

  private show(view: View): void {
    this.digits = '';
    this.view = view;
    this.render();
  }

  private render(): void {
    const view = this.view;
    const t = this.strings();
    const f = kioskFirstStartStringsFor(this.port.language());
    this.panel.dialog.lang = this.port.language();
    const heading = this.panel.dialog.querySelector('#kiosk-staff-title');
    const first = (view.kind === 'choose-pin' || view.kind === 'confirm-pin') && view.first;
    if (heading) heading.textContent = first ? f.title : t.title;
    this.panel.dialog.dataset['view'] = first ? 'first-start' : view.kind;
    const close = this.panel.dialog.querySelector('.panel-close');
    if (close) close.textContent = t.close;
    switch (view.kind) {
      case 'pin':
        this.panel.body.replaceChildren(this.keypad(t.pinPrompt, view.message, (pin) => this.submitPin(pin)));
        break;
      case 'choose-pin': {
        const prompt = view.first ? f.choosePrompt : t.newPinPrompt;
        const pad = this.keypad(prompt, view.message, (pin) => this.choosePin(pin, view.first));
        if (view.first) pad.prepend(el('p', { className: 'kiosk-first-start' }, f.body));
        this.panel.body.replaceChildren(pad);
        break;
      }
      case 'confirm-pin':
        this.panel.body.replaceChildren(
          this.keypad(f.confirmPrompt, '', (pin) => this.confirmPin(view.pin, pin, view.first)),
        );
        break;
      case 'stats':
        this.panel.body.replaceChildren(this.stats(view.message));
        break;
    }
  }

  private submitPin(pin: string): void {
    const t = this.strings();
    const { result, at } = this.port.tryPin(pin);
    const seconds = (until: number) => Math.ceil((until - at) / 1000);
    switch (result.kind) {
      case 'accepted':
        this.show({ kind: 'stats', message: '' });
        break;
      case 'rejected':
        this.show({
          kind: 'pin',
          message: result.lockedUntil > at ? t.locked(seconds(result.lockedUntil)) : t.wrongPin,
        });
        break;
      case 'locked':
        this.show({ kind: 'pin', message: t.locked(seconds(result.lockedUntil)) });
        break;
    }
  }

  /** A PIN chosen: checked at once (so a refusal is said before the second entry), then entered again. */
  private choosePin(pin: string, first: boolean): void {
    const problem = !isValidPin(pin) ? 'invalid' : isGuessablePin(pin) ? 'guessable' : null;
    if (problem === null) {
      this.show({ kind: 'confirm-pin', first, pin });
      return;
    }
    const f = kioskFirstStartStringsFor(this.port.language());
    this.show({ kind: 'choose-pin', first, message: problem === 'invalid' ? this.strings().pinInvalid : f.guessable });
  }

  private confirmPin(chosen: string, again: string, first: boolean): void {
    const f = kioskFirstStartStringsFor(this.port.language());
    if (again !== chosen) {
      this.show({ kind: 'choose-pin', first, message: f.mismatch });
      return;
    }
    const refused = this.port.setPin(chosen);
    if (refused !== null) {
      this.show({
        kind: 'choose-pin',
        first,
        message: refused === 'invalid' ? this.strings().pinInvalid : f.guessable,
      });
      return;
    }
    this.show({ kind: 'stats', message: first ? f.pinSet : this.strings().pinChanged });
  }

  private keypad(prompt: string, message: string, submit: (pin: string) => void): HTMLElement {
    const t = this.strings();
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
    const t = this.strings();
    const o = this.port;
    const { uptimeMs, visitsSinceLoad, counts, memoryBytes: memory } = o.stats();
    const config = o.config();
    const median = medianSeconds(mergeDurations(counts.days.map((day) => day.durations)));
    const rows: [string, string][] = [
      [t.uptime, formatDuration(uptimeMs)],
      [t.sessionsServed, String(visitsSinceLoad)],
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
        action(t.changePin, () => this.show({ kind: 'choose-pin', first: false, message: '' }), 'kiosk-change-pin'),
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
    this.port.setConfig(config);
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
