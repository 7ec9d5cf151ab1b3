/** The staff panel's first start (choosing the PIN) and PIN confirmation: one table per language (src/languages). */
export interface KioskFirstStartStrings {
  readonly title: string;
  readonly body: string;
  readonly choosePrompt: string;
  readonly confirmPrompt: string;
  readonly mismatch: string;
  readonly guessable: string;
  readonly pinSet: string;
}
