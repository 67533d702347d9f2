// Matters whose penalty reads "责令改正；拒不改正的，处…": corrected when ordered, no fine. Each becomes a
// statute-based no-penalty item. A clause that imposes a penalty before the refusal branch ("责令改正，
// 给予警告；拒不改正的…") is left out: the warning is itself a penalty (行政处罚法 第九条).
import type { ListItem, Matter } from '../../data/engine/model.ts';

/** The branch that fines only on refusal to correct. */
const REFUSAL = /拒不改正|逾期不改正|逾期未改正|逾期仍不改正|逾期不改/;
/** Penalties (行政处罚法 第九条) that, written before the refusal branch, apply even when corrected. */
const PENALTY_BEFORE = /警告|通报批评|罚款|没收|吊销|暂扣|降低资质|责令停产停业|责令关闭|限制从业|拘留/;

export const CORRECTION_RULE = 'correction-first-v1';

/** Why a correction-first matter yields no item (in words), or null when it yields one. */
export function correctionFirstGap(matter: Matter): string | null {
  if (!matter.statutory.correctionFirst) return 'the penalty does not order correction first';
  const text = matter.statutory.text;
  const refusal = REFUSAL.exec(text);
  if (!refusal) return 'no refusal branch ("拒不改正的") in the penalty clause';
  const before = text.slice(0, refusal.index);
  const penalty = PENALTY_BEFORE.exec(before);
  if (penalty) return `"${penalty[0]}" applies before the refusal branch, even when corrected`;
  return null;
}

const itemId = (matterId: string) => `N-np-改正-${matterId.replace(/^M-/, '')}`;

/** `eligible`: ids of the matters that yield items, so revisions link item to item, never to a matter. */
export function correctionFirstItem(matter: Matter, eligible: Set<string> = new Set([matter.id])): ListItem {
  const { from, to, supersedes, supersededBy } = matter.validity;
  const previous = (supersedes ?? []).filter((id) => eligible.has(id)).map(itemId);
  return {
    id: itemId(matter.id),
    list: 'no-penalty',
    title: `${matter.name}，经责令改正后按期改正的，不予罚款`,
    matterIds: [matter.id],
    conditions: ['经责令改正后按期改正'],
    measures: ['责令改正'],
    legalBasis: [matter.penalty],
    legalBasisText: matter.statutory.text,
    authority: matter.authority,
    basis: 'statute',
    provenance: {
      lawVersion: matter.lawVersion,
      note: '罚则规定先责令改正，拒不改正的才处以罚款（“责令改正；拒不改正的，处…”）：经责令后按期改正的，不予罚款。依据该事项罚则中“先责令改正”的标记（statutory.correctionFirst）自动生成（规则 correction-first-v1，见 data/README.md）。',
    },
    validity: {
      from,
      to,
      ...(previous.length > 0 ? { supersedes: previous } : {}),
      ...(supersededBy && eligible.has(supersededBy) ? { supersededBy: itemId(supersededBy) } : {}),
    },
  };
}

export function correctionFirstItems(matters: Matter[]): ListItem[] {
  const eligible = matters.filter((m) => correctionFirstGap(m) === null);
  const ids = new Set(eligible.map((m) => m.id));
  return eligible.map((m) => correctionFirstItem(m, ids));
}
