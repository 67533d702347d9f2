// The side panel: search the same engine, see the references found in the current editor,
// choose the as-of date, and insert a citation at the editor's caret.
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { SearchAnswer, SearchResult } from '../../data/engine/api.ts';
import { todayInChina } from '../../data/engine/dates.ts';
import type { ListKind, ProvisionRef } from '../../data/engine/model.ts';
import { DOMAINS } from '../../data/engine/vocabulary.ts';
import { WORDING } from '../../data/engine/wording.ts';
import { sendToEditor } from '../lib/editor-tab.ts';
import type { EditorState, ToContent } from '../lib/messages.ts';
import { usePageEngine } from '../lib/page-engine.ts';
import { readPolicy } from '../lib/policy.ts';
import { DATASET_REVISION_KEY, TEMPLATE_KEY } from '../lib/settings.ts';

const ARTICLES_INSTEAD = '没有匹配的处罚事项；以下条文提到了它';
const NOTHING = '没有找到相关的处罚事项或条文：换个说法试试，或从下面的领域和例子开始。';
const EXAMPLES = ['喝了酒开车', '没有营业执照做生意', '饭店油烟直排', '大气污染防治法第一百一十八条'];

export function SidePanel() {
  const [revision, setRevision] = useState(0);
  const { loaded, error } = usePageEngine(revision);
  const [query, setQuery] = useState('');
  const [answer, setAnswer] = useState<SearchAnswer | null>(null);
  const results = answer?.results ?? [];
  const [state, setState] = useState<EditorState | null>(null);
  const [asOf, setAsOf] = useState(todayInChina());
  const [template, setTemplate] = useState<string | undefined>(undefined);
  const [status, setStatus] = useState('');
  const composing = useRef(false);
  // The lists searched, when the organization's policy narrows them (else everything).
  const [lists, setLists] = useState<ListKind[] | null>(null);
  useEffect(
    () => void readPolicy().then((p) => setLists(p.defaultLists?.length ? p.defaultLists : null)),
    [],
  );

  useEffect(() => {
    void browser.storage.local
      .get(TEMPLATE_KEY)
      .then((v) => setTemplate((v[TEMPLATE_KEY] as string) || undefined));
    const onChange = (changes: Record<string, { newValue?: unknown }>) => {
      if (changes[TEMPLATE_KEY]) setTemplate((changes[TEMPLATE_KEY].newValue as string) || undefined);
      if (changes[DATASET_REVISION_KEY]) setRevision((r) => r + 1);
    };
    browser.storage.onChanged.addListener(onChange);
    return () => browser.storage.onChanged.removeListener(onChange);
  }, []);

  const refresh = async () => {
    const s = await sendToEditor<EditorState>({ type: 'editor-state' });
    setState(s);
    if (s) setAsOf(s.override ?? s.actDate ?? s.asOf);
  };
  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), 2000);
    return () => clearInterval(timer);
  }, []);

  const run = (q: string) => {
    if (!loaded) return;
    setAnswer(q.trim() ? loaded.engine.answer(q, { limit: 20, asOf, ...(lists ? { lists } : {}) }) : null);
  };
  useEffect(() => run(query), [loaded, asOf, lists]);

  const insert = async (r: SearchResult) => {
    const ref = r.provisions[0];
    if (ref) await insertRef(ref);
  };

  const insertRef = async (ref: ProvisionRef) => {
    if (!loaded) return;
    const text = loaded.engine.cite(ref, template);
    const ok = await sendToEditor<boolean>({ type: 'insert', text });
    setStatus(
      ok ? `已插入：${text}` : `未能插入（没有可插入的编辑框，或编辑器没有接受）。请复制引用后粘贴：${text}`,
    );
  };

  const changeDate = async (date: string) => {
    setAsOf(date);
    const msg: ToContent = { type: 'set-as-of', date: date || null };
    await sendToEditor(msg);
    void refresh();
  };

  return (
    <main>
      <h1>裁量基准助手</h1>
      {error && <p class="error">数据加载失败：{error}</p>}
      <label>
        适用日期{' '}
        <input
          type="date"
          value={asOf}
          onChange={(e) => void changeDate((e.target as HTMLInputElement).value)}
        />
      </label>
      {state?.actDate && (
        <p class="muted">
          文书所述违法行为日期：{state.actDate}
          （文书写明日期时按该日期适用法律；这里修改的日期用于未写明日期的文书和搜索）
        </p>
      )}
      <h2>搜索</h2>
      <input
        type="search"
        aria-label="搜索处罚事项、清单"
        placeholder="例如：农药残留、未亮照"
        value={query}
        onCompositionStart={() => {
          composing.current = true;
        }}
        onCompositionEnd={(e) => {
          composing.current = false;
          const q = (e.target as HTMLInputElement).value;
          setQuery(q);
          run(q);
        }}
        onInput={(e) => {
          const q = (e.target as HTMLInputElement).value;
          setQuery(q);
          if (!composing.current && !(e as InputEvent).isComposing) run(q);
        }}
      />
      <p class="muted" role="status" aria-live="polite">
        {!answer
          ? ''
          : results.length
            ? `找到 ${results.length} 条结果`
            : answer.articles.length
              ? ARTICLES_INSTEAD
              : NOTHING}
      </p>
      {answer && answer.via !== 'matters' && answer.articles.length > 0 && (
        <section class="statutes" aria-label={answer.via === 'citation' ? '所查条文' : ARTICLES_INSTEAD}>
          <h3>{answer.via === 'citation' ? '所查条文' : ARTICLES_INSTEAD}</h3>
          {answer.articles.map((a) => (
            <article key={`${a.ref.lawId}-${a.ref.article}`}>
              <p>
                <strong>{a.citation}</strong>
              </p>
              <p class="article-text">{a.text}</p>
              {loaded && (
                <button type="button" onClick={() => void insertRef(a.ref)}>
                  插入引用：{loaded.engine.cite(a.ref, template)}
                </button>
              )}
            </article>
          ))}
        </section>
      )}
      {answer?.via === 'none' && (
        <div class="help">
          <p>领域：{DOMAINS.filter((d) => d !== '其他').join('、')}</p>
          <p>
            可以这样问：
            {EXAMPLES.map((q) => (
              <button
                type="button"
                key={q}
                onClick={() => {
                  setQuery(q);
                  run(q);
                }}
              >
                {q}
              </button>
            ))}
          </p>
        </div>
      )}
      <ul class="results">
        {results.map((r) => (
          <li key={r.id}>
            <div>
              {r.title}
              <span class="badge">{WORDING['zh-CN'].basis[r.basis]}</span>
              {r.lists.map((l) => (
                <span class="badge" key={l}>
                  {WORDING['zh-CN'].list[l]}
                </span>
              ))}
            </div>
            {r.provisions[0] && loaded && (
              <button type="button" onClick={() => void insert(r)}>
                插入引用：{loaded.engine.cite(r.provisions[0], template)}
              </button>
            )}
          </li>
        ))}
      </ul>
      {status && <p class="ok">{status}</p>}
      <h2>
        当前编辑框中的引用{' '}
        <button type="button" onClick={() => void refresh()}>
          刷新
        </button>
      </h2>
      {!state && <p class="muted">尚未连接到编辑框：在办案系统的编辑框中点击后这里会显示识别到的引用。</p>}
      {state && state.items.length === 0 && <p class="muted">没有识别到引用。</p>}
      <ul class="found">
        {state?.items.map((it) => (
          <li key={it.index}>
            <button
              type="button"
              class={`k-${it.kind}`}
              onClick={() => void sendToEditor({ type: 'show-item', index: it.index })}
            >
              {it.text}
            </button>{' '}
            <span class="muted">{it.label}</span>
          </li>
        ))}
      </ul>
    </main>
  );
}
