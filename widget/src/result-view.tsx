// One result in full: the matter with its statutory penalty, tiers, lists, legal basis (article text
// on demand), source, a copyable citation, a deep link and the self-check.
import { useRef } from 'preact/hooks';
import type { MatterExplanation, ProvisionText } from '../../data/engine/api.ts';
import type { ListItem, Measures, Tier } from '../../data/engine/model.ts';
import { isPersons } from '../../data/engine/sanctions.ts';
import { currencyLines, formatFine } from '../../data/engine/wording.ts';
import type { LinkTarget } from './deep-link.ts';
import { linkHash } from './deep-link.ts';
import type { Messages } from './i18n.ts';
import { BasisBadge, BasisWarning, ListBadges, ProvenanceNote } from './parts.tsx';
import { SelfCheck } from './self-check.tsx';
import type { Session } from './session.ts';

interface ViewProps {
  target: LinkTarget;
  session: Session;
  asOf: string | undefined;
  t: Messages;
  linkKey: string;
  onOpen: (target: LinkTarget) => void;
  onClose: () => void;
  announce: (message: string) => void;
}

export function ResultView(props: ViewProps) {
  const { target, session, asOf, t } = props;
  let body = null;
  if (target.kind === 'list-item') {
    const item = session.listItems.get(target.id);
    if (item) body = <ListItemView item={item} {...props} />;
  } else {
    const tier = target.kind === 'tier' ? session.tiers.get(target.id) : undefined;
    const matterId = target.kind === 'tier' ? tier?.matterId : target.id;
    const explanation = matterId ? session.engine.explainMatter(matterId, asOf) : null;
    if (explanation) body = <MatterView explanation={explanation} focusTier={tier?.id ?? null} {...props} />;
  }
  return (
    <section class="details" aria-labelledby="details-title">
      {body ?? (
        <p class="warn" id="details-title">
          {t.notFound}
        </p>
      )}
      <p>
        <button type="button" class="plain" onClick={props.onClose}>
          {t.close}
        </button>
      </p>
    </section>
  );
}

function Title({ text, basis, t }: { text: string; basis: ListItem['basis']; t: Messages }) {
  return (
    <div class="head">
      <h2 id="details-title">{text}</h2>
      <BasisBadge basis={basis} t={t} />
    </div>
  );
}

const MEASURE_KINDS: (keyof Measures)[] = [
  'warning',
  'confiscation',
  'suspension',
  'revocation',
  'detention',
  'ban',
];

function MatterView({
  explanation,
  focusTier,
  t,
  ...props
}: ViewProps & { explanation: MatterExplanation; focusTier: string | null }) {
  const { matter } = explanation;
  const s = matter.statutory;
  return (
    <>
      <Title text={matter.name} basis={matter.basis} t={t} />
      <p class="meta">
        <span>
          {t.domain}
          {t.colon}
          {matter.domain}
        </span>
        {matter.authority ? (
          <span>
            {t.authority}
            {t.colon}
            {matter.authority}
          </span>
        ) : null}
        <ListBadges lists={explanation.lists.map((l) => l.list)} t={t} />
      </p>
      <BasisWarning basis={matter.basis} t={t} />

      <h3>{t.statutory}</h3>
      {(['entity', 'persons'] as const).map((party) => {
        const fines = explanation.fines.filter((f) => isPersons(f.condition) === (party === 'persons'));
        const measures = s.measures[party];
        const lines = measures
          ? MEASURE_KINDS.flatMap((kind) => measures[kind].map((m) => ({ kind, ...m })))
          : [];
        if (fines.length === 0 && lines.length === 0) return null;
        return (
          <div key={party}>
            <h4>{t.party[party]}</h4>
            <ul>
              {fines.map((f) => (
                <li key={`${f.condition}-${f.min}-${f.max}`}>
                  {f.condition ?? t.fineDefault}
                  {t.colon}
                  {t.fines} {formatFine(f, t)}
                </li>
              ))}
              {lines.map((m) => (
                <li key={`${m.kind}-${m.condition}-${m.source}`}>
                  {m.condition ?? t.fineDefault}
                  {t.colon}
                  {t[m.kind]}（{m.source}）
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      {s.correctionFirst ? <p class="note">{t.correctionFirst}</p> : null}

      <h3>{t.legalBasis}</h3>
      {matter.violatedReason ? (
        <p class="note">
          {t.noViolated}
          {matter.violatedReason}
        </p>
      ) : null}
      {explanation.violated.map((p) => (
        <Provision
          key={`v-${p.ref.article}-${p.ref.paragraph}-${p.ref.item}`}
          label={t.violated}
          text={p}
          {...props}
          t={t}
        />
      ))}
      <Provision label={t.penalty} text={explanation.penalty} {...props} t={t} />
      <ProvenanceNote provenance={matter.provenance} t={t} />

      <Citation citation={explanation.citation} t={t} announce={props.announce} />
      <p>
        <a href={linkHash(props.linkKey, { kind: 'matter', id: matter.id })}>{t.deepLink}</a>
      </p>

      {explanation.tiers.length ? (
        <>
          <h3>{t.tiers}</h3>
          {groupTiers(explanation.tiers).map((group) => (
            <TierGroup key={group[0]?.id} tiers={group} focusTier={focusTier} t={t} />
          ))}
        </>
      ) : null}

      {explanation.lists.length ? (
        <>
          <h3>{t.lists}</h3>
          <p class="note">{t.selfCheckIntro}</p>
          {explanation.lists.map((item, i) => (
            <ListItemCard key={item.id} item={item} index={i} t={t} />
          ))}
          <p class="warn">{t.caveat}</p>
        </>
      ) : null}
    </>
  );
}

/** Tiers that rest on the same basis and source, in the order the data gives them. */
function groupTiers(tiers: Tier[]): Tier[][] {
  const groups = new Map<string, Tier[]>();
  for (const tier of tiers) {
    const key = `${tier.basis} ${JSON.stringify(tier.provenance)}`;
    groups.set(key, [...(groups.get(key) ?? []), tier]);
  }
  return [...groups.values()];
}

/** One group of tiers: what they rest on said once, then one row per tier. */
function TierGroup({ tiers, focusTier, t }: { tiers: Tier[]; focusTier: string | null; t: Messages }) {
  const first = tiers[0];
  if (!first) return null;
  return (
    <div class="item tiers">
      <p>
        <BasisBadge basis={first.basis} t={t} />
      </p>
      <BasisWarning basis={first.basis} t={t} />
      <ul>
        {tiers.map((tier) => (
          <li key={tier.id} class="tier" data-focused={tier.id === focusTier ? 'true' : undefined}>
            <strong>{t.level[tier.level]}</strong>
            {tier.conditions.length ? ` ${tier.conditions.join('；')}` : ''}
            {tier.fine ? (
              <>
                {t.colon}
                {t.fines} {formatFine(tier.fine, t)}
              </>
            ) : null}
            {tier.measures.length ? `${t.semicolon}${tier.measures.join('、')}` : ''}
          </li>
        ))}
      </ul>
      <ProvenanceNote provenance={first.provenance} t={t} />
    </div>
  );
}

/** A list item with its conditions as a self-check, what it provides, and what it rests on. */
function ListItemCard({ item, index, t }: { item: ListItem; index: number; t: Messages }) {
  return (
    <div class="item list-item">
      <h4>
        <ListBadges lists={[item.list]} t={t} /> {item.title} <BasisBadge basis={item.basis} t={t} />
      </h4>
      <SelfCheck item={item} index={index} t={t} />
      {item.measures.length ? (
        <p>
          {t.measures}
          {t.colon}
          {item.measures.join('、')}
        </p>
      ) : null}
      <p>
        {t.legalBasis}
        {t.colon}
        {item.legalBasisText}
      </p>
      <BasisWarning basis={item.basis} t={t} />
      <ProvenanceNote provenance={item.provenance} t={t} />
    </div>
  );
}

function ListItemView({ item, t, ...props }: ViewProps & { item: ListItem }) {
  const { engine } = props.session;
  return (
    <>
      <Title text={item.title} basis={item.basis} t={t} />
      <ListItemCard item={item} index={0} t={t} />
      <p class="warn">{t.caveat}</p>
      {item.legalBasis.map((ref) => {
        const text = engine.provisionText(ref, props.asOf);
        return text ? (
          <Provision key={`${ref.lawId}-${ref.article}`} label={t.legalBasis} text={text} {...props} t={t} />
        ) : null;
      })}
      {item.matterIds.length ? (
        <>
          <h3>{t.appliesTo}</h3>
          <ul>
            {item.matterIds.map((id) => (
              <li key={id}>
                <button type="button" class="plain" onClick={() => props.onOpen({ kind: 'matter', id })}>
                  {engine.explainMatter(id, props.asOf)?.matter.name ?? id}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        <a href={linkHash(props.linkKey, { kind: 'list-item', id: item.id })}>{t.deepLink}</a>
      </p>
    </>
  );
}

function Provision({ label, text, t, session }: ViewProps & { label: string; text: ProvisionText }) {
  const citation = session.engine.cite(text.ref);
  return (
    <>
      <details class="provision">
        <summary>
          {label}
          {t.colon}
          {citation}
          {t.version(text.version)}
        </summary>
        <p class="article">{text.text}</p>
      </details>
      {/* Outside the fold: how current the text is matters before anyone opens it. */}
      {currencyLines(text.currency, t).map((line) => (
        <p key={line.text} class={line.warn ? 'warn currency' : 'note currency'}>
          {line.text}
        </p>
      ))}
    </>
  );
}

function Citation({
  citation,
  t,
  announce,
}: {
  citation: string;
  t: Messages;
  announce: (m: string) => void;
}) {
  const output = useRef<HTMLSpanElement>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(citation);
      announce(t.copied);
    } catch {
      // No clipboard permission (insecure page, denied): select the text for a manual copy.
      const node = output.current;
      if (node) node.ownerDocument.getSelection()?.selectAllChildren(node);
      announce(t.copyManually);
    }
  };
  return (
    <div class="cite">
      <span>
        {t.citation}
        {t.colon}
      </span>
      <span ref={output} class="citation">
        {citation}
      </span>
      <button type="button" onClick={copy}>
        {t.copy}
      </button>
    </div>
  );
}
