// Loaded on demand in classroom mode: the record labels and every classroom panel (the documents come in their
// own chunk per language, classroom-documents.ts).
import { chapterStartState, type ClassroomChapter } from '../../../core/classroom/chapter-start.ts';
import { CHAPTER_LENGTHS, playingMinutes } from '../../../core/classroom/chapter-times.ts';
import type { GameState, Telling } from '../../../core/game/game-state.ts';
import { PLAN_KEY, resolvePlan } from '../../../core/classroom/lesson-plan.ts';
import type { Language } from '../../../core/settings/language.ts';
import type { Entry } from '../../../core/session/session.ts';
import type { StoragePort } from '../../../core/storage/storage-port.ts';
import type { TeacherStrings } from '../../../languages/teacher-strings.ts';
import type { ClassroomStrings } from '../../strings/en-classroom.ts';
import type { RecordStrings } from '../../strings/en-record.ts';
import { recordFor } from '../../../languages/record-for-language.ts';
import type { ClassroomDocuments } from './classroom-documents.ts';
import { ChapterStartPanel } from './chapter-start-panel.ts';
import { ClassViewPanel } from './class-view-panel.ts';
import { GuidePanel, type GuideSection } from './guide-panel.ts';
import { PausePanel } from './pause-panel.ts';
import { PresenterPanel } from './presenter-panel.ts';
import { StudentDebriefPanel } from './student-debrief-panel.ts';

export interface ClassroomPanelsParts {
  readonly t: ClassroomStrings;
  readonly w: TeacherStrings;
  readonly storage: StoragePort;
  readonly chapterName: (chapter: string) => string;
  readonly begin: (entry: Entry) => void;
  readonly game: () => GameState | undefined;
  /** The page's language: the record and its labels follow it. */
  readonly lang: Language;
  /** The record's labels in the page's language (the student's debrief uses them). */
  readonly recordStrings: RecordStrings;
  /** The guide, role cards, "what we invented", glossary and discussion prompts in the page's language. */
  readonly documents: ClassroomDocuments;
}

export class ClassroomPanels {
  private readonly guide: GuidePanel;
  private readonly chapterStart: ChapterStartPanel;
  private readonly classView: ClassViewPanel;
  private readonly pause: PausePanel;
  private readonly debrief: StudentDebriefPanel;
  private readonly presenter: PresenterPanel;
  private readonly prompts: ClassroomDocuments['prompts'];
  /** The chapter that ended at the last pause point. */
  private pausedAfter: string | null = null;

  constructor(parts: ClassroomPanelsParts) {
    const { t } = parts;
    const { lang } = parts;
    const RECORD = recordFor(lang);
    const sources = new Map(RECORD.sources.map((s) => [s.id, s.short]));
    const { documents } = parts;
    this.prompts = documents.prompts;
    this.guide = new GuidePanel(documents, documents.glossary, sources, t, parts.w.contents);
    const minutesOf = (telling: Telling) =>
      Object.fromEntries(
        Object.entries(CHAPTER_LENGTHS[telling]).map(([id, length]) => [id, String(playingMinutes(length))]),
      );
    this.chapterStart = new ChapterStartPanel({
      t,
      w: parts.w,
      chapterName: parts.chapterName,
      minutes: { full: minutesOf('full'), cut: minutesOf('cut') },
      plan: resolvePlan(
        new URLSearchParams(window.location.search.slice(0, 2048)).get('plan'),
        parts.storage.read(PLAN_KEY),
      ),
      choosePlan: (plan) => {
        parts.storage.write(PLAN_KEY, plan);
        // An address that names a plan names the new one, so the link the teacher copies and hands out opens in it.
        const params = new URLSearchParams(window.location.search.slice(0, 2048));
        if (params.has('plan')) {
          params.set('plan', plan);
          window.history.replaceState(window.history.state, '', `?${params.toString()}`);
        }
      },
      start: (chapter: ClassroomChapter, role, telling) =>
        parts.begin({ kind: 'chapter', checkpoint: chapter, role, carry: chapterStartState(chapter), telling }),
    });
    const views = new Map(RECORD.disputes.flatMap((d) => d.views.map((v) => [v.id, v.label] as const)));
    this.classView = new ClassViewPanel(t, {
      chapterName: parts.chapterName,
      question: (id) => RECORD.disputes.find((d) => d.id === id)?.question ?? id,
      view: (id) => views.get(id) ?? id,
      attempt: (id) => RECORD.pushbacks.find((p) => p.id === id)?.attempt ?? id,
      measure: (id) => RECORD.measures.measures.find((m) => m.id === id)?.label ?? id,
    });
    this.debrief = new StudentDebriefPanel({
      t,
      record: parts.recordStrings,
      storage: parts.storage,
      chapterName: parts.chapterName,
      tag: () => Math.floor(Math.random() * 512),
    });
    const proposals = new Map(RECORD.measures.measures.map((m) => [m.id, m] as const));
    this.presenter = new PresenterPanel(
      parts.w,
      {
        chapterName: parts.chapterName,
        pausePrompt: (chapter) => this.prompts.find((p) => p.chapter === chapter)?.pause,
        question: (id) => RECORD.disputes.find((d) => d.id === id)?.question ?? id,
        consensus: (id) => RECORD.disputes.find((d) => d.id === id)?.consensus,
        view: (id) => views.get(id) ?? id,
        measure: (id) => proposals.get(id)?.label ?? id,
        inPlace: (id) => proposals.get(id)?.aug20,
      },
      parts.storage,
    );
    this.pause = new PausePanel(t, parts.w, () => {
      const game = parts.game();
      if (game) this.debrief.open(withoutChapterBegun(game, this.pausedAfter));
    });
  }

  openGuide(section: GuideSection = 'guide'): void {
    this.guide.open(section);
  }

  openChapterStart(): void {
    this.chapterStart.open();
  }

  openClassView(): void {
    this.classView.open();
  }

  /** The presenter view for the projector, on `chapter` (the one being played) or the first. */
  openPresenter(chapter: string | null): void {
    this.presenter.open(chapter);
  }

  openDebrief(game: GameState): void {
    this.debrief.open(game);
  }

  /** The pause after `chapter`; `goOn` (the next chapter) runs only after the deliberate hold. */
  openPause(chapter: string, chapterName: string, goOn: () => void): void {
    this.pausedAfter = chapter;
    this.pause.open(
      chapterName,
      this.prompts.find((p) => p.chapter === chapter),
      goOn,
    );
  }

  /** The pause screen again, as it was (the held story's button). */
  reopenPause(): void {
    this.pause.reopen();
  }
}

/**
 * At a pause point the story has already run into the next chapter's first lines, so that chapter counts as
 * reached. A debrief opened from the pause screen should show the chapters actually played: drop the one just begun.
 */
export function withoutChapterBegun(game: GameState, ended: string | null): GameState {
  if (ended === null || game.checkpoint === null || game.checkpoint === ended) return game;
  return { ...game, checkpointsReached: game.checkpointsReached.filter((c) => c !== game.checkpoint) };
}
