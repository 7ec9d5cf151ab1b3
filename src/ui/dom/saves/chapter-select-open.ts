import { CODE_CHAPTERS } from '../../../core/save/code-lists.ts';
import type { SaveSlots } from '../../../core/save/save-slots.ts';

/** Chapter ids in story order: the chapters a checkpoint save can exist for. */
export const CHAPTER_ORDER: readonly string[] = CODE_CHAPTERS;

/** Chapter select opens once a chapter is finished: two chapter starts saved means the first was played through. */
export function chapterSelectOpen(slots: SaveSlots): boolean {
  return slots.checkpoints(CHAPTER_ORDER).filter((e) => e.parsed?.ok).length >= 2;
}
