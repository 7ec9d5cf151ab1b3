// @vitest-environment happy-dom
// The archive's "what we invented" page follows the page's language, like the rest of the Record.
import { describe, expect, it } from 'vitest';
import { INITIAL_GAME } from '../../../src/core/game/game-state.ts';
import { loadRecordPanels, type RecordPanels } from '../../../src/ui/dom/record/record-panels.ts';
import { enRecord } from '../../../src/ui/strings/en-record.ts';
import { esRecord } from '../../../src/ui/strings/es-record.ts';

function inventedPageText(panels: RecordPanels): string {
  panels.openArchive({ ...INITIAL_GAME, role: 'teamster' }, 'invented');
  return document.querySelector('#archive')?.textContent ?? '';
}

describe('the Record panels', () => {
  it('show docs/es/invented.md to a Spanish reader and docs/invented.md to an English one', async () => {
    document.body.replaceChildren();
    expect(inventedPageText(await loadRecordPanels(esRecord, 'es'))).toContain('Lo que inventamos');
    document.body.replaceChildren();
    const english = inventedPageText(await loadRecordPanels(enRecord, 'en'));
    expect(english).not.toContain('Lo que inventamos');
    expect(english.length).toBeGreaterThan(500);
  });
});
