// Words only the extension shows: what the scan says of a reference and of a fine (zh-CN). The words
// for the dataset's own codes, shared with the widget, are in data/engine/wording.ts.
import type { FineVerdict, ReferenceStatus } from '../../data/engine/api.ts';

export const STATUS_LABEL: Record<ReferenceStatus, string> = {
  resolved: '已识别',
  'unknown-law': '未收录的法律，未链接',
  'no-such-article': '该条文不存在',
  'version-not-bundled': '当时施行的版本未收录，未核对',
};

export const VERDICT_LABEL: Record<FineVerdict, string> = {
  within: '罚款在法定幅度内',
  'below-minimum': '罚款低于法定最低额（仅在减轻处罚时合法）',
  'above-maximum': '罚款超过法定最高额',
  'depends-on-base': '罚款幅度取决于计算基数',
  unknown: '无法核对罚款幅度',
};
