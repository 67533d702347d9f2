// Deep links: `#dl=<kind>:<id>` (or `#dl-<element id>=…` when the element has an id, so two widgets
// on a page keep their own links). Opening the link restores the result in that widget.
import type { SearchKind } from '../../data/engine/api.ts';

const KINDS: readonly SearchKind[] = ['matter', 'list-item', 'tier'];

export interface LinkTarget {
  kind: SearchKind;
  id: string;
}

export function linkKey(elementId: string | null): string {
  return elementId ? `dl-${elementId}` : 'dl';
}

export function linkHash(key: string, target: LinkTarget): string {
  return `#${key}=${encodeURIComponent(`${target.kind}:${target.id}`)}`;
}

/** The target a location hash points this widget at, or null. */
export function parseLinkHash(hash: string, key: string): LinkTarget | null {
  const prefix = `#${key}=`;
  if (!hash.startsWith(prefix)) return null;
  let value: string;
  try {
    value = decodeURIComponent(hash.slice(prefix.length));
  } catch {
    return null;
  }
  const colon = value.indexOf(':');
  const kind = value.slice(0, colon) as SearchKind;
  const id = value.slice(colon + 1);
  return colon > 0 && id && KINDS.includes(kind) ? { kind, id } : null;
}
