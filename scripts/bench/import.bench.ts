// Importing a large city table: 5,000 rows read and linked to matters, against reading the sheet alone.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDataset } from '../data/load.ts';
import { DEFAULT_LIMITS } from '../import/cells.ts';
import { importGrid } from '../import/records.ts';
import { readGrid } from '../import/sheet.ts';
import { corpusOf } from '../lists/corpus.ts';
import type { BenchRow } from './row.ts';
import { percentile } from './stats.ts';

const ROWS = 5000;
const CITES = [
  '《中华人民共和国市场主体登记管理条例》第四十八条第一款',
  '《中华人民共和国食品安全法》第三十四条第（二）项、第一百二十四条第一款第（一）项、第一百三十六条',
  '《中华人民共和国价格法》第四十二条；《中华人民共和国行政处罚法》第三十三条第一款',
];

export default async function run(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'dl-bench-import-'));
  const csv = join(dir, 'large.csv');
  const lines = ['序号,违法行为,适用条件,法律依据,实施机关'];
  for (let i = 1; i <= ROWS; i++) {
    lines.push(
      `${i},违法行为第${i}项,"1.首次违法；\n2.危害后果轻微；3.及时改正",${CITES[i % CITES.length]},示例市市场监督管理局`,
    );
  }
  writeFileSync(csv, lines.join('\n'));
  const corpus = corpusOf(loadDataset());
  const options = {
    list: 'no-penalty' as const,
    packId: 'bench',
    issuer: '示例市',
    docNumber: '示〔2023〕1号',
    date: '2023-06-01',
    url: 'https://example.org/',
  };
  const full: number[] = [];
  const readOnly: number[] = [];
  for (let i = 0; i < 3; i++) {
    let t0 = performance.now();
    readGrid(csv, undefined, DEFAULT_LIMITS);
    readOnly.push(performance.now() - t0);
    t0 = performance.now();
    const result = importGrid(readGrid(csv, undefined, DEFAULT_LIMITS).rows, options, corpus);
    full.push(performance.now() - t0);
    if (result.problems.length > 0 || result.lists.length !== ROWS)
      throw new Error('bench import went wrong');
  }
  rmSync(dir, { recursive: true, force: true });
  return [
    {
      name: `import ${ROWS} list rows (read + link)`,
      value: percentile(full, 50),
      unit: 'ms',
      baseline: percentile(readOnly, 50),
      baselineName: 'reading the CSV alone',
      target: '≤ 10 s per 10,000 rows',
    },
  ];
}
