// `refs <file|-> [--as-of YYYY-MM-DD] [--tier ID] [--json]`: the statute references and fine amounts in a
// text (a decision, a draft), resolved as of a date, each fine checked against its provision.
import { readFileSync } from 'node:fs';
import type { ScanResult } from '../../data/engine/api.ts';
import { createEngine } from '../../data/engine/index.ts';
import type { LawVersion } from '../../data/engine/model.ts';
import { isoDate, parseArgs } from '../lib/args.ts';
import { type Command, UsageError } from '../lib/command.ts';
import { engineData } from '../lib/engine.ts';

function readInput(path: string): string {
  if (path === '-') return readFileSync(0, 'utf8');
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

/** The official full title of the newest version of each law. */
function titles(laws: LawVersion[]): Map<string, string> {
  const newest = new Map<string, LawVersion>();
  for (const v of laws) {
    const cur = newest.get(v.lawId);
    if (!cur || v.issued > cur.issued) newest.set(v.lawId, v);
  }
  return new Map([...newest].map(([id, v]) => [id, v.title]));
}

/** The printed shape: tests and other scripts read it. */
export function refsJson(result: ScanResult, titleOf: Map<string, string>) {
  return {
    references: result.references.map((r) => ({
      start: r.start,
      end: r.end,
      text: r.text,
      law: { title: r.law.title, version: r.law.version },
      article: r.article,
      ...(r.sub ? { sub: r.sub } : {}),
      paragraph: r.paragraph,
      item: r.item,
      status: r.status,
      ...(r.coverage ? { coverage: r.coverage } : {}),
      matters: r.matters,
    })),
    fines: result.fines.map((f) => ({
      start: f.start,
      end: f.end,
      text: f.text,
      yuan: f.yuan,
      provision: f.provision
        ? {
            law: titleOf.get(f.provision.lawId) ?? f.provision.lawId,
            article: f.provision.article,
            paragraph: f.provision.paragraph,
            item: f.provision.item,
          }
        : null,
      verdict: f.verdict,
      ...(f.multiple
        ? {
            multiple: {
              start: f.multiple.start,
              end: f.multiple.end,
              text: f.multiple.text,
              base: f.multiple.base,
              factor: f.multiple.factor,
              verdict: f.multiple.verdict,
              baseYuan: f.multiple.baseYuan,
              consistent: f.multiple.consistent,
            },
          }
        : {}),
      ...(f.person ? { person: f.person } : {}),
      ...(f.reduction ? { reduction: { cited: f.reduction.cited } } : {}),
    })),
    documents: result.documents.map((d) => ({
      start: d.start,
      end: d.end,
      text: d.text,
      known: d.known,
      listItems: d.listItems,
    })),
  };
}

const command: Command = {
  name: 'refs',
  summary: 'statute references and fine amounts in a text, resolved as of a date, fines checked',
  usage: 'npm run -s cli -- refs <file|-> [--as-of YYYY-MM-DD] [--tier TIER_ID] [--json]',
  async run(args) {
    const { values, positionals } = parseArgs(args, {
      json: { type: 'boolean' },
      'as-of': { type: 'string' },
      tier: { type: 'string' },
    });
    if (positionals.length !== 1 || !positionals[0]) throw new UsageError('give one file, or - for stdin');
    const asOf = isoDate(values['as-of'], '--as-of');
    const text = readInput(positionals[0]);
    const data = engineData(undefined, { search: false });
    const engine = createEngine(data);
    const result = engine.scan(text, {
      ...(asOf ? { asOf } : {}),
      ...(values.tier ? { tierId: values.tier } : {}),
    });
    if (values.json) {
      console.log(JSON.stringify(refsJson(result, titles(data.laws))));
      return 0;
    }
    console.log(`as of ${result.asOf}${result.actDate ? `, act date ${result.actDate}` : ''}`);
    for (const r of result.references) {
      const where = [r.paragraph && `第${r.paragraph}款`, r.item && `第${r.item}项`].filter(Boolean).join('');
      console.log(
        `[${r.start},${r.end}) ${r.status.padEnd(15)} ${r.law.title}${r.law.version ? `(${r.law.version})` : ''} 第${r.article}条${where}` +
          `${r.matters.length ? `  → ${r.matters.join(', ')}` : ''}${r.versionNote ? `\n    ${r.versionNote}` : ''}`,
      );
    }
    for (const f of result.fines) {
      console.log(`[${f.start},${f.end}) fine ${f.yuan} 元 ${f.verdict}: ${f.detail}`);
      const m = f.multiple;
      if (m)
        console.log(
          `    multiple ${m.text} ×${m.factor} ${m.verdict}: ${m.detail}; amount consistent: ${m.consistent ?? 'no base stated'}`,
        );
      if (f.person) console.log(`    on ${f.person}`);
      if (f.reduction) console.log(`    ${f.reduction.detail}`);
      if (f.tier) console.log(`    tier ${f.tier.tierId}: ${f.tier.verdict}: ${f.tier.detail}`);
    }
    for (const d of result.documents)
      console.log(
        `[${d.start},${d.end}) document ${d.text} ${d.known ? `→ ${d.listItems.join(', ')}` : 'not in the dataset'}`,
      );
    for (const m of result.mentions)
      console.log(`[${m.start},${m.end}) mention ${m.matterId} (${m.score.toFixed(2)}) ${m.text}`);
    // For each matter found: the lists that may apply, with their conditions.
    const ids = new Set([
      ...result.references.flatMap((r) => r.matters),
      ...result.mentions.map((m) => m.matterId),
    ]);
    for (const id of ids) {
      const lists = engine.explainMatter(id, result.actDate ?? result.asOf)?.lists ?? [];
      for (const l of lists)
        console.log(`${id}: ${l.list} (${l.basis}) ${l.title} — 条件：${l.conditions.join('；')}`);
    }
    return 0;
  },
};

export default command;
