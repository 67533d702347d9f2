// Every quoted text equals the law: a matter's penalty clause, each fine's `source` and each confiscated
// thing are part of its penalty article's text.
import { provisionText } from '../../../data/engine/laws.ts';
import type { Check, Problem } from './types.ts';

export const quotesCheck: Check = {
  name: 'quotes',
  run({ laws, packs }) {
    const problems: Problem[] = [];
    const byId = new Map(laws.map((l) => [l.id, l]));
    for (const pack of packs) {
      for (const m of pack.matters.filter((x) => x.basis === 'statute')) {
        const version = byId.get(m.lawVersion);
        if (!version) continue; // reported by the provisions check
        // The clause sits in the article: in the penalty paragraph or item, or in the paragraph it applies
        // ("依照前款规定给予处罚").
        const article = provisionText(version, { ...m.penalty, paragraph: null, item: null }) ?? '';
        const text = m.statutory.text;
        if (text !== '' && !article.includes(text)) {
          problems.push({
            record: m.id,
            field: 'statutory.text',
            message: `is not in the text of ${m.lawVersion}`,
          });
        }
        // Fines may come from the paragraph this one applies ("依照前款规定处罚"): the article holds them.
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
      }
    }
    return problems;
  },
};
