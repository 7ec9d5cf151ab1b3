/**
 * Why a short code (a save code "AV-…" or a class result code "AVC-…") could not be read. The core returns only
 * this code; each interface language words it (`strings.saves.codeProblem`, `classroom.resultProblem`), so a
 * Spanish reader never sees an English sentence from the core.
 */
export type CodeProblem =
  | 'too-long' // longer than any code could be
  | 'not-a-code' // not the prefix and length of a code
  | 'bad-letter' // a character codes never use
  | 'typing-mistake' // the check characters do not match
  | 'other-version' // made by another version of the game
  | 'not-this-game'; // decodes, but names a chapter, role or view this game does not have
