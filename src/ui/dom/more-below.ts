/** Less than this much of the last line out of sight (CSS pixels) counts as none: rounding at the pane's edge. */
export const MORE_BELOW_SLACK = 4;

/** A tap on the cue scrolls this share of the pane, so the last line read stays in view as a place to continue. */
const PAGE_SHARE = 0.8;

/** Movement (CSS pixels) under which a press on the cue is a tap, not a drag. */
const TAP_SLOP = 8;

/** A wheel that counts in lines (not pixels) moves this many pixels a line. */
const WHEEL_LINE = 32;

/**
 * Adds a cue at the foot of the story pane, shown while part of the passage is still below it ("More below"). The
 * choices are pinned under the story on every screen, so a reader, a standing kiosk visitor above all, could tap
 * one without having seen the passage's last lines, which are often where a record beat lands. Tapped, the cue
 * scrolls down most of a screenful; it goes when the end is in view. It lies over the story without being inside
 * it (the story is the live region, written by several parts), so a wheel or a swipe that starts on it is passed
 * on to the story.
 *
 * A visual aid only (aria-hidden, not focusable): assistive technology reads each passage from the live region,
 * and a keyboard scrolls the focusable story pane. It never makes the page lay out early: it is checked in an
 * animation frame after the story changes, scrolls or resizes, or its last element changes size (a font arriving,
 * a new text size), when the frame's own layout is due anyway; showing it changes only its opacity. Returns the
 * cue's element.
 */
export function addMoreBelowCue(story: HTMLElement, label: string): HTMLElement {
  const anchor = document.createElement('div');
  anchor.className = 'more-below';
  anchor.setAttribute('aria-hidden', 'true');
  const pill = document.createElement('div');
  pill.className = 'more-below-pill';
  const text = document.createElement('span');
  text.textContent = label;
  const arrow = document.createElement('span');
  arrow.className = 'more-below-arrow';
  arrow.textContent = '↓';
  pill.append(text, arrow);
  anchor.append(pill);
  story.after(anchor);
  passScrollingOn(pill, story);

  const resized = typeof ResizeObserver === 'function' ? new ResizeObserver(() => check()) : null;
  let watched: Element | null = null;
  let scheduled = false;
  const check = () => {
    if (scheduled || typeof requestAnimationFrame !== 'function') return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      const last = story.lastElementChild;
      if (last !== watched) {
        if (watched) resized?.unobserve(watched);
        if (last) resized?.observe(last);
        watched = last;
      }
      // The last element's own box against the pane's: its margin and the pane's padding are not text. Where the
      // pane does not scroll (the short-screen layout scrolls the whole panel) the story ends inside it.
      const below = last ? last.getBoundingClientRect().bottom - story.getBoundingClientRect().bottom : 0;
      anchor.toggleAttribute('data-shown', below > MORE_BELOW_SLACK);
    });
  };
  story.addEventListener('scroll', check, { passive: true });
  new MutationObserver(check).observe(story, { childList: true });
  resized?.observe(story);
  return anchor;
}

/** A tap pages the story down; a drag or a wheel on the cue scrolls the story as it would over the text. */
function passScrollingOn(pill: HTMLElement, story: HTMLElement): void {
  let press: { id: number; y: number; moved: number } | null = null;
  pill.addEventListener('pointerdown', (event) => {
    press = { id: event.pointerId, y: event.clientY, moved: 0 };
    pill.setPointerCapture?.(event.pointerId);
  });
  pill.addEventListener('pointermove', (event) => {
    if (press?.id !== event.pointerId) return;
    const step = event.clientY - press.y;
    press.y = event.clientY;
    press.moved += Math.abs(step);
    story.scrollTop -= step;
  });
  pill.addEventListener('pointercancel', () => (press = null));
  pill.addEventListener('click', () => {
    const dragged = (press?.moved ?? 0) >= TAP_SLOP;
    press = null;
    if (dragged) return;
    const reduced = document.documentElement.dataset['motion'] === 'reduced';
    story.scrollBy({ top: story.clientHeight * PAGE_SHARE, behavior: reduced ? 'auto' : 'smooth' });
  });
  pill.addEventListener(
    'wheel',
    (event) => {
      const unit = event.deltaMode === 1 ? WHEEL_LINE : event.deltaMode === 2 ? story.clientHeight : 1;
      story.scrollBy({ top: event.deltaY * unit });
    },
    { passive: true },
  );
}
