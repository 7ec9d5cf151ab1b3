import { describe, expect, it } from 'vitest';
import { compactArtModule } from '../../../tools/art/vite-plugin-art.ts';

interface ArtTable {
  readonly tiers: readonly number[];
  readonly files: Readonly<Record<string, readonly string[]>>;
}

/** Runs the generated module text as the bundle would, with import.meta.url standing for the chunk's address. */
async function run(text: string): Promise<ArtTable> {
  const chunk = 'https://game.example/assets/stage-game-abc.js';
  const code = text.replace('import.meta.url', JSON.stringify(chunk));
  const url = `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`;
  return ((await import(/* @vite-ignore */ url)) as { default: ArtTable }).default;
}

describe('the compact art table', () => {
  it('turns hashes, shared pictures and whole names into URLs beside the chunk', async () => {
    const art = await run(
      compactArtModule([640, 1280], {
        'patio-day': ['aaaaaa', 'bbbbbb'],
        'patio-dawn': ['@patio-day', 'cccccc'],
        'patio-dusk': ['@patio-day'],
        'gate-day': ['patio-day-w1280-bbbbbb.webp', 'dddddd'],
      }),
    );
    const at = (name: string) => `https://game.example/assets/${name}`;
    expect(art.tiers).toEqual([640, 1280]);
    expect(art.files['patio-day']).toEqual([at('patio-day-w640-aaaaaa.webp'), at('patio-day-w1280-bbbbbb.webp')]);
    expect(art.files['patio-dawn']).toEqual([at('patio-day-w640-aaaaaa.webp'), at('patio-dawn-w1280-cccccc.webp')]);
    expect(art.files['patio-dusk']).toEqual(art.files['patio-day']);
    expect(art.files['gate-day']).toEqual([at('patio-day-w1280-bbbbbb.webp'), at('gate-day-w1280-dddddd.webp')]);
  });
});
