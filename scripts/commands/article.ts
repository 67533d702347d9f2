// `article <law> <n> [--as-of YYYY-MM-DD] [--json]`: the text of one article in the version in force.

import { todayInChina } from '../../data/engine/dates.ts';
import { findLaw, getArticle, provisionText, versionInForce, versionsOf } from '../../data/engine/laws.ts';
import { articleLabel, parseArticleNumber } from '../../data/engine/numerals.ts';
import { loadDataset } from '../data/load.ts';
import { isoDate, parseArgs } from '../lib/args.ts';
import { type Command, UsageError } from '../lib/command.ts';

const command: Command = {
  name: 'article',
  summary: 'print an article of a law as in force on a date',
  usage:
    'npm run -s cli -- article <law title, short name or abbreviation> <124 | 第一百二十四条> [--as-of YYYY-MM-DD] [--json]',
  async run(args) {
    const { values, positionals } = parseArgs(args, {
      'as-of': { type: 'string' },
      json: { type: 'boolean' },
    });
    const [name, number, ...rest] = positionals;
    if (!name || !number || rest.length) throw new UsageError('give a law and an article number');
    const n = parseArticleNumber(number);
    if (n === null) throw new UsageError(`"${number}" is not an article number (124 or 第一百二十四条)`);
    const asOf = isoDate(values['as-of'], '--as-of');
    const { laws } = loadDataset();
    const lawId = findLaw(laws, name);
    if (!lawId) {
      console.error(`article: unknown law "${name}"`);
      return 1;
    }
    const date = asOf ?? todayInChina();
    const versions = versionsOf(laws, lawId);
    // Without --as-of, a repealed law still shows its last text; with it, the date decides.
    const version =
      versionInForce(laws, lawId, date) ??
      (asOf ? null : (versions.filter((v) => v.inForce <= date).at(-1) ?? null));
    if (!version) {
      const spans = versions.map((v) => `${v.issued} (in force ${v.inForce}..${v.until ?? ''})`).join(', ');
      console.error(`article: no version of ${lawId} in force on ${date}; versions held: ${spans}`);
      return 1;
    }
    const text = getArticle(version, n)
      ? provisionText(version, { article: n, paragraph: null, item: null })
      : null;
    if (text === null) {
      console.error(
        `article: ${version.title}（${version.issued}）has no ${articleLabel(n)} (it has ${version.articles.length} articles)`,
      );
      return 1;
    }
    if (values.json) {
      console.log(
        JSON.stringify({ law: { title: version.title, version: version.issued }, article: n, text }),
      );
    } else {
      console.log(
        `《${version.title}》（${version.issued}，${version.inForce} 起施行）${articleLabel(n)}\n${text}`,
      );
    }
    return 0;
  },
};

export default command;
