// How derived matters are laid out on disk: data/matters/<lawId>.json, each sorted by provision then date.
import type { Matter } from '../../data/engine/model.ts';

export function matterFiles(matters: Matter[]): Map<string, Matter[]> {
  const byLaw = new Map<string, Matter[]>();
  for (const m of matters) byLaw.set(m.penalty.lawId, [...(byLaw.get(m.penalty.lawId) ?? []), m]);
  const order = (m: Matter) => [m.penalty.article, m.penalty.paragraph ?? 0, m.penalty.item ?? 0];
  const files = new Map<string, Matter[]>();
  for (const lawId of [...byLaw.keys()].sort()) {
    const list = (byLaw.get(lawId) ?? []).sort((a, b) => {
      const [x, y] = [order(a), order(b)];
      for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return (x[i] ?? 0) - (y[i] ?? 0);
      return a.validity.from.localeCompare(b.validity.from);
    });
    files.set(`${lawId}.json`, list);
  }
  return files;
}
