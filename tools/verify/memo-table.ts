// Memo entries keyed by a state's base key plus the values, at that state, of the names its result depends on.
// `find` returns a stored result whose every dependency has the same value in the given state (sound reuse).
// States are seen through `valueOf(name)`, so a state that was never materialised as JSON can be looked up.
import { depValue, type InkStateJson } from './state-key.ts';

interface Entry<R> {
  readonly names: readonly string[];
  readonly values: readonly string[];
  readonly result: R;
}

export type ValueOf = (name: string) => string;

export const valuesIn =
  (state: InkStateJson): ValueOf =>
  (name) =>
    depValue(state, name);

export class MemoTable<R> {
  private readonly table = new Map<string, Entry<R>[]>();
  entries = 0;

  get baseKeys(): number {
    return this.table.size;
  }

  find(base: string, valueOf: ValueOf): R | undefined {
    return this.table.get(base)?.find((entry) => entry.names.every((name, i) => valueOf(name) === entry.values[i]))?.result;
  }

  remember(base: string, valueOf: ValueOf, names: readonly string[], result: R): void {
    let list = this.table.get(base);
    if (!list) {
      list = [];
      this.table.set(base, list);
    }
    list.push({ names, values: names.map(valueOf), result });
    this.entries++;
  }
}
