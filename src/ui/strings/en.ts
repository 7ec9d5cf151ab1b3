import type { PlanLabels } from '../phaser/plan-labels.ts';
import type { CodeProblem } from '../../core/codes/code-problem.ts';
import type { Widen } from './widen.ts';
import { endSentence } from './end-sentence.ts';

/** Interface strings (English). The type of this table is the contract for every other language (es.ts). */
export const en = {
  begin: 'Begin',
  loading: 'Opening the house…',
  loadFailed: 'The story could not be loaded. Check that the game files are complete, then try again.',
  tryAgain: 'Try again',
  recordReached: 'On the record',
  /** The cue at the foot of the story pane while part of the passage is below it (src/ui/dom/more-below.ts). */
  moreBelow: 'More below',
  chooseHint: (n: number) =>
    n === 1 ? 'Your choice: one option' : `Your choices: ${n} options (keys 1 to ${Math.min(n, 9)})`,
  chapterLabel: 'Chapter',
  theEnd: 'The end of this story.',
  playAgain: 'Play again',
  brokenTitle: 'Something went wrong in the story.',
  brokenBody:
    'The story hit a problem it could not continue from. Nothing you did caused it. You can go back to the start of this chapter or begin again.',
  backToCheckpoint: 'Back to the start of this chapter',
  restart: 'Begin again',
  menu: 'Menu',
  /** The Record's buttons (its own labels load with it: src/languages/<lang>/record.ts). */
  archiveButton: 'The Record',
  debriefButton: 'Read your debrief',
  dismiss: 'Dismiss',
  partMissing:
    'This part of the game could not be loaded: the game may have been updated since this page opened. ' +
    'Reload the page to get it; your place in the story is kept.',
  reloadPage: 'Reload the page',
  storageFallback:
    'This browser is not letting the game store anything, so your progress is kept only until this page closes. Export a save from the menu to keep it.',
  pauseTitle: 'A pause for discussion',
  continueStory: 'Continue',
  chapterNames: {
    start: 'Before you begin',
    ch1_arrival: 'I. Arrival',
    ch2_raid: 'II. The night of 24 May',
    ch3_aftermath: 'III. Aftermath',
    ch4_fortress: 'IV. The fortress summer',
    ch5_rehearsal: 'V. 17 August',
    ch6_attack: 'VI. 20 August',
    ch7_death: 'VII. 21–22 August',
    epilogue: 'Epilogue',
    kiosk: 'Avenida Viena, 1940',
  } as Record<string, string>,
  /** Words on the compound plan (drawn in the picture; ids in src/ui/phaser/plan-labels.ts). */
  planLabels: {
    river_bed: 'Dry river bed',
    avenida_viena: 'Avenida Viena',
    police_hut: 'Police hut',
    garage: 'Garage',
    only_way_in: 'only way in',
    guards_rooms: "Guards' rooms",
    rabbits: 'Rabbits',
    hens: 'Hens',
    old_tower: 'Old tower',
    library: 'Library',
    dining: 'Dining',
    kitchen: 'Kitchen',
    east_bedroom: 'Bedroom',
    study: 'Study',
    bedroom: 'Bedroom',
    seva_room: "Seva's room",
    patio: 'Patio',
    neighbour: 'Neighbour',
  } satisfies PlanLabels,
  // The title page (index.html holds the English; boot rewrites it in the chosen language)
  page: {
    skipToStory: 'Skip to the story',
    kicker: 'Coyoacán, Mexico City',
    subtitle: "You are a young volunteer guard in Leon Trotsky's house. You know how it ends. The household does not.",
    mainMenu: 'Main menu',
    contentNoteLead: 'Content note:',
    contentNote:
      ' this story includes political violence, a raid by gunmen and a killing. It shows them without gore. Every historical claim is sourced; what we invented is marked.',
    story: 'Story',
    storyText: 'Story text',
    yourChoices: 'Your choices',
    /** The reader bar's one button on narrow screens, which opens its actions as a list. */
    menu: 'Menu',
    description:
      "Avenida Viena, 1940: a guard's story from Trotsky's house in Coyoacán. Interactive history for museums and classrooms.",
  },
  // Language (issue 12)
  language: {
    label: 'Language',
    switching: 'Changing the language reloads the game. A game in progress continues from the start of its chapter.',
    setting: 'Language of the story and the interface',
  },
  // Saves, chapters, history, settings (issue 7)
  closePanel: 'Close',
  choicePosition: (position: number, count: number) => `, choice ${position} of ${count}`,
  saves: {
    open: 'Saves',
    title: 'Saves',
    continueGame: 'Continue',
    continueDetail: (name: string) => `Continue: ${name}`,
    autosave: 'Autosave',
    previousAutosave: 'Autosave before your last new game',
    slot: (n: number) => `Slot ${n}`,
    empty: 'Empty',
    saveHere: 'Save here',
    load: 'Load',
    delete: 'Delete',
    rename: 'Rename',
    nameLabel: (n: number) => `Name of the save in slot ${n}`,
    export: 'Export to a file',
    exportCurrent: 'Export this game to a file',
    import: 'Import a save file',
    importHelp: 'A save file (.json) exported from this game, for example on another computer.',
    cancel: 'Cancel',
    confirmOverwrite: (name: string) => `Replace “${name}” with the game you are playing now?`,
    confirmSaveYes: 'Yes, replace it',
    confirmLoad: (name: string) =>
      `Load “${name}”? It replaces the game you are playing, which stays in the autosave only until your next choice.`,
    confirmLoadYes: 'Yes, load it',
    confirmDelete: (name: string) => `Delete “${name}” for good?`,
    confirmDeleteYes: 'Yes, delete it',
    saved: (name: string) => endSentence(`Saved: ${name}`),
    notSaved: 'The save could not be stored. Export it to a file instead.',
    loaded: (name: string) => endSentence(`Loaded: ${name}`),
    deleted: 'The save was deleted.',
    renamed: (name: string) => `Renamed to ${name}.`,
    notPlaying: 'Begin or continue a game to save it here.',
    memoryOnly: 'This browser is keeping saves only until the page closes. Export to a file to keep a save.',
    savedAt: (date: string) => `saved ${date}`,
    name: (chapter: string, date: string) => `${chapter}, ${date}`,
    otherEdition: (chapter: string) =>
      `This save was made with a different edition of the story. Loading it as it is could send the story down the wrong path, so the game starts again at the beginning of ${chapter}, with your role, relationships, knowledge and the house's defences carried over. The save itself is kept.`,
    otherEditionNoChapter:
      'This save was made with a different edition of the story, before the first chapter began, so it cannot be used. Begin a new game instead. The save itself is kept.',
    positionDamaged: (chapter: string) =>
      `The exact place in this save could not be restored, so the game starts again at the beginning of ${chapter}, with your role and choices carried over.`,
    cannotUse: 'This save names a chapter or role this story does not have, so it cannot be used. Nothing was changed.',
    rejected: {
      'too-large': 'That file is far too large to be a save from this game. Nothing was changed.',
      'not-json': 'That file is not a save, or it was cut short while copying. Nothing was changed.',
      'not-ours': 'That file is not a save from Avenida Viena, 1940. Nothing was changed.',
      'newer-format':
        'That save was made by a newer version of the game. Update the game to load it. Nothing was changed.',
      damaged: 'That save is damaged and cannot be loaded. Nothing was changed.',
    },
    codeTitle: 'Save code',
    codeHelp:
      'Write this code down to carry your chapter, role and choices to another computer. It starts you at the beginning of the chapter.',
    codeNone: 'A save code appears once the first chapter has begun.',
    codeLabel: 'Enter a save code',
    codeUse: 'Use this code',
    codeStarted: (chapter: string) => `Code accepted: starting ${chapter}.`,
    /** Why a save code was refused (the core's CodeProblem, worded here). */
    codeProblem: {
      'too-long': 'That code is too long.',
      'not-a-code': 'That does not look like a save code (it starts with AV and has 14 letters and digits).',
      'bad-letter': 'That code has a letter that save codes never use.',
      'typing-mistake': 'That code has a typing mistake somewhere: please check each character.',
      'other-version': 'That code was made by another version of the game.',
      'not-this-game': 'That code does not name a chapter and role of this game.',
    } satisfies Record<CodeProblem, string>,
  },
  chapters: {
    open: 'Chapters',
    title: 'Chapters',
    help: 'Replay a chapter you have reached, from its beginning, as you were when you first got there.',
    none: 'Finish a chapter to be able to replay it from here.',
    play: 'Play from here',
    restart: 'Begin again from the very start',
    confirmRestart:
      'Begin again from the very start? The game you are playing now will be replaced. Save it in a slot first if you want to keep it.',
    confirmRestartYes: 'Yes, begin again',
    confirmChapter: (chapter: string) =>
      `Replay ${chapter} from its beginning? The game you are playing now will be replaced.`,
    confirmChapterYes: 'Yes, replay it',
  },
  history: {
    open: 'History',
    title: 'History',
    intro:
      'Everything you have read in this playthrough. What is on the record is fixed: the past can be reread, not changed.',
    empty: 'Nothing has been read yet.',
    youChose: 'You chose:',
    fixed: 'On the record: fixed',
  },
  settings: {
    open: 'Settings',
    title: 'Settings',
    reading: 'Reading',
    textSize: 'Text size',
    textSizes: { small: 'Small', normal: 'Normal', large: 'Large', larger: 'Larger' },
    lineSpacing: 'Line spacing',
    lineSpacings: { normal: 'Normal', relaxed: 'Relaxed', wide: 'Wide' },
    typeface: 'Typeface',
    typefaces: {
      book: 'Book serif (Libre Baskerville)',
      hyperlegible: 'Atkinson Hyperlegible',
      dyslexic: 'OpenDyslexic',
    },
    theme: 'Colours',
    themes: { paper: 'Paper', dark: 'Dark', contrast: 'High contrast' },
    motion: 'Movement',
    motions: { system: 'As my device is set', reduced: 'Reduced', full: 'Full' },
    textSpeed: 'New text',
    textSpeeds: { gentle: 'Fades in gently', instant: 'Appears at once' },
    sound: 'Sound',
    captions: 'Captions for sounds',
    volumes: { master: 'All sound', music: 'Music', ambience: 'Ambience', sfx: 'Effects' },
    mute: 'Mute all sound',
    reset: 'Back to the defaults',
    remembered: 'Settings are remembered on this device.',
    notRemembered: 'Settings last until this page closes.',
  },
} as const;

export type Strings = Widen<typeof en>;
