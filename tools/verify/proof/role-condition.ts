// Decides a condition from the role alone, or says it cannot. The proof treats every condition as possibly true and
// possibly false, except where this evaluator, given a known role, computes a constant: the evaluation block that
// feeds a conditional divert or a choice condition (`ev` … `/ev`) is replayed on an abstract stack where the role
// variable and the role list's items are known and everything else (other globals, read counts, temporaries,
// function results, strings) is unknown. Unknown anywhere it matters gives `null`: both branches stay possible.
// Any object it does not model makes the whole answer `null`, so the evaluator can only remove a branch it has
// computed to be impossible.
import { Container } from 'inkjs/engine/Container';
import { ControlCommand } from 'inkjs/engine/ControlCommand';
import { NativeFunctionCall } from 'inkjs/engine/NativeFunctionCall';
import type { InkObject } from 'inkjs/engine/Object';
import { BoolValue, FloatValue, IntValue } from 'inkjs/engine/Value';
import { VariableAssignment } from 'inkjs/engine/VariableAssignment';
import { VariableReference } from 'inkjs/engine/VariableReference';

type Abstract = { k: 'roles'; items: ReadonlySet<string> } | { k: 'num'; v: number } | { k: 'unknown' };

export interface RoleModel {
  readonly variable: string;
  readonly list: string;
  readonly items: readonly string[];
  /** Names that are variables (a reference to one of them is never read as a list item). */
  readonly globals: ReadonlySet<string>;
}

const UNKNOWN: Abstract = { k: 'unknown' };

/** The objects of the evaluation block that ends just before (container, index), or null if there is none. */
export function evalBlockBefore(container: Container, index: number): InkObject[] | null {
  const block: InkObject[] = [];
  let c: Container = container;
  let i = index - 1;
  for (let guard = 0; guard < 200; guard += 1) {
    if (i < 0) {
      const parent = c.parent;
      if (!(parent instanceof Container)) return null;
      const at = parent.content.indexOf(c);
      if (at < 0) return null;
      c = parent;
      i = at - 1;
      continue;
    }
    const obj = c.content[i] as InkObject;
    if (obj instanceof Container) return null;
    if (obj instanceof ControlCommand && obj.commandType === ControlCommand.CommandType.EvalStart) {
      return block.reverse();
    }
    block.push(obj);
    i -= 1;
  }
  return null;
}

function itemOf(name: string, model: RoleModel): string | null {
  if (model.globals.has(name)) return null;
  const bare = name.startsWith(`${model.list}.`) ? name.slice(model.list.length + 1) : name;
  return model.items.includes(bare) ? bare : null;
}

function truth(v: Abstract): boolean | null {
  if (v.k === 'roles') return v.items.size > 0;
  if (v.k === 'num') return v.v !== 0;
  return null;
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

function apply(op: string, args: Abstract[]): Abstract {
  const bool = (b: boolean | null): Abstract => (b === null ? UNKNOWN : { k: 'num', v: b ? 1 : 0 });
  if (op === '!' && args.length === 1) {
    const t = truth(args[0] as Abstract);
    return bool(t === null ? null : !t);
  }
  if (args.length !== 2) return UNKNOWN;
  const [a, b] = args as [Abstract, Abstract];
  if (op === '&&') {
    const ta = truth(a);
    const tb = truth(b);
    return bool(ta === false || tb === false ? false : ta === true && tb === true ? true : null);
  }
  if (op === '||') {
    const ta = truth(a);
    const tb = truth(b);
    return bool(ta === true || tb === true ? true : ta === false && tb === false ? false : null);
  }
  if (a.k === 'roles' && b.k === 'roles') {
    if (op === '==') return bool(sameSet(a.items, b.items));
    if (op === '!=') return bool(!sameSet(a.items, b.items));
    if (op === '?') return bool([...b.items].every((x) => a.items.has(x)));
    if (op === '!?') return bool(![...b.items].every((x) => a.items.has(x)));
  }
  if (a.k === 'num' && b.k === 'num') {
    if (op === '==') return bool(a.v === b.v);
    if (op === '!=') return bool(a.v !== b.v);
  }
  return UNKNOWN;
}

/**
 * The value of the condition on top of the stack at the end of `block` when the role is `role` (null: unknown),
 * as true, false or null (cannot tell).
 */
export function evaluateCondition(block: readonly InkObject[], role: string | null, model: RoleModel): boolean | null {
  const stack: Abstract[] = [];
  let inString = 0;
  for (const obj of block) {
    if (obj instanceof ControlCommand) {
      const t = obj.commandType;
      if (t === ControlCommand.CommandType.BeginString) {
        inString += 1;
        continue;
      }
      if (t === ControlCommand.CommandType.EndString) {
        inString -= 1;
        if (inString === 0) stack.push(UNKNOWN);
        continue;
      }
      if (inString > 0) continue;
      if (t === ControlCommand.CommandType.NoOp || t === ControlCommand.CommandType.EvalEnd) continue;
      return null;
    }
    if (inString > 0) continue;
    if (obj instanceof VariableReference) {
      if (obj.pathForCount !== null || obj.name === null) stack.push(UNKNOWN);
      else if (obj.name === model.variable) {
        stack.push(role === null ? UNKNOWN : { k: 'roles', items: new Set([role]) });
      } else {
        const item = itemOf(obj.name, model);
        stack.push(item === null ? UNKNOWN : { k: 'roles', items: new Set([item]) });
      }
    } else if (obj instanceof IntValue || obj instanceof FloatValue) {
      stack.push({ k: 'num', v: Number(obj.value) });
    } else if (obj instanceof BoolValue) {
      stack.push({ k: 'num', v: obj.value ? 1 : 0 });
    } else if (obj instanceof NativeFunctionCall) {
      const n = obj.numberOfParameters;
      if (stack.length < n) return null;
      const args = stack.splice(stack.length - n, n);
      stack.push(apply(obj.name, args));
    } else {
      return null;
    }
  }
  const top = stack[stack.length - 1];
  return top === undefined ? null : truth(top);
}

/** The single role an assignment's evaluation block stores (`~ role = student`), or null if it is not one. */
export function evaluateRole(block: readonly InkObject[], model: RoleModel): string | null {
  // In the global declarations several assignments share one evaluation block: only what follows the previous one
  // is this assignment's value.
  const lastAssign = block.findLastIndex((o) => o instanceof VariableAssignment);
  const isEnd = (o: InkObject): boolean =>
    o instanceof ControlCommand && o.commandType === ControlCommand.CommandType.EvalEnd;
  const values = block.slice(lastAssign + 1).filter((o) => !isEnd(o));
  const only = values[0];
  if (values.length !== 1 || !(only instanceof VariableReference)) return null;
  if (only.name === null || only.pathForCount !== null) return null;
  return itemOf(only.name, model);
}
