// Datasets as the extension holds them: a build's manifest plus its files (laws, packs,
// synonyms), each content-hashed. A replacement is accepted only whole: every file present,
// its size and sha256 equal to the manifest's, every record valid under the schema.
import { parseDataManifest, parseLawVersion, parsePack, SCHEMA_VERSION } from '../../data/schema/index.ts';

import type { StoredDataset } from './stored-dataset.ts';

export type Verified = { ok: true; dataset: StoredDataset } | { ok: false; problems: string[] };

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

/** Checks a dataset offered as files (manifest.json and the files it lists); nothing is kept on failure. */
export async function verifyDataset(input: Map<string, ArrayBuffer>): Promise<Verified> {
  const problems: string[] = [];
  const manifestBytes = input.get(MANIFEST);
  if (!manifestBytes)
    return {
      ok: false,
      problems: ['缺少 manifest.json：请同时选择数据包的 manifest.json 和其中列出的文件。'],
    };
  let manifestText: string;
  try {
    manifestText = decoder.decode(manifestBytes);
  } catch {
    return { ok: false, problems: ['manifest.json：不是 UTF-8 文本'] };
  }
  const parsed = parseDataManifest(parseJson(MANIFEST, manifestText, problems));
  if (problems.length > 0) return { ok: false, problems };
  if (!parsed.ok) {
    return { ok: false, problems: parsed.issues.map((i) => `manifest.json ${i.field}：${i.message}`) };
  }
  const manifest = parsed.value;
  if (manifest.schemaVersion !== SCHEMA_VERSION) {
    return {
      ok: false,
      problems: [`数据格式版本 ${manifest.schemaVersion} 与本扩展支持的版本 ${SCHEMA_VERSION} 不一致`],
    };
  }
  if (!manifest.files.some((f) => f.role === 'laws'))
    problems.push('manifest.json：没有法律文本文件（role "laws"）');
  const files: Record<string, string> = {};
  for (const f of manifest.files) {
    const bytes = input.get(f.name);
    if (!bytes) {
      problems.push(`${f.name}：缺少该文件`);
      continue;
    }
    if (bytes.byteLength !== f.bytes || (await sha256Hex(bytes)) !== f.sha256) {
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
    const json = parseJson(f.name, text, problems);
    if (json === undefined) continue;
    if (f.role === 'laws') {
      if (!Array.isArray(json)) problems.push(`${f.name}：应为法律版本的数组`);
      else
        for (const law of json) {
          const r = parseLawVersion(law);
          if (!r.ok)
            problems.push(
              ...r.issues.slice(0, 5).map((i) => `${f.name} ${i.record} ${i.field}：${i.message}`),
            );
        }
    } else if (f.role === 'pack') {
      const r = parsePack(json);
      if (!r.ok)
        problems.push(...r.issues.slice(0, 5).map((i) => `${f.name} ${i.record} ${i.field}：${i.message}`));
    }
    files[f.name] = text;
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, dataset: { manifest, files, importedAt: new Date().toISOString() } };
}
