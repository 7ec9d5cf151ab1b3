import { describe, expect, it } from 'vitest';
import { compileInk } from '../../support/compile-inline.ts';
import { firstDifference, storyShape } from '../../../tools/i18n/story-shape.mjs';

const EN = `# lang: en
Hello. # scene: gate
* [Go] Gone. # cite: pat
* [Stay] Stayed.
- The end. # record: a_beat
-> END`;

function differ(a: string, b: string): string | null {
  return firstDifference(storyShape(compileInk(a)), storyShape(compileInk(b)));
}

describe('the story shape used by the language parity check', () => {
  it('matches two languages that differ only in prose', () => {
    const es = EN.replace('lang: en', 'lang: es')
      .replace('Hello.', 'Hola.')
      .replace('[Go] Gone.', '[Ir] Ido.')
      .replace('[Stay] Stayed.', '[Quedarse] Te quedas.')
      .replace('The end.', 'Fin.');
    expect(differ(EN, es)).toBeNull();
  });

  it('finds a missing choice', () => {
    expect(differ(EN, EN.replace('* [Stay] Stayed.\n', ''))).not.toBeNull();
  });

  it('finds a changed scene, source or record tag', () => {
    expect(differ(EN, EN.replace('scene: gate', 'scene: patio'))).toMatch(/scene/);
    expect(differ(EN, EN.replace('cite: pat', 'cite: han40'))).toMatch(/cite/);
    expect(differ(EN, EN.replace('# record: a_beat', ''))).not.toBeNull();
  });

  it('finds a changed divert', () => {
    const knots = `${EN.replace('-> END', '-> next')}\n=== next\nMore.\n-> END\n=== other\nElse.\n-> END`;
    expect(differ(knots, knots.replace('-> next', '-> other'))).not.toBeNull();
  });
});
