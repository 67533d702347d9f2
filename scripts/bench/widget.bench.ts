// Widget benchmarks: bundle and data size gzipped, and in real Chromium the time from the first focus
// to the first result and the per-keystroke latency (input event → results rendered), p95.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import Fuse from 'fuse.js';
import { build, type Rollup } from 'vite';
import { FUSE_OPTIONS } from '../../data/engine/search.ts';
import type { SearchIndex } from '../../data/engine/search-docs.ts';
import { buildData } from '../data/build.ts';
import { findChromium } from '../lib/chromium.ts';
import { mounts } from '../lib/mounts.ts';
import { startStaticServer } from '../lib/static-server.ts';
import { buildWidget } from '../widget/build.ts';
import type { BenchRow } from './row.ts';
import { percentile, timeRuns } from './stats.ts';

const WIDGET = '.output/widget';
const RUNS = 3;
const QUERIES = [
  '农药残留超标',
  '未按规定设置账簿',
  '食品安全法第一百二十四条',
  '无证经营',
  '超过保质期的食品',
];
const kb = (bytes: number) => bytes / 1024;
const gzipped = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** The plain way to ship a search box: preact and fuse.js, nothing else, minified. */
async function baselineBundle(): Promise<number> {
  // Written inside the repository so that 'preact' and 'fuse.js' resolve from node_modules.
  const entry = resolve('.output/bench/baseline-entry.js');
  mkdirSync(dirname(entry), { recursive: true });
  writeFileSync(
    entry,
    `import { h, render } from 'preact'; import Fuse from 'fuse.js';
     const fuse = new Fuse([], { keys: ['title'] });
     render(h('input', { onInput: (e) => fuse.search(e.target.value) }), document.body);`,
  );
  const out = (await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      target: 'es2020',
      lib: { entry, formats: ['iife'], name: 'x', fileName: () => 'b.js' },
    },
  })) as Rollup.RollupOutput[];
  const chunk = out[0]?.output.find((o) => o.type === 'chunk');
  if (chunk?.type !== 'chunk') throw new Error('baseline bundle: no output');
  return gzipSync(chunk.code, { level: 9 }).length;
}

function dataSize(dir: string): number {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .reduce((sum, f) => sum + gzipped(join(dir, f)), 0);
}

/** Naive search as you type: fuse.js over every document per keystroke, no prefilter (Node). */
function naiveKeystrokes(): number[] {
  const manifest = JSON.parse(readFileSync(`${WIDGET}/data/manifest.json`, 'utf8')) as {
    files: { name: string; role: string }[];
  };
  const indexFile = manifest.files.find((f) => f.role === 'search-index');
  if (!indexFile) throw new Error('no search index in the widget data');
  const index = JSON.parse(readFileSync(`${WIDGET}/data/${indexFile.name}`, 'utf8')) as SearchIndex;
  const fuse = new Fuse(index.docs, FUSE_OPTIONS);
  const prefixes = QUERIES.flatMap((q) => [...q].map((_, i) => q.slice(0, i + 1)));
  return timeRuns((i) => fuse.search(prefixes[i % prefixes.length] ?? ''), prefixes.length * 3, 5);
}

export default async function widgetBench(): Promise<BenchRow[]> {
  if (!existsSync(`${WIDGET}/widget.js`)) {
    if (!existsSync('.output/data/widget/manifest.json')) await buildData('.output/data');
    await buildWidget(WIDGET, '.output/data/widget');
  }
  const rows: BenchRow[] = [
    {
      name: 'widget JS gzipped',
      value: kb(gzipped(`${WIDGET}/widget.js`)),
      unit: 'KB',
      baseline: kb(await baselineBundle()),
      baselineName: 'preact + fuse.js alone',
      target: '≤ 30 KB',
    },
    {
      name: 'widget data gzipped',
      value: kb(dataSize(`${WIDGET}/data`)),
      unit: 'KB',
      baseline: existsSync('.output/data/manifest.json') ? kb(dataSize('.output/data')) : null,
      baselineName: 'full dataset (extension flavour)',
    },
  ];

  const server = await startStaticServer(mounts, 0);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: findChromium() ?? undefined });
  try {
    const page = await browser.newPage();
    // tsx compiles with keepNames, so functions sent to the page call an `__name` helper it lacks.
    await page.addInitScript('globalThis.__name = (f) => f;');
    // Floor for the first result: fetching and parsing the same files with nothing else done.
    const floor = async () => {
      await page.goto(`${origin}/fixtures/widget/embed.html`);
      return page.evaluate(async () => {
        const t0 = performance.now();
        const manifest = (await (await fetch('/widget/data/manifest.json')).json()) as {
          files: { name: string }[];
        };
        await Promise.all(manifest.files.map(async (f) => (await fetch(`/widget/data/${f.name}`)).json()));
        return performance.now() - t0;
      });
    };
    // On a fresh portal page: focus, type the first query, wait for the first option.
    const firstResult = async () => {
      await page.goto(`${origin}/portal.html`);
      await page.locator('discretion-search').getByRole('combobox').waitFor();
      return page.evaluate(async (query) => {
        const root = document.querySelector('discretion-search')?.shadowRoot;
        const input = root?.querySelector('input');
        if (!root || !input) throw new Error('widget not rendered');
        const t0 = performance.now();
        input.focus();
        input.value = query;
        input.dispatchEvent(new InputEvent('input', { bubbles: true }));
        await new Promise<void>((done) => {
          const check = () => (root.querySelector('[role=option]') ? done() : requestAnimationFrame(check));
          check();
        });
        return performance.now() - t0;
      }, QUERIES[0] ?? '');
    };
    const floors: number[] = [];
    const firsts: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      floors.push(await floor());
      firsts.push(await firstResult());
    }
    // The page is loaded and searched once now: every further keystroke is timed.
    const keystrokes = await page.evaluate(async (queries) => {
      const input = document.querySelector('discretion-search')?.shadowRoot?.querySelector('input');
      if (!input) throw new Error('widget not rendered');
      // A macrotask after the input event: every microtask (search, Preact's render) has run by then.
      const channel = new MessageChannel();
      const settled = () =>
        new Promise<void>((done) => {
          channel.port1.onmessage = () => done();
          channel.port2.postMessage(null);
        });
      const samples: number[] = [];
      for (let round = 0; round < 3; round++) {
        for (const q of queries) {
          for (let i = 1; i <= q.length; i++) {
            const k0 = performance.now();
            input.value = q.slice(0, i);
            input.dispatchEvent(new InputEvent('input', { bubbles: true }));
            await settled();
            samples.push(performance.now() - k0);
          }
        }
      }
      return samples;
    }, QUERIES);

    rows.push(
      {
        name: 'widget first focus → first result',
        value: percentile(firsts, 50),
        unit: 'ms (median)',
        baseline: percentile(floors, 50),
        baselineName: 'fetch + JSON.parse of its data only',
      },
      {
        name: 'widget per-keystroke p95',
        value: percentile(keystrokes, 95),
        unit: 'ms',
        baseline: percentile(naiveKeystrokes(), 95),
        baselineName: 'naive fuse.js over all docs, search only (Node)',
        target: '≤ 50 ms',
      },
    );
  } finally {
    await browser.close();
    server.close();
  }
  return rows;
}
