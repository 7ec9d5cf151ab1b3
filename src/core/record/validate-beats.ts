import { canonicalIndex, CANONICAL_SEQUENCE } from './canonical-sequence.ts';
import { SPINE_BEAT_IDS } from './record-ids.ts';
import { canFollow, parseRecordDate, type DateSpan } from './record-date.ts';
import {
  checkUnique,
  checkVocabulary,
  objectList,
  oneOf,
  optionalText,
  text,
  textList,
  type Obj,
  type Report,
} from './record-guards.ts';
import type { BeatKind, Confidence } from './record-types.ts';

const BEAT_KINDS: readonly BeatKind[] = ['spine', 'epilogue', 'backstory'];
const CONFIDENCES: readonly Confidence[] = ['solid', 'disputed', 'unclear'];
const ID = /^[a-z][a-z0-9_]*$/;

/** Records the use of source ids (and reports unknown ones). */
export type Cite = (ids: readonly string[], where: string) => void;

/** Checks `{ claim, sources }[]` under `key`; returns how many versions there were. */
export function checkVersions(obj: Obj, key: string, where: string, report: Report, cite: Cite): number {
  if (obj[key] === undefined) return 0;
  const versions = objectList(obj[key], `${where}.${key}`, report);
  versions.forEach((version, i) => {
    const at = `${where}.${key}[${i}]`;
    text(version, 'claim', at, report);
    cite(textList(version, 'sources', at, report), `${at}.sources`);
  });
  return versions.length;
}

interface Placed {
  readonly id: string;
  readonly order: number;
  readonly span: DateSpan;
}

/**
 * Validates beats.json: fields, real dates, unique ids, spine+epilogue matching the canonical sequence (ids and
 * `order`), and dates that never run backwards along that sequence. Returns the ids of all beats.
 */
export function validateBeats(raw: unknown, report: Report, cite: Cite): Set<string> {
  const beats = objectList(raw, 'beats', report);
  const ids: string[] = [];
  const chronicle: Placed[] = [];

  for (const [i, beat] of beats.entries()) {
    const id = text(beat, 'id', `beats[${i}]`, report);
    const at = `beats[${id || i}]`;
    if (id !== '' && !ID.test(id)) report('bad_value', `${at}.id`, `"${id}" must be lowercase letters, digits and _`);
    ids.push(id);
    const kind = oneOf(beat, 'kind', BEAT_KINDS, at, report);
    const date = text(beat, 'date', at, report);
    const span = date === '' ? null : parseRecordDate(date);
    if (date !== '' && span === null)
      report('bad_date', `${at}.date`, `"${date}" is not a real YYYY-MM-DD, YYYY-MM or YYYY date`);
    optionalText(beat, 'dateNote', at, report);
    optionalText(beat, 'time', at, report);
    text(beat, 'place', at, report);
    textList(beat, 'people', at, report);
    text(beat, 'title', at, report);
    text(beat, 'summary', at, report);
    const confidence = oneOf(beat, 'confidence', CONFIDENCES, at, report);
    cite(textList(beat, 'sources', at, report), `${at}.sources`);
    const versions = checkVersions(beat, 'versions', at, report, cite);
    if (confidence === 'disputed' && versions < 2) {
      report('missing_field', `${at}.versions`, 'a disputed beat needs at least two versions with sources');
    }

    const order = beat['order'];
    if (kind === 'backstory') {
      if (order !== undefined) report('bad_value', `${at}.order`, 'backstory beats have no canonical order');
      continue;
    }
    if (kind === undefined) continue;
    if (typeof order !== 'number' || !Number.isInteger(order) || order < 1) {
      report(
        order === undefined ? 'missing_field' : 'bad_value',
        `${at}.order`,
        'spine and epilogue beats need a whole-number order from 1',
      );
      continue;
    }
    const expected = canonicalIndex(id);
    if (expected === -1) {
      report('vocabulary', at, `"${id}" is a ${kind} beat but not in the canonical sequence of docs/writing-ink.md`);
    } else if (expected + 1 !== order) {
      report('out_of_order', `${at}.order`, `order ${order} but the canonical sequence puts it at ${expected + 1}`);
    }
    const canonicalKind = expected < SPINE_BEAT_IDS.length ? 'spine' : 'epilogue';
    if (expected !== -1 && kind !== canonicalKind) report('bad_value', `${at}.kind`, `should be "${canonicalKind}"`);
    if (span !== null) chronicle.push({ id, order, span });
  }

  checkUnique(ids, 'beats', report);
  const defined = beats.filter((b) => b['kind'] === 'spine' || b['kind'] === 'epilogue').map((b) => String(b['id']));
  checkVocabulary(defined, CANONICAL_SEQUENCE, 'beats (spine and epilogue)', report);

  const sorted = [...chronicle].sort((a, b) => a.order - b.order);
  for (let i = 1; i < sorted.length; i++) {
    const before = sorted[i - 1];
    const after = sorted[i];
    if (before === undefined || after === undefined) continue; // unreachable: 1 ≤ i < length
    if (!canFollow(before.span, after.span)) {
      report(
        'out_of_order',
        `beats[${after.id}].date`,
        `dated before "${before.id}", which comes earlier in the sequence`,
      );
    }
  }
  return new Set(ids.filter((id) => id !== ''));
}
