// `cli lists [--pack <id|dir>]… [--list kind] [--matter id] [--as-of YYYY-MM-DD] [--json]`: the list items in
// force on a date (today by default), with their basis, conditions and legal basis.
import { existsSync } from 'node:fs';
import { todayInChina } from '../../data/engine/dates.ts';
import type { ListItem, ListKind } from '../../data/engine/model.ts';
import { LIST_KINDS } from '../../data/engine/vocabulary.ts';
import { loadDataset } from '../data/load.ts';
import { isoDate, parseArgs } from '../lib/args.ts';
import { type Command, UsageError } from '../lib/command.ts';
import { packAsOf } from '../lists/as-of.ts';
import { formatRef } from '../lists/corpus.ts';
import { PackReadError, readPackArg } from '../lists/pack-file.ts';

const LABELS: Record<ListKind, string> = {
  'no-penalty': '不予处罚',
  lighter: '从轻处罚',
  mitigated: '减轻处罚',
  'coercion-exempt': '免予强制',
};

function render(packId: string, item: ListItem): string {
  return [
    `[${LABELS[item.list]}] ${item.title}  (${item.basis}; ${packId}; ${item.id})`,
    ...(item.conditions.length ? [`  条件: ${item.conditions.join('；')}`] : []),
    ...(item.measures.length ? [`  措施: ${item.measures.join('；')}`] : []),
    ...(item.legalBasis.length ? [`  依据: ${item.legalBasis.map(formatRef).join('、')}`] : []),
    ...(item.matterIds.length ? [`  事项: ${item.matterIds.join(', ')}`] : []),
  ].join('\n');
}

const command: Command = {
  name: 'lists',
  summary: 'list items in force on a date (不予处罚 / 从轻 / 减轻 / 免予强制)',
  usage:
    'lists [--pack <id|dir>]... [--list no-penalty|lighter|mitigated|coercion-exempt] [--matter <id>] [--as-of YYYY-MM-DD] [--json]',
  async run(args) {
    const { values } = parseArgs(args, {
      pack: { type: 'string', multiple: true },
      list: { type: 'string' },
      matter: { type: 'string' },
      'as-of': { type: 'string' },
      json: { type: 'boolean', default: false },
    });
    const list = values.list as ListKind | undefined;
    if (list && !LIST_KINDS.includes(list))
      throw new UsageError(`--list must be one of ${LIST_KINDS.join(', ')}`);
    const asOf = isoDate(values['as-of'], '--as-of') ?? todayInChina();
    const wanted = values.pack ?? [];
    // A --pack that names a directory is loaded beside the committed packs; otherwise it is a pack id.
    const dirs = wanted.filter((p) => existsSync(p));
    let ids: Set<string>;
    try {
      ids = new Set([...wanted.filter((p) => !existsSync(p)), ...dirs.map((d) => readPackArg(d).pack.id)]);
    } catch (error) {
      if (!(error instanceof PackReadError)) throw error;
      console.error(`lists: ${error.message}`);
      return 1;
    }
    const dataset = loadDataset({ packDirs: dirs });
    const packs = dataset.packs.filter((p) => wanted.length === 0 || ids.has(p.id));
    if (wanted.length > 0 && packs.length === 0) {
      console.error(
        `lists: no pack ${wanted.join(', ')} (packs: ${dataset.packs.map((p) => p.id).join(', ')})`,
      );
      return 1;
    }
    const rows = packs.flatMap((p) =>
      packAsOf(p, asOf)
        .lists.filter(
          (i) => (!list || i.list === list) && (!values.matter || i.matterIds.includes(values.matter)),
        )
        .map((item) => ({ pack: p.id, item })),
    );
    if (values.json) console.log(JSON.stringify({ asOf, items: rows }, null, 2));
    else {
      console.log(`${rows.length} item(s) in force on ${asOf}`);
      for (const r of rows) console.log(render(r.pack, r.item));
    }
    return 0;
  },
};

export default command;
