// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppContext } from '../../../src/app/app-context.ts';
import type { AudioVolumes } from '../../../src/core/audio/audio-port.ts';
import { KIOSK_DEFAULTS } from '../../../src/core/kiosk/kiosk-config.ts';
import { countStart, parseCounts } from '../../../src/core/kiosk/kiosk-counts.ts';
import { tryPin, parsePinGuard } from '../../../src/core/kiosk/pin-guard.ts';
import { createResetHooks } from '../../../src/core/reset/reset-hooks.ts';
import { createSettingsStore } from '../../../src/core/settings/settings-store.ts';
import { defaultSettings } from '../../../src/core/settings/settings.ts';
import { DEFAULT_LANGUAGE } from '../../../src/core/settings/language.ts';
import type { StageState } from '../../../src/core/stage/stage-state.ts';
import { createMemoryStorage } from '../../../src/core/storage/memory-storage.ts';
import { Notices } from '../../../src/ui/dom/notices.ts';
import { KioskRuntime } from '../../../src/ui/dom/kiosk/kiosk-runtime.ts';
import { installSettings } from '../../../src/features/settings/install-settings.ts';
import { en } from '../../../src/ui/strings/en.ts';
import { enKioskStaff } from '../../../src/ui/strings/en-kiosk.ts';
import { compileInk } from '../../support/compile-inline.ts';
import { domController } from '../../support/dom-controller.ts';

const INK = `
-> start
=== start
The full story.
-> END
=== kiosk
# scene: patio
Coyoacán, 1940. You are a guard.
* [Stand watch] You stand watch.
* [Sleep] You sleep.
- The night passes.
* [Go on] It ends.
-> END
`;
const JSON_STORY = compileInk(INK);

/** The PIN the staff chose at first start in these tests (there is no default). */
const PIN = '2580';
const WITH_PIN = JSON.stringify({ ...KIOSK_DEFAULTS, pin: PIN });

function build(staffConfig: string | null = WITH_PIN, closeWindow?: () => boolean) {
  document.documentElement.removeAttribute('data-theme');
  const { root, mode, session, controller } = domController(JSON_STORY, '?mode=kiosk');
  const shown: StageState[] = [];
  controller.attachStage({ show: (stage) => shown.push(stage) });
  const storage = createMemoryStorage();
  const notices = new Notices(root, en.dismiss);
  const context = {
    mode,
    lang: DEFAULT_LANGUAGE,
    strings: en,
    controller,
    session,
    storyHash: 'x',
    storage,
    settings: createSettingsStore(storage, defaultSettings(mode.captionsByDefault)),
    resets: createResetHooks(),
    notices,
    titleMenu: root.querySelector('#title-screen')!,
    readerBar: root.querySelector('#reader-bar')!,
    root,
  } as AppContext;
  installSettings(context);
  const staffStore = createMemoryStorage();
  if (staffConfig !== null) staffStore.write('kiosk-config', staffConfig);
  const reload = vi.fn();
  const resetHook = vi.fn();
  context.resets.register('test feature', resetHook);
  const runtime = new KioskRuntime({
    context,
    win: window,
    monotonic: () => Date.now(),
    tapTime: () => Date.now(),
    wall: () => Date.now(),
    staffStore,
    search: '?mode=kiosk',
    addressIn: (lang) => `?mode=kiosk&lang=${lang}&visit=begin`,
    reload,
    defaults: KIOSK_DEFAULTS,
    ...(closeWindow ? { closeWindow } : {}),
  });
  return { runtime, controller, session, storage, staffStore, reload, shown, notices, resetHook };
}

const html = () => document.documentElement;
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the element it expects
const q = <T extends HTMLElement = HTMLElement>(selector: string): T | null => document.querySelector<T>(selector);
const pointer = (x = 500, y = 500) =>
  window.dispatchEvent(new PointerEvent('pointerdown', { clientX: x, clientY: y, bubbles: true }));

/** Types a PIN on the staff keypad and presses Enter. */
function enterPin(staff: HTMLElement, pin: string): void {
  for (const label of [...Array.from(pin), 'Enter'])
    [...staff.querySelectorAll('button')].find((b) => b.textContent === label)!.click();
}

/** Five taps in the corner and the staff's PIN: the staff panel's numbers and controls. */
function openStaff(): HTMLDialogElement {
  for (let i = 0; i < 5; i++) pointer(10, 10);
  const staff = q<HTMLDialogElement>('#kiosk-staff')!;
  enterPin(staff, PIN);
  return staff;
}

let built: ReturnType<typeof build>;
beforeEach(() => {
  vi.useFakeTimers({ now: 1_000_000 });
  built = build();
});
afterEach(() => {
  built.runtime.dispose();
  vi.useRealTimers();
});

describe('the kiosk attract screen', () => {
  it('shows the title, a line in English and Spanish, and one large bilingual begin button', () => {
    expect(q('#kiosk-attract')!.hidden).toBe(false);
    expect(html().dataset['kiosk']).toBe('attract');
    expect(html().dataset['mode']).toBe('kiosk');
    const button = q('#kiosk-begin')!;
    expect(button.textContent).toContain('Touch to begin');
    expect(button.textContent).toContain('Toca para comenzar');
    expect(q('.kiosk-line[lang="en"]')!.textContent).toMatch(/guard/);
    expect(q('.kiosk-line[lang="es"]')!.textContent).toMatch(/guardia/);
    expect(q('#app')!.inert).toBe(true);
  });

  it('moves through the compound at different times of day while nobody plays', () => {
    vi.advanceTimersByTime(8_000 * 3);
    expect(built.shown.map((s) => s.time)).toEqual(['dawn', 'day', 'dusk', 'night']);
    expect(built.shown.every((s) => s.music === 'title')).toBe(true);
  });
});

describe('a kiosk visit', () => {
  it('begins the exhibit cut at a touch', () => {
    q('#kiosk-begin')!.click();
    expect(q('#kiosk-attract')!.hidden).toBe(true);
    expect(html().dataset['kiosk']).toBe('playing');
    expect(q('#story')!.textContent).toContain('Coyoacán, 1940');
    expect(q('#story')!.textContent).not.toContain('The full story');
    expect(JSON.parse(built.staffStore.read('kiosk-counts')!).started).toBe(1);
  });

  it('warns after 60 s with a visible countdown, and a touch continues without pressing the choice underneath', () => {
    q('#kiosk-begin')!.click();
    vi.advanceTimersByTime(59_000);
    expect(q('#kiosk-warning')!.hidden).toBe(true);
    vi.advanceTimersByTime(1_250);
    const warning = q('#kiosk-warning')!;
    expect(warning.hidden).toBe(false);
    expect(warning.getAttribute('role')).toBe('alertdialog');
    expect(q('.kiosk-seconds')!.textContent).toBe('20');
    expect(warning.textContent).toContain('Are you still there?');
    expect(warning.textContent).toContain('¿Sigues ahí?');
    vi.advanceTimersByTime(5_000);
    expect(q('.kiosk-seconds')!.textContent).toBe('15');
    const before = q('#story')!.textContent;
    pointer();
    expect(html().dataset['kiosk']).toBe('playing');
    expect(warning.hidden).toBe(false); // still up until this touch's click lands on it
    warning.click();
    expect(warning.hidden).toBe(true);
    expect(q('#story')!.textContent).toBe(before);
  });

  it('returns to attract after the countdown with everything from the visitor wiped', async () => {
    q('#kiosk-begin')!.click();
    q<HTMLButtonElement>('#choices button')!.click();
    expect(q('#story')!.textContent).toContain('You stand watch');
    // The visitor opens Settings (the dialog loads on first use) and changes the theme.
    q<HTMLButtonElement>('#open-settings')!.click();
    await vi.waitFor(() => expect(q('#setting-theme')).not.toBeNull());
    const theme = q<HTMLSelectElement>('#setting-theme')!;
    theme.value = 'dark';
    theme.dispatchEvent(new Event('change'));
    expect(html().dataset['theme']).toBe('dark');
    built.storage.write('anything', 'from the visitor');
    built.notices.show('a notice');
    q<HTMLDialogElement>('#settings')!.showModal();
    vi.advanceTimersByTime(60_000 + 20_000 + 500);
    expect(html().dataset['kiosk']).toBe('attract');
    expect(q('#kiosk-attract')!.hidden).toBe(false);
    expect(q('#kiosk-warning')!.hidden).toBe(true);
    expect(q('#story')!.childElementCount).toBe(0);
    expect(q('#choices')!.childElementCount).toBe(0);
    expect(built.controller.currentFrame).toBeNull();
    expect(html().dataset['theme']).toBe('paper');
    expect(q<HTMLSelectElement>('#setting-theme')!.value).toBe('paper');
    expect(built.storage.keys().filter((k) => k !== 'settings')).toEqual([]);
    expect(document.querySelectorAll('dialog[open]')).toHaveLength(0);
    expect(q('.notices')!.childElementCount).toBe(0);
    expect(built.session.transcript().some((e) => e.kind === 'choice')).toBe(false);
    expect(built.shown.at(-1)?.music).toBe('title');
  });

  it('wipes through the controller and the features’ reset hooks, never by writing the session itself', () => {
    const reset = vi.spyOn(built.controller, 'reset');
    q('#kiosk-begin')!.click();
    q<HTMLButtonElement>('#choices button')!.click();
    expect(built.resetHook).not.toHaveBeenCalled();
    vi.advanceTimersByTime(60_000 + 20_000 + 500);
    expect(reset).toHaveBeenCalledTimes(1);
    expect(reset).toHaveBeenCalledWith({ kind: 'kiosk' });
    expect(built.resetHook).toHaveBeenCalledTimes(1);
    // the session was restarted for the next visitor, unseen: its frame is the kiosk cut's first, nothing on screen
    expect(built.session.current().choices.map((c) => c.text)).toEqual(['Stand watch', 'Sleep']);
    expect(built.controller.currentFrame).toBeNull();
  });

  it('reloads the page at the idle reset once the planned number of visits is reached', () => {
    built.runtime.dispose();
    built = build(JSON.stringify({ ...KIOSK_DEFAULTS, reloadEvery: 10 }));
    for (let visit = 1; visit <= 10; visit++) {
      q('#kiosk-begin')!.click();
      vi.advanceTimersByTime(80_500);
      expect(built.reload).toHaveBeenCalledTimes(visit === 10 ? 1 : 0);
    }
  });

  it('counts a visit that reaches the end as finished', () => {
    q('#kiosk-begin')!.click();
    q<HTMLButtonElement>('#choices button')!.click();
    q<HTMLButtonElement>('#choices button')!.click();
    expect(JSON.parse(built.staffStore.read('kiosk-counts')!)).toMatchObject({ started: 1, finished: 1 });
  });
});

describe('the kiosk lockdown and staff panel', () => {
  it('blocks the context menu, selection, dragging and leaving keys, and stops when disposed', () => {
    const fire = (event: Event) => {
      document.body.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(fire(new MouseEvent('contextmenu', { bubbles: true, cancelable: true }))).toBe(true);
    expect(fire(new Event('selectstart', { bubbles: true, cancelable: true }))).toBe(true);
    expect(fire(new Event('dragstart', { bubbles: true, cancelable: true }))).toBe(true);
    expect(fire(new KeyboardEvent('keydown', { key: 'F5', bubbles: true, cancelable: true }))).toBe(true);
    expect(fire(new KeyboardEvent('keydown', { key: 'r', ctrlKey: true, bubbles: true, cancelable: true }))).toBe(true);
    expect(
      fire(new KeyboardEvent('keydown', { key: 'ArrowLeft', altKey: true, bubbles: true, cancelable: true })),
    ).toBe(true);
    expect(fire(new KeyboardEvent('keydown', { key: '1', bubbles: true, cancelable: true }))).toBe(false);
    built.runtime.dispose();
    expect(fire(new MouseEvent('contextmenu', { bubbles: true, cancelable: true }))).toBe(false);
    expect(q('#kiosk-attract')).toBeNull();
    built = build();
  });

  it('opens the staff panel on five taps in the corner, and locks out after repeated wrong PINs', () => {
    for (let i = 0; i < 5; i++) pointer(10, 10);
    const staff = q<HTMLDialogElement>('#kiosk-staff')!;
    expect(staff.open).toBe(true);
    const press = (label: string) =>
      [...staff.querySelectorAll('button')].find((b) => b.textContent === label)!.click();
    const enter = (pin: string) => {
      for (const digit of pin) press(digit);
      press('Enter');
    };
    for (let i = 0; i < 3; i++) enter('0000');
    expect(staff.textContent).toContain('Too many wrong PINs');
    enter(PIN);
    expect(staff.textContent).toContain('Too many wrong PINs'); // locked: even the right PIN waits
    vi.advanceTimersByTime(30_000);
    enter(PIN);
    expect(staff.textContent).toContain('Visits since this page loaded');
    expect(staff.textContent).toContain('Errors seen');
    const more = staff.querySelector<HTMLButtonElement>('[data-setting="warningMs"] button:last-of-type')!;
    more.click();
    expect(JSON.parse(built.staffStore.read('kiosk-config')!).warningMs).toBe(75_000);
    staff.querySelector<HTMLButtonElement>('#kiosk-reload')!.click();
    expect(built.reload).toHaveBeenCalledTimes(1);
  });

  it('lets staff set the loudest sound, which caps the visitor volumes from then on and after a reload', () => {
    const heard: AudioVolumes[] = [];
    const audio = {
      reconcile: () => {},
      playSfx: () => {},
      setVolumes: (v: AudioVolumes) => heard.push(v),
      unlock: () => {},
      status: 'running' as const,
      dispose: () => {},
    };
    built.controller.attachAudio(audio);
    const staff = openStaff();
    const less = staff.querySelector<HTMLButtonElement>('[data-setting="volumePercent"] button:first-of-type')!;
    for (let i = 0; i < 4; i++) less.click();
    expect(staff.querySelector('[data-setting="volumePercent"] output')!.textContent).toBe('60');
    expect(JSON.parse(built.staffStore.read('kiosk-config')!).volumePercent).toBe(60);
    expect(heard.at(-1)!.master).toBeCloseTo(0.6);
    built.controller.setVolumes({ ...heard.at(-1)!, master: 0.5 }); // a visitor turns the game down further
    expect(heard.at(-1)!.master).toBeCloseTo(0.3);
    built.runtime.dispose();
    const saved = built.staffStore.read('kiosk-config');
    built = build(saved);
    built.controller.attachAudio(audio);
    expect(heard.at(-1)!.master).toBeCloseTo(0.6);
  });

  it('closes the kiosk window from the staff panel, or says how when the browser keeps it open', () => {
    const refused = openStaff();
    refused.querySelector<HTMLButtonElement>('#kiosk-close-window')!.click();
    expect(refused.querySelector('[role="status"]')!.textContent).toBe(enKioskStaff.closeRefused);
    built.runtime.dispose();
    const closeWindow = vi.fn(() => true);
    built = build(WITH_PIN, closeWindow);
    openStaff().querySelector<HTMLButtonElement>('#kiosk-close-window')!.click();
    expect(closeWindow).toHaveBeenCalledTimes(1);
  });

  it('does not open the staff panel for taps outside the corner or too slow', () => {
    for (let i = 0; i < 5; i++) pointer(400, 10);
    for (let i = 0; i < 5; i++) {
      pointer(10, 10);
      vi.advanceTimersByTime(2_500);
    }
    expect(q<HTMLDialogElement>('#kiosk-staff')!.open).toBe(false);
  });
});

/**
 * A second kiosk tab on the same browser profile writes the same localStorage: here it is played by writing the
 * shared staff store directly between this tab's own actions, exactly as the other tab's code would.
 */
describe('two kiosk tabs on one profile', () => {
  const otherTabBegins = (visits: number) => {
    let counts = parseCounts(built.staffStore.read('kiosk-counts'), Date.now());
    for (let i = 0; i < visits; i++) counts = countStart(counts, '2026-12-07', 'es');
    built.staffStore.write('kiosk-counts', JSON.stringify(counts));
  };

  it('keeps every visit either tab counts: 3 here and 3 in the other tab make 6 stored', () => {
    for (let visit = 0; visit < 3; visit++) {
      q('#kiosk-begin')!.click();
      otherTabBegins(1);
      vi.advanceTimersByTime(80_500);
    }
    const stored = JSON.parse(built.staffStore.read('kiosk-counts') ?? 'null') as {
      started: number;
      days: { started: number }[];
    };
    expect(stored.started).toBe(6);
    expect(stored.days.reduce((sum, day) => sum + day.started, 0)).toBe(6);
  });

  it('holds a PIN lockout made in the other tab here too', () => {
    let guard = parsePinGuard(null);
    for (let i = 0; i < 3; i++) guard = tryPin(guard, '0000', PIN, Date.now()).state;
    built.staffStore.write('kiosk-pin-guard', JSON.stringify(guard));
    const staff = openStaff();
    expect(staff.textContent).toContain('Too many wrong PINs');
    expect(staff.textContent).not.toContain('Visits since this page loaded');
  });

  it('shows the staff the counts as stored, with the other tab’s visits', () => {
    otherTabBegins(4);
    const staff = openStaff();
    const rows = [...staff.querySelectorAll('tr, dt, div')];
    const started = rows.find((row) => row.textContent.includes('Visits begun'));
    expect(started?.textContent).toContain('4');
  });

  it('takes up staff settings changed in the other tab when its storage event arrives', () => {
    built.staffStore.write('kiosk-config', JSON.stringify({ ...KIOSK_DEFAULTS, pin: PIN, warningMs: 90_000 }));
    window.dispatchEvent(new StorageEvent('storage', { key: 'avenida-viena:kiosk-config' }));
    q('#kiosk-begin')!.click();
    vi.advanceTimersByTime(80_500);
    expect(html().dataset['kiosk']).toBe('playing');
  });
});

describe('the staff gesture and the first start', () => {
  const staff = () => q<HTMLDialogElement>('#kiosk-staff')!;
  const corner = () => {
    for (let i = 0; i < 5; i++) pointer(10, 10);
  };

  it('opens the keypad ten times in a row, closed in between', () => {
    for (let time = 0; time < 10; time++) {
      corner();
      expect(staff().open, `time ${time + 1}`).toBe(true);
      expect(staff().querySelector('.kiosk-keypad')).not.toBeNull();
      staff().close();
      vi.advanceTimersByTime(500);
    }
  });

  it('keeps the keypad’s message when the news that it closed arrives after it was opened again', () => {
    staff().close();
    corner();
    for (let i = 0; i < 3; i++) enterPin(staff(), '1111');
    expect(staff().textContent).toContain('Too many wrong PINs');
    // The close event of the earlier close, delivered late (it is queued as a task of its own).
    staff().dispatchEvent(new Event('close'));
    expect(staff().textContent).toContain('Too many wrong PINs');
    staff().close();
    staff().dispatchEvent(new Event('close'));
    expect(staff().textContent).not.toContain('Too many wrong PINs');
  });

  it('never begins a visit for a tap in the staff corner of the attract screen, and does for one elsewhere', () => {
    const tap = (x: number, y: number) =>
      q('#kiosk-attract')!.dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 1, clientX: x, clientY: y }));
    tap(20, 20);
    expect(html().dataset['kiosk']).toBe('attract');
    tap(900, 600);
    expect(html().dataset['kiosk']).toBe('playing');
  });

  it('has no default PIN: at first start the panel asks staff to choose one, and 1940 opens nothing', () => {
    built.runtime.dispose();
    built = build(null);
    corner();
    expect(staff().dataset['view']).toBe('first-start');
    expect(staff().textContent).toContain('First start: choose the staff PIN');
    expect(staff().querySelector('.kiosk-stats')).toBeNull();
    enterPin(staff(), '1940');
    expect(staff().textContent).toContain('too easy to guess');
    enterPin(staff(), '1234');
    expect(staff().textContent).toContain('too easy to guess');
    enterPin(staff(), '12');
    expect(staff().textContent).toContain('A PIN has 4 to 8 digits.');
    enterPin(staff(), '7305');
    expect(staff().textContent).toContain('Enter the same PIN again');
    enterPin(staff(), '7306');
    expect(staff().textContent).toContain('The two PINs were not the same');
    expect(built.staffStore.read('kiosk-config')).toBeNull(); // nothing stored until the PIN is confirmed
    enterPin(staff(), '7305');
    enterPin(staff(), '7305');
    expect(staff().querySelector('.kiosk-stats')).not.toBeNull();
    expect(staff().textContent).toContain('The PIN is set.');
    expect(JSON.parse(built.staffStore.read('kiosk-config')!).pin).toBe('7305');
    staff().close();
    corner();
    expect(staff().dataset['view']).toBe('pin');
    enterPin(staff(), '1940');
    expect(staff().querySelector('.kiosk-stats')).toBeNull();
    enterPin(staff(), '7305');
    expect(staff().querySelector('.kiosk-stats')).not.toBeNull();
  });

  it('treats a stored 1940 (the default of earlier versions) as no PIN at all', () => {
    built.runtime.dispose();
    built = build(JSON.stringify({ ...KIOSK_DEFAULTS, pin: '1940' }));
    corner();
    expect(staff().dataset['view']).toBe('first-start');
  });

  it('speaks the staff’s language on the first-start screen', () => {
    built.runtime.dispose();
    built = build(JSON.stringify({ ...KIOSK_DEFAULTS, staffLanguage: 'es' }));
    corner();
    expect(staff().lang).toBe('es');
    expect(staff().textContent).toContain('Primer arranque: elija el NIP del personal');
  });
});
