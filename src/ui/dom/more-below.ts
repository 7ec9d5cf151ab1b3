/**
 * Less than this much of the passage out of sight (CSS pixels) counts as none: it can only be the pane's bottom
 * padding, since a line of story is never shorter than 24 px.
 */
export const MORE_BELOW_SLACK = 16;

/** A tap on the cue scrolls this share of the pane, so the last line read stays in view as a place to continue. */
const PAGE_SHARE = 0.8;

/**
 * Adds a cue at the foot of the story pane, shown while part of the passage is still below it ("More below"). The
 * choices are pinned under the story on every screen, so a reader, a standing kiosk visitor above all, could tap
 * one without having seen the passage's last lines, which are often where a record beat lands. Tapped, the cue
 * scrolls down most of a screenful; it goes when the end is in view.
 *
 * A visual aid only (aria-hidden, not focusable): assistive technology reads each passage from the live region,
 * and a keyboard scrolls the focusable story pane. It never makes the page lay out early: it is checked in an
 * animation frame after the story changes, scrolls or resizes, when the frame's own layout is due anyway, and
 * showing it changes only its opacity. Returns the cue's element.
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
  pill.addEventListener('click', () => {
    const reduced = document.documentElement.dataset['motion'] === 'reduced';
    story.scrollBy({ top: story.clientHeight * PAGE_SHARE, behavior: reduced ? 'instant' : 'smooth' });
  });
  anchor.append(pill);
  story.after(anchor);

  let scheduled = false;
  const check = () => {
    if (scheduled || typeof requestAnimationFrame !== 'function') return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      // 0 when the passage fits, and when the pane does not scroll (the short-screen layout scrolls the panel)
      const below = story.scrollHeight - story.scrollTop - story.clientHeight;
      anchor.toggleAttribute('data-shown', below > MORE_BELOW_SLACK);
    });
  };
  story.addEventListener('scroll', check, { passive: true });
  new MutationObserver(check).observe(story, { childList: true });
  if (typeof ResizeObserver === 'function') new ResizeObserver(check).observe(story);
  return anchor;
}
