// Resolves a cited provision to a law version as of a date, applying 行政处罚法 第三十七条: the law in
// force when the act happened, unless the rule in force at the decision is lighter.
import { provisionText, versionInForce, versionsOf } from './laws.ts';
import type { IsoDate, LawVersion } from './model.ts';
import type { VersionNote } from './recognize.ts';

export interface Cited {
  article: number;
  /** 第十条之一 → 1. */
  sub?: number | null;
  paragraph: number | null;
  item: number | null;
}

export interface ResolveContext {
  /** The date of the act stated in the text, if any. */
  actDate: IsoDate | null;
  /** The caller's date (the decision's), or today. */
  asOf: IsoDate;
  /** A version named next to the title: （2021年修正）. */
  note: VersionNote | null;
}

export interface Resolution {
  version: LawVersion;
  exists: boolean;
  changedBetweenVersions: boolean;
  versionNote: string | null;
  /**
   * Set when the date falls before the earliest bundled version: the text in force then is not in the
   * dataset, `version` is only the earliest one held and must not answer for it. The dates the
   * bundled versions cover.
   */
  notBundled?: { from: IsoDate; to: IsoDate | null };
}

/** Compares the penalty two texts of one provision set: true if `newer` is lighter, null if unknown. */
export type LighterFn = (older: string, newer: string) => boolean | null;

export interface Resolver {
  resolve(lawId: string, cited: Cited, ctx: ResolveContext): Resolution | null;
}

const label = (v: LawVersion) => `${v.issued}版（${v.inForce}起施行）`;

export function createResolver(laws: LawVersion[], lighter: LighterFn): Resolver {
  const byLaw = new Map<string, LawVersion[]>();
  for (const id of new Set(laws.map((l) => l.lawId))) byLaw.set(id, versionsOf(laws, id));
  const inForce = new Map<string, LawVersion | null>();
  const memo = new Map<string, Resolution | null>();

  const at = (lawId: string, date: IsoDate): LawVersion | null => {
    const key = `${lawId}@${date}`;
    let v = inForce.get(key);
    if (v === undefined) {
      v = versionInForce(laws, lawId, date);
      inForce.set(key, v);
    }
    return v;
  };
  /** What a citation's penalty rests on: an item is read with its paragraph's lead-in (处…罚款：). */
  const text = (v: LawVersion, c: Cited): string | null => {
    // Law texts hold articles by number only (the importer refuses 第十条之一): no inserted article.
    if (c.sub) return null;
    const own = provisionText(v, c);
    if (own === null || c.item === null) return own;
    const paragraph = provisionText(v, { ...c, item: null });
    return paragraph === null ? own : `${paragraph.split('\n')[0]}\n${own}`;
  };

  /** The version shown when none was in force on `date`, and why. */
  const fallback = (versions: LawVersion[], date: IsoDate): [LawVersion, string] | null => {
    const first = versions[0];
    const last = versions[versions.length - 1];
    if (!first || !last) return null;
    if (date < first.inForce) {
      const to = last.until ? `至${last.until}` : '起';
      return [
        first,
        `${date}施行的版本未收录（本数据集收录该法${first.inForce}${to}施行的版本），不以之后的版本作答`,
      ];
    }
    return [last, `该法规已于${last.repealed ?? last.until ?? ''}废止或失效，显示最后版本${label(last)}`];
  };
  /** Before the earliest bundled version: nothing to check the citation against. */
  const notBundled = (versions: LawVersion[], version: LawVersion, note: string): Resolution => ({
    version,
    exists: false,
    changedBetweenVersions: false,
    versionNote: note,
    notBundled: { from: version.inForce, to: versions[versions.length - 1]?.until ?? null },
  });

  // biome-ignore lint/complexity/noExcessiveCognitiveComplexity: the version choice follows 行政处罚法 第三十七条 step by step; kept in one place so the legal rule reads in order
  const compute = (lawId: string, cited: Cited, ctx: ResolveContext): Resolution | null => {
    const versions = byLaw.get(lawId) ?? [];
    if (versions.length === 0) return null;
    const differsFromOthers = (v: LawVersion) => {
      const own = text(v, cited);
      return versions.some((o) => o !== v && text(o, cited) !== own);
    };
    const result = (version: LawVersion, note: string | null, changed?: boolean): Resolution => ({
      version,
      exists: text(version, cited) !== null,
      changedBetweenVersions: changed ?? differsFromOthers(version),
      versionNote: note,
    });

    if (ctx.note) {
      const { year, month, day } = ctx.note;
      const named = versions.filter((v) => {
        const [y, m, d] = v.issued.split('-').map(Number);
        return y === year && (month === null || m === month) && (day === null || d === day);
      });
      const chosen = named[named.length - 1];
      if (chosen) return result(chosen, `文中注明${year}年版本，按${label(chosen)}`);
    }

    if (ctx.actDate) {
      const atAct = at(lawId, ctx.actDate);
      const atDecision = at(lawId, ctx.asOf) ?? versions[versions.length - 1] ?? null;
      if (!atAct) {
        const fb = fallback(versions, ctx.actDate);
        if (!fb) return null;
        const note = `违法行为发生时（${ctx.actDate}）：${fb[1]}`;
        return ctx.actDate < fb[0].inForce ? notBundled(versions, fb[0], note) : result(fb[0], note);
      }
      if (!atDecision || atDecision === atAct || atDecision.inForce < atAct.inForce) {
        return result(atAct, `适用违法行为发生时（${ctx.actDate}）施行的${label(atAct)}`);
      }
      const older = text(atAct, cited);
      const newer = text(atDecision, cited);
      if (older === newer) {
        return result(
          atAct,
          `适用违法行为发生时（${ctx.actDate}）施行的${label(atAct)}；该条在${label(atDecision)}中未修改`,
          false,
        );
      }
      const isLighter = older !== null && newer !== null ? lighter(older, newer) : null;
      if (isLighter) {
        return result(
          atDecision,
          `该条在${label(atDecision)}中修改且处罚较轻，依行政处罚法第三十七条适用新规定`,
          true,
        );
      }
      const why =
        isLighter === null
          ? `该条在${label(atDecision)}中有修改，新规定是否较轻需人工判断`
          : `该条在${label(atDecision)}中有修改，新规定不轻于旧规定`;
      return result(
        atAct,
        `依行政处罚法第三十七条适用违法行为发生时（${ctx.actDate}）施行的${label(atAct)}；${why}`,
        true,
      );
    }

    const current = at(lawId, ctx.asOf);
    if (current) return result(current, null);
    const fb = fallback(versions, ctx.asOf);
    if (!fb) return null;
    return ctx.asOf < fb[0].inForce ? notBundled(versions, fb[0], fb[1]) : result(fb[0], fb[1]);
  };

  return {
    resolve(lawId, cited, ctx) {
      const n = ctx.note;
      const key = `${lawId}|${cited.article}|${cited.sub ?? ''}|${cited.paragraph}|${cited.item}|${ctx.actDate}|${ctx.asOf}|${n ? `${n.year}-${n.month}-${n.day}` : ''}`;
      if (memo.has(key)) return memo.get(key) ?? null;
      const r = compute(lawId, cited, ctx);
      if (memo.size > 50_000) memo.clear();
      memo.set(key, r);
      return r;
    },
  };
}
