// Which domain (执法领域) a matter belongs to: by the authority the penalty text names, else by its law.
// The eight domains are those the reference city's report uses; others keep their own name.
import type { Domain } from '../../data/engine/model.ts';

const BY_LAW: Record<string, Domain> = {
  食品安全法: '市场监管',
  食品安全法实施条例: '市场监管',
  食品生产经营监督检查管理办法: '市场监管',
  产品质量法: '市场监管',
  广告法: '市场监管',
  价格法: '市场监管',
  明码标价和禁止价格欺诈规定: '市场监管',
  消费者权益保护法: '市场监管',
  消费者权益保护法实施条例: '市场监管',
  侵害消费者权益行为处罚办法: '市场监管',
  反不正当竞争法: '市场监管',
  电子商务法: '市场监管',
  计量法: '市场监管',
  计量法实施细则: '市场监管',
  标准化法: '市场监管',
  标准化法实施条例: '市场监管',
  特种设备安全法: '市场监管',
  个体工商户条例: '市场监管',
  促进个体工商户发展条例: '市场监管',
  市场主体登记管理条例: '市场监管',
  市场主体登记管理条例实施细则: '市场监管',
  市场监督管理行政处罚信息公示规定: '市场监管',
  药品管理法: '药品监管',
  药品管理法实施条例: '药品监管',
  税收征收管理法: '税务',
  税收征收管理法实施细则: '税务',
  劳动法: '人社',
  劳动合同法: '人社',
  劳动合同法实施条例: '人社',
  劳动保障监察条例: '人社',
  社会保险法: '人社',
  旅游法: '文化旅游',
  营业性演出管理条例: '文化旅游',
  互联网上网服务营业场所管理条例: '文化旅游',
  道路运输条例: '交通运输',
  道路交通安全法: '公安交管',
  道路交通安全法实施条例: '公安交管',
  环境保护法: '生态环境',
  大气污染防治法: '生态环境',
  水污染防治法: '生态环境',
  固体废物污染环境防治法: '生态环境',
  城市市容和环境卫生管理条例: '城市管理',
  城乡规划法: '城市管理',
  公共场所卫生管理条例: '卫健',
  安全生产法: '应急管理',
};

/** Authority wording → domain; checked in order, first match wins. */
const BY_AUTHORITY: [RegExp, Domain][] = [
  [/公安机关交通管理/, '公安交管'],
  [/市容环境卫生|环境卫生主管|城乡规划|城市管理|规划主管部门/, '城市管理'],
  [/卫生行政|卫生健康|卫生主管/, '卫健'],
  [/交通运输|道路运输管理/, '交通运输'],
  [/生态环境|环境保护(主管|行政)?部门/, '生态环境'],
  [/税务机关/, '税务'],
  [/劳动保障|劳动行政|人力资源社会保障|社会保险行政/, '人社'],
  [/文化|旅游/, '文化旅游'],
  [/药品监督管理/, '药品监管'],
  [/应急管理|安全生产监督管理/, '应急管理'],
  [
    /市场监督管理|工商行政管理|质量技术监督|食品安全监督管理|价格主管|标准化行政|计量行政|登记机关|特种设备安全监督管理/,
    '市场监管',
  ],
];

export function domainOf(lawId: string, authority: string | null): Domain {
  if (authority) for (const [pattern, domain] of BY_AUTHORITY) if (pattern.test(authority)) return domain;
  return BY_LAW[lawId] ?? '其他';
}

export const LAW_DOMAINS: Readonly<Record<string, Domain>> = BY_LAW;
