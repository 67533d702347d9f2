// Is the newer text of a provision lighter than the older (行政处罚法 第三十七条)? Compared on the
// fines and measures the penalty parser reads; undecidable cases return null for a person to judge.
import type { FineRule } from './model.ts';
import { parsePenalty } from './penalty-parser.ts';

function bounds(rules: FineRule[]): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  for (const r of rules) {
    const key = `${r.kind}|${r.base ?? ''}|${r.perUnit ?? ''}`;
    const lo = r.min ?? 0;
    const hi = r.max ?? Number.POSITIVE_INFINITY;
    const cur = out.get(key);
    out.set(key, cur ? [Math.min(cur[0], lo), Math.max(cur[1], hi)] : [lo, hi]);
  }
  return out;
}

export function isLighter(older: string, newer: string): boolean | null {
  const a = parsePenalty(older);
  const b = parsePenalty(newer);
  if (a.unread.length || b.unread.length) return null;
  const pa = a.penalty;
  const pb = b.penalty;
  if ((pb.revocation && !pa.revocation) || (pb.suspension && !pa.suspension)) return false;
  const oldB = bounds(pa.fines);
  const newB = bounds(pb.fines);
  if (oldB.size !== newB.size) return null;
  let lighter = false;
  for (const [key, [lo, hi]] of newB) {
    const prev = oldB.get(key);
    if (!prev) return null;
    if (lo > prev[0] || hi > prev[1]) return false;
    if (lo < prev[0] || hi < prev[1]) lighter = true;
  }
  if (!lighter && ((pa.revocation && !pb.revocation) || (pa.suspension && !pb.suspension))) lighter = true;
  return lighter;
}
