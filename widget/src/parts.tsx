// Small pieces shared by the result list and the result view. Text is always rendered as nodes.
import type { Basis, ListKind, Provenance } from '../../data/engine/model.ts';
import type { Messages } from './i18n.ts';

/** `text` with the [start, end) ranges wrapped in <mark>. */
export function Highlighted({ text, ranges }: { text: string; ranges: [number, number][] }) {
  const parts = [];
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const s = Math.max(start, at);
    if (end <= s) continue;
    if (s > at) parts.push(text.slice(at, s));
    parts.push(<mark key={s}>{text.slice(s, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}

export function BasisBadge({ basis, t }: { basis: Basis; t: Messages }) {
  return (
    <span class={`badge basis basis-${basis}`} title={t.basisNote[basis]}>
      {t.basis[basis]}
    </span>
  );
}

/** Derived and illustrative records say in words what they are not. */
export function BasisWarning({ basis, t }: { basis: Basis; t: Messages }) {
  return basis === 'derived' || basis === 'illustrative' ? <p class="warn">{t.basisNote[basis]}</p> : null;
}

export function ListBadges({ lists, t }: { lists: ListKind[]; t: Messages }) {
  return (
    <>
      {[...new Set(lists)].map((l) => (
        <span key={l} class="badge">
          {t.list[l]}
        </span>
      ))}
    </>
  );
}

export function ProvenanceNote({ provenance, t }: { provenance: Provenance; t: Messages }) {
  const words = [
    provenance.issuer,
    provenance.docNumber,
    provenance.date,
    provenance.lawVersion,
    provenance.rule,
  ]
    .filter(Boolean)
    .join(' ');
  const url = provenance.url ?? null;
  // Only web addresses become links: a javascript: or data: URL in the data stays text.
  const web = url !== null && /^https?:\/\//.test(url);
  return (
    <p class="note">
      {t.source}
      {t.colon}
      {words}
      {provenance.note ? ` ${provenance.note}` : ''}
      {url === null ? null : web ? (
        <>
          {' '}
          <a href={url} target="_blank" rel="noopener noreferrer">
            {url}
          </a>
        </>
      ) : (
        ` ${url}`
      )}
    </p>
  );
}
