// Which domain (执法领域) a matter belongs to: by the authority the penalty text names, else by its law.
// The eight domains are those the reference city's report uses; others keep their own name. The city
// groups 住房城乡建设 (construction, property, water supply, drainage, roads, greening) under 城市管理, and
// so do we; 消防救援机构 sit under 应急管理部, so 消防 is 应急管理.
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
  商标法: '市场监管',
  商标法实施条例: '市场监管',
  价格违法行为行政处罚规定: '市场监管',
  无证无照经营查处办法: '市场监管',
  化妆品监督管理条例: '药品监管',
  医疗器械监督管理条例: '药品监管',
  疫苗管理法: '药品监管',
  娱乐场所管理条例: '文化旅游',
  旅行社条例: '文化旅游',
  导游人员管理条例: '文化旅游',
  出版管理条例: '文化旅游',
  文物保护法: '文化旅游',
  文物保护法实施条例: '文化旅游',
  保障农民工工资支付条例: '人社',
  禁止使用童工规定: '人社',
  工伤保险条例: '人社',
  发票管理办法: '税务',
  公路法: '交通运输',
  城市道路管理条例: '城市管理',
  物业管理条例: '城市管理',
  建设工程质量管理条例: '城市管理',
  建筑法: '城市管理',
  城镇排水与污水处理条例: '城市管理',
  城市供水条例: '城市管理',
  供水条例: '城市管理',
  城市绿化条例: '城市管理',
  城市房地产管理法: '城市管理',
  环境影响评价法: '生态环境',
  噪声污染防治法: '生态环境',
  环境噪声污染防治法: '生态环境',
  土壤污染防治法: '生态环境',
  排污许可管理条例: '生态环境',
  危险化学品安全管理条例: '应急管理',
  危险化学品安全法: '应急管理',
  传染病防治法: '卫健',
  传染病防治法实施办法: '卫健',
  医师法: '卫健',
  医疗机构管理条例: '卫健',
  职业病防治法: '卫健',
  消防法: '应急管理',
  // Not listed, so 其他 unless the text names an authority: 农产品质量安全法 (农业农村 enforces it) and
  // 野生动物保护法 (林业草原 and 渔业 departments), whose 市场监管 and 交通运输 clauses the authority gives.
};

/** Authority wording → domain. Of several authorities ("人力资源社会保障行政部门、相关行业工程建设主管部门")
 * the one named first decides. */
const BY_AUTHORITY: [RegExp, Domain][] = [
  [/公安机关交通管理/, '公安交管'],
  [
    /市容环境卫生|环境卫生主管|城乡规划|城市管理|规划主管部门|住房和城乡建设|住房城乡建设|建设行政主管|建设主管部门|房地产|房产管理|市政|绿化|城市道路|供水|排水/,
    '城市管理',
  ],
  [/卫生行政|卫生健康|卫生主管|疾病预防控制部门/, '卫健'],
  [/交通运输|交通主管|道路运输管理|港务监督|海事/, '交通运输'],
  [/生态环境|环境保护(主管|行政)?部门/, '生态环境'],
  [/税务机关/, '税务'],
  [/劳动保障|劳动行政|人力资源社会保障|社会保险行政/, '人社'],
  [/文化|旅游|文物(主管|行政)|出版|广播电视|电影/, '文化旅游'],
  [/药品监督管理/, '药品监管'],
  [/应急管理|安全生产监督管理|消防救援/, '应急管理'],
  [
    /市场监督管理|工商行政管理|质量技术监督|质量监督检验检疫|食品安全监督管理|价格主管|标准化行政|计量行政|登记(管理)?机关|特种设备安全监督管理|认证认可监督管理|知识产权|商标/,
    '市场监管',
  ],
  [/土地管理|自然资源|国土资源/, '自然资源'],
];

/** Departments outside these domains, used only when no authority above is named: the law's domain must
 * not stand in for them (疫苗管理法's 教育行政部门 is no 药品监管). */
const OTHER_AUTHORITY =
  /公安|农业农村|农业行政|渔业|野生动物保护主管|林业|草原|水行政|教育行政|金融|经济综合主管|出入境检验检疫|(?<!人)民政/;

function firstNamed(authority: string): Domain | null {
  let best: { at: number; domain: Domain } | null = null;
  for (const [pattern, domain] of BY_AUTHORITY) {
    const at = authority.search(pattern);
    if (at >= 0 && (!best || at < best.at)) best = { at, domain };
  }
  return best?.domain ?? null;
}

export function domainOf(lawId: string, authority: string | null): Domain {
  if (authority) {
    const named = firstNamed(authority);
    if (named) return named;
    if (OTHER_AUTHORITY.test(authority)) return '其他';
  }
  return BY_LAW[lawId] ?? '其他';
}

export const LAW_DOMAINS: Readonly<Record<string, Domain>> = BY_LAW;
