/**
 * `text` closed with a full stop, unless it already ends in one: a name may end in an abbreviation (a Spanish
 * time, "12:55 a.m."), and "a.m.." would read as a typo.
 */
export function endSentence(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}
