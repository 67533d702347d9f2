// The explanation card: what a reference, fine or described violation means under the
// version in force on the applicable date, with the tiers, the lists that may apply (their
// conditions as a checklist), the basis of every record and a citation to insert.

import { useState } from 'preact/hooks';
import type { FineMention, MatterExplanation, Reference } from '../../data/engine/api.ts';
import type { Currency } from '../../data/engine/currency.ts';
import type { Lookup } from '../../data/engine/lookup.ts';
import type { Measures, ProvisionRef } from '../../data/engine/model.ts';
import { isPersons } from '../../data/engine/sanctions.ts';
import {
  currencyLines,
  factorWords,
  formatFine,
  provisionLabel,
  sourceLine,
  WORDING,
} from '../../data/engine/wording.ts';
import type { Mark } from '../highlight/marks.ts';
import { LOOKS } from '../highlight/styles.ts';
import { STATUS_LABEL, VERDICT_LABEL } from '../lib/labels.ts';
import { citationFor } from './citation.ts';

const W = WORDING['zh-CN'];

export interface CardProps {
  mark: Mark;
  /** The whole dataset's lookups (the tiers too). */
  engine: Lookup;
  asOf: string;
  template: string | undefined;
  /** Fines found in the same text, to show the verdicts tied to a reference's provision. */
  fines: FineMention[];
  onInsert: (citation: string) => void;
  onClose: () => void;
  /** A citation the editor did not take: the card says so and offers to copy it. */
  notInserted?: string;
}

const sameProvision = (a: ProvisionRef | null, lawId: string | null, article: number) =>
  a !== null && a.lawId === lawId && a.article === article;

function InsertButton({ citation, onInsert }: { citation: string; onInsert: (c: string) => void }) {
  // mousedown would take the focus (and the caret) away from the editor.
  return (
    <button
      type="button"
      class="insert"
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => onInsert(citation)}
    >
      插入引用：{citation}
    </button>
  );
}

/** How current the text above is on the card's date ("本文本核对至 …", a newer version, a repeal). */
function CurrencyNotes({ currency }: { currency: Currency }) {
  return (
    <>
      {currencyLines(currency, W).map((line) => (
        <p key={line.text} class={line.warn ? 'warn currency' : 'note currency'}>
          {line.text}
        </p>
      ))}
    </>
  );
}

/** Copies through the clipboard API where the page allows it, else through a selected field. */
function copyText(text: string, from: HTMLElement): void {
  const fallback = () => {
    const field = document.createElement('textarea');
    field.value = text;
    from.after(field);
    field.select();
    document.execCommand('copy');
    field.remove();
  };
  if (navigator.clipboard?.writeText) navigator.clipboard.writeText(text).catch(fallback);
  else fallback();
}

function NotInserted({ citation }: { citation: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <p class="not-inserted" role="alert">
      引用没有插入：编辑器没有接受这段文字，内容未改变。
      <button
        type="button"
        class="copy"
        onMouseDown={(e) => e.preventDefault()}
        onClick={(e) => {
          copyText(citation, e.currentTarget as HTMLElement);
          setCopied(true);
        }}
      >
        {copied ? '已复制' : '复制引用'}
      </button>
    </p>
  );
}

const MEASURE_KINDS: [keyof Measures, string][] = [
  ['warning', '警告'],
  ['confiscation', '没收'],
  ['suspension', '停产停业 / 暂扣'],
  ['revocation', '吊销 / 撤销'],
  ['detention', '拘留'],
  ['ban', '限制从业'],
];

function Matter({ x }: { x: MatterExplanation }) {
  return (
    <section class="matter">
      <h3>
        {x.matter.name} <span class="basis">{W.basis[x.matter.basis]}</span>
      </h3>
      <p class="source">来源：{sourceLine(x.matter.provenance) || x.matter.lawVersion}</p>
      <h4>
        处罚依据 {provisionLabel(x.penalty.ref)}（{x.penalty.version} 版）
      </h4>
      <blockquote>{x.penalty.text}</blockquote>
      <CurrencyNotes currency={x.penalty.currency} />
      {x.violated.length > 0 ? (
        <p class="violated">违反 {x.violated.map((v) => provisionLabel(v.ref)).join('、')}</p>
      ) : (
        <p class="violated">法律未指明所违反的条款：{x.matter.violatedReason}</p>
      )}
      {(['entity', 'persons'] as const).map((party) => {
        const fines = x.fines.filter((f) => isPersons(f.condition) === (party === 'persons'));
        const measures = x.matter.statutory.measures[party];
        const lines = measures
          ? MEASURE_KINDS.flatMap(([kind, word]) => measures[kind].map((m) => ({ kind, word, ...m })))
          : [];
        if (fines.length === 0 && lines.length === 0) return null;
        return (
          <div class="party" key={party}>
            <h4>{party === 'entity' ? '对当事人' : '对直接负责的主管人员和其他直接责任人员'}</h4>
            <ul class="fines">
              {fines.map((f) => (
                <li key={`${f.condition}-${f.min}-${f.max}`}>
                  {f.condition ? `${f.condition}：` : ''}
                  {formatFine(f)}
                </li>
              ))}
              {lines.map((m) => (
                <li key={`${m.kind}-${m.condition}-${m.source}`}>
                  {m.condition ? `${m.condition}：` : ''}
                  {m.word}（{m.source}）
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      {x.tiers.length > 0 && (
        <>
          <h4>裁量阶次</h4>
          <ul class="tiers">
            {x.tiers.map((t) => (
              <li key={t.id}>
                <b>{t.level}</b> <span class="basis">{W.basis[t.basis]}</span>
                {t.conditions.length > 0 && <span>：{t.conditions.join('；')}</span>}
                {t.fine && <span> 罚款{formatFine(t.fine)}</span>}
                {t.measures.length > 0 && <span>；{t.measures.join('、')}</span>}
                <div class="source">{sourceLine(t.provenance)}</div>
              </li>
            ))}
          </ul>
        </>
      )}
      {x.lists.length > 0 && (
        <>
          <h4>可能适用的清单</h4>
          {x.lists.map((item) => (
            <div class="list" key={item.id}>
              <div>
                <b>{W.list[item.list]}</b>：{item.title} <span class="basis">{W.basis[item.basis]}</span>
              </div>
              <ul class="checklist">
                {item.conditions.map((c) => (
                  <li key={c}>
                    <label>
                      <input type="checkbox" /> {c}
                    </label>
                  </li>
                ))}
              </ul>
              {item.measures.length > 0 && <div>措施：{item.measures.join('、')}</div>}
              <div class="source">
                依据：{item.legalBasisText} · {sourceLine(item.provenance)}
              </div>
            </div>
          ))}
        </>
      )}
    </section>
  );
}

/** What a fine's wording adds to its verdict: the multiple stated, whom it falls on, a reduction. */
function FineShape({ f }: { f: FineMention }) {
  const m = f.multiple;
  return (
    <>
      {m && (
        <>
          <p class={`verdict ${m.verdict}`}>
            {m.text}：{VERDICT_LABEL[m.verdict]}。{m.detail}
          </p>
          <p class={m.consistent === false ? 'warn' : 'note'}>
            {m.consistent === null
              ? `文中未载明${m.base}的数额，无法核对罚款金额是否为其${factorWords(m.factor)}。`
              : m.consistent
                ? `罚款金额与${m.base}（${m.baseYuan?.toLocaleString('zh-CN')} 元）的${factorWords(m.factor)}一致。`
                : `罚款金额与${m.base}（${m.baseYuan?.toLocaleString('zh-CN')} 元）的${factorWords(m.factor)}不一致，请核对计算。`}
          </p>
        </>
      )}
      {f.person && <p class="note">罚款对象：{f.person}</p>}
      {f.reduction && <p class={f.reduction.cited ? 'note' : 'warn'}>{f.reduction.detail}</p>}
    </>
  );
}

function ReferenceBody({ reference, props }: { reference: Reference; props: CardProps }) {
  const { engine, asOf } = props;
  const ref: ProvisionRef | null = reference.law.lawId
    ? {
        lawId: reference.law.lawId,
        article: reference.article,
        paragraph: reference.paragraph,
        item: reference.item,
      }
    : null;
  const provision = ref && reference.status === 'resolved' ? engine.provisionText(ref, asOf) : null;
  // The fine this reference decides: the nearest one after it tied to its provision (a long
  // document repeats the same provision for other fines).
  const tied = props.fines.filter((f) => sameProvision(f.provision, reference.law.lawId, reference.article));
  const nearest = tied.find((f) => f.start >= reference.end) ?? tied[tied.length - 1];
  const verdicts = nearest ? [nearest] : [];
  const matters = reference.matters
    .slice(0, 3)
    .map((id) => engine.explainMatter(id, asOf))
    .filter((x): x is MatterExplanation => x !== null);
  return (
    <>
      <h2>
        《{reference.law.title}》{provisionLabel(reference)}
      </h2>
      <p class={`status ${reference.status}`}>
        {STATUS_LABEL[reference.status]}
        {reference.law.version ? `（${reference.law.version} 版）` : ''}
      </p>
      {reference.changedBetweenVersions && <p class="warn">该条文在不同版本之间有变化，请核对适用的版本。</p>}
      {reference.versionNote && <p class="note">{reference.versionNote}</p>}
      {reference.coverage && (
        <p class="warn">
          违法行为发生时施行的版本不在本数据集中：本数据集收录该法自 {reference.coverage.from} 起施行的版本
          {reference.coverage.to ? `（至 ${reference.coverage.to}）` : ''}
          。未以之后的版本核对该条文，也不据以判断该条是否存在。
        </p>
      )}
      {provision && (
        <>
          <h4>
            条文（{provision.version} 版，<span class="basis">{W.basis.statute}</span>）
          </h4>
          <blockquote>{provision.text}</blockquote>
          <CurrencyNotes currency={provision.currency} />
        </>
      )}
      {verdicts.map((f) => (
        <div key={f.start}>
          <p class={`verdict ${f.verdict}`}>
            {f.text}：{VERDICT_LABEL[f.verdict]}。{f.detail}
          </p>
          <FineShape f={f} />
        </div>
      ))}
      {matters.map((x) => (
        <Matter key={x.matter.id} x={x} />
      ))}
    </>
  );
}

export function Card(props: CardProps) {
  const { mark, engine, asOf } = props;
  const item = mark.item;
  const citation = citationFor(mark, engine, asOf, props.template);
  let body = null;
  if (item.type === 'reference') body = <ReferenceBody reference={item.reference} props={props} />;
  else if (item.type === 'fine') {
    const f = item.fine;
    body = (
      <>
        <h2>罚款 {f.text}</h2>
        <p class={`verdict ${f.verdict}`}>
          {VERDICT_LABEL[f.verdict]}。{f.detail}
        </p>
        <FineShape f={f} />
        {f.provision && <p>对应条款：{engine.cite(f.provision)}</p>}
      </>
    );
  } else if (item.type === 'document') {
    const d = item.document;
    body = (
      <>
        <h2>文号 {d.text}</h2>
        <p class={`status ${d.known ? 'resolved' : 'unknown-law'}`}>
          {d.known
            ? `本数据集收录该文件发布的清单（${d.listItems.length} 项）。`
            : '本数据集未收录该文件，未核对其内容。'}
        </p>
      </>
    );
  } else {
    const x = engine.explainMatter(item.mention.matterId, asOf);
    body = (
      <>
        <h2>违法行为：{item.mention.text}</h2>
        {x && <Matter x={x} />}
      </>
    );
  }
  return (
    <div class={`card look-${mark.kind}`} role="dialog" aria-label="法律依据说明">
      <header>
        <span class="look">{LOOKS[mark.kind].label}</span>
        <span class="asof">适用日期 {asOf}</span>
        <button
          type="button"
          class="close"
          aria-label="关闭"
          onMouseDown={(e) => e.preventDefault()}
          onClick={props.onClose}
        >
          ×
        </button>
      </header>
      {/* The citation first: the card can be long and scroll. */}
      {props.notInserted && <NotInserted citation={props.notInserted} />}
      {citation && <InsertButton citation={citation} onInsert={props.onInsert} />}
      {body}
      <footer>Alt+↓ / Alt+↑ 切换引用 · Alt+Enter 插入引用 · Esc 关闭</footer>
    </div>
  );
}
