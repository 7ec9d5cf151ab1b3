// What a piece of compiled ink writes and reads, as keys that can be matched: a whole variable (`var:trust_lt`), one
// item of a list variable (`item:known:knowledge.k_sedov`: the item's list is named, so `known ? k_sedov` matches
// `~ known += k_sedov` and not `~ known += k_spain`), or the visit count of a container (`visit:ch1.faces.c-0`,
// which also stands for its turn index: TURNS_SINCE reads the same thing a choice writes by entering).
import { Container } from 'inkjs/engine/Container';
import { Divert } from 'inkjs/engine/Divert';
import { InkListItem } from 'inkjs/engine/InkList';
import type { ListDefinition } from 'inkjs/engine/ListDefinition';
import { NativeFunctionCall } from 'inkjs/engine/NativeFunctionCall';
import type { InkObject } from 'inkjs/engine/Object';
import { DivertTargetValue, ListValue, VariablePointerValue } from 'inkjs/engine/Value';
import { VariableReference } from 'inkjs/engine/VariableReference';

export type StateKey = string;

export const varKey = (name: string): StateKey => `var:${name}`;
export const itemKey = (name: string, fullName: string): StateKey => `item:${name}:${fullName}`;

/** List item names as ink code may write them (`k_sedov` or `knowledge.k_sedov`), each to its full name. */
export type ListItemNames = ReadonlyMap<string, string>;

/** The item names of the story's LISTs (from the compiler's runtime Story's list definitions). */
export function listItemNames(story: { readonly listDefinitions?: unknown }): ListItemNames {
  const names = new Map<string, string>();
  const origin = story.listDefinitions as { lists?: readonly ListDefinition[] } | undefined;
  for (const list of origin?.lists ?? []) {
    for (const key of list.items.keys()) {
      const item = InkListItem.fromSerializedKey(key);
      if (item.itemName === null) continue;
      names.set(item.itemName, item.fullName);
      names.set(item.fullName, item.fullName);
    }
  }
  return names;
}
export const visitKey = (c: Container): StateKey => `visit:${c.path.toString()}`;

/** The variable a key belongs to (null for visit counts). */
export function variableOf(key: StateKey): string | null {
  if (key.startsWith('var:')) return key.slice(4);
  if (key.startsWith('item:')) return key.slice(5).split(':')[0] ?? null;
  return null;
}

/**
 * True if a read of `read` can see a write of `written`: the same key, or a whole-variable key against an item key
 * of the same variable (a whole write changes every item; a whole read sees every item).
 */
export function keysMeet(written: StateKey, read: StateKey): boolean {
  if (written === read) return true;
  const w = variableOf(written);
  if (w === null || w !== variableOf(read)) return false;
  return written.startsWith('var:') || read.startsWith('var:');
}

function listItems(v: ListValue): string[] {
  return [...(v.value?.keys() ?? [])].map((k) => InkListItem.fromSerializedKey(k).fullName);
}

/** Operators under which a list literal next to a variable names the items that matter (membership tests). */
const ITEM_TESTS = new Set(['?', '!?', 'has', 'hasnt', '&&', '||', '!', 'and', 'or', 'not']);
/** Operators under which `~ v = v + (items)` adds or removes only those items. */
const ITEM_UPDATES = new Set(['+', '-']);

/** The container a divert target value names (`TURNS_SINCE(-> knot)`), resolved from the object holding it. */
function targetContainer(v: DivertTargetValue): Container | null {
  const r = v.ResolvePath(v.targetPath);
  const c = r.container ?? (r.obj instanceof Container ? r.obj : null);
  return c instanceof Container ? c : null;
}

/**
 * The keys an evaluation block reads. `functionReads` gives the keys a called function reads (its body's
 * conditions and expressions). A global variable next to list literals under membership tests only is read item by
 * item; any other use of it reads the whole variable.
 */
export function readsOfBlock(
  block: readonly InkObject[],
  globals: ReadonlySet<string>,
  items: ListItemNames,
  functionReads: (callee: Container) => readonly StateKey[],
): StateKey[] {
  const keys = new Set<StateKey>();
  const named = new Set<string>();
  const literals: string[] = [];
  let onlyTests = true;
  for (const obj of block) {
    if (obj instanceof VariableReference) {
      const counted = obj.pathForCount === null ? null : obj.containerForCount;
      if (counted) keys.add(visitKey(counted));
      else if (obj.name !== null && globals.has(obj.name)) named.add(obj.name);
      else if (obj.name !== null && items.has(obj.name)) literals.push(items.get(obj.name) as string);
    } else if (obj instanceof DivertTargetValue) {
      const c = targetContainer(obj);
      if (c) keys.add(visitKey(c));
    } else if (obj instanceof ListValue) {
      literals.push(...listItems(obj));
    } else if (obj instanceof NativeFunctionCall) {
      if (!ITEM_TESTS.has(obj.name)) onlyTests = false;
    } else if (obj instanceof Divert && obj.pushesToStack) {
      const c = obj.targetPointer.container;
      if (c) for (const k of functionReads(c)) keys.add(k);
    }
  }
  for (const name of named) {
    const precise = onlyTests && literals.length > 0;
    if (precise) for (const item of literals) keys.add(itemKey(name, item));
    else keys.add(varKey(name));
  }
  return [...keys];
}

/**
 * The keys an assignment writes, from the evaluation block before it: `~ known += k_x` (the variable, list literals
 * and + or - only) writes those items; anything else writes the whole variable.
 */
export function writesOfAssignment(
  name: string,
  block: readonly InkObject[] | null,
  globals: ReadonlySet<string>,
  items: ListItemNames,
): StateKey[] {
  if (block === null) return [varKey(name)];
  const literals: string[] = [];
  let selfOnly = true;
  let readsSelf = false;
  for (const obj of block) {
    if (obj instanceof ListValue) literals.push(...listItems(obj));
    else if (obj instanceof VariableReference) {
      if (obj.pathForCount !== null) selfOnly = false;
      else if (obj.name === name) readsSelf = true;
      else if (obj.name !== null && !globals.has(obj.name) && items.has(obj.name)) {
        literals.push(items.get(obj.name) as string);
      } else selfOnly = false;
    } else if (obj instanceof NativeFunctionCall) {
      if (!ITEM_UPDATES.has(obj.name)) selfOnly = false;
    } else if (obj instanceof VariablePointerValue || obj instanceof Divert) selfOnly = false;
  }
  if (selfOnly && readsSelf && literals.length > 0) return literals.map((item) => itemKey(name, item));
  return [varKey(name)];
}
