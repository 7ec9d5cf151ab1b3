import { describe, expect, it } from 'vitest';
import { INITIAL_GAME, type GameState } from '../../../src/core/game/game-state.ts';
import { buildNotebook } from '../../../src/core/notebook/build-notebook.ts';
import { trustLevel } from '../../../src/core/notebook/trust-words.ts';
import { RECORD } from '../../../src/core/record/record-data.ts';

const game = (over: Partial<GameState>): GameState => ({ ...INITIAL_GAME, ...over });
const at = (id: string, checkpoint: string | null, turn = 1) => ({ id, turn, checkpoint });

describe('the notebook built from the game state', () => {
  it('gives each known item in ink list order, with the sources the record holds for it', () => {
    const notebook = buildNotebook(game({ known: ['k_sylvia', 'k_moscow_trials'] }));
    expect(notebook.learned.map((k) => k.id)).toEqual(['k_moscow_trials', 'k_sylvia']);
    const trials = notebook.learned[0]!;
    expect(trials.sources.map((s) => s.id)).toEqual(['dewey', 'pat']);
    expect(trials.sources[0]!.short).toBe(RECORD.sources.find((s) => s.id === 'dewey')!.short);
  });

  it('keeps what became of a person back until the story has reached it', () => {
    const before = buildNotebook(game({ known: ['k_harte_past'] }));
    expect(before.learned[0]!.later).toBeNull();
    const chronicle = [{ beat: 'harte_found_1940_06_25', turn: 9, checkpoint: 'ch3_aftermath' }];
    const after = buildNotebook(game({ known: ['k_harte_past'], chronicle }));
    expect(after.learned[0]!.later?.sources.map((s) => s.id)).toEqual(['rou', 'ss']);
  });

  it('lists only the proposals in the house, in the order they came, with the chapter each came in', () => {
    const notebook = buildNotebook(
      game({
        measures: ['alarm_tested', 'visitor_log', 'steel_doors'],
        measuresAdded: [at('visitor_log', 'ch1_arrival'), at('steel_doors', 'ch4_fortress'), at('alarm_tested', null)],
      }),
    );
    expect(notebook.adopted.map((m) => [m.id, m.chapter])).toEqual([
      ['visitor_log', 'ch1_arrival'],
      ['alarm_tested', null],
    ]);
    const alarm = notebook.adopted[1]!;
    expect(alarm.may24).toBe('no');
    expect(alarm.aug20).toBe('yes');
    expect(alarm.sources.length).toBeGreaterThan(0);
  });

  it('sets each refused proposal beside its historical reason, once, with every chapter it was refused in', () => {
    const notebook = buildNotebook(
      game({
        pushbacks: [
          at('search_visitors', 'ch1_arrival'),
          at('alarm_on_may24', 'ch2_raid'),
          at('search_visitors', 'ch4_fortress'),
          at('search_visitors', 'ch4_fortress'),
        ],
        proposalsRefused: 3,
      }),
    );
    expect(notebook.refused.map((r) => [r.id, r.chapters])).toEqual([
      ['search_visitors', ['ch1_arrival', 'ch4_fortress']],
    ]);
    const reason = RECORD.pushbacks.find((p) => p.id === 'search_visitors')!.reason;
    expect(notebook.refused[0]!.reason).toBe(reason);
    // Three tagged refusals and ink counted three: nothing unnamed.
    expect(notebook.otherRefusals).toBe(false);
  });

  it('says there were other refusals when ink counted more than the tagged ones', () => {
    const notebook = buildNotebook(game({ pushbacks: [at('search_jacson', 'ch5_rehearsal')], proposalsRefused: 2 }));
    expect(notebook.otherRefusals).toBe(true);
    expect(buildNotebook(game({ proposalsRefused: 1 })).otherRefusals).toBe(true);
    expect(buildNotebook(game({})).otherRefusals).toBe(false);
  });

  it('speaks of every person of the house by a level of trust, never by the value', () => {
    const notebook = buildNotebook(
      game({ trust: { trust_lt: 5, trust_natalia: 3, trust_seva: 1, trust_guards: 0, trust_police: 4 } }),
    );
    expect(notebook.people).toEqual([
      { key: 'trust_lt', level: 'close' },
      { key: 'trust_natalia', level: 'trusts' },
      { key: 'trust_seva', level: 'warming' },
      { key: 'trust_guards', level: 'distant' },
      { key: 'trust_police', level: 'trusts' },
    ]);
    expect(JSON.stringify(notebook.people)).not.toMatch(/\d/);
  });

  it('turns letters home into none, once or several', () => {
    expect(buildNotebook(game({ lettersHome: 0 })).letters).toBe('none');
    expect(buildNotebook(game({ lettersHome: 1 })).letters).toBe('once');
    expect(buildNotebook(game({ lettersHome: 4 })).letters).toBe('several');
  });

  it('maps trust at the epilogue thresholds: 3 is where trust begins, 5 is close', () => {
    expect([0, 1, 2, 3, 4, 5].map(trustLevel)).toEqual(['distant', 'warming', 'warming', 'trusts', 'trusts', 'close']);
  });
});
