// Reads a penalty provision ("…的，由…部门责令改正，处五千元以上五万元以下罚款；情节严重的，吊销许可证")
// into structure: the violation it describes, the authority it names, and the StatutoryPenalty with one
// FineRule per fine and branch. Anything about a fine it cannot read is returned in `unread`, never
// guessed. Pure; the engine and the data scripts share it.
import type { FineBase, FineRule, MeasureRule, Measures, StatutoryPenalty } from './model.ts';
import { chineseToInt } from './numerals.ts';
import { isPersons, PERSONS_INSIDE, someMeasure } from './sanctions.ts';

export interface ParsedPenalty {
  /** The text before the penalty: who did what ("违反本法规定，…的"). */
  violation: string;
  /** "由X" as the text names it. */
  authority: string | null;
  penalty: StatutoryPenalty;
  /** Fine phrases the parser could not read (the caller must not publish a range for them). */
  unread: string[];
}

const NUM = '[0-9０-９.]+万?|[零〇一二两三四五六七八九十百千万亿]+';
/** One bound: 百分之五十, 50%, 三倍, 等值 / 等额 (one times), 五万元, or a bare number whose unit the other bound gives. */
const QTY = `(?:百分之(?:${NUM})|(?:${NUM})%|(?:${NUM})倍|等值|等额|(?:${NUM})元|(?:${NUM})(?=以上|以下|至))`;
const RANGE = new RegExp(`(${QTY})(?:(?:以上|至)(${QTY})(?:以下)?|(以下)|(以上))?`);

/** "…按照受侵害的劳动者每人1000元以上5000元以下的标准计算，处以罚款" */
const STANDARD_FINE = /(?:按照|按|以)([^，；。：]*?)的标准(?:计算，)?处以?罚款/g;
/** "处五万元以上十万元以下罚款", "并处违法所得一倍以上五倍以下的罚款", "处以罚款" */
const FINE = /(?:处|给予)((?:[^，；。：（]|（[^）]*）)*?)的?罚款/g;
/** "按照事故造成的直接经济损失的一倍以上三倍以下计算罚款" */
const COMPUTED_FINE = /按照([^，；。：]*?)计算罚款/g;

const AUTHORITY_VERBS =
  '责令|没收|处以?(?![理置分])|并处|给予|予以|吊销|依照|依据|依法|对其?|按照?|可以|暂扣|收缴|撤销|取消|停止|限期|注销|通报|追缴|扣留|约束|销毁|组织|向|强制|视情节|根据';
/** What an authority's name ends with: "…或者其他依照本法规定行使监督管理权的部门" is one name, not "…或者其他". */
const BODY = '(?:部门|机关|机构|单位|政府|海关|组织|委员会)';
/** "由X责令…", "由X依据各自职权…"; and "由X，责令…" (not "由税务机关销毁…，没收…"). */
const VERB_AFTER_AUTHORITY = new RegExp(
  `由([^，；。：]*?${BODY})(?=${AUTHORITY_VERBS})|由([^，；。：]*?${BODY})(?=，(?:${AUTHORITY_VERBS}))`,
  'g',
);
// 处理 / 处置 and a 给予 / 予以 of anything but a penalty belong to the violation's wording; "依照…规定处罚"
// starts a penalty (one set elsewhere).
const SUBJECT_AUTHORITY =
  /^((?![经被因]|或者被)[^，；。]{2,40}?(?:部门|机关|机构))(?:依法)?(?:可以|应当)?(?=责令|处|给予|没收|吊销|根据|除?依照|按照)/;
const PENALTY_START =
  /^(?:并?由|(?![经被因]|或者被)[^，；。]{2,40}?(?:部门|机关|机构)(?:依法)?(?:可以|应当)?(?:责令|处|给予|没收|吊销)|除?依照[^，；。]*?规定(?:给予)?(?:行政)?处罚|依照前款规定承担责任|对[^，；。处罚]{2,60}人员$|按照[^，；。]*?计算罚款|并?(?:可以|应当)?(?:处(?![理置分])|责令|没收|给予(?:警告|通报批评|罚款|处罚|行政处罚)|吊销|予以(?:取缔|没收|警告|罚款|吊销|查封|处罚)|暂扣|收缴|封存|撤销))/;
const CORRECTION_BRANCH = /(拒不|逾期不|逾期未|仍不|仍未|不予)(改正|整改)/;

interface Bound {
  unit: 'yuan' | 'multiple' | null;
  value: number;
}

/**
 * The first "由X…" of the penalty, passing over one that only detains ("并可以由公安机关处五日以上十五日以下的
 * 拘留"): detention is the police's in every law, the fines are not (unless that clause sets them too).
 */
function authorityIn(clauseText: string): string | null {
  const found: { name: string; penalizes: boolean }[] = [];
  const firstPenalty = clauseText.search(/罚款|没收|警告/);
  for (const m of clauseText.matchAll(VERB_AFTER_AUTHORITY)) {
    const rest = clauseText.slice(m.index).split(/[，；。]/)[0] ?? '';
    if (rest.includes('拘留') && !/罚款|警告/.test(rest)) continue;
    // "…处…罚款；情节严重的，责令停业整顿，或者由工商行政管理机关吊销营业执照": a body named after the fines only to
    // revoke a licence it issued is not the one that fines.
    if (
      firstPenalty >= 0 &&
      m.index > firstPenalty &&
      /^由[^，；。]*?(?:吊销|撤销|取消|降低)/.test(rest) &&
      !/罚款|没收|警告/.test(rest)
    )
      continue;
    // The piece up to the next "；": "由社会保险费征收机构责令限期缴纳…；逾期仍不缴纳的，由有关行政部门处…罚款"
    // names the one that fines second.
    const start = Math.max(clauseText.lastIndexOf('；', m.index), clauseText.lastIndexOf('。', m.index)) + 1;
    const piece = clauseText.slice(start).split(/[；。]/)[0] ?? '';
    found.push({ name: m[1] ?? m[2] ?? '', penalizes: PENALTY_WORDS.test(piece) });
  }
  return (found.find((f) => f.penalizes) ?? found[0])?.name || null;
}

type MeasureKind = keyof Measures;

const REVOCATION =
  /吊销|撤销[^，；。]*?(?:许可|登记|资格|资质|执照|证书|批准|文件)|取消[^，；。]*?(?:资格|资质|许可)|降低资质等级/;
/** Each measure's words: the verb and what it names, up to the next one. */
const MEASURES: [MeasureKind, RegExp][] = [
  ['warning', /(?:给予|予以)?(?:警告|通报批评)/g],
  [
    'confiscation',
    /(?:予以)?没收[^，；。：、]*(?:、(?!(?:并|可以)?(?:处|给予|吊销|责令|暂扣))[^，；。：、]*)*/g,
  ],
  [
    'suspension',
    /(?:责令)?(?:限期)?(?:停产停业|停业整顿|停产整顿|停止营业|责令停业|责令停产|暂停|暂扣)[^，；。：]*/g,
  ],
  [
    'revocation',
    /(?:吊销|撤销[^，；。]*?(?:许可|登记|资格|资质|执照|证书|批准|文件)|取消[^，；。]*?(?:资格|资质|许可)|降低资质等级)[^，；。：]*/g,
  ],
  ['detention', /[^，；。：]*?拘留/g],
  [
    'ban',
    /[^，；。：]*?(?:禁止|不得)[^，；。：]*?(?:从事|担任|申请|参加|进入|取得)[^，；。：]*|[^，；。：]*?(?:不(?:再)?受理|不予(?:办理|受理))[^，；。：]*/g,
  ],
];

/** The measures other than fines one clause sets, in the order they stand. */
function measuresIn(clause: string): { kind: MeasureKind; source: string; at: number }[] {
  const found: { kind: MeasureKind; source: string; at: number }[] = [];
  for (const [kind, pattern] of MEASURES) {
    for (const m of clause.matchAll(pattern)) {
      // "依法给予警告直至降级处分" is discipline of officials, not the penalty 警告.
      if (kind === 'warning' && /处分/.test(clause.slice(m.index))) continue;
      // "暂扣或者吊销导游证": one clause may suspend or revoke; "吊销" inside a suspension's words is
      // still a revocation, so both are kept.
      found.push({ kind, source: m[0].replace(/^并(?:可以)?|^可以(?:并)?/, ''), at: m.index });
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

/** A penalty of 行政处罚法 第九条 named in a piece of the clause (not 责令改正, 滞纳金, 向社会公布). */
const PENALTY_WORDS = /罚款|警告|通报批评|没收|吊销|暂扣|撤销|停产|停业|取缔|关闭|降低资质|拘留|处罚/;

function readBound(token: string): Bound | null {
  let m = /^百分之(.+)$/.exec(token);
  if (m?.[1]) {
    const n = chineseToInt(m[1]);
    return n === null ? null : { unit: 'multiple', value: n / 100 };
  }
  m = /^(.+)%$/.exec(token);
  if (m?.[1]) {
    const n = chineseToInt(m[1]);
    return n === null ? null : { unit: 'multiple', value: n / 100 };
  }
  if (token === '等值' || token === '等额') return { unit: 'multiple', value: 1 };
  m = /^(.+)倍$/.exec(token);
  if (m?.[1]) {
    // A multiple may be a decimal ("1.5倍"); an amount in yuan is whole.
    const n = /^\d+\.\d+$/.test(m[1]) ? Number(m[1]) : chineseToInt(m[1]);
    return n === null ? null : { unit: 'multiple', value: n };
  }
  m = /^(.+?)元?$/.exec(token);
  const n = m?.[1] ? chineseToInt(m[1]) : null;
  return n === null ? null : { unit: token.endsWith('元') ? 'yuan' : null, value: n };
}

function baseOf(prefix: string): FineBase | null {
  if (prefix.includes('货值金额')) return '货值金额';
  // Only 违法所得 itself: 所获收入 (a person's income from the unit) and 违法收入 are other bases.
  if (prefix.includes('违法所得')) return '违法所得';
  if (prefix.includes('广告费用')) return '广告费用';
  if (prefix.includes('工程造价')) return '工程造价';
  if (prefix.includes('税款')) return '应纳税款';
  if (/违法经营额|营业额|营业收入|销售额/.test(prefix)) return '营业额';
  return prefix === '' ? null : '其他';
}

/** A fine range found in a text: its unit, its bounds (null: none stated) and where it stands. */
export interface FoundRange {
  unit: 'yuan' | 'multiple';
  min: number | null;
  max: number | null;
  index: number;
  length: number;
}

/**
 * The first fine range in `text`: "5000元以上1万元以下", "十倍以上十五倍以下", "百分之二十至百分之五十",
 * "二千元以下", "2万元". Null when there is none, or when its bounds do not read or disagree on the unit.
 * The statute parser and the import of a city's tables (scripts/import/range.ts) read ranges with it.
 */
export function findRange(text: string): FoundRange | null {
  const m = RANGE.exec(text);
  if (!m?.[1]) return null;
  const low = readBound(m[1]);
  const high = m[2] ? readBound(m[2]) : null;
  if (!low || (m[2] && !high)) return null;
  const unit = low.unit ?? high?.unit ?? null;
  if (unit === null || (high?.unit && high.unit !== unit) || (low.unit && low.unit !== unit)) return null;
  const [min, max] = high
    ? [low.value, high.value]
    : m[3]
      ? [null, low.value]
      : m[4]
        ? [low.value, null]
        : [low.value, low.value];
  return { unit, min, max, index: m.index, length: m[0].length };
}

/** Reads one fine phrase (the words between 处 and 罚款). Null when it sets a bound we cannot read. */
function readFine(phrase: string): Omit<FineRule, 'condition' | 'source'> | null {
  // "警告或者二十元以上二百元以下" — the warning is recorded separately.
  const words = phrase.replace(/^警告(?:或者|、)?/, '').replace(/^(?:以|或者)/, '');
  if (words === '') return { kind: 'amount', base: null, min: null, max: null, perUnit: null };
  const range = findRange(words);
  if (!range) return null;
  const { min, max } = range;
  const prefix = words.slice(0, range.index);
  // Nothing may follow the range but the end of the phrase.
  if (words.slice(range.index + range.length) !== '') return null;
  if (range.unit === 'yuan') {
    const perUnit = /(每[^每]{1,12})$/.exec(prefix)?.[1] ?? null;
    if (prefix !== '' && perUnit === null) return null;
    return { kind: 'amount', base: null, min, max, perUnit };
  }
  const base = baseOf(prefix);
  if (base === null) return null;
  return { kind: 'multiple', base, min, max, perUnit: null };
}

/** "按十万元计算" after "货值金额不足十万元的": the floor of the base a multiple applies to. */
const FLOOR = /^按((?:[0-9０-９.]+万?|[零〇一二两三四五六七八九十百千万]+)元)计算$/;

/** A branch on the base amount written before the penalty starts. */
const LEADING_BRANCH = /，((?:违法所得|没有违法所得|货值金额|违法经营额|没有违法经营额)[^，]*的)$/;
const BRANCH_TOPICS = ['货值金额', '违法所得', '违法经营额', '广告费用', '销售额', '营业额', '事故'];
/** A branch on the amount a fine is computed from. */
const BASE_TOPICS = /货值金额|违法所得|违法经营额|广告费用|销售额|营业额/;

/** A condition on the act already described (its amount, gravity, a refused order), not another act. */
function isBranch(clause: string): boolean {
  return (
    /情节|后果|拒不|逾期|仍不|仍未|不予|^有|^没有/.test(clause) ||
    BRANCH_TOPICS.some((t) => clause.includes(t))
  );
}

/** Two branches on the same amount or event are alternatives, not one inside the other. */
function siblings(a: string, b: string): boolean {
  return BRANCH_TOPICS.some((t) => a.includes(t) && b.includes(t));
}

/**
 * Splits at the separators outside brackets: "货值金额（包括已售出和未售出的产品，下同）" is one piece.
 * With `keep`, each separator follows its piece as its own element.
 */
function splitTopLevel(text: string, separators: string, keep = false): string[] {
  const out: string[] = [];
  let depth = 0;
  let piece = '';
  for (const ch of text) {
    if (ch === '（' || ch === '(') depth++;
    else if ((ch === '）' || ch === ')') && depth > 0) depth--;
    if (depth === 0 && separators.includes(ch)) {
      out.push(piece);
      if (keep) out.push(ch);
      piece = '';
    } else piece += ch;
  }
  out.push(piece);
  return out;
}

/** Clauses of a sentence; "…每人100元以上500元以下的标准计算，处以罚款" stays one clause. */
function splitClauses(sentence: string): string[] {
  const clauses: string[] = [];
  for (const c of splitTopLevel(sentence, '，')) {
    const last = clauses[clauses.length - 1];
    if (last?.endsWith('的标准计算')) clauses[clauses.length - 1] = `${last}，${c}`;
    else if (c !== '') clauses.push(c);
  }
  return clauses;
}

export function parsePenalty(text: string): ParsedPenalty {
  const body = text.replace(/[：:。]$/, '');
  // Clauses with the separator that follows each; the penalty starts at the first clause (after the
  // first) that opens with 由… or a penalty verb, in whichever sentence it sits.
  const parts = splitTopLevel(body, '，；', true);
  let start = -1;
  for (let i = 2; i < parts.length; i += 2) {
    if (PENALTY_START.test(parts[i] ?? '')) {
      start = i;
      break;
    }
  }
  if (start < 0 && PENALTY_START.test(parts[0] ?? '')) start = 0;
  let violation = start > 0 ? parts.slice(0, start - 1).join('') : start === 0 ? '' : body;
  // "…擅自从事道路客运经营，违法所得超过2万元的，没收违法所得，处…": the last clause is the first branch.
  let leading: string | null = null;
  const tail = LEADING_BRANCH.exec(violation);
  if (start > 0 && tail?.[1]) {
    leading = tail[1];
    violation = violation.slice(0, tail.index);
  }
  const clauseText = start < 0 ? '' : parts.slice(start).join('');
  // "由X责令…", else "X可以责令…" opening the penalty, else "…，X可以根据情节轻重，给予…".
  const authority =
    authorityIn(clauseText) ??
    SUBJECT_AUTHORITY.exec(clauseText)?.[1] ??
    SUBJECT_AUTHORITY.exec(violation.split('，').at(-1) ?? '')?.[1] ??
    null;

  const fines: FineRule[] = [];
  const unread: string[] = [];
  // "处货值金额十倍以上二十倍以下的罚款；货值金额不足十万元的，按十万元计算": every multiple of that base applies
  // to at least the floor, so below it the fine is the multiple of the floor, an amount in yuan the text sets.
  const multiples: FineRule[] = [];
  const measures: { kind: MeasureKind; rule: MeasureRule; persons: boolean }[] = [];
  // A later sentence (after "。") that opens with another act ("以上施工单位…非法转让施工资质的，…；违法所得
  // 十万元以上的，…") sets fines for that act: its opening stays in the condition of every fine up to the next "。".
  const pieces: { text: string; scope: string | null }[] = [];
  splitTopLevel(clauseText, '。').forEach((full, fi) => {
    const opening = splitClauses(full)[0] ?? '';
    const scope =
      fi > 0 && opening.endsWith('的') && !/罚款/.test(opening) && !isBranch(opening) ? opening : null;
    splitTopLevel(full, '；').forEach((text, pi) => {
      pieces.push({ text, scope: pi > 0 ? scope : null });
    });
  });
  // Detention falls on people: "…对直接负责的主管人员…处十日以上十五日以下的拘留；情节较轻的，处五日以上十日
  // 以下的拘留" keeps the persons of the piece before.
  let lastWho: string | null = null;
  // biome-ignore lint/complexity/noExcessiveCognitiveComplexity: the branch rules of one sentence share their state (open branches, the last fine); their order is the rule
  pieces.forEach(({ text: sentence, scope }, si) => {
    // "情节严重的", "货值金额不足一万元的", "拒不改正的": branches for what follows in this sentence. One
    // met after a fine replaces its sibling (货值金额不足一万元的 → 货值金额一万元以上的) or else narrows
    // the branches before it ("两年内有三次以上违法行为的，处…，广告费用无法计算的，处…").
    const branches: string[] = si === 0 && leading ? [leading] : scope ? [scope] : [];
    let condition: string | null = branches[0] ?? null;
    let who: string | null = null;
    let finesSinceBranch = 0;
    for (const clause of splitClauses(sentence)) {
      // "有下列情形之一的" introduces the items: each item is its own matter, not a branch.
      if (/^有下列(?:情形|行为)之一的$/.test(clause)) continue;
      if (clause.endsWith('的') && !/罚款/.test(clause)) {
        const last = branches[branches.length - 1];
        if (finesSinceBranch > 0 && last !== undefined && siblings(last, clause))
          branches[branches.length - 1] = clause;
        else branches.push(clause);
        condition = branches.join('，');
        finesSinceBranch = 0;
        continue;
      }
      const floor = FLOOR.exec(clause)?.[1];
      const floorBranch = branches[branches.length - 1];
      const bound = floor ? readBound(floor) : null;
      if (bound?.unit === 'yuan' && floorBranch) {
        // The base is named before 不足 ("违法生产、批发的药品货值金额不足十万元的" → 货值金额).
        const base = floorBranch.split('不足')[0]?.slice(-4) ?? '';
        for (const m of multiples.filter((r) => base.length === 4 && r.source.includes(base))) {
          const times = (v: number | null) => (v === null ? null : Math.round(v * bound.value));
          fines.push({
            kind: 'amount',
            base: null,
            min: times(m.min),
            max: times(m.max),
            perUnit: null,
            condition: [m.condition, floorBranch].filter(Boolean).join('，'),
            source: `${floorBranch}，${clause}`,
          });
          finesSinceBranch++;
        }
        continue;
      }
      // "对直接负责的主管人员和其他直接责任人员，处…": whom the following fines are for.
      if (/^并?对[^处罚]+$/.test(clause)) {
        who = clause.replace(/^并/, '');
        continue;
      }
      const subject =
        /^(?:并)?对([^，；。]{1,60}?)(?:依法)?(?:可以)?(?:并)?(?:处(?![理置分])|给予|按|没收|吊销|暂扣|禁止)/.exec(
          clause,
        )?.[1] ?? PERSONS_INSIDE.exec(clause)?.[1];
      // Whom a clause names stays the subject of the clauses after it, up to the next "；" ("对直接负责的主管
      // 人员…处…罚款，并暂扣或者吊销导游证": the licence is the guide's).
      if (subject) who = `对${subject}`;
      const whom = who;
      const branch = [condition, whom].filter(Boolean).join('，') || null;
      for (const m of measuresIn(clause)) {
        const on = whom ?? (m.kind === 'detention' && isPersons(lastWho) ? lastWho : null);
        // "情节严重的，处广告费用三倍…，广告费用无法计算或者明显偏低的，处…罚款，可以吊销营业执照": the second
        // branch says how the fine is computed; the revocation is the 情节严重的 branch's.
        const last = branches[branches.length - 1];
        const kept =
          finesSinceBranch > 0 && branches.length > 1 && last && BASE_TOPICS.test(last)
            ? branches.slice(0, -1).join('，')
            : condition;
        const rule = { condition: [kept, on].filter(Boolean).join('，') || null, source: m.source };
        measures.push({ kind: m.kind, rule, persons: isPersons(on) });
      }
      lastWho = whom ?? lastWho;
      const taken: [number, number][] = [];
      const found: { at: number; phrase: string; source: string }[] = [];
      for (const pattern of [STANDARD_FINE, COMPUTED_FINE]) {
        for (const m of clause.matchAll(pattern)) {
          if (taken.some(([a, b]) => m.index >= a && m.index < b)) continue;
          found.push({ at: m.index, phrase: m[1] ?? '', source: m[0] });
          taken.push([m.index, m.index + m[0].length]);
        }
      }
      for (const m of clause.matchAll(FINE)) {
        if (taken.some(([a, b]) => m.index >= a && m.index < b)) continue;
        // The lazy match may start at an earlier 处 (处理…): keep only what follows the last one.
        const raw = m[1] ?? '';
        const cut = Math.max(raw.lastIndexOf('处'), raw.lastIndexOf('给予'));
        const phrase = (cut >= 0 ? raw.slice(cut + (raw.startsWith('给予', cut) ? 2 : 1)) : raw).replace(
          /^以/,
          '',
        );
        found.push({ at: m.index, phrase, source: m[0] });
      }
      found.sort((a, b) => a.at - b.at);
      for (const f of found) {
        const rule = readFine(f.phrase);
        if (rule) {
          fines.push({ ...rule, condition: branch, source: f.source });
          if (rule.kind === 'multiple') multiples.push(fines[fines.length - 1] as FineRule);
        } else unread.push(f.source);
        finesSinceBranch++;
      }
      // A 罚款 in none of the forms above is reported, never dropped ("罚款处罚" names a penalty, sets none).
      const stray = [...clause.matchAll(/罚款(?!处罚)/g)].some(
        (m) => !found.some((f) => m.index >= f.at && m.index < f.at + f.source.length),
      );
      if (stray) unread.push(clause);
    }
  });

  // What is confiscated, up to the next penalty ("没收违法所得、处以违法所得一倍以上…" → 违法所得); "予以没收"
  // names its object before it ("有违法收入的予以没收"): the clause is kept as written.
  const confiscation = [...clauseText.matchAll(/([^，；。：]*予以)?没收([^，；。：]*)/g)]
    .map((m) => {
      // "没收销毁…" confiscates and destroys the same thing.
      const object =
        (m[2] ?? '').replace(/^销毁/, '').split(/、(?=(?:并|可以)?(?:处|给予|吊销|责令|暂扣))/)[0] ?? '';
      return object === '' && m[1] ? m[0] : object;
    })
    .filter(Boolean);
  const bucket = (persons: boolean): Measures => {
    const rules = (kind: MeasureKind) =>
      measures.filter((m) => m.kind === kind && m.persons === persons).map((m) => m.rule);
    return {
      warning: rules('warning'),
      confiscation: rules('confiscation'),
      suspension: rules('suspension'),
      revocation: rules('revocation'),
      detention: rules('detention'),
      ban: rules('ban'),
    };
  };
  const persons = bucket(true);
  const correctionFirst =
    /责令[^；。]*?改正/.test(clauseText) &&
    fines.length > 0 &&
    fines.every((f) => f.condition !== null && CORRECTION_BRANCH.test(f.condition));
  return {
    violation,
    authority,
    penalty: {
      fines,
      warning: /警告/.test(clauseText),
      confiscation,
      suspension: /停产停业|停业整顿|停产整顿|责令停业|责令停产|暂停|暂扣/.test(clauseText),
      revocation: REVOCATION.test(clauseText),
      detention: /拘留/.test(clauseText),
      correctionFirst,
      text: clauseText,
      measures: { entity: bucket(false), persons: someMeasure(persons) ? persons : null },
    },
    unread,
  };
}
