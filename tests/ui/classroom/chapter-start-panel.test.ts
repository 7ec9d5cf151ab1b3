// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { enTeacher } from '../../../src/ui/strings/en-teacher.ts';
import { ChapterStartPanel } from '../../../src/ui/dom/classroom/chapter-start-panel.ts';
import { enClassroom } from '../../../src/ui/strings/en-classroom.ts';

afterEach(() => {
  document.body.replaceChildren();
});

const panel = (plan: '45' | '90') => {
  const start = vi.fn();
  const choosePlan = vi.fn();
  const view = new ChapterStartPanel({
    t: enClassroom,
    w: enTeacher,
    chapterName: (id) => id,
    minutes: { full: { ch2_raid: '19' }, cut: { ch2_raid: '11' } },
    plan,
    choosePlan,
    start,
  });
  const body = view.panel.body;
  const button = body.querySelector<HTMLButtonElement>('[data-start="ch2_raid"]');
  const time = () => button?.parentElement?.querySelector('.reading-time')?.textContent;
  return { body, button, start, choosePlan, time };
};

describe('the chapter start', () => {
  it("starts in the classroom cut in the 45-minute plan, with the cut's time", () => {
    const { button, start, time } = panel('45');
    expect(time()).toBe(enClassroom.readingTime('11'));
    button?.click();
    expect(start).toHaveBeenCalledWith('ch2_raid', 'teamster', 'cut');
  });

  it('starts the full chapter when the teacher chooses the 90-minute plan, and keeps the choice', () => {
    const { body, button, start, choosePlan, time } = panel('45');
    const ninety = body.querySelector<HTMLInputElement>('#start-plan-90');
    if (!ninety) throw new Error('no 90-minute plan to choose');
    ninety.checked = true;
    ninety.dispatchEvent(new Event('change'));
    expect(choosePlan).toHaveBeenCalledWith('90');
    expect(time()).toBe(enClassroom.readingTime('19'));
    button?.click();
    expect(start).toHaveBeenCalledWith('ch2_raid', 'teamster', 'full');
  });

  it('opens on the plan in force (the link or this device)', () => {
    const { body, button, start } = panel('90');
    expect(body.querySelector<HTMLInputElement>('#start-plan-90')?.checked).toBe(true);
    button?.click();
    expect(start).toHaveBeenCalledWith('ch2_raid', 'teamster', 'full');
  });
});
