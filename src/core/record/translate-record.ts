// The record in another language: the translated files (story/record/<lang>/*.json) hold only text fields, keyed
// by the same ids as the English data. Structure (dates, order, sources, confidence, which beat a dispute belongs
// to) always comes from the English files, so a translation can never change what the record says happened.
import type {
  Beat,
  Dispute,
  MeasureRecord,
  NeverAdopted,
  Pushback,
  RecordData,
  RoleRecord,
  Source,
} from './record-types.ts';
import { isRecord } from '../is-record.ts';

/** The translated files as imported, any of them possibly absent (not yet written). */
export interface RawTranslation {
  readonly beats?: unknown;
  readonly sources?: unknown;
  readonly disputes?: unknown;
  readonly pushbacks?: unknown;
  readonly measures?: unknown;
  readonly roles?: unknown;
}

export interface TranslatedRecord {
  readonly record: RecordData;
  /** Every text field that fell back to English, e.g. `beats[raid_1940_05_24].summary`. Empty when complete. */
  readonly missing: readonly string[];
}

type Item = Readonly<Record<string, unknown>>;

const items = (value: unknown): readonly Item[] => (Array.isArray(value) ? value.filter(isRecord) : []);
const byId = (value: unknown): ReadonlyMap<string, Item> =>
  new Map(items(value).flatMap((item) => (typeof item['id'] === 'string' ? [[item['id'], item] as const] : [])));

/**
 * Merges a translation over the English record by id. Any text field the translation lacks (or leaves empty) stays
 * English and is listed in `missing`; fields the translation has that English lacks are ignored. `optional` fields
 * (bibliographic citations, which stay in their original language) are taken when given and never reported.
 */
export function translateRecord(base: RecordData, raw: RawTranslation): TranslatedRecord {
  const missing: string[] = [];
  const text = (
    where: string,
    english: string,
    translated: Item | undefined,
    key: string,
    optional = false,
  ): string => {
    const value = translated?.[key];
    if (typeof value === 'string' && value.trim() !== '') return value;
    if (!optional) missing.push(`${where}.${key}`);
    return english;
  };
  const maybe = (
    where: string,
    english: string | undefined,
    translated: Item | undefined,
    key: string,
  ): Record<string, string> => (english === undefined ? {} : { [key]: text(where, english, translated, key) });

  const beatsEs = byId(raw.beats);
  const beats = base.beats.map((beat): Beat => {
    const es = beatsEs.get(beat.id);
    const where = `beats[${beat.id}]`;
    const versionsEs = items(es?.['versions']);
    return {
      ...beat,
      title: text(where, beat.title, es, 'title'),
      summary: text(where, beat.summary, es, 'summary'),
      place: text(where, beat.place, es, 'place'),
      ...maybe(where, beat.dateNote, es, 'dateNote'),
      ...maybe(where, beat.time, es, 'time'),
      ...(beat.versions
        ? {
            versions: beat.versions.map((v, i) => ({
              ...v,
              claim: text(`${where}.versions[${i}]`, v.claim, versionsEs[i], 'claim'),
            })),
          }
        : {}),
    };
  });

  const sourcesEs = byId(raw.sources);
  const sources = base.sources.map((source): Source => {
    const es = sourcesEs.get(source.id);
    const where = `sources[${source.id}]`;
    return {
      ...source,
      short: text(where, source.short, es, 'short', true),
      citation: text(where, source.citation, es, 'citation', true),
      ...maybe(where, source.caution, es, 'caution'),
    };
  });

  const disputesEs = byId(raw.disputes);
  const disputes = base.disputes.map((dispute): Dispute => {
    const es = disputesEs.get(dispute.id);
    const where = `disputes[${dispute.id}]`;
    const versionsEs = byId(es?.['versions']);
    const viewsEs = byId(es?.['views']);
    return {
      ...dispute,
      question: text(where, dispute.question, es, 'question'),
      ...maybe(where, dispute.consensus, es, 'consensus'),
      versions: dispute.versions.map((v) => ({
        ...v,
        claim: text(`${where}.versions[${v.id}]`, v.claim, versionsEs.get(v.id), 'claim'),
      })),
      views: dispute.views.map((v) => ({
        ...v,
        label: text(`${where}.views[${v.id}]`, v.label, viewsEs.get(v.id), 'label'),
      })),
    };
  });

  const pushbacksEs = byId(raw.pushbacks);
  const pushbacks = base.pushbacks.map((p): Pushback => {
    const es = pushbacksEs.get(p.id);
    const where = `pushbacks[${p.id}]`;
    return { ...p, attempt: text(where, p.attempt, es, 'attempt'), reason: text(where, p.reason, es, 'reason') };
  });

  const measuresRaw = isRecord(raw.measures) ? raw.measures : {};
  const measuresEs = byId(measuresRaw['measures']);
  const neverEs = byId(measuresRaw['neverAdopted']);
  const labelled = <T extends MeasureRecord | NeverAdopted>(list: string, item: T, es: Item | undefined): T => ({
    ...item,
    label: text(`${list}[${item.id}]`, item.label, es, 'label'),
    note: text(`${list}[${item.id}]`, item.note, es, 'note'),
  });
  const measures = {
    measures: base.measures.measures.map((m) => labelled('measures', m, measuresEs.get(m.id))),
    neverAdopted: base.measures.neverAdopted.map((n) => labelled('neverAdopted', n, neverEs.get(n.id))),
  };

  const rolesEs = byId(raw.roles);
  const roles = base.roles.map((role): RoleRecord => {
    const es = rolesEs.get(role.id);
    return {
      ...role,
      title: text(`roles[${role.id}]`, role.title, es, 'title'),
      basis: text(`roles[${role.id}]`, role.basis, es, 'basis'),
    };
  });

  return { record: { beats, sources, disputes, pushbacks, measures, roles }, missing };
}
