import { describe, expect, it } from 'vitest';
import { enKioskStaff } from '../../../src/ui/strings/en-kiosk.ts';
import { esKioskStaff } from '../../../src/ui/strings/es-kiosk.ts';

/** Every leaf as [path, text]; functions are called with a sample count or name so their words are compared. */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function')
    return [
      [
        `${path}()`,
        String(
          (value as (a: unknown) => unknown)(
            path.endsWith('languageName') ? 'es' : path.endsWith('FileName') || path.endsWith('exported') ? 'x' : 2,
          ),
        ),
      ],
    ];
  if (Array.isArray(value)) return value.flatMap((item, i) => leaves(item, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, item]) => leaves(item, path ? `${path}.${key}` : key));
  return [[path, String(value)]];
}

describe('the staff panel strings in Spanish', () => {
  it('have every English key, no extra key, and no string left in English', () => {
    const spanish = new Map(leaves(esKioskStaff));
    const english = leaves(enKioskStaff);
    const problems: string[] = [];
    for (const [path, text] of english) {
      const translated = spanish.get(path);
      if (translated === undefined || translated.trim() === '') problems.push(`${path}: missing`);
      else if (translated === text && /\p{L}{3}/u.test(text)) problems.push(`${path}: still English ("${text}")`);
    }
    for (const path of spanish.keys()) if (!english.some(([p]) => p === path)) problems.push(`${path}: not in English`);
    expect(problems).toEqual([]);
  });

  it('say a PIN is a NIP, as Mexican banks and phones do, and count digits in the singular and plural', () => {
    expect(esKioskStaff.pinPrompt).toContain('NIP');
    expect(esKioskStaff.pinEntered(1)).toBe('1 dígito');
    expect(esKioskStaff.pinEntered(4)).toBe('4 dígitos');
    expect(esKioskStaff.csv.header).toEqual(['fecha', 'dato', 'detalle', 'valor']);
  });
});
