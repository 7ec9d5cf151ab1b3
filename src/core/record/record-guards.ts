// Tiny hand-written guards for reading untrusted JSON into the record. They never throw: each reports what is
// wrong to a problem sink and returns a fallback, so one bad field does not hide the others.

import { isOneOf } from '../is-one-of.ts';
import { isRecord } from '../is-record.ts';
import type { RecordProblem, RecordProblemKind } from './record-types.ts';

export type Report = (kind: RecordProblemKind, where: string, message: string) => void;

export function problemSink(): { readonly problems: RecordProblem[]; readonly report: Report } {
  const problems: RecordProblem[] = [];
  return { problems, report: (kind, where, message) => problems.push({ kind, where, message }) };
}

export type Obj = Readonly<Record<string, unknown>>;

/** A required, non-blank string field. */
export function text(obj: Obj, key: string, where: string, report: Report): string {
  const value = obj[key];
  if (value === undefined) {
    report('missing_field', `${where}.${key}`, `missing "${key}"`);
    return '';
  }
  if (typeof value !== 'string' || value.trim() === '') {
    report('bad_value', `${where}.${key}`, `"${key}" must be a non-empty string`);
    return '';
  }
  return value;
}

/** An optional string field: absent is fine, present must be a non-blank string. */
export function optionalText(obj: Obj, key: string, where: string, report: Report): string | undefined {
  if (obj[key] === undefined) return undefined;
  return text(obj, key, where, report);
}

export function oneOf<T extends string>(
  obj: Obj,
  key: string,
  allowed: readonly T[],
  where: string,
  report: Report,
): T | undefined {
  const value = text(obj, key, where, report);
  if (value === '') return undefined;
  if (isOneOf(allowed, value)) return value;
  report('bad_value', `${where}.${key}`, `"${value}" is not one of ${allowed.join(', ')}`);
  return undefined;
}

/** An array of non-blank strings; `nonEmpty` requires at least one. */
export function textList(obj: Obj, key: string, where: string, report: Report, nonEmpty = true): string[] {
  const value = obj[key];
  if (value === undefined) {
    report('missing_field', `${where}.${key}`, `missing "${key}"`);
    return [];
  }
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string' && item.trim() !== '')) {
    report('bad_value', `${where}.${key}`, `"${key}" must be a list of non-empty strings`);
    return [];
  }
  if (nonEmpty && value.length === 0) report('missing_field', `${where}.${key}`, `"${key}" must not be empty`);
  return value as string[];
}

/** The entries of a list that are objects; anything else is reported and skipped. */
export function objectList(value: unknown, where: string, report: Report): Obj[] {
  if (!Array.isArray(value)) {
    report('bad_value', where, 'must be a list');
    return [];
  }
  const out: Obj[] = [];
  value.forEach((item, i) => {
    if (isRecord(item)) out.push(item);
    else report('bad_value', `${where}[${i}]`, 'must be an object');
  });
  return out;
}

/** Reports every id that occurs more than once. */
export function checkUnique(ids: readonly string[], where: string, report: Report): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (id === '') continue;
    if (seen.has(id)) report('duplicate_id', where, `duplicate id "${id}"`);
    seen.add(id);
  }
}

/** Reports ids of a closed vocabulary that are missing, and ids that are not part of it. */
export function checkVocabulary(
  defined: readonly string[],
  expected: readonly string[],
  where: string,
  report: Report,
): void {
  for (const id of expected) {
    if (!defined.includes(id)) report('vocabulary', where, `"${id}" is used by the story but not defined`);
  }
  for (const id of defined) {
    if (id !== '' && !expected.includes(id)) report('vocabulary', where, `"${id}" is not in the story's vocabulary`);
  }
}
