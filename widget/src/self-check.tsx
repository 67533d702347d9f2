// Self-check: the user answers a list item's conditions and sees what the list provides. It never
// decides: the caveat that the enforcing authority decides is shown with every list.
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

/** The item's conditions as yes/no questions, with the verdict under them. */
export function SelfCheck({ item, index, t }: { item: ListItem; index: number; t: Messages }) {
  const [answers, setAnswers] = useState<Answers>({});
  const verdict = verdictOf(item, answers);
  return (
    <fieldset class="self-check">
      <legend>{t.selfCheck}</legend>
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
            }${t.period}`
          : verdict === 'fails'
            ? t.verdictFailed
            : t.verdictOpen(verdict.open)}
      </p>
    </fieldset>
  );
}
