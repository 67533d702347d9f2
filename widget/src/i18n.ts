// Every word the widget shows, in zh-CN (the default) and English. Legal terms stay in Chinese in
// the English UI where they are the names people search for (清单 titles, tier levels).

import type { SearchKind } from '../../data/engine/api.ts';
import type { TierLevel } from '../../data/engine/model.ts';
import { WORDING, type Wording } from '../../data/engine/wording.ts';
import type { ConfigProblem, Lang } from './config.ts';
import type { DataErrorCode } from './loader.ts';

/** The widget's own words; the dataset's (basis, lists, fines) come from the engine's shared wording. */
export interface Messages extends Wording {
  label: string;
  /** Separator between a label and its value. */
  colon: string;
  semicolon: string;
  period: string;
  placeholder: string;
  results: string;
  loading: string;
  found: (n: number) => string;
  none: string;
  /** Shown above statute articles when no penalty matter matched. */
  articlesInstead: string;
  /** Shown above the article a query named (食品安全法124条). */
  namedArticle: string;
  /** Nothing at all matched: what to try instead. */
  nothing: string;
  domainsHint: string;
  examplesHint: string;
  examples: string[];
  retry: string;
  error: Record<DataErrorCode, (file: string) => string>;
  noBase: string;
  configProblem: (p: ConfigProblem) => string;
  kind: Record<SearchKind, string>;
  level: Record<TierLevel, string>;
  domain: string;
  authority: string;
  statutory: string;
  fines: string;
  fineDefault: string;
  warning: string;
  confiscation: string;
  suspension: string;
  revocation: string;
  detention: string;
  ban: string;
  /** Whom a penalty falls on: the party, or the persons responsible within a unit. */
  party: { entity: string; persons: string };
  /** Said plainly where the law names no violated article. */
  noViolated: string;
  correctionFirst: string;
  tiers: string;
  measures: string;
  lists: string;
  legalBasis: string;
  violated: string;
  penalty: string;
  version: (date: string) => string;
  source: string;
  citation: string;
  copy: string;
  copied: string;
  copyManually: string;
  deepLink: string;
  close: string;
  appliesTo: string;
  notFound: string;
  selfCheck: string;
  selfCheckIntro: string;
  yes: string;
  no: string;
  /** Followed by the list's effect and measures. */
  verdictAll: (list: string) => string;
  verdictFailed: string;
  verdictOpen: (n: number) => string;
  caveat: string;
  datasetAsOf: (version: string, asOf: string) => string;
}

const zh: Messages = {
  ...WORDING['zh-CN'],
  label: '搜索裁量基准和三张清单',
  colon: '：',
  semicolon: '；',
  period: '。',
  placeholder: '输入违法行为、条文或关键词，如“农药残留”',
  results: '搜索结果',
  loading: '正在加载数据…',
  found: (n) => `找到 ${n} 条结果`,
  none: '没有找到结果',
  articlesInstead: '没有匹配的处罚事项；以下条文提到了它',
  namedArticle: '所查条文',
  nothing: '没有找到相关的处罚事项或条文。换个说法试试，例如用日常的话描述发生了什么。',
  domainsHint: '本工具涵盖的领域：',
  examplesHint: '可以这样问：',
  examples: ['喝了酒开车', '没有营业执照做生意', '饭店油烟直排', '员工加班超时', '食品安全法124条'],
  retry: '重试',
  error: {
    network: (f) => `数据文件 ${f} 无法加载，请检查网络后重试。`,
    timeout: (f) => `数据服务器没有及时响应（${f}），请稍后重试。`,
    integrity: (f) => `数据文件 ${f} 未通过完整性校验，已停止使用，以免显示错误结果。`,
    version: (f) => `数据版本与本组件不匹配（${f}），已停止使用，以免显示错误结果。`,
    format: (f) => `数据文件 ${f} 格式有误，已停止使用。`,
    binding: (f) =>
      `数据清单 ${f} 与本页的嵌入代码不符（数据在发布后被更改，或嵌入代码已过期），已停止使用，以免显示错误结果。`,
    signature: (f) => `数据没有发布单位的有效签名（${f}），已停止使用，以免显示错误结果。`,
  },
  noBase: '无法确定数据地址：请通过 <script src=".../widget.js"> 引入本组件。',
  configProblem: (p) => `配置有误：${p.attribute}="${p.value}" 无法识别，已忽略。`,
  kind: { matter: '处罚事项', 'list-item': '清单事项', tier: '裁量阶次' },
  level: { 不予处罚: '不予处罚', 减轻: '减轻', 从轻: '从轻', 一般: '一般', 从重: '从重' },
  domain: '领域',
  authority: '执法机关',
  statutory: '法定处罚',
  fines: '罚款',
  fineDefault: '一般情形',
  warning: '警告',
  confiscation: '没收',
  suspension: '责令停产停业',
  revocation: '吊销许可证',
  detention: '拘留',
  ban: '限制从业',
  party: { entity: '对当事人', persons: '对直接负责的主管人员和其他直接责任人员' },
  noViolated: '法律未指明所违反的条款：',
  correctionFirst: '先责令改正；拒不改正的，才处以罚款',
  tiers: '裁量阶次',
  measures: '措施',
  lists: '三张清单',
  legalBasis: '法律依据',
  violated: '违反的规定',
  penalty: '处罚依据',
  version: (d) => `（${d} 版本）`,
  source: '来源',
  citation: '引用',
  copy: '复制引用',
  copied: '已复制引用',
  copyManually: '无法自动复制，请选中后按 Ctrl+C 复制',
  deepLink: '本条结果的链接',
  close: '关闭',
  appliesTo: '适用的处罚事项',
  notFound: '链接指向的条目不存在或已停用。',
  selfCheck: '适用条件（自查）',
  selfCheckIntro: '逐项回答清单列出的条件，看清单是否适用。',
  yes: '是',
  no: '否',
  verdictAll: (list) => `所列条件均已满足：按${list}，`,
  verdictFailed: '有条件不满足：不适用此清单项，按裁量基准处理。',
  verdictOpen: (n) => `还有 ${n} 项条件未回答。`,
  caveat: '自查结果仅供参考，是否适用由执法机关依法认定。',
  datasetAsOf: (v, d) => `数据版本 ${v}，截至 ${d}`,
};

const en: Messages = {
  ...WORDING.en,
  label: 'Search discretion rules and the three lists',
  colon: ': ',
  semicolon: '; ',
  period: '.',
  placeholder: 'A violation, an article or a keyword, e.g. 农药残留',
  results: 'Results',
  loading: 'Loading data…',
  found: (n) => `${n} result${n === 1 ? '' : 's'}`,
  none: 'No results',
  articlesInstead: 'No matching penalty matter; these articles mention it',
  namedArticle: 'The article asked for',
  nothing:
    'Nothing matched, neither a penalty matter nor an article. Try other words, e.g. describe what happened.',
  domainsHint: 'Domains covered: ',
  examplesHint: 'Try asking: ',
  examples: ['喝了酒开车', '没有营业执照做生意', '饭店油烟直排', '员工加班超时', '食品安全法124条'],
  retry: 'Retry',
  error: {
    network: (f) => `The data file ${f} could not be loaded. Check the network and retry.`,
    timeout: (f) => `The data server did not answer in time (${f}). Retry in a moment.`,
    integrity: (f) =>
      `The data file ${f} failed its integrity check; it is not used, so no wrong results are shown.`,
    version: (f) =>
      `The data version does not match this widget (${f}); it is not used, so no wrong results are shown.`,
    format: (f) => `The data file ${f} is malformed; it is not used.`,
    binding: (f) =>
      `The data manifest ${f} is not the one this page's embed code names (the data changed after publishing, or the embed code is out of date); it is not used, so no wrong results are shown.`,
    signature: (f) =>
      `The data carries no valid signature of its publisher (${f}); it is not used, so no wrong results are shown.`,
  },
  noBase: 'Cannot tell where the data is: load this widget with <script src=".../widget.js">.',
  configProblem: (p) => `Configuration: ${p.attribute}="${p.value}" is not recognized and was ignored.`,
  kind: { matter: 'Penalty matter', 'list-item': 'List item', tier: 'Discretion tier' },
  level: { 不予处罚: 'No penalty', 减轻: 'Mitigated', 从轻: 'Lighter', 一般: 'Standard', 从重: 'Heavier' },
  domain: 'Domain',
  authority: 'Enforcing authority',
  statutory: 'Statutory penalty',
  fines: 'Fines',
  fineDefault: 'General case',
  warning: 'Warning',
  confiscation: 'Confiscation',
  suspension: 'Suspension of business',
  revocation: 'Licence revoked',
  detention: 'Detention',
  ban: 'Ban from the trade',
  party: { entity: 'On the party', persons: 'On the persons responsible' },
  noViolated: 'The law names no violated article: ',
  correctionFirst: 'Correction is ordered first; a fine follows only a refusal to correct',
  tiers: 'Discretion tiers',
  measures: 'Measures',
  lists: 'The three lists',
  legalBasis: 'Legal basis',
  violated: 'Provision violated',
  penalty: 'Penalty provision',
  version: (d) => ` (version of ${d})`,
  source: 'Source',
  citation: 'Citation',
  copy: 'Copy citation',
  copied: 'Citation copied',
  copyManually: 'Could not copy automatically: select it and press Ctrl+C',
  deepLink: 'Link to this result',
  close: 'Close',
  appliesTo: 'Penalty matters it applies to',
  notFound: 'The linked entry does not exist or is no longer in force.',
  selfCheck: 'Conditions (self-check)',
  selfCheckIntro: "Answer the list's conditions one by one to see whether it applies.",
  yes: 'Yes',
  no: 'No',
  verdictAll: (list) => `All conditions are met: under the ${list}, `,
  verdictFailed: 'A condition is not met: this list item does not apply; the discretion tiers do.',
  verdictOpen: (n) => `${n} condition${n === 1 ? '' : 's'} still unanswered.`,
  caveat: 'For reference only: the enforcing authority decides whether a list applies.',
  datasetAsOf: (v, d) => `Dataset ${v}, as of ${d}`,
};

export const MESSAGES: Record<Lang, Messages> = { 'zh-CN': zh, en };
