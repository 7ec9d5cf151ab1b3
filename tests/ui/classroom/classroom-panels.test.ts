// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeResult, encodeResult } from '../../../src/core/classroom/class-result.ts';
import { DISCUSSION_PROMPTS } from '../../../src/core/classroom/discussion-prompts.ts';
import { INITIAL_GAME } from '../../../src/core/game/game-state.ts';
import { createMemoryStorage } from '../../../src/core/storage/memory-storage.ts';
import { ClassViewPanel } from '../../../src/ui/dom/classroom/class-view-panel.ts';
import { HOLD_MS } from '../../../src/ui/dom/classroom/hold-button.ts';
import { PausePanel } from '../../../src/ui/dom/classroom/pause-panel.ts';
import { enTeacher } from '../../../src/ui/strings/en-teacher.ts';
import { REFLECTION_KEY, StudentDebriefPanel } from '../../../src/ui/dom/classroom/student-debrief-panel.ts';
import { enClassroom } from '../../../src/ui/strings/en-classroom.ts';
import { esClassroom } from '../../../src/ui/strings/es-classroom.ts';
import { enRecord } from '../../../src/ui/strings/en-record.ts';

afterEach(() => {
  document.body.replaceChildren();
});

const labels = {
  chapterName: (id: string) => id,
  question: (id: string) => `Q ${id}`,
  view: (id: string) => id,
  attempt: (id: string) => id,
  measure: (id: string) => id,
};

describe('the pause screen', () => {
  const open = () => {
    const goOn = vi.fn();
    const pause = new PausePanel(enClassroom, enTeacher, vi.fn());
    const prompts = DISCUSSION_PROMPTS.find((p) => p.chapter === 'ch3_aftermath');
    pause.open('III. Aftermath', prompts, goOn);
    const hold = pause.dialog.querySelector<HTMLButtonElement>('[data-action="hold"]');
    if (!hold) throw new Error('the pause screen has no hold button');
    return { pause, goOn, hold, prompts };
  };
  afterEach(() => {
    vi.useRealTimers();
  });

  it("shows the chapter's question and says the teacher will say when to go on, with no Close button", () => {
    const { pause, prompts } = open();
    expect(pause.isOpen).toBe(true);
    expect(pause.dialog.querySelector('.pause-prompt')?.textContent).toBe(prompts?.pause);
    expect(pause.dialog.textContent).toContain('End of III. Aftermath');
    expect(pause.dialog.querySelector('h2')?.textContent).toBe(enTeacher.pauseWait);
    expect(pause.dialog.querySelector('.panel-close')).toBeNull();
  });

  it('does not go on for a click, a key pressed and let go, or Escape', () => {
    vi.useFakeTimers();
    const { pause, goOn, hold } = open();
    hold.click();
    hold.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    vi.advanceTimersByTime(500);
    hold.dispatchEvent(new KeyboardEvent('keyup', { key: 'Enter', bubbles: true }));
    vi.advanceTimersByTime(5000);
    const cancel = new Event('cancel', { cancelable: true });
    pause.dialog.dispatchEvent(cancel);
    expect(cancel.defaultPrevented).toBe(true);
    expect(goOn).not.toHaveBeenCalled();
    expect(pause.isOpen).toBe(true);
  });

  it('goes on once the button has been held down long enough, and closes', () => {
    vi.useFakeTimers();
    const { pause, goOn, hold } = open();
    hold.dispatchEvent(new PointerEvent('pointerdown', { button: 0, bubbles: true }));
    vi.advanceTimersByTime(HOLD_MS - 100);
    expect(goOn).not.toHaveBeenCalled();
    expect(hold.dataset['holding']).toBe('true');
    vi.advanceTimersByTime(200);
    expect(goOn).toHaveBeenCalledTimes(1);
    expect(pause.isOpen).toBe(false);
  });

  it('keeps number keys from reaching the story behind it', () => {
    const { pause } = open();
    const heard = vi.fn();
    document.addEventListener('keydown', heard);
    pause.dialog.querySelector('button')?.dispatchEvent(new KeyboardEvent('keydown', { key: '1', bubbles: true }));
    pause.dialog.querySelector('button')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    document.removeEventListener('keydown', heard);
    expect(heard).toHaveBeenCalledTimes(1);
  });
});

describe("the student's debrief", () => {
  const game = {
    ...INITIAL_GAME,
    role: 'student',
    checkpointsReached: ['ch3_aftermath'],
    views: ['harte_deceived'],
    chronicle: [{ beat: 'harte_found_1940_06_25', turn: 4, checkpoint: 'ch3_aftermath' }],
  };

  it('shows a result code that decodes to this playthrough, and keeps the reflection on the device only', () => {
    const storage = createMemoryStorage();
    const panel = new StudentDebriefPanel({
      t: enClassroom,
      record: enRecord,
      storage,
      chapterName: (c) => c,
      tag: () => 42,
    });
    panel.open(game);
    const code = panel.panel.body.querySelector('.result-code')?.textContent ?? '';
    const decoded = decodeResult(code);
    expect(decoded.ok && decoded.result).toMatchObject({
      role: 'student',
      chapters: ['ch3_aftermath'],
      views: { entry: null, harte: 'harte_deceived' },
      tag: 42,
    });
    const box = panel.panel.body.querySelector<HTMLTextAreaElement>('#reflection')!;
    box.value = 'Bob opened the door; I am not sure he knew.';
    box.dispatchEvent(new Event('input'));
    expect(storage.read(REFLECTION_KEY)).toBe('Bob opened the door; I am not sure he knew.');
    expect(panel.panel.body.querySelector('.reflection-print')?.textContent).toBe(
      'Bob opened the door; I am not sure he knew.',
    );
    expect(code).not.toContain('Bob');
    expect(panel.panel.body.querySelector('.debrief')).not.toBeNull();
  });

  it('asks for optional initials where the code is exported and carries them in the code', () => {
    const panel = new StudentDebriefPanel({
      t: enClassroom,
      record: enRecord,
      storage: createMemoryStorage(),
      chapterName: (c) => c,
      tag: () => 9,
    });
    panel.open(game);
    const label = panel.panel.body.querySelector('label[for="result-initials"]');
    expect(label?.textContent).toBe(enClassroom.initialsLabel);
    const codeLine = panel.panel.body.querySelector('.result-code')!;
    const before = decodeResult(codeLine.textContent);
    expect(before.ok && before.result.initials).toBe('');
    const input = panel.panel.body.querySelector<HTMLInputElement>('#result-initials')!;
    input.value = 'm.á';
    input.dispatchEvent(new Event('input'));
    const after = decodeResult(codeLine.textContent);
    expect(after.ok && after.result.initials).toBe('MA');
    expect(after.ok && after.result.tag).toBe(9);
    expect(codeLine.getAttribute('data-code')).toBe(codeLine.textContent);
    // Reopened in the same visit: the same initials and so the same code.
    panel.panel.close();
    panel.open(game);
    expect(panel.panel.body.querySelector('.result-code')?.textContent).toBe(after.ok ? after.code : '');
  });

  it('words the initials question in Spanish on a Spanish page', () => {
    expect(esClassroom.initialsLabel).toMatch(/iniciales/);
    expect(esClassroom.initialsHelp).not.toBe(enClassroom.initialsHelp);
  });

  it('gives the same code when reopened in the same visit', () => {
    let n = 0;
    const panel = new StudentDebriefPanel({
      t: enClassroom,
      record: enRecord,
      storage: createMemoryStorage(),
      chapterName: (c) => c,
      tag: () => ++n,
    });
    panel.open(game);
    const first = panel.panel.body.querySelector('.result-code')?.textContent;
    panel.panel.close();
    panel.open(game);
    expect(panel.panel.body.querySelector('.result-code')?.textContent).toBe(first);
  });
});

describe('the class view', () => {
  it('loads three pasted codes and shows their counts', () => {
    const view = new ClassViewPanel(enClassroom, labels);
    view.open();
    const base = { chapters: ['ch3_aftermath'], attempts: [], proposals: [], initials: '' };
    const codes = [
      encodeResult({ ...base, role: 'student', views: { entry: null, harte: 'harte_victim' }, tag: 1 }),
      encodeResult({ ...base, role: 'student', views: { entry: null, harte: 'harte_unsure' }, tag: 2 }),
      encodeResult({ ...base, role: 'teamster', views: { entry: null, harte: 'harte_unsure' }, tag: 3 }),
    ];
    view.panel.body.querySelector<HTMLTextAreaElement>('#class-codes')!.value = codes.join('\n');
    view.panel.body.querySelector<HTMLButtonElement>('[data-action="show-class"]')!.click();
    const count = (table: string, key: string) =>
      view.panel.body.querySelector(`[data-table="${table}"] tr[data-key="${key}"] td`)?.getAttribute('data-count');
    expect(view.panel.body.querySelector('.class-count')?.getAttribute('data-students')).toBe('3');
    expect(count('roles', 'student')).toBe('2');
    expect(count('roles', 'teamster')).toBe('1');
    expect(count('roles', 'mexican')).toBe('0');
    expect(count('view-harte', 'harte_unsure')).toBe('2');
    expect(count('view-harte', 'harte_victim')).toBe('1');
    expect(count('view-entry', 'none')).toBe('3');
    expect(count('chapters', 'ch3_aftermath')).toBe('3');
  });

  it('says so when nothing is loaded, and lists codes it cannot read', () => {
    const view = new ClassViewPanel(enClassroom, labels);
    view.open();
    expect(view.panel.body.textContent).toContain(enClassroom.nothingLoaded);
    view.panel.body.querySelector<HTMLTextAreaElement>('#class-codes')!.value = 'AVC-00000-00000-00';
    view.panel.body.querySelector<HTMLButtonElement>('[data-action="show-class"]')!.click();
    expect(view.panel.body.querySelectorAll('.rejected li')).toHaveLength(1);
  });

  it('says why a code cannot be read in the language of the page', () => {
    const view = new ClassViewPanel(esClassroom, labels);
    view.open();
    view.panel.body.querySelector<HTMLTextAreaElement>('#class-codes')!.value = 'AVC-00000-00000-00';
    view.panel.body.querySelector<HTMLButtonElement>('[data-action="show-class"]')!.click();
    const shown = view.panel.body.querySelector('.rejected li')?.textContent;
    expect(shown).toBe(`AVC-00000-00000-00 ${esClassroom.resultProblem['typing-mistake']}`);
  });
});

describe('the class view and files and text it cannot take whole', () => {
  const oneStudent = {
    chapters: ['ch3_aftermath'],
    attempts: [],
    proposals: [],
    role: 'student' as const,
    views: { entry: null, harte: null },
    initials: '',
  };

  it('names a result file too large to read instead of skipping it in silence, and reads the others', async () => {
    const view = new ClassViewPanel(enClassroom, labels);
    view.open();
    const code = encodeResult({ ...oneStudent, tag: 5 });
    const input = view.panel.body.querySelector<HTMLInputElement>('#class-files')!;
    const files = [
      { name: 'huge.txt', size: 6_000_000, text: () => Promise.resolve('') },
      { name: 'ana.txt', size: 200, text: () => Promise.resolve(`Result:\u00a0${code.replaceAll('-', '\u2013')}`) },
    ];
    Object.defineProperty(input, 'files', { value: files, configurable: true });
    input.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect(view.panel.body.textContent).toContain(enClassroom.fileTooLarge('huge.txt')));
    expect(view.panel.body.querySelector('.class-count')?.getAttribute('data-students')).toBe('1');
  });

  it('reads opened files one at a time and says how far it has got in a status a screen reader announces', async () => {
    const view = new ClassViewPanel(enClassroom, labels);
    view.open();
    const status = view.panel.body.querySelector('#class-files-status')!;
    expect(status.getAttribute('role')).toBe('status');
    const pending: ((text: string) => void)[] = [];
    const files = [1, 2, 3].map((tag) => ({
      name: `s${tag}.txt`,
      size: 100,
      text: vi.fn(() => new Promise<string>((resolve) => pending.push(resolve))),
      code: encodeResult({ ...oneStudent, tag }),
    }));
    const input = view.panel.body.querySelector<HTMLInputElement>('#class-files')!;
    Object.defineProperty(input, 'files', { value: files, configurable: true });
    input.dispatchEvent(new Event('change'));
    expect(status.textContent).toBe(enClassroom.readingFiles(1, 3));
    for (const [i, file] of files.entries()) {
      await vi.waitFor(() => expect(file.text).toHaveBeenCalledTimes(1));
      expect(status.textContent).toBe(enClassroom.readingFiles(i + 1, 3));
      // The next file is not even asked for until this one is read.
      expect(files[i + 1]?.text.mock.calls.length ?? 0).toBe(0);
      pending[i]?.(`Result: ${file.code}`);
    }
    await vi.waitFor(() => expect(status.textContent).toBe(enClassroom.filesRead(3)));
    expect(view.panel.body.querySelector('.class-count')?.getAttribute('data-students')).toBe('3');
  });

  it('words the reading progress in Spanish on a Spanish page', () => {
    expect(esClassroom.readingFiles(3, 12)).toBe('Leyendo 3 de 12 archivos…');
    expect(esClassroom.filesRead(12)).not.toBe(enClassroom.filesRead(12));
  });

  it('lists each result by initials and tag so a teacher can tell students apart and see who handed in twice', () => {
    const view = new ClassViewPanel(enClassroom, labels);
    view.open();
    const ana = encodeResult({ ...oneStudent, tag: 5, initials: 'AM' });
    const ben = encodeResult({ ...oneStudent, tag: 5, initials: 'BR' });
    view.panel.body.querySelector<HTMLTextAreaElement>('#class-codes')!.value = `${ana}\n${ben}\n${ana}`;
    view.panel.body.querySelector<HTMLButtonElement>('[data-action="show-class"]')!.click();
    const items = [...view.panel.body.querySelectorAll('.handed-in li')].map((li) => li.textContent);
    expect(items).toEqual([enClassroom.handedIn('AM #005', 2), enClassroom.handedIn('BR #005', 1)]);
    expect(view.panel.body.querySelector('.repeated')?.textContent).toContain(enClassroom.repeatedCode('AM #005', 2));
  });

  it('lists the repeated code when the same code is given twice, and counts both', () => {
    const view = new ClassViewPanel(enClassroom, labels);
    view.open();
    const code = encodeResult({ ...oneStudent, tag: 5 });
    view.panel.body.querySelector<HTMLTextAreaElement>('#class-codes')!.value = `${code}\n${code}`;
    view.panel.body.querySelector<HTMLButtonElement>('[data-action="show-class"]')!.click();
    expect(view.panel.body.querySelector('.class-count')?.getAttribute('data-students')).toBe('2');
    expect(view.panel.body.querySelector('.repeated')?.textContent).toContain(enClassroom.repeatedCode('#005', 2));
  });
});

describe('a debrief opened from the pause screen', () => {
  it('leaves out the chapter whose first lines ran on after the pause', async () => {
    const { withoutChapterBegun } = await import('../../../src/ui/dom/classroom/classroom-panels.ts');
    const game = { ...INITIAL_GAME, checkpoint: 'ch4_fortress', checkpointsReached: ['ch3_aftermath', 'ch4_fortress'] };
    expect(withoutChapterBegun(game, 'ch3_aftermath').checkpointsReached).toEqual(['ch3_aftermath']);
    expect(withoutChapterBegun(game, 'ch4_fortress').checkpointsReached).toEqual(['ch3_aftermath', 'ch4_fortress']);
    expect(withoutChapterBegun(game, null)).toBe(game);
  });
});
