// Names people use for each law beyond its short title, and the level of the rules that are not
// 法 or State Council 条例. Kept small and unambiguous: an alias that could mean two laws is left out
// (水法 is its own law, so 水污染防治法 gets 水污法 only).
import type { LawLevel } from '../../data/engine/model.ts';

export const ALIASES: Record<string, string[]> = {
  食品安全法: ['食安法'],
  食品安全法实施条例: ['食安法实施条例'],
  税收征收管理法: ['征管法', '税收征管法'],
  税收征收管理法实施细则: ['征管法实施细则', '税收征管法实施细则'],
  消费者权益保护法: ['消法', '消保法', '消费者权益保护法'],
  消费者权益保护法实施条例: ['消法实施条例', '消保法实施条例'],
  反不正当竞争法: ['反法'],
  行政处罚法: ['行罚法'],
  行政强制法: ['行强法'],
  产品质量法: ['产品法', '产质法'],
  道路交通安全法: ['道交法', '道路交通法'],
  道路交通安全法实施条例: ['道交法实施条例'],
  电子商务法: ['电商法'],
  固体废物污染环境防治法: ['固废法'],
  大气污染防治法: ['大气法', '大气污染防治法'],
  水污染防治法: ['水污法'],
  环境保护法: ['环保法'],
  社会保险法: ['社保法'],
  特种设备安全法: ['特设法'],
  安全生产法: ['安法'],
  药品管理法: ['药管法'],
  药品管理法实施条例: ['药管法实施条例'],
  城市市容和环境卫生管理条例: ['市容环卫条例', '市容条例'],
  互联网上网服务营业场所管理条例: ['网吧条例'],
  明码标价和禁止价格欺诈规定: ['明码标价规定'],
  市场主体登记管理条例: ['登记管理条例'],
};

/** Rules issued by a ministry (规章); everything else is a law (…法) or a State Council regulation. */
const DEPARTMENTAL_RULES = new Set([
  '市场主体登记管理条例实施细则',
  '明码标价和禁止价格欺诈规定',
  '侵害消费者权益行为处罚办法',
  '食品生产经营监督检查管理办法',
  '市场监督管理行政处罚信息公示规定',
]);

export function levelOf(lawId: string): LawLevel {
  if (DEPARTMENTAL_RULES.has(lawId)) return 'departmental-rule';
  return lawId.endsWith('法') ? 'law' : 'administrative-regulation';
}

/** The law's stable key: the title without the 中华人民共和国 prefix. */
export function lawIdOf(title: string): string {
  return title.replace(/^中华人民共和国/, '');
}

export function shortNamesOf(lawId: string): string[] {
  return [lawId, ...(ALIASES[lawId] ?? []).filter((a) => a !== lawId)];
}
