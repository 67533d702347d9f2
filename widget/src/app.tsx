// The search box: a WAI-ARIA combobox (input role combobox, results as options in a listbox) that
// searches as you type, plus the open result. Data loads on first focus. Every keystroke bumps a
// request id and a result for an older id is dropped. Keystrokes inside an IME composition never
// search or select; the composition's end does.
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SearchAnswer, SearchResult } from '../../data/engine/api.ts';
import { DOMAINS } from '../../data/engine/vocabulary.ts';
import type { ConfigProblem, WidgetConfig } from './config.ts';
import { type LinkTarget, linkKey, parseLinkHash } from './deep-link.ts';
import { MESSAGES, type Messages } from './i18n.ts';
import { DataError } from './loader.ts';
import { BasisBadge, Highlighted, ListBadges } from './parts.tsx';
import { ResultView } from './result-view.tsx';
import { openSession, type Session } from './session.ts';

export interface AppProps {
  config: WidgetConfig;
  problems: ConfigProblem[];
  dataBase: string | null;
  schemaVersion: number;
  elementId: string | null;
}

const LIMIT = 20;

export function App({ config, problems, dataBase, schemaVersion, elementId }: AppProps) {
  const t = MESSAGES[config.lang];
  const key = linkKey(elementId);
  const asOf = config.asOf ?? undefined;
  const [session, setSession] = useState<Session | null>(null);
  const [error, setError] = useState<{ message: string; retry: boolean } | null>(null);
  const [results, setResults] = useState<SearchResult[]>([]);
  /** The statute side of the answer: the article named, articles instead of matters, or nothing. */
  const [fallback, setFallback] = useState<Pick<SearchAnswer, 'articles' | 'via'> | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState('');
  const [target, setTarget] = useState<LinkTarget | null>(null);
  const request = useRef(0);
  const input = useRef<HTMLInputElement>(null);
  const listbox = useRef<HTMLDivElement>(null);

  // After a failure only the retry button loads again: keystrokes must not refetch on every key.
  const failed = useRef(false);
  const ensureSession = async (retry = false): Promise<Session | null> => {
    if (session) return session;
    if (failed.current && !retry) return null;
    if (!dataBase) {
      setError({ message: t.noBase, retry: false });
      return null;
    }
    setStatus(t.loading);
    try {
      const loaded = await openSession(dataBase, schemaVersion);
      setSession(loaded);
      failed.current = false;
      setError(null);
      setStatus('');
      return loaded;
    } catch (e) {
      const message = e instanceof DataError ? t.error[e.code](e.file) : t.error.network('manifest.json');
      failed.current = true;
      setError({ message, retry: !(e instanceof DataError) || e.code === 'network' || e.code === 'timeout' });
      setStatus('');
      return null;
    }
  };

  const search = async (query: string) => {
    const id = ++request.current;
    const loaded = await ensureSession();
    // A later keystroke has superseded this one while the data loaded: drop it.
    if (id !== request.current || !loaded) return;
    const q = query.trim();
    if (!q) {
      setResults([]);
      setFallback(null);
      setOpen(false);
      setActive(-1);
      setStatus('');
      return;
    }
    const answer = loaded.engine.answer(q, {
      limit: LIMIT,
      lists: config.lists.length ? config.lists : undefined,
      domains: config.domains.length ? config.domains : undefined,
      asOf,
    });
    const found = answer.results;
    setResults(found);
    setFallback(answer.via === 'matters' ? null : { articles: answer.articles, via: answer.via });
    setOpen(found.length > 0);
    setActive(-1);
    setStatus(found.length ? t.found(found.length) : answer.articles.length ? t.articlesInstead : t.none);
  };

  const show = (next: LinkTarget) => {
    setTarget(next);
    setOpen(false);
    setActive(-1);
  };

  // A deep link in the address bar is an explicit request: load and show it without waiting for focus.
  useEffect(() => {
    const restore = () => {
      const linked = parseLinkHash(location.hash, key);
      // Dropped if the user started a search while the data loaded: theirs is the newer request.
      const opened = request.current;
      if (linked) void ensureSession().then((s) => s && request.current === opened && show(linked));
    };
    restore();
    addEventListener('hashchange', restore);
    return () => removeEventListener('hashchange', restore);
  }, []);

  // Preact would listen for "CompositionEnd" (HTMLElement has no oncompositionend property to tell
  // it the lowercase name), so this one listener is registered by hand and calls the latest search.
  const latestSearch = useRef(search);
  latestSearch.current = search;
  useEffect(() => {
    const el = input.current;
    const onEnd = () => el && void latestSearch.current(el.value);
    el?.addEventListener('compositionend', onEnd);
    return () => el?.removeEventListener('compositionend', onEnd);
  }, []);

  // New filters or a new language make the shown results stale: search again, or drop them.
  const filters = [config.lang, asOf, ...config.lists, '|', ...config.domains].join(' ');
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const el = input.current;
    if (el?.matches(':focus') && el.value.trim()) void latestSearch.current(el.value);
    else {
      request.current++;
      setResults([]);
      setFallback(null);
      setOpen(false);
      setStatus('');
    }
  }, [filters]);

  useEffect(() => {
    if (active >= 0) listbox.current?.children[active]?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const onKeyDown = (e: JSX.TargetedKeyboardEvent<HTMLInputElement>) => {
    // Keys inside an IME composition belong to the IME (the Enter that commits a candidate included).
    if (e.isComposing || e.keyCode === 229) return;
    const n = results.length;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!n) return;
        setOpen(true);
        setActive((a) => (open ? (a + 1) % n : 0));
        break;
      case 'ArrowUp':
        e.preventDefault();
        if (!n) return;
        setOpen(true);
        setActive((a) => (open && a > 0 ? a - 1 : n - 1));
        break;
      case 'Enter': {
        const chosen = open ? results[Math.max(active, 0)] : undefined;
        if (chosen) {
          e.preventDefault();
          show({ kind: chosen.kind, id: chosen.id });
        }
        break;
      }
      case 'Escape':
        if (open) {
          e.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (e.currentTarget.value) {
          e.preventDefault();
          e.currentTarget.value = '';
          void search('');
        }
        break;
    }
  };

  return (
    <div class="root" lang={config.lang}>
      {problems.map((p) => (
        <p class="warn" key={`${p.attribute}=${p.value}`}>
          {t.configProblem(p)}
        </p>
      ))}
      <div class="field">
        <input
          ref={input}
          class="q"
          type="text"
          role="combobox"
          aria-label={t.label}
          aria-autocomplete="list"
          aria-expanded={open ? 'true' : 'false'}
          aria-controls="listbox"
          aria-activedescendant={open && active >= 0 ? `option-${active}` : undefined}
          placeholder={config.placeholder ?? t.placeholder}
          autocomplete="off"
          spellcheck={false}
          enterKeyHint="search"
          onFocus={() => void ensureSession()}
          onInput={(e) => {
            if (!(e as unknown as InputEvent).isComposing) void search(e.currentTarget.value);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
        <div ref={listbox} id="listbox" class="listbox" role="listbox" aria-label={t.results} hidden={!open}>
          {results.map((r, i) => (
            // Options take no focus of their own: the input keeps it and points at them with
            // aria-activedescendant, and its keydown handler is their keyboard interface.
            // biome-ignore lint/a11y/useKeyWithClickEvents: see above.
            <div
              key={`${r.kind}:${r.id}`}
              id={`option-${i}`}
              class="option"
              role="option"
              tabIndex={-1}
              aria-selected={i === active ? 'true' : 'false'}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => show({ kind: r.kind, id: r.id })}
            >
              <span class="option-title">
                <Highlighted text={r.title} ranges={r.highlights} />
              </span>
              <span class="meta">
                <span>{t.kind[r.kind]}</span>
                {r.domain ? <span>{r.domain}</span> : null}
                <ListBadges lists={r.lists} t={t} />
                <BasisBadge basis={r.basis} t={t} />
              </span>
            </div>
          ))}
        </div>
      </div>
      <p class="status" role="status">
        {status}
      </p>
      {fallback && !target ? (
        <Fallback
          fallback={fallback}
          t={t}
          ask={(q) => {
            if (input.current) input.current.value = q;
            void search(q);
          }}
        />
      ) : null}
      {error ? (
        <p class="warn" role="alert">
          {error.message}{' '}
          {error.retry ? (
            <button type="button" class="plain" onClick={() => void ensureSession(true)}>
              {t.retry}
            </button>
          ) : null}
        </p>
      ) : null}
      {session && target ? (
        <ResultView
          target={target}
          session={session}
          asOf={asOf}
          t={t}
          linkKey={key}
          onOpen={show}
          onClose={() => {
            setTarget(null);
            input.current?.focus();
          }}
          announce={setStatus}
        />
      ) : null}
      {session ? (
        <p class="note">{t.datasetAsOf(session.manifest.datasetVersion, session.manifest.asOf)}</p>
      ) : null}
    </div>
  );
}

/** The statute side of an answer: the article a query named, articles instead of matters, or help. */
function Fallback({
  fallback,
  t,
  ask,
}: {
  fallback: Pick<SearchAnswer, 'articles' | 'via'>;
  t: Messages;
  ask: (q: string) => void;
}) {
  if (fallback.via === 'none') {
    return (
      <div class="fallback help">
        <p>{t.nothing}</p>
        <p>
          {t.domainsHint}
          {DOMAINS.filter((d) => d !== '其他').join('、')}
        </p>
        <p>
          {t.examplesHint}
          {t.examples.map((q) => (
            <button type="button" class="plain example" key={q} onClick={() => ask(q)}>
              {q}
            </button>
          ))}
        </p>
      </div>
    );
  }
  return (
    <section class="fallback" aria-label={fallback.via === 'citation' ? t.namedArticle : t.articlesInstead}>
      <h3>{fallback.via === 'citation' ? t.namedArticle : t.articlesInstead}</h3>
      {fallback.articles.map((a) => (
        <article key={`${a.ref.lawId}-${a.ref.article}`} class="statute">
          <p class="citation">{a.citation}</p>
          <p class="article">{a.text}</p>
        </article>
      ))}
    </section>
  );
}
