// Words the UI shows for the data's codes (zh-CN), shared by the card, side panel and options.
import type { FineVerdict, ReferenceStatus } from '../../data/engine/api.ts';
import type { Basis, ListKind, Provenance, ProvisionRef } from '../../data/engine/model.ts';
import { articleLabel, itemLabel, paragraphLabel } from '../../data/engine/numerals.ts';

export const BASIS_LABEL: Record<Basis, string> = {
  statute: '法律条文',
  official: '官方发布',
  derived: '推导（非官方）',
  illustrative: '示例（非官方）',
};

export const LIST_LABEL: Record<ListKind, string> = {
  'no-penalty': '不予处罚清单',
  lighter: '从轻处罚清单',
  mitigated: '减轻处罚清单',
  'coercion-exempt': '免予行政强制清单',
};

export const STATUS_LABEL: Record<ReferenceStatus, string> = {
  resolved: '已识别',
  'unknown-law': '未收录的法律，未链接',
  'no-such-article': '该条文不存在',
};

export const VERDICT_LABEL: Record<FineVerdict, string> = {
  within: '罚款在法定幅度内',
  'below-minimum': '罚款低于法定最低额（仅在减轻处罚时合法）',
  'above-maximum': '罚款超过法定最高额',
  'depends-on-base': '罚款幅度取决于计算基数',
  unknown: '无法核对罚款幅度',
};

/** 第一百二十四条第一款第（一）项 */
export function provisionLabel(ref: Pick<ProvisionRef, 'article' | 'paragraph' | 'item'>): string {
  return (
    articleLabel(ref.article) +
    (ref.paragraph ? paragraphLabel(ref.paragraph) : '') +
    (ref.item ? itemLabel(ref.item) : '')
  );
}

/** Where a record comes from, in one line. */
export function sourceLine(p: Provenance): string {
  return [p.issuer, p.docNumber, p.date, p.lawVersion, p.rule && `规则 ${p.rule}`, p.note]
    .filter((x): x is string => Boolean(x))
    .join(' · ');
}
