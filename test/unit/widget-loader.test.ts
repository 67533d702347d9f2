// The widget's data loader: the manifest's schema version is checked, every file is fetched with its
// sha256 as integrity, and a failure says which file and why instead of yielding data.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DataError, loadData, type NetworkPolicy, sriFromHex } from '../../widget/src/loader.ts';

const BASE = 'https://portal.example/widget/data/';
const law = [{ id: '食品安全法@2021-04-29', lawId: '食品安全法', articles: [] }];
const pack = { id: 'national', matters: [], tiers: [], lists: [], renames: {}, notes: [] };

function file(name: string, role: string, value: unknown) {
  const text = JSON.stringify(value);
  return { name, role, text, sha256: createHash('sha256').update(text).digest('hex'), bytes: text.length };
}

/** A server holding `files`, whose fetch enforces `integrity` the way browsers do. */
function server(manifest: unknown, files: { name: string; text: string }[], tampered = new Set<string>()) {
  const requests: { url: string; integrity: string | undefined }[] = [];
  const fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    requests.push({ url, integrity: init?.integrity });
    if (url === `${BASE}manifest.json`) return new Response(JSON.stringify(manifest));
    const f = files.find((x) => `${BASE}${x.name}` === url);
    if (!f) return new Response('not found', { status: 404 });
    const body = tampered.has(f.name) ? f.text.replace('national', 'hacked') : f.text;
    if (
      init?.integrity &&
      init.integrity !== `sha256-${createHash('sha256').update(body).digest('base64')}`
    ) {
      throw new TypeError('Failed to fetch');
    }
    return new Response(body);
  }) as typeof globalThis.fetch;
  return { fetch, requests };
}

const laws = file('laws.1.json', 'laws', law);
const national = file('pack-national.2.json', 'pack', pack);
const manifestOf = (files: ReturnType<typeof file>[], schemaVersion = 1) => ({
  datasetVersion: '2025.1',
  schemaVersion,
  asOf: '2025-06-01',
  files: files.map(({ text: _, ...f }) => f),
});

async function failure(promise: Promise<unknown>): Promise<DataError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DataError);
  return error as DataError;
}

describe('widget data loader', () => {
  it('turns a hex sha256 into the base64 SRI form', () => {
    const digest = createHash('sha256').update('裁量').digest();
    expect(sriFromHex(digest.toString('hex'))).toBe(`sha256-${digest.toString('base64')}`);
    expect(() => sriFromHex('abc')).toThrow(DataError);
  });

  it('loads the laws and packs, each file fetched with its integrity', async () => {
    const { fetch, requests } = server(manifestOf([laws, national]), [laws, national]);
    const { manifest, data } = await loadData(BASE, 1, fetch);
    expect(manifest.datasetVersion).toBe('2025.1');
    expect(data.laws).toEqual(law);
    expect(data.packs).toEqual([pack]);
    expect(requests.map((r) => [r.url.slice(BASE.length), r.integrity?.slice(0, 7)])).toEqual([
      ['manifest.json', undefined],
      ['laws.1.json', 'sha256-'],
      ['pack-national.2.json', 'sha256-'],
    ]);
  });

  it('refuses a manifest of another schema version before fetching any pack', async () => {
    const { fetch, requests } = server(manifestOf([laws, national], 2), [laws, national]);
    const error = await failure(loadData(BASE, 1, fetch));
    expect(error.code).toBe('version');
    expect(error.message).toContain('schema version 2');
    expect(requests).toHaveLength(1);
  });

  it('reports a tampered pack as an integrity failure, naming the file', async () => {
    const { fetch } = server(manifestOf([laws, national]), [laws, national], new Set([national.name]));
    const error = await failure(loadData(BASE, 1, fetch));
    expect([error.code, error.file]).toEqual(['integrity', national.name]);
  });

  it('reports a missing pack as a network failure', async () => {
    const { fetch } = server(manifestOf([laws, national]), [laws]);
    const error = await failure(loadData(BASE, 1, fetch, QUICK));
    expect([error.code, error.file]).toEqual(['network', national.name]);
  });

  it.each([
    ['not a manifest', { hello: 1 }],
    ['a file name leaving the directory', { ...manifestOf([laws]), files: [{ ...laws, name: '../x.json' }] }],
    ['no pack', manifestOf([laws])],
  ])('refuses %s', async (_, manifest) => {
    const { fetch } = server(manifest, [laws, national]);
    expect((await failure(loadData(BASE, 1, fetch))).code).toBe('format');
  });

  it('refuses a pack file that is not a pack', async () => {
    const fake = file('pack-x.3.json', 'pack', { id: 'x' });
    const { fetch } = server(manifestOf([laws, fake]), [laws, fake]);
    const error = await failure(loadData(BASE, 1, fetch));
    expect([error.code, error.file]).toEqual(['format', fake.name]);
  });

  it('gives up on a server that never answers, after each attempt timed out, as a timeout', async () => {
    const requests: string[] = [];
    const hanging = ((input: string | URL | Request) => {
      requests.push(String(input));
      return new Promise<Response>(() => {});
    }) as typeof globalThis.fetch;
    const error = await failure(loadData(BASE, 1, hanging, QUICK));
    expect([error.code, error.file, error.message]).toEqual([
      'timeout',
      'manifest.json',
      'manifest.json: no answer within 0.05 s, 2 attempt(s)',
    ]);
    expect(requests).toEqual([`${BASE}manifest.json`, `${BASE}manifest.json`]);
  });

  it('times out a body that stalls after the headers, and aborts its request', async () => {
    const signals: AbortSignal[] = [];
    const stalled = ((_: unknown, init?: RequestInit) => {
      if (init?.signal) signals.push(init.signal);
      const body = new ReadableStream({ start: (c) => c.enqueue(new TextEncoder().encode('{"da')) });
      return Promise.resolve(new Response(body));
    }) as typeof globalThis.fetch;
    expect((await failure(loadData(BASE, 1, stalled, QUICK))).code).toBe('timeout');
    expect(signals.map((s) => s.aborted)).toEqual([true, true]);
  });

  it('tries a failed or stalled file again and loads it when the second attempt answers', async () => {
    const { fetch, requests } = server(manifestOf([laws, national]), [laws, national]);
    const tries = new Map<string, number>();
    const flaky = ((input: string | URL | Request, init?: RequestInit) => {
      const url = String(input);
      const n = (tries.get(url) ?? 0) + 1;
      tries.set(url, n);
      if (n === 1 && url.endsWith('manifest.json')) return Promise.reject(new TypeError('Failed to fetch'));
      if (n === 1 && url.endsWith(national.name)) return new Promise<Response>(() => {});
      return fetch(input, init);
    }) as typeof globalThis.fetch;
    const { data } = await loadData(BASE, 1, flaky, QUICK);
    expect(data.packs).toEqual([pack]);
    expect(requests.map((r) => r.url.slice(BASE.length))).toEqual([
      'manifest.json',
      'laws.1.json',
      'pack-national.2.json',
    ]);
  });

  it('does not retry a file that arrived but fails its check', async () => {
    const { fetch, requests } = server(
      manifestOf([laws, national]),
      [laws, national],
      new Set([national.name]),
    );
    expect((await failure(loadData(BASE, 1, fetch, QUICK))).code).toBe('integrity');
    expect(requests.filter((r) => r.url.endsWith(national.name))).toHaveLength(2); // with and without integrity
  });
});

/** Small deadlines so the tests run quickly; the product's are NETWORK's. */
const QUICK: NetworkPolicy = { timeoutMs: 50, minBytesPerSecond: 1e9, attempts: 2, backoffMs: 10 };
