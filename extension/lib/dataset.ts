// Datasets as the extension holds them: a build's manifest plus its files (laws, packs,
// synonyms), each content-hashed, and a detached signature over the manifest. A replacement is
// accepted only whole: signed by a trusted key, every file present, its size and sha256 equal to
// the signed manifest's, every name a plain file name, every record valid under the schema.

import type { DataManifest } from '../../data/engine/model.ts';
import { parseDataManifest, parseLawVersion, parsePack, SCHEMA_VERSION } from '../../data/schema/index.ts';
import { isPlainFileName } from '../../data/trust/file-name.ts';
import { checkSignature, SIGNATURE_FILE, type TrustedKey } from '../../data/trust/signature.ts';
import type { Signer, StoredDataset } from './stored-dataset.ts';

/** Why a pack was refused: each cause has its own message. */
export type Refusal = 'unsigned' | 'unknown-key' | 'altered' | 'file-name' | 'invalid';

export type Verified =
  | { ok: true; dataset: StoredDataset }
  | { ok: false; reason: Refusal; problems: string[] };

/** A manifest and its files checked against each other (no signature involved). */
export type Contents =
  | { ok: true; manifest: DataManifest; files: Map<string, string> }
  | { ok: false; reason: 'file-name' | 'invalid'; problems: string[]; hashMismatch: boolean };

const MANIFEST = 'manifest.json';
const decoder = new TextDecoder('utf-8', { fatal: true });

export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function parseJson(name: string, text: string, problems: string[]): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    problems.push(`${name}：不是有效的 JSON（${(e as Error).message}）`);
    return undefined;
  }
}

const invalid = (problems: string[], hashMismatch = false): Contents => ({
  ok: false,
  reason: 'invalid',
  problems,
  hashMismatch,
});

/** Names a manifest lists that are not plain file names (checked before any is used as a key). */
function badNames(value: unknown): string[] {
  const files = (value as { files?: unknown } | null)?.files;
  if (!Array.isArray(files)) return [];
  const names = files.map((f) => (f as { name?: unknown } | null)?.name);
  const seen = new Set<unknown>();
  const bad: string[] = [];
  for (const n of names) {
    if (!isPlainFileName(n) || n === MANIFEST || n === SIGNATURE_FILE || seen.has(n))
      bad.push(JSON.stringify(n));
    seen.add(n);
  }
  return bad;
}

/** Checks manifest.json and the files it lists against each other and the schema. */
export async function verifyContents(input: ReadonlyMap<string, ArrayBuffer>): Promise<Contents> {
  const problems: string[] = [];
  const manifestBytes = input.get(MANIFEST);
  if (!manifestBytes)
    return invalid(['缺少 manifest.json：请同时选择数据包的 manifest.json 和其中列出的文件。']);
  let manifestText: string;
  try {
    manifestText = decoder.decode(manifestBytes);
  } catch {
    return invalid(['manifest.json：不是 UTF-8 文本']);
  }
  const json = parseJson(MANIFEST, manifestText, problems);
  if (problems.length > 0) return invalid(problems);
  const bad = badNames(json);
  if (bad.length > 0)
    return {
      ok: false,
      reason: 'file-name',
      hashMismatch: false,
      problems: bad.map(
        (n) => `manifest.json：文件名 ${n} 不是普通文件名（不得含路径分隔符、以点或下划线开头，也不得重复）`,
      ),
    };
  const parsed = parseDataManifest(json);
  if (!parsed.ok) return invalid(parsed.issues.map((i) => `manifest.json ${i.field}：${i.message}`));
  const manifest = parsed.value;
  if (manifest.schemaVersion !== SCHEMA_VERSION) {
    return invalid([`数据格式版本 ${manifest.schemaVersion} 与本扩展支持的版本 ${SCHEMA_VERSION} 不一致`]);
  }
  if (!manifest.files.some((f) => f.role === 'laws'))
    problems.push('manifest.json：没有法律文本文件（role "laws"）');
  const files = new Map<string, string>();
  let hashMismatch = false;
  for (const f of manifest.files) {
    const bytes = input.get(f.name);
    if (!bytes) {
      problems.push(`${f.name}：缺少该文件`);
      continue;
    }
    if (bytes.byteLength !== f.bytes || (await sha256Hex(bytes)) !== f.sha256) {
      hashMismatch = true;
      problems.push(`${f.name}：校验值与 manifest.json 不符（文件被修改或损坏）`);
      continue;
    }
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      problems.push(`${f.name}：不是 UTF-8 文本`);
      continue;
    }
    const value = parseJson(f.name, text, problems);
    if (value === undefined) continue;
    if (f.role === 'laws') {
      if (!Array.isArray(value)) problems.push(`${f.name}：应为法律版本的数组`);
      else
        for (const law of value) {
          const r = parseLawVersion(law);
          if (!r.ok)
            problems.push(
              ...r.issues.slice(0, 5).map((i) => `${f.name} ${i.record} ${i.field}：${i.message}`),
            );
        }
    } else if (f.role === 'pack') {
      const r = parsePack(value);
      if (!r.ok)
        problems.push(...r.issues.slice(0, 5).map((i) => `${f.name} ${i.record} ${i.field}：${i.message}`));
    }
    files.set(f.name, text);
  }
  if (problems.length > 0) return invalid(problems, hashMismatch);
  return { ok: true, manifest, files };
}

function readSignature(input: ReadonlyMap<string, ArrayBuffer>): unknown {
  const bytes = input.get(SIGNATURE_FILE);
  if (!bytes) return undefined;
  try {
    return JSON.parse(decoder.decode(bytes));
  } catch {
    return null;
  }
}

/**
 * Checks a dataset offered as files (manifest.json, signature.json and the files the manifest
 * lists) against the keys trusted now; nothing is kept on failure.
 */
export async function verifyDataset(
  input: ReadonlyMap<string, ArrayBuffer>,
  trusted: readonly TrustedKey[],
): Promise<Verified> {
  const manifestBytes = input.get(MANIFEST);
  if (!manifestBytes) {
    const contents = await verifyContents(input);
    return { ok: false, reason: 'invalid', problems: contents.ok ? [] : contents.problems };
  }
  const check = await checkSignature(new Uint8Array(manifestBytes), readSignature(input), trusted);
  if (!check.ok) {
    const message = {
      unsigned: `数据包没有签名（缺少 ${SIGNATURE_FILE}）：只接受受信任的发布机关签名的数据包。`,
      malformed: `${SIGNATURE_FILE} 不是有效的签名文件${check.reason === 'malformed' ? `（${check.detail}）` : ''}。`,
      'unknown-key': `数据包由未受信任的密钥签名（密钥编号 ${'keyId' in check ? check.keyId : ''}）：该密钥不在本扩展或单位策略配置的受信任密钥中。`,
      altered: `数据包在签名后被修改：manifest.json 与${'signer' in check ? `“${check.signer}”` : ''}的签名不符。`,
    }[check.reason];
    return {
      ok: false,
      reason: check.reason === 'malformed' ? 'unsigned' : check.reason,
      problems: [message],
    };
  }
  const contents = await verifyContents(input);
  const signer: Signer = { name: check.key.signer, keyId: check.keyId };
  if (!contents.ok) {
    // A file that no longer matches the signed manifest was changed after signing.
    if (contents.hashMismatch)
      return {
        ok: false,
        reason: 'altered',
        problems: [
          `数据包在签名后被修改：以下文件与“${signer.name}”签名的 manifest.json 不符。`,
          ...contents.problems,
        ],
      };
    return { ok: false, reason: contents.reason, problems: contents.problems };
  }
  return {
    ok: true,
    dataset: {
      manifest: contents.manifest,
      files: contents.files,
      importedAt: new Date().toISOString(),
      signer,
    },
  };
}
