// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  decodeResult,
  encodeResult,
  normaliseInitials,
  resultFromGame,
  type ClassResult,
} from '../../../src/core/classroom/class-result.ts';
import { summariseClass } from '../../../src/core/classroom/class-summary.ts';
import { checksum, toBase32 } from '../../../src/core/codes/base32.ts';
import { BitWriter } from '../../../src/core/codes/bit-fields.ts';
import { INITIAL_GAME } from '../../../src/core/game/game-state.ts';
import { createMemoryStorage } from '../../../src/core/storage/memory-storage.ts';
import { ClassViewPanel } from '../../../src/ui/dom/classroom/class-view-panel.ts';
import { REFLECTION_KEY, StudentDebriefPanel } from '../../../src/ui/dom/classroom/student-debrief-panel.ts';
import { enClassroom } from '../../../src/ui/strings/en-classroom.ts';
import { enRecord } from '../../../src/ui/strings/en-record.ts';

// Adversarial cases beyond the list, by its kinds (storage, time, concurrency, tampering, hostile paste,
// redeploy). Each asserts that nothing a student or teacher gave is lost: every result counted or named.

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

const base: ClassResult = {
  role: 'student',
  chapters: ['ch3_aftermath'],
  views: { entry: null, harte: 'harte_victim' },
  attempts: [],
  proposals: [],
  tag: 7,
  initials: 'AM',
};
const code = (over: Partial<ClassResult>) => encodeResult({ ...base, ...over });

/** A code written by the game before the update (version 1: no initials). */
function oldCode(tag: number): string {
  const fields = new BitWriter().put(1, 4).put(1, 2).put(4, 8).put(0, 3).put(1, 3).put(0, 8).put(0, 6).put(tag, 9);
  const body = toBase32(fields.value, 10);
  return `AVC-${body.slice(0, 5)}-${body.slice(5)}-${checksum(body)}`;
}

const labels = {
  chapterName: (id: string) => id,
  question: (id: string) => id,
  view: (id: string) => id,
  attempt: (id: string) => id,
  measure: (id: string) => id,
};

function fakeFile(name: string, text: string) {
  let resolve: (t: string) => void = () => undefined;
  const promise = new Promise<string>((r) => (resolve = r));
  return { file: { name, size: text.length, text: vi.fn(() => promise) }, finish: () => resolve(text) };
}

describe('tampering', () => {
  it('names a code whose initials were changed by hand, and still counts the others', () => {
    const good = code({ initials: 'BR' });
    const forged = code({}).replace(/-([0-9A-Z]{3})-/, (_, part: string) => `-${part === 'ZZZ' ? 'YYY' : 'ZZZ'}-`);
    const s = summariseClass([`${good}\n${forged}`]);
    expect(s.students).toBe(1);
    expect(s.rejected.map((r) => r.problem)).toEqual(['typing-mistake']);
  });

  it('refuses a long code whose version field says 1 (a forged old code with initials) as other-version', () => {
    const fields = new BitWriter().put(1, 4).put(1, 2).put(4, 8).put(0, 3).put(1, 3).put(0, 8).put(0, 6).put(7, 9);
    const body = toBase32(fields.value, 10) + toBase32(1, 3);
    const s = summariseClass([`AVC-${body}-${checksum(body)}`]);
    expect(s.rejected.map((r) => r.problem)).toEqual(['other-version']);
  });

  it('makes a readable code from a broken random source (NaN, Infinity, negative, huge tags)', () => {
    for (const tag of [Number.NaN, Infinity, -Infinity, -1, 1e12]) {
      const decoded = decodeResult(encodeResult(resultFromGame(INITIAL_GAME, tag, 'x')));
      expect(decoded.ok && decoded.result.tag).toBeGreaterThanOrEqual(0);
      expect(decoded.ok && decoded.result.initials).toBe('X');
    }
  });
});

describe('hostile paste', () => {
  it('counts codes glued together with nothing between them', () => {
    const s = summariseClass([`${code({ tag: 1 })}${code({ tag: 2 })}${code({ tag: 3 })}`.replaceAll('-', '')]);
    expect(s.students).toBe(3);
    expect(s.rejected).toEqual([]);
  });

  it('counts codes in a spreadsheet export: quoted, semicolon-separated, in backticks and brackets', () => {
    const [a, b, c, d] = [1, 2, 3, 4].map((tag) => code({ tag }));
    const s = summariseClass([`"name";"code"\n"x";"${a}"\n\`${b}\` (${c}) [${d}]`]);
    expect(s.students).toBe(4);
    expect(s.handedIn.map((h) => h.label)).toEqual(['AM #001', 'AM #002', 'AM #003', 'AM #004']);
  });

  it('keeps at most three letters of initials typed as 10,000 characters, emoji or another script', () => {
    expect(normaliseInitials('ÿ'.repeat(10_000))).toBe('YYY');
    expect(normaliseInitials('😀 Ñ')).toBe('N');
    expect(normaliseInitials('Жд')).toBe('');
    const decoded = decodeResult(code({ initials: normaliseInitials('ÿ'.repeat(10_000)) }));
    expect(decoded.ok && decoded.result.initials).toBe('YYY');
  });
});

describe('redeploy', () => {
  it('counts a class that handed in codes before and after the update, old codes by their tag', () => {
    const s = summariseClass([`${oldCode(3)}\n${code({ tag: 4 })}`, `${oldCode(3).toLowerCase()} ok\n${oldCode(5)}`]);
    expect(s.students).toBe(4);
    expect(s.rejected).toEqual([]);
    expect(s.handedIn).toEqual([
      { label: '#003', times: 2 },
      { label: 'AM #004', times: 1 },
      { label: '#005', times: 1 },
    ]);
  });
});

describe('concurrency', () => {
  it('keeps the newer files when the teacher chooses again while the first files are still being read', async () => {
    const view = new ClassViewPanel(enClassroom, labels);
    view.open();
    const input = view.panel.body.querySelector<HTMLInputElement>('#class-files')!;
    const first = fakeFile('old.txt', `${code({ tag: 1 })}\n${code({ tag: 2 })}`);
    const second = fakeFile('new.txt', code({ tag: 3, initials: 'NW' }));
    Object.defineProperty(input, 'files', { value: [first.file], configurable: true });
    input.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect(first.file.text).toHaveBeenCalled());
    Object.defineProperty(input, 'files', { value: [second.file], configurable: true });
    input.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect(second.file.text).toHaveBeenCalled());
    second.finish();
    await vi.waitFor(() => expect(view.summary().students).toBe(1));
    first.finish();
    await new Promise((r) => setTimeout(r, 0));
    expect(view.summary().handedIn).toEqual([{ label: 'NW #003', times: 1 }]);
  });

  it('stays empty after "Start again" pressed while files are still being read', async () => {
    const view = new ClassViewPanel(enClassroom, labels);
    view.open();
    const input = view.panel.body.querySelector<HTMLInputElement>('#class-files')!;
    const late = fakeFile('late.txt', code({ tag: 1 }));
    Object.defineProperty(input, 'files', { value: [late.file], configurable: true });
    input.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect(late.file.text).toHaveBeenCalled());
    view.panel.body.querySelector<HTMLButtonElement>('.save-actions button:not(.primary)')!.click();
    late.finish();
    await new Promise((r) => setTimeout(r, 0));
    expect(view.summary().students).toBe(0);
    expect(view.panel.body.querySelector('#class-files-status')?.textContent).toBe('');
  });

  it('shows the same file opened twice as one result handed in twice, both counted', () => {
    const text = `Result: ${code({ tag: 9 })}`;
    const s = summariseClass([text, text]);
    expect(s.students).toBe(2);
    expect(s.handedIn).toEqual([{ label: 'AM #009', times: 2 }]);
  });
});

describe('storage', () => {
  it('keeps the reflection on the page and printed when the device refuses to store it', () => {
    const storage = createMemoryStorage(10);
    const panel = new StudentDebriefPanel({
      t: enClassroom,
      record: enRecord,
      storage,
      chapterName: (c) => c,
      tag: () => 1,
    });
    panel.open(INITIAL_GAME);
    const box = panel.panel.body.querySelector<HTMLTextAreaElement>('#reflection')!;
    box.value = 'A reflection far longer than the ten characters the store will take.';
    box.dispatchEvent(new Event('input'));
    expect(storage.read(REFLECTION_KEY)).toBeNull();
    expect(panel.panel.body.querySelector('.reflection-print')?.textContent).toBe(box.value);
    expect(panel.panel.body.querySelector('#reflection-status')?.textContent).toBe(enClassroom.reflectionNotSaved);
  });
});

describe('time', () => {
  it('gives the same code with the same initials when the debrief is reopened a day later in the same visit', () => {
    vi.useFakeTimers();
    let n = 0;
    const panel = new StudentDebriefPanel({
      t: enClassroom,
      record: enRecord,
      storage: createMemoryStorage(),
      chapterName: (c) => c,
      tag: () => ++n,
    });
    panel.open(INITIAL_GAME);
    const input = panel.panel.body.querySelector<HTMLInputElement>('#result-initials')!;
    input.value = 'jp';
    input.dispatchEvent(new Event('input'));
    const first = panel.panel.body.querySelector('.result-code')?.textContent;
    panel.panel.close();
    vi.advanceTimersByTime(24 * 60 * 60 * 1000);
    panel.open(INITIAL_GAME);
    expect(panel.panel.body.querySelector('.result-code')?.textContent).toBe(first);
    expect(panel.panel.body.querySelector<HTMLInputElement>('#result-initials')?.value).toBe('JP');
  });
});
