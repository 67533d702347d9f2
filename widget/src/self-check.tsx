// Self-check: the user answers a list item's conditions and sees what the list provides. It never
// decides: the caveat that the enforcing authority decides is always shown.
import { useState } from 'preact/hooks';
import type { ListItem } from '../../data/engine/model.ts';
import type { Messages } from './i18n.ts';

type Answers = Record<number, boolean>;

export function verdictOf(item: ListItem, answers: Answers): 'applies' | 'fails' | { open: number } {
  const given = item.conditions.map((_, i) => answers[i]);
  if (given.some((a) => a === false)) return 'fails';
  const open = given.filter((a) => a === undefined).length;
  return open === 0 ? 'applies' : { open };
}

function ItemCheck({ item, index, t }: { item: ListItem; index: number; t: Messages }) {
  const [answers, setAnswers] = useState<Answers>({});
  const verdict = verdictOf(item, answers);
  return (
    <fieldset class="self-check-item">
      <legend>
        {t.list[item.list]}
        {t.colon}
        {item.title}
      </legend>
      {item.conditions.map((condition, i) => {
        const id = `sc-${index}-${i}`;
        return (
          <div class="question" key={i} role="radiogroup" aria-labelledby={id}>
            <span class="question-text" id={id}>
              {condition}
            </span>
            {([true, false] as const).map((value) => (
              <label key={String(value)}>
                <input
                  type="radio"
                  name={id}
                  checked={answers[i] === value}
                  onChange={() => setAnswers({ ...answers, [i]: value })}
                />{' '}
                {value ? t.yes : t.no}
              </label>
            ))}
          </div>
        );
      })}
      <p class="verdict" aria-live="polite">
        {verdict === 'applies'
          ? `${t.verdictAll(t.list[item.list])}${t.listEffect[item.list]}${
              item.measures.length ? `${t.semicolon}${t.measures}${t.colon}${item.measures.join('、')}` : ''
            }`
          : verdict === 'fails'
            ? t.verdictFailed
            : t.verdictOpen(verdict.open)}
      </p>
    </fieldset>
  );
}

export function SelfCheck({ items, t }: { items: ListItem[]; t: Messages }) {
  if (items.length === 0) return null;
  return (
    <section class="self-check" aria-labelledby="self-check-title">
      <h3 id="self-check-title">{t.selfCheck}</h3>
      <p class="note">{t.selfCheckIntro}</p>
      {items.map((item, i) => (
        <ItemCheck key={item.id} item={item} index={i} t={t} />
      ))}
      <p class="warn">{t.caveat}</p>
    </section>
  );
}
