// The options page's dataset update: a pack is taken only whole, signed by a trusted key and
// verified (every file present, sizes and sha256 as the signed manifest says, plain file names,
// records valid); anything else is refused, each cause with its own message.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataManifest, Pack } from '../../data/engine/model.ts';
import { SCHEMA_VERSION } from '../../data/schema/index.ts';
import { generateKeyPair, signManifest, type TrustedKey } from '../../data/trust/signature.ts';
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

type Pair = Awaited<ReturnType<typeof generateKeyPair>>;
let ours: Pair;
let other: Pair;
let trusted: TrustedKey[];
beforeAll(async () => {
  [ours, other] = await Promise.all([generateKeyPair(), generateKeyPair()]);
  trusted = [{ signer: '××市司法局', publicKey: ours.publicKey }];
});

function manifestOf(files: Record<string, string>, edit?: (m: DataManifest) => void): string {
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
  return JSON.stringify(manifest);
}

/** The files of a pack, its manifest signed with `key` (unsigned when null). */
async function dataset(
  files: Record<string, string>,
  key: Pair | null = ours,
  edit?: (m: DataManifest) => void,
): Promise<Map<string, ArrayBuffer>> {
  const manifest = manifestOf(files, edit);
  const map = new Map(Object.entries(files).map(([k, v]) => [k, bytes(v)]));
  map.set('manifest.json', bytes(manifest));
  if (key) {
    const sig = await signManifest(new Uint8Array(bytes(manifest)), new Uint8Array(key.pkcs8));
    map.set('signature.json', bytes(JSON.stringify(sig)));
  }
  return map;
}

const good = { 'laws.json': JSON.stringify([law]), 'pack-test.json': JSON.stringify(pack) };

describe('verifyDataset', () => {
  it('accepts a signed, complete, consistent, valid dataset, names its signer, and the engine data comes from it', async () => {
    const r = await verifyDataset(await dataset(good), trusted);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.dataset.manifest.datasetVersion).toBe('v-test');
    expect(r.dataset.signer).toEqual({ name: '××市司法局', keyId: ours.keyId });
    const data = engineData(r.dataset);
    expect(data.laws.map((l) => l.id)).toEqual([law.id]);
    expect(data.packs.map((p) => p.id)).toEqual(['test']);
  });

  it('refuses an unsigned pack', async () => {
    const r = await verifyDataset(await dataset(good, null), trusted);
    expect(r).toMatchObject({ ok: false, reason: 'unsigned' });
    if (!r.ok) expect(r.problems).toEqual([expect.stringContaining('数据包没有签名')]);
  });

  it('refuses a pack signed by a key that is not trusted, naming the key', async () => {
    const r = await verifyDataset(await dataset(good, other), trusted);
    expect(r).toMatchObject({ ok: false, reason: 'unknown-key' });
    if (!r.ok) expect(r.problems[0]).toContain(`未受信任的密钥签名（密钥编号 ${other.keyId}）`);
  });

  it('refuses a pack whose manifest, or one of whose files, changed after signing', async () => {
    const changedManifest = await dataset(good);
    const edited = manifestOf({ ...good, 'pack-test.json': JSON.stringify({ ...pack, title: '改过' }) });
    changedManifest.set('manifest.json', bytes(edited));
    changedManifest.set('pack-test.json', bytes(JSON.stringify({ ...pack, title: '改过' })));
    const r1 = await verifyDataset(changedManifest, trusted);
    expect(r1).toMatchObject({ ok: false, reason: 'altered' });
    if (!r1.ok) expect(r1.problems[0]).toBe('数据包在签名后被修改：manifest.json 与“××市司法局”的签名不符。');

    const changedFile = await dataset(good);
    changedFile.set('pack-test.json', bytes(JSON.stringify({ ...pack, title: '改过' })));
    const r2 = await verifyDataset(changedFile, trusted);
    expect(r2).toMatchObject({ ok: false, reason: 'altered' });
    if (!r2.ok)
      expect(r2.problems).toEqual([
        '数据包在签名后被修改：以下文件与“××市司法局”签名的 manifest.json 不符。',
        'pack-test.json：校验值与 manifest.json 不符（文件被修改或损坏）',
      ]);
  });

  it('refuses, even signed, a manifest listing names that are not plain file names', async () => {
    for (const name of ['__proto__', '../laws.json', 'a/b.json', 'a\\b.json', '.hidden', 'constructor/x']) {
      const input = await dataset(good, ours, (m) => {
        m.files.push({ name, role: 'pack', sha256: '0'.repeat(64), bytes: 0 });
      });
      const r = await verifyDataset(input, trusted);
      expect(r, name).toMatchObject({ ok: false, reason: 'file-name' });
      if (!r.ok)
        expect(r.problems).toEqual([
          expect.stringContaining(`文件名 ${JSON.stringify(name)} 不是普通文件名`),
        ]);
    }
  });

  it('refuses a file that is not JSON, and one that breaks the schema', async () => {
    const r1 = await verifyDataset(await dataset({ ...good, 'pack-test.json': '{"id": ' }), trusted);
    expect(r1).toMatchObject({ ok: false, reason: 'invalid' });
    if (!r1.ok) expect(r1.problems[0]).toMatch(/^pack-test\.json：不是有效的 JSON/);
    const r2 = await verifyDataset(
      await dataset({ ...good, 'pack-test.json': JSON.stringify({ ...pack, asOf: '2025/01/01' }) }),
      trusted,
    );
    expect(r2.ok).toBe(false);
    if (!r2.ok) expect(r2.problems.join('\n')).toContain('asOf');
  });

  it('refuses a missing file, a missing manifest, and another schema version', async () => {
    const input = await dataset(good);
    input.delete('laws.json');
    expect(await verifyDataset(input, trusted)).toEqual({
      ok: false,
      reason: 'invalid',
      problems: ['laws.json：缺少该文件'],
    });
    const noManifest = await dataset(good);
    noManifest.delete('manifest.json');
    const r = await verifyDataset(noManifest, trusted);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toContain('缺少 manifest.json');
    const otherVersion = await verifyDataset(
      await dataset(good, ours, (m) => (m.schemaVersion = SCHEMA_VERSION + 1)),
      trusted,
    );
    expect(otherVersion.ok).toBe(false);
    if (!otherVersion.ok) expect(otherVersion.problems[0]).toContain('数据格式版本');
  });
});
