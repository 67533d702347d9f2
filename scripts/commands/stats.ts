// `stats [--json]`: how much the dataset holds, by domain, list and basis.
import { loadDataset } from '../data/load.ts';
import { computeStats } from '../data/stats.ts';
import { parseArgs } from '../lib/args.ts';
import { type Command, UsageError } from '../lib/command.ts';

const command: Command = {
  name: 'stats',
  summary: 'counts of law versions, articles, matters (by domain), list items and records by basis',
  usage: 'npm run -s cli -- stats [--json]',
  async run(args) {
    const { values, positionals } = parseArgs(args, { json: { type: 'boolean' } });
    if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const stats = computeStats(loadDataset());
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
    console.log(`list items: ${pairs(stats.lists)}`);
    console.log(`basis: ${pairs(stats.basis)}`);
    return 0;
  },
};

export default command;
