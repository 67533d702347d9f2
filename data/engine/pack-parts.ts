// A pack too large for one file is built as parts that share its id: the first carries everything but
// part of its tiers, the others only more tiers. Browsers' stores and Firefox's add-on linter (5 MB a
// file) cap what one file may be, and the national pack's derived tiers alone pass that. Every part is
// a valid pack on its own; the faces join the parts back, in manifest order, before anything reads them.
import type { Pack } from './model.ts';

/** Files stay under this size (bytes of their JSON), with room below the 5 MB caps. */
export const PART_LIMIT_BYTES = 4_000_000;

/** Parts of one pack joined by id, in order; a pack in one part comes back as it was. */
export function joinPackParts(parts: readonly Pack[]): Pack[] {
  const byId = new Map<string, Pack>();
  for (const part of parts) {
    const first = byId.get(part.id);
    if (!first) byId.set(part.id, { ...part, tiers: [...part.tiers] });
    else {
      first.matters.push(...part.matters);
      first.lists.push(...part.lists);
      first.tiers.push(...part.tiers);
      Object.assign(first.renames, part.renames);
    }
  }
  return [...byId.values()];
}

/**
 * A pack cut into parts whose JSON stays under `limit` bytes (measured by `size`): the first keeps
 * matters, lists, renames and notes with as many tiers as fit, the rest take the remaining tiers in order.
 */
export function splitPack(pack: Pack, size: (value: unknown) => number, limit = PART_LIMIT_BYTES): Pack[] {
  if (size(pack) <= limit) return [pack];
  const parts: Pack[] = [];
  let current: Pack = { ...pack, tiers: [] };
  let used = size(current);
  for (const tier of pack.tiers) {
    const cost = size(tier) + 1;
    if (used + cost > limit && current.tiers.length > 0) {
      parts.push(current);
      current = { ...pack, matters: [], lists: [], renames: {}, notes: [], tiers: [] };
      used = size(current);
    }
    current.tiers.push(tier);
    used += cost;
  }
  parts.push(current);
  return parts;
}
