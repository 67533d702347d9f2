// `cli diff <old pack> <new pack> [--json]`: added / removed / changed records per list and for the
// benchmark. A pack is a directory with pack.json (or the file itself); `<pack>@YYYY-MM-DD` takes what
// was in force on that date, so one pack that keeps its revisions can be compared with itself.
import type { ListItem, Matter, Pack, Tier } from '../../data/engine/model.ts';
import { parseArgs } from '../lib/args.ts';
import { type Command, UsageError } from '../lib/command.ts';
import { diffPacks, type PackDiff, type PackSide, SECTIONS, type Section } from '../lists/diff.ts';
import { PackReadError, readPackArg } from '../lists/pack-file.ts';

const LABELS: Record<Section, string> = {
  'no-penalty': '不予处罚 no-penalty',
  lighter: '从轻处罚 lighter',
  mitigated: '减轻处罚 mitigated',
  'coercion-exempt': '免予强制 coercion-exempt',
  benchmark: '裁量基准 benchmark (tiers)',
  matters: '处罚事项 matters',
};

function side(s: PackSide): string {
  return `${s.id} ${s.version}${s.asOf ? ` as of ${s.asOf}` : ''}`;
}

function titleOf(pack: Pack, id: string): string {
  const record: ListItem | Tier | Matter | undefined =
    pack.lists.find((r) => r.id === id) ??
    pack.tiers.find((r) => r.id === id) ??
    pack.matters.find((r) => r.id === id);
  if (!record) return '';
  if ('title' in record) return record.title;
  if ('level' in record) return `${record.matterId} ${record.level}`;
  return record.name;
}

function render(diff: PackDiff, oldPack: Pack, newPack: Pack): string {
  const lines = [`diff ${side(diff.old)} → ${side(diff.new)}`];
  for (const s of SECTIONS) {
    const d = diff.sections[s];
    if (s === 'matters' && d.before === 0 && d.after === 0) continue;
    lines.push(
      `${LABELS[s]}: +${d.added.length} −${d.removed.length} ~${d.changed.length} (${d.before} → ${d.after})`,
    );
    for (const id of d.added) lines.push(`  + ${id} ${titleOf(newPack, id)}`);
    for (const id of d.removed) lines.push(`  − ${id} ${titleOf(oldPack, id)}`);
    for (const c of d.changed) {
      lines.push(
        `  ~ ${c.was ? `${c.was} → ` : ''}${c.id} ${titleOf(newPack, c.id)} [${c.fields.join(', ')}]`,
      );
    }
  }
  return lines.join('\n');
}

const command: Command = {
  name: 'diff',
  summary: 'added / removed / changed records between two packs (per list and for the benchmark)',
  usage: 'diff <old pack dir|pack.json>[@YYYY-MM-DD] <new pack dir|pack.json>[@YYYY-MM-DD] [--json]',
  async run(args) {
    const { values, positionals } = parseArgs(args, { json: { type: 'boolean', default: false } });
    if (positionals.length !== 2) throw new UsageError('expected an old and a new pack');
    let a: ReturnType<typeof readPackArg>;
    let b: ReturnType<typeof readPackArg>;
    try {
      a = readPackArg(positionals[0] as string);
      b = readPackArg(positionals[1] as string);
    } catch (error) {
      if (!(error instanceof PackReadError)) throw error;
      console.error(`diff: ${error.message}`);
      return 1;
    }
    const diff = diffPacks(a.pack, b.pack, {
      ...(a.asOf ? { old: a.asOf } : {}),
      ...(b.asOf ? { new: b.asOf } : {}),
    });
    console.log(values.json ? JSON.stringify(diff, null, 2) : render(diff, a.pack, b.pack));
    return 0;
  },
};

export default command;
