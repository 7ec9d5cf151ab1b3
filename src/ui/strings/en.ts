/** Interface strings (English). The type of this table is the contract for every other language. */
export const en = {
  begin: 'Begin',
  loading: 'Opening the house…',
  loadFailed: 'The story could not be loaded. Check that the game files are complete, then try again.',
  tryAgain: 'Try again',
  recordReached: 'On the record',
  chooseHint: (n: number) => (n === 1 ? 'Your choice: one option' : `Your choices: ${n} options (keys 1 to ${Math.min(n, 9)})`),
  chapterLabel: 'Chapter',
  theEnd: 'The end of this story.',
  playAgain: 'Play again',
  brokenTitle: 'Something went wrong in the story.',
  brokenBody: 'The story hit a problem it could not continue from. Nothing you did caused it. You can go back to the start of this chapter or begin again.',
  backToCheckpoint: 'Back to the start of this chapter',
  restart: 'Begin again',
  menu: 'Menu',
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
} as const;

export type Strings = typeof en;
