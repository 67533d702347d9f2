// The options page's dataset update: a pack is taken only whole and verified (every file present,
// sizes and sha256 as the manifest says, records valid); anything else is refused with reasons.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DataManifest, Pack } from '../../data/engine/model.ts';
import { SCHEMA_VERSION } from '../../data/schema/index.ts';
import { verifyDataset } from '../../extension/lib/dataset.ts';
import { engineData } from '../../extension/lib/stored-dataset.ts';

const law = JSON.parse(readFileSync('data/laws/食品安全法@2021-04-29.json', 'utf8'));
const pack: Pack = {
  id: 'test',
  title: '测试',
  version: '1',
  asOf: '2025-01-01',
  matters: [],
  tiers: [],
  lists: [],
  renames: {},
  notes: [],
};

const bytes = (s: string) => {
  const b = Buffer.from(s);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};

function dataset(files: Record<string, string>, edit?: (m: DataManifest) => void): Map<string, ArrayBuffer> {
  const manifest: DataManifest = {
    datasetVersion: 'v-test',
    schemaVersion: SCHEMA_VERSION,
    asOf: '2025-01-01',
    files: Object.entries(files).map(([name, text]) => ({
      name,
      role: name.startsWith('laws') ? 'laws' : 'pack',
      sha256: createHash('sha256').update(text).digest('hex'),
      bytes: Buffer.byteLength(text),
    })),
  };
  edit?.(manifest);
  const map = new Map(Object.entries(files).map(([k, v]) => [k, bytes(v)]));
  map.set('manifest.json', bytes(JSON.stringify(manifest)));
  return map;
}

const good = { 'laws.json': JSON.stringify([law]), 'pack-test.json': JSON.stringify(pack) };

describe('verifyDataset', () => {
  it('accepts a complete, consistent, valid dataset and the engine data comes from it', async () => {
    const r = await verifyDataset(dataset(good));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.dataset.manifest.datasetVersion).toBe('v-test');
    const data = engineData(r.dataset);
    expect(data.laws.map((l) => l.id)).toEqual([law.id]);
    expect(data.packs.map((p) => p.id)).toEqual(['test']);
  });

  it('refuses a file changed after the manifest was made', async () => {
    const input = dataset(good);
    input.set('pack-test.json', bytes(JSON.stringify({ ...pack, title: '改过' })));
    const r = await verifyDataset(input);
    expect(r).toEqual({
      ok: false,
      problems: ['pack-test.json：校验值与 manifest.json 不符（文件被修改或损坏）'],
    });
  });

  it('refuses a file that is not JSON, and one that breaks the schema', async () => {
    const r1 = await verifyDataset(dataset({ ...good, 'pack-test.json': '{"id": ' }));
    expect(r1.ok).toBe(false);
    if (!r1.ok) expect(r1.problems[0]).toMatch(/^pack-test\.json：不是有效的 JSON/);
    const r2 = await verifyDataset(
      dataset({ ...good, 'pack-test.json': JSON.stringify({ ...pack, asOf: '2025/01/01' }) }),
    );
    expect(r2.ok).toBe(false);
    if (!r2.ok) expect(r2.problems.join('\n')).toContain('asOf');
  });

  it('refuses a missing file, a missing manifest, and another schema version', async () => {
    const input = dataset(good);
    input.delete('laws.json');
    expect(await verifyDataset(input)).toEqual({ ok: false, problems: ['laws.json：缺少该文件'] });
    const noManifest = dataset(good);
    noManifest.delete('manifest.json');
    const r = await verifyDataset(noManifest);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toContain('缺少 manifest.json');
    const other = await verifyDataset(dataset(good, (m) => (m.schemaVersion = SCHEMA_VERSION + 1)));
    expect(other.ok).toBe(false);
    if (!other.ok) expect(other.problems[0]).toContain('数据格式版本');
  });
});
