// The record validator: checks all of story/record/*.json together and returns every problem it finds.
// Never throws: the data is treated as untrusted input (a hand edit can break anything).

import { isRecord } from '../is-record.ts';
import { MEASURE_IDS, PUSHBACK_IDS, ROLE_IDS, VIEW_IDS } from './record-ids.ts';
import {
  checkUnique,
  checkVocabulary,
  objectList,
  oneOf,
  optionalText,
  problemSink,
  text,
  textList,
  type Report,
} from './record-guards.ts';
import type { InPlace, RecordProblem, SourceKind } from './record-types.ts';
import { checkVersions, validateBeats, type Cite } from './validate-beats.ts';

/** The raw JSON of each record file, as imported (unknown until validated). */
export interface RawRecord {
  readonly beats: unknown;
  readonly sources: unknown;
  readonly disputes: unknown;
  readonly pushbacks: unknown;
  readonly measures: unknown;
  readonly roles: unknown;
}

const SOURCE_KINDS: readonly SourceKind[] = ['book', 'primary', 'article', 'press', 'web', 'partisan', 'propaganda'];
const IN_PLACE: readonly InPlace[] = ['yes', 'no', 'partly', 'unclear'];
const MEASURE_KINDS = ['proposal', 'historical'] as const;
/** Source ids are `# cite:` values, so they follow the tag id rule. */
const SOURCE_ID = /^[a-z][a-z0-9_]*$/;

/**
 * Every problem in the raw record. `storyCites`: the source ids the story's `# cite:` tags use; a source cited only
 * there (a line of the story, not a beat) is not an orphan.
 */
export function validateRecord(raw: RawRecord, storyCites: Iterable<string> = []): RecordProblem[] {
  const { problems, report } = problemSink();
  try {
    const sourceIds = validateSources(raw.sources, report);
    const used = new Set<string>(storyCites);
    const cite: Cite = (ids, where) => {
      for (const id of ids) {
        used.add(id);
        if (!sourceIds.has(id)) report('unknown_source', where, `unknown source "${id}"`);
      }
    };
    const beatIds = validateBeats(raw.beats, report, cite);
    validateDisputes(raw.disputes, beatIds, report, cite);
    validatePushbacks(raw.pushbacks, beatIds, report, cite);
    validateMeasures(raw.measures, report, cite);
    validateRoles(raw.roles, report, cite);
    for (const id of sourceIds) {
      if (!used.has(id))
        report(
          'orphan_source',
          `sources[${id}]`,
          `"${id}" is not cited by any beat, dispute, pushback, measure, role or line of the story`,
        );
    }
  } catch (error) {
    // The guards should make this unreachable; if not, the data still gets a problem instead of a crash.
    report('bad_value', 'record', `validator failed: ${String(error)}`);
  }
  return problems;
}

function validateSources(raw: unknown, report: Report): Set<string> {
  const sources = objectList(raw, 'sources', report);
  const ids = sources.map((source, i) => {
    const id = text(source, 'id', `sources[${i}]`, report);
    const at = `sources[${id || i}]`;
    if (id !== '' && !SOURCE_ID.test(id))
      report('bad_value', `${at}.id`, `"${id}" must be lowercase letters, digits and _`);
    text(source, 'short', at, report);
    text(source, 'citation', at, report);
    const kind = oneOf(source, 'kind', SOURCE_KINDS, at, report);
    const caution = optionalText(source, 'caution', at, report);
    if ((kind === 'partisan' || kind === 'propaganda') && caution === undefined) {
      report('missing_field', `${at}.caution`, `a ${kind} source must say why to handle it with care`);
    }
    return id;
  });
  checkUnique(ids, 'sources', report);
  return new Set(ids.filter((id) => id !== ''));
}

function validateDisputes(raw: unknown, beatIds: ReadonlySet<string>, report: Report, cite: Cite): void {
  const disputes = objectList(raw, 'disputes', report);
  const viewIds: string[] = [];
  const disputeIds = disputes.map((dispute, i) => {
    const id = text(dispute, 'id', `disputes[${i}]`, report);
    const at = `disputes[${id || i}]`;
    text(dispute, 'question', at, report);
    optionalText(dispute, 'consensus', at, report);
    for (const beat of textList(dispute, 'beats', at, report, false)) {
      if (!beatIds.has(beat)) report('unknown_reference', `${at}.beats`, `unknown beat "${beat}"`);
    }
    const versions = objectList(dispute['versions'], `${at}.versions`, report);
    if (versions.length < 2) report('missing_field', `${at}.versions`, 'a dispute needs at least two versions');
    checkVersions(dispute, 'versions', at, report, cite);
    const versionIds = versions.map((version, j) => text(version, 'id', `${at}.versions[${j}]`, report));
    checkUnique(versionIds, `${at}.versions`, report);
    for (const [j, view] of objectList(dispute['views'], `${at}.views`, report).entries()) {
      const viewId = text(view, 'id', `${at}.views[${j}]`, report);
      viewIds.push(viewId);
      text(view, 'label', `${at}.views[${viewId || j}]`, report);
      for (const version of textList(view, 'versions', `${at}.views[${viewId || j}]`, report)) {
        if (!versionIds.includes(version))
          report('unknown_reference', `${at}.views[${viewId}]`, `unknown version "${version}"`);
      }
    }
    return id;
  });
  checkUnique(disputeIds, 'disputes', report);
  checkUnique(viewIds, 'disputes.views', report);
  checkVocabulary(viewIds, VIEW_IDS, 'disputes.views', report);
}

function validatePushbacks(raw: unknown, beatIds: ReadonlySet<string>, report: Report, cite: Cite): void {
  const pushbacks = objectList(raw, 'pushbacks', report);
  const ids = pushbacks.map((pushback, i) => {
    const id = text(pushback, 'id', `pushbacks[${i}]`, report);
    const at = `pushbacks[${id || i}]`;
    const beat = text(pushback, 'beat', at, report);
    if (beat !== '' && !beatIds.has(beat)) report('unknown_reference', `${at}.beat`, `unknown beat "${beat}"`);
    text(pushback, 'attempt', at, report);
    text(pushback, 'reason', at, report);
    cite(textList(pushback, 'sources', at, report), `${at}.sources`);
    return id;
  });
  checkUnique(ids, 'pushbacks', report);
  checkVocabulary(ids, PUSHBACK_IDS, 'pushbacks', report);
}

function validateMeasures(raw: unknown, report: Report, cite: Cite): void {
  if (!isRecord(raw)) {
    report('bad_value', 'measures', 'must be an object with "measures" and "neverAdopted"');
    return;
  }
  const measures = objectList(raw['measures'], 'measures.measures', report);
  const ids = measures.map((measure, i) => {
    const id = text(measure, 'id', `measures[${i}]`, report);
    const at = `measures[${id || i}]`;
    oneOf(measure, 'kind', MEASURE_KINDS, at, report);
    text(measure, 'label', at, report);
    oneOf(measure, 'may24', IN_PLACE, at, report);
    oneOf(measure, 'aug20', IN_PLACE, at, report);
    text(measure, 'note', at, report);
    cite(textList(measure, 'sources', at, report), `${at}.sources`);
    return id;
  });
  checkUnique(ids, 'measures', report);
  checkVocabulary(ids, MEASURE_IDS, 'measures', report);
  const never = objectList(raw['neverAdopted'], 'measures.neverAdopted', report);
  const neverIds = never.map((item, i) => {
    const id = text(item, 'id', `neverAdopted[${i}]`, report);
    const at = `neverAdopted[${id || i}]`;
    text(item, 'label', at, report);
    text(item, 'note', at, report);
    cite(textList(item, 'sources', at, report), `${at}.sources`);
    return id;
  });
  checkUnique(neverIds, 'measures.neverAdopted', report);
}

function validateRoles(raw: unknown, report: Report, cite: Cite): void {
  const roles = objectList(raw, 'roles', report);
  const ids = roles.map((role, i) => {
    const id = text(role, 'id', `roles[${i}]`, report);
    const at = `roles[${id || i}]`;
    text(role, 'title', at, report);
    text(role, 'basis', at, report);
    cite(textList(role, 'sources', at, report), `${at}.sources`);
    return id;
  });
  checkUnique(ids, 'roles', report);
  checkVocabulary(ids, ROLE_IDS, 'roles', report);
}
