// `stats [--json]`: how much the dataset holds, by domain, list and basis.
import { todayInChina } from '../../data/engine/dates.ts';
import { loadDataset } from '../data/load.ts';
import { computeStats } from '../data/stats.ts';
import { isoDate, parseArgs } from '../lib/args.ts';
import { type Command, UsageError } from '../lib/command.ts';

const command: Command = {
  name: 'stats',
  summary: 'counts of law versions, articles, matters (by domain), list items and records by basis',
  usage:
    'npm run -s cli -- stats [--json] [--as-of YYYY-MM-DD]   (matters in force: today in China by default)',
  async run(args) {
    const { values, positionals } = parseArgs(args, {
      json: { type: 'boolean' },
      'as-of': { type: 'string' },
    });
    if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const asOf = isoDate(values['as-of'], '--as-of') ?? todayInChina();
    const stats = computeStats(loadDataset(), asOf);
    if (values.json) {
      console.log(JSON.stringify(stats));
      return 0;
    }
    const pairs = (o: Record<string, number>) =>
      Object.entries(o)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ');
    console.log(`law versions: ${stats.lawVersions} (${stats.articles} articles)`);
    console.log(`matters: ${stats.matters} — ${pairs(stats.mattersByDomain)}`);
    console.log(`in force on ${stats.asOf}: ${pairs(stats.mattersInForceByDomain)}`);
    console.log(`list items: ${pairs(stats.lists)}`);
    console.log(`basis: ${pairs(stats.basis)}`);
    return 0;
  },
};

export default command;
