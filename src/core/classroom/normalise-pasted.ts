/**
 * Text as teachers paste it, made plain before codes are looked for: Unicode NFKC (full-width letters, ligatures,
 * non-breaking and other spaces become their plain forms), every dash and minus becomes "-", every space becomes
 * " ", invisible characters (zero-width spaces and joiners, byte-order marks, soft hyphens) go, and Cyrillic and
 * Greek capitals and small letters that look like Latin ones become those Latin letters. A result code only ever
 * uses Latin letters, digits and dashes, so none of this can turn a wrong code into a right one by accident: the
 * checksum still decides.
 */
export function normalisePasted(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g, '-')
    .replace(/[^\S\r\n]/g, ' ')
    .replace(/[\u0370-\u03ff\u0400-\u04ff]/g, (char) => LOOK_ALIKES[char] ?? char);
}

/** Cyrillic and Greek letters that look like the Latin letter they map to. */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  // Cyrillic capitals and small letters
  А: 'A',
  В: 'B',
  С: 'C',
  Е: 'E',
  Н: 'H',
  І: 'I',
  Ј: 'J',
  К: 'K',
  М: 'M',
  О: 'O',
  Р: 'P',
  Ѕ: 'S',
  Т: 'T',
  Х: 'X',
  У: 'Y',
  З: '3',
  а: 'a',
  в: 'b',
  с: 'c',
  е: 'e',
  н: 'h',
  і: 'i',
  ј: 'j',
  к: 'k',
  м: 'm',
  о: 'o',
  р: 'p',
  ѕ: 's',
  т: 't',
  х: 'x',
  у: 'y',
  // Greek capitals and small letters
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  α: 'a',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
};
