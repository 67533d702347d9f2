// `npm run bench`: runs every scripts/bench/*.bench.ts, prints one table, writes .output/bench.json.
// Each row is a measurement and a baseline measured in the same run; the ratio is value / baseline.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchRow } from './row.ts';

const dir = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
const rows: (BenchRow & { ratio: number | null; file: string })[] = [];

for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort()) {
  if (only && !file.includes(only)) continue;
  const mod: { default: () => Promise<BenchRow[]> } = await import(pathToFileURL(join(dir, file)).href);
  process.stderr.write(`running ${file} …\n`);
  for (const row of await mod.default()) {
    rows.push({ ...row, file, ratio: row.baseline ? row.value / row.baseline : null });
  }
}

const fmt = (n: number | null) => (n === null ? '—' : n < 10 ? n.toFixed(3) : n.toFixed(1));
const table = rows.map((r) => [
  r.name,
  fmt(r.value),
  r.unit,
  r.baseline === null ? '—' : `${fmt(r.baseline)} (${r.baselineName})`,
  r.ratio === null ? '—' : `${fmt(r.ratio)}×`,
  r.target ?? '',
]);
const head = ['benchmark', 'value', 'unit', 'baseline', 'ratio', 'target'];
const widths = head.map((h, i) => Math.max(h.length, ...table.map((r) => String(r[i]).length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
console.log(line(head));
console.log(widths.map((w) => '─'.repeat(w)).join('  '));
for (const r of table) console.log(line(r));

mkdirSync('.output', { recursive: true });
writeFileSync('.output/bench.json', `${JSON.stringify({ date: new Date().toISOString(), rows }, null, 2)}\n`);
