// Every quoted text equals the law and comes from the provision it cites: a matter's penalty clause, each
// fine's `source`, each confiscated thing and every sanction's words are in its penalty paragraph (and
// item), or in the paragraph that paragraph applies ("依照前款规定处罚", "依照本条第二款的规定处以罚款") or
// that sets its items' fines ("有前款第一项、第八项行为之一，处…").
import type { LawVersion, Matter } from '../../../data/engine/model.ts';
import { chineseToInt } from '../../../data/engine/numerals.ts';
import type { Check, Problem } from './types.ts';

/** The text a matter's quotes may come from. */
function citedText(version: LawVersion, m: Matter): string {
  const article = version.articles.find((a) => a.n === m.penalty.article);
  const index = (m.penalty.paragraph ?? 1) - 1;
  const own = article?.paragraphs[index];
  if (!article || !own) return '';
  const item = m.penalty.item === null ? own.items.join('\n') : (own.items[m.penalty.item - 1] ?? '');
  const parts = [own.text, item];
  for (const ref of own.text.matchAll(/前款|(?:本条)?第([零一二三四五六七八九十]+)款/g)) {
    const other = ref[1] ? (chineseToInt(ref[1]) ?? 0) - 1 : index - 1;
    parts.push(article.paragraphs[other]?.text ?? '');
  }
  const next = article.paragraphs[index + 1]?.text ?? '';
  if (/^(?:单位|个人)?有前款/.test(next)) parts.push(next);
  return parts.join('\n');
}

export const quotesCheck: Check = {
  name: 'quotes',
  run({ laws, packs }) {
    const problems: Problem[] = [];
    const byId = new Map(laws.map((l) => [l.id, l]));
    for (const pack of packs) {
      for (const m of pack.matters.filter((x) => x.basis === 'statute')) {
        const version = byId.get(m.lawVersion);
        if (!version) continue; // reported by the provisions check
        const article = citedText(version, m);
        const text = m.statutory.text;
        if (text !== '' && !article.includes(text)) {
          problems.push({
            record: m.id,
            field: 'statutory.text',
            message: `is not in the text of ${m.lawVersion}`,
          });
        }
        m.statutory.fines.forEach((f, i) => {
          if (!article.includes(f.source)) {
            problems.push({
              record: m.id,
              field: `statutory.fines[${i}].source`,
              message: `is not in the text of ${m.lawVersion}`,
            });
          }
        });
        m.statutory.confiscation.forEach((c, i) => {
          if (!article.includes(c)) {
            problems.push({
              record: m.id,
              field: `statutory.confiscation[${i}]`,
              message: `is not in the text of ${m.lawVersion}`,
            });
          }
        });
        const { entity, persons } = m.statutory.measures;
        for (const [who, s] of [
          ['entity', entity],
          ['persons', persons],
        ] as const) {
          if (!s) continue;
          for (const [kind, rules] of Object.entries(s)) {
            (rules as { source: string }[]).forEach((r, i) => {
              if (!article.includes(r.source)) {
                problems.push({
                  record: m.id,
                  field: `statutory.measures.${who}.${kind}[${i}].source`,
                  message: `is not in the cited provision of ${m.lawVersion}`,
                });
              }
            });
          }
        }
      }
    }
    return problems;
  },
};
