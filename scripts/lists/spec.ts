// Hand-written list items and tiers are declared as specs: the matters they apply to are named by the
// provision the matters are penalized under, and the legal basis is quoted from the law text, so the
// generated records can only point at what the dataset holds.
import { provisionText, versionInForce, versionsOf } from '../../data/engine/laws.ts';
import type {
  LawVersion,
  ListItem,
  ListKind,
  Matter,
  ProvisionRef,
  Tier,
  TierLevel,
  Validity,
} from '../../data/engine/model.ts';
import { articleLabel, intToChinese, paragraphLabel } from '../../data/engine/numerals.ts';
import { type Corpus, formatRef, refWithin } from './corpus.ts';
import { fineOutsideStatute } from './tier-range.ts';

export function ref(
  lawId: string,
  article: number,
  paragraph: number | null = null,
  item: number | null = null,
) {
  return { lawId, article, paragraph, item } satisfies ProvisionRef;
}

interface Common {
  id: string;
  /** What the record rests on, in words: the source, what was checked, why this basis. */
  note: string;
  validity: Validity;
}

export interface ItemSpec extends Common {
  list: ListKind;
  title: string;
  /** Penalty provisions of the matters the item applies to. */
  matters: ProvisionRef[];
  conditions: string[];
  measures: string[];
  legalBasis: ProvisionRef[];
  /** How the source words the basis; omitted, the provisions are quoted from the law text. */
  legalBasisText?: string;
  authority: string | null;
  basis: 'statute' | 'illustrative' | 'official';
  /** statute: the law version the item was read from. */
  lawVersion?: string;
  /** official: the document whose published wording the item reproduces. */
  official?: { issuer: string; docNumber: string; date: string; url: string };
}

export interface TierSpec extends Common {
  /** The penalty provision of the one matter the tier belongs to. */
  matter: ProvisionRef;
  level: TierLevel;
  conditions: string[];
  fine: Tier['fine'];
  measures: string[];
}

export class SpecError extends Error {}

function overlaps(a: { from: string; to: string | null }, b: { from: string; to: string | null }): boolean {
  return (a.to === null || b.from < a.to) && (b.to === null || a.from < b.to);
}

/** Matters penalized under `penalty` while the record is in force. */
export function mattersAt(corpus: Corpus, penalty: ProvisionRef, validity: Validity): Matter[] {
  return corpus.matters.filter((m) => refWithin(m.penalty, penalty) && overlaps(m.validity, validity));
}

/** The version to quote for a record starting on `from`: the one in force then, else the first after. */
function versionFor(laws: LawVersion[], lawId: string, from: string): LawVersion | null {
  return versionInForce(laws, lawId, from) ?? versionsOf(laws, lawId).find((v) => v.inForce > from) ?? null;
}

/** 《中华人民共和国行政处罚法》第三十三条第一款：违法行为轻微… — one line per provision, byte-exact. */
export function quoteProvisions(laws: LawVersion[], refs: ProvisionRef[], from: string): string {
  return refs
    .map((r) => {
      const version = versionFor(laws, r.lawId, from);
      const text = version ? provisionText(version, r) : null;
      if (!version || text === null) throw new SpecError(`${formatRef(r)} does not resolve`);
      const para = r.paragraph === null ? '' : paragraphLabel(r.paragraph);
      const item = r.item === null ? '' : `第（${intToChinese(r.item)}）项`;
      return `《${version.title}》${articleLabel(r.article)}${para}${item}：${text}`;
    })
    .join('\n');
}

export function buildItem(spec: ItemSpec, corpus: Corpus): ListItem {
  const matterIds: string[] = [];
  for (const penalty of spec.matters) {
    const found = mattersAt(corpus, penalty, spec.validity);
    if (found.length === 0)
      throw new SpecError(`${spec.id}: no matter is penalized under ${formatRef(penalty)}`);
    for (const m of found) if (!matterIds.includes(m.id)) matterIds.push(m.id);
  }
  return {
    id: spec.id,
    list: spec.list,
    title: spec.title,
    matterIds,
    conditions: spec.conditions,
    measures: spec.measures,
    legalBasis: spec.legalBasis,
    legalBasisText: spec.legalBasisText ?? quoteProvisions(corpus.laws, spec.legalBasis, spec.validity.from),
    authority: spec.authority,
    basis: spec.basis,
    provenance:
      spec.basis === 'statute'
        ? { lawVersion: spec.lawVersion, note: spec.note }
        : spec.basis === 'official' && spec.official
          ? { ...spec.official, note: spec.note }
          : { note: spec.note },
    validity: spec.validity,
  };
}

export function buildTier(spec: TierSpec, corpus: Corpus): Tier {
  const found = mattersAt(corpus, spec.matter, spec.validity);
  const matter = found.length === 1 ? found[0] : undefined;
  if (!matter) {
    throw new SpecError(`${spec.id}: ${formatRef(spec.matter)} names ${found.length} matters, not one`);
  }
  if (spec.fine) {
    const outside = fineOutsideStatute(spec.fine, spec.level, matter);
    if (outside) throw new SpecError(`${spec.id}: ${outside}`);
  }
  return {
    id: spec.id,
    matterId: matter.id,
    level: spec.level,
    conditions: spec.conditions,
    fine: spec.fine,
    measures: spec.measures,
    basis: 'illustrative',
    provenance: { note: spec.note },
    validity: spec.validity,
  };
}
