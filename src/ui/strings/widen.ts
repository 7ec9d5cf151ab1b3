/**
 * The type of an interface table with its literal strings widened to `string`: the English tables are written
 * `as const`, and every other language must have the same keys, arrays and function signatures, not the same words.
 */
export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends object
      ? { readonly [K in keyof T]: Widen<T[K]> }
      : T;
