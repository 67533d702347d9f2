// Coverage: every paragraph of a law version in force that sets a sanction (罚款, 警告, 通报批评, 没收,
// 暂扣 / 吊销, 责令停产停业, 降低资质等级, 限制从业, 拘留 …) yields a matter — its own, or it is quoted by one
// of the same article (a paragraph that fines a list's items, or one another applies) — or is listed with its reason in the
// reviewed table (data/sources/matters/coverage.json). A listed paragraph that does yield a matter is stale.
import { readCoverageTable } from '../coverage-table.ts';
import type { Check, Problem } from './types.ts';

const SANCTION =
  /罚款|警告|通报批评|没收|暂扣|吊销|停产停业|停业整顿|责令停业|责令停产|降低资质等级|限制从业|拘留|取消[^，；。]*资格|撤销[^，；。]*(?:许可|登记|资格|资质|执照)/;

export const coverageCheck: Check = {
  name: 'coverage',
  run({ laws, packs }) {
    const table = readCoverageTable();
    const problems: Problem[] = [];
    const matters = packs.flatMap((p) => p.matters);
    for (const version of laws.filter((l) => l.until === null && l.repealed === null)) {
      const own = matters.filter((m) => m.lawVersion === version.id);
      for (const article of version.articles) {
        // Quoted by a matter of the same article: the paragraph that fines a list's items, or one applied.
        const quoted = own
          .filter((m) => m.penalty.article === article.n)
          .flatMap((m) => [m.statutory.text, ...m.statutory.fines.map((f) => f.source)]);
        article.paragraphs.forEach((p, i) => {
          const key = `${version.lawId}-${article.n}-${i + 1}`;
          const yields =
            own.some((m) => m.penalty.article === article.n && m.penalty.paragraph === i + 1) ||
            quoted.some((q) => q !== '' && p.text.includes(q));
          const listed = table[key];
          if (yields && listed && listed.kind !== 'not-a-penalty') {
            problems.push({
              record: key,
              field: 'coverage',
              message: `listed as ${listed.kind} in data/sources/matters/coverage.json but yields a matter: remove it`,
            });
          }
          if (yields || listed || !SANCTION.test([p.text, ...p.items].join('\n'))) return;
          problems.push({
            record: key,
            field: 'coverage',
            message: `${version.id} 第${article.n}条第${i + 1}款 sets a sanction but yields no matter and is not in data/sources/matters/coverage.json`,
          });
        });
      }
    }
    return problems;
  },
};
