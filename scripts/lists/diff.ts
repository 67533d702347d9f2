// Added / removed / changed records between two packs (or two dates of one pack), per list and for the
// benchmark, the way a city's mid-year adjustment reads (+21 −1 不予处罚, 1 免予强制 changed).
import type { IsoDate, ListItem, ListKind, Matter, Pack, Tier } from '../../data/engine/model.ts';
import { LIST_KINDS } from '../../data/engine/vocabulary.ts';
import { packAsOf } from './as-of.ts';

export type Section = ListKind | 'benchmark' | 'matters';
export const SECTIONS: Section[] = [...LIST_KINDS, 'benchmark', 'matters'];

export interface Change {
  /** Id in the new pack. */
  id: string;
  /** Id in the old pack, when it differs (a revision that superseded it, or another pack's prefix). */
  was: string | null;
  /** Content fields that differ. */
  fields: string[];
}

export interface SectionDiff {
  before: number;
  after: number;
  added: string[];
  removed: string[];
  changed: Change[];
}

export interface PackDiff {
  old: PackSide;
  new: PackSide;
  sections: Record<Section, SectionDiff>;
}

export interface PackSide {
  id: string;
  version: string;
  asOf: IsoDate | null;
}

type AnyRecord = ListItem | Tier | Matter;

function section(pack: Pack, s: Section): AnyRecord[] {
  if (s === 'benchmark') return pack.tiers;
  if (s === 'matters') return pack.matters;
  return pack.lists.filter((l) => l.list === s);
}

/** What a record says, without where it sits (id, validity) or which document carried it (provenance). */
function content(record: AnyRecord): Record<string, unknown> {
  const { id: _id, validity: _validity, provenance: _provenance, ...rest } = record;
  return rest;
}

function changedFields(a: AnyRecord, b: AnyRecord): string[] {
  const ca = content(a);
  const cb = content(b);
  const keys = [...new Set([...Object.keys(ca), ...Object.keys(cb)])];
  return keys.filter((k) => JSON.stringify(ca[k]) !== JSON.stringify(cb[k])).sort();
}

/** The id without its pack's prefix, so two imports of one city's table pair up. */
function key(pack: Pack, id: string): string {
  return id.startsWith(`${pack.id}-`) ? id.slice(pack.id.length + 1) : id;
}

function diffSection(oldPack: Pack, newPack: Pack, s: Section): SectionDiff {
  const before = section(oldPack, s);
  const after = section(newPack, s);
  const oldByKey = new Map(before.map((r) => [key(oldPack, r.id), r]));
  const unmatched = new Set(before.map((r) => r.id));
  const result: SectionDiff = {
    before: before.length,
    after: after.length,
    added: [],
    removed: [],
    changed: [],
  };
  for (const record of after) {
    const predecessor =
      oldByKey.get(key(newPack, record.id)) ??
      before.find(
        (o) =>
          unmatched.has(o.id) &&
          (record.validity.supersedes?.includes(o.id) || o.validity.supersededBy === record.id),
      );
    if (!predecessor || !unmatched.has(predecessor.id)) {
      result.added.push(record.id);
      continue;
    }
    unmatched.delete(predecessor.id);
    const fields = changedFields(predecessor, record);
    const renamed = key(oldPack, predecessor.id) !== key(newPack, record.id);
    if (fields.length > 0 || renamed) {
      result.changed.push({
        id: record.id,
        was: predecessor.id === record.id ? null : predecessor.id,
        fields,
      });
    }
  }
  result.removed = before.filter((r) => unmatched.has(r.id)).map((r) => r.id);
  return result;
}

export function diffPacks(
  oldPack: Pack,
  newPack: Pack,
  asOf: { old?: IsoDate; new?: IsoDate } = {},
): PackDiff {
  const a = asOf.old ? packAsOf(oldPack, asOf.old) : oldPack;
  const b = asOf.new ? packAsOf(newPack, asOf.new) : newPack;
  const sections = Object.fromEntries(SECTIONS.map((s) => [s, diffSection(a, b, s)])) as Record<
    Section,
    SectionDiff
  >;
  return {
    old: { id: oldPack.id, version: oldPack.version, asOf: asOf.old ?? null },
    new: { id: newPack.id, version: newPack.version, asOf: asOf.new ?? null },
    sections,
  };
}
