// Memo entries keyed by a state's base key plus the values, at that state, of the names its result depends on.
// `find` returns a stored result whose every dependency has the same value in the given state (sound reuse).
// States are seen through `valueOf(name)`, so a state that was never materialised as JSON can be looked up.
// Entries under one base key are grouped by their list of names (usually a handful of groups), and each group
// is a hash map from the joined values, so a lookup costs one pass over each group's names.
import { depValue, type InkStateJson } from './state-key.ts';

export type ValueOf = (name: string) => string;

export const valuesIn =
  (state: InkStateJson): ValueOf =>
  (name) =>
    depValue(state, name);

interface Group<R> {
  readonly names: readonly string[];
  readonly byValues: Map<string, R>;
}

export class MemoTable<R> {
  private readonly table = new Map<string, Map<string, Group<R>>>();
  entries = 0;

  get baseKeys(): number {
    return this.table.size;
  }

  find(base: string, valueOf: ValueOf): R | undefined {
    const groups = this.table.get(base);
    if (!groups) return undefined;
    for (const group of groups.values()) {
      const hit = group.byValues.get(group.names.map(valueOf).join('\u0000'));
      if (hit !== undefined) return hit;
    }
    return undefined;
  }

  remember(base: string, valueOf: ValueOf, names: readonly string[], result: R): void {
    let groups = this.table.get(base);
    if (!groups) {
      groups = new Map();
      this.table.set(base, groups);
    }
    const sorted = [...names].sort();
    const namesKey = sorted.join('\u0000');
    let group = groups.get(namesKey);
    if (!group) {
      group = { names: sorted, byValues: new Map() };
      groups.set(namesKey, group);
    }
    group.byValues.set(sorted.map(valueOf).join('\u0000'), result);
    this.entries++;
  }
}
