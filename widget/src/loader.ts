// Loads the widget's data: the manifest first, then every file it lists, each fetched with its
// sha256 as Subresource Integrity. A schema mismatch or a file that fails its check is an explicit
// error: the widget shows a message instead of results computed from data it cannot trust. Every request
// has a deadline and a failed or stalled one is tried again after a pause (NETWORK), so a dead server is
// reported, with the retry button, instead of "loading" forever.
import type { EngineData } from '../../data/engine/api.ts';
import type { DataManifest, LawVersion, Pack } from '../../data/engine/model.ts';
import { joinPackParts } from '../../data/engine/pack-parts.ts';
import type { SearchIndex } from '../../data/engine/search-docs.ts';
import { isPlainFileName } from '../../data/trust/file-name.ts';
import { SIGNATURE_FILE } from '../../data/trust/signature.ts';
import { bindingOf, bindingProblem } from './binding.ts';

export type DataErrorCode =
  | 'binding'
  | 'signature'
  | 'network'
  | 'timeout'
  | 'integrity'
  | 'version'
  | 'format';

export class DataError extends Error {
  constructor(
    readonly code: DataErrorCode,
    /** The file concerned, for the message. */
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'DataError';
  }
}

/**
 * How long one request may take (headers and body) and how often it is tried, with a pause that doubles.
 * A file the manifest says is large gets the time it needs at `minBytesPerSecond` on top of `timeoutMs`:
 * a fixed deadline would fail every large file on a slow but working link.
 */
export interface NetworkPolicy {
  timeoutMs: number;
  /** The slowest transfer still taken as working (bytes per second). */
  minBytesPerSecond: number;
  attempts: number;
  backoffMs: number;
}

/** A dead server is reported after 5 s + 1 s + 5 s = 11 s (the manifest is small); a slow one has 5 s
 * for each file plus the file's size at 20 KB/s (a 2 G mobile link). */
const NETWORK: NetworkPolicy = { timeoutMs: 5000, minBytesPerSecond: 20_000, attempts: 2, backoffMs: 1000 };

class Timeout extends Error {}

/** `run` under a deadline: the request is aborted and the caller told, even if `fetch` ignores the signal. */
async function withDeadline<T>(ms: number, run: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new Timeout());
    }, ms);
  });
  try {
    return await Promise.race([run(controller.signal), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** Network failures and timeouts are tried again; a file that arrived but is wrong is not. */
async function retrying<T>(
  file: string,
  policy: NetworkPolicy,
  attempt: (signal: AbortSignal) => Promise<T>,
  bytes = 0,
): Promise<T> {
  const deadlineMs = policy.timeoutMs + Math.ceil((bytes * 1000) / policy.minBytesPerSecond);
  for (let n = 1; ; n++) {
    try {
      return await withDeadline(deadlineMs, attempt);
    } catch (error) {
      const timedOut = error instanceof Timeout;
      if (!timedOut && !(error instanceof DataError && error.code === 'network')) throw error;
      if (n >= policy.attempts) {
        if (!timedOut) throw error;
        throw new DataError('timeout', file, `no answer within ${deadlineMs / 1000} s, ${n} attempt(s)`);
      }
      await new Promise((resolve) => setTimeout(resolve, policy.backoffMs * 2 ** (n - 1)));
    }
  }
}

export interface LoadedData {
  manifest: DataManifest;
  data: EngineData;
}

/** `sha256-<base64>` from a hex digest, the form `fetch`'s integrity option takes. */
export function sriFromHex(hex: string): string {
  if (!/^[0-9a-f]{64}$/i.test(hex)) throw new DataError('format', 'manifest.json', `bad sha256 ${hex}`);
  let binary = '';
  for (let i = 0; i < 64; i += 2) binary += String.fromCharCode(Number.parseInt(hex.slice(i, i + 2), 16));
  return `sha256-${btoa(binary)}`;
}

function checkManifest(value: unknown, schemaVersion: number): DataManifest {
  const m = value as Partial<DataManifest> | null;
  if (
    !m ||
    typeof m.datasetVersion !== 'string' ||
    typeof m.schemaVersion !== 'number' ||
    typeof m.asOf !== 'string' ||
    !Array.isArray(m.files)
  ) {
    throw new DataError('format', 'manifest.json', 'not a data manifest');
  }
  if (m.schemaVersion !== schemaVersion) {
    throw new DataError(
      'version',
      'manifest.json',
      `schema version ${m.schemaVersion}, this widget reads version ${schemaVersion}`,
    );
  }
  for (const f of m.files) {
    // Names come from our own build; anything that could leave the data directory is refused.
    if (!isPlainFileName(f.name)) {
      throw new DataError('format', 'manifest.json', `bad file name ${String(f.name)}`);
    }
  }
  if (!m.files.some((f) => f.role === 'laws') || !m.files.some((f) => f.role === 'pack')) {
    throw new DataError('format', 'manifest.json', 'no laws or no pack listed');
  }
  return m as DataManifest;
}

async function fetchChecked(
  fetch: typeof globalThis.fetch,
  base: string,
  file: DataManifest['files'][number],
  signal: AbortSignal,
): Promise<unknown> {
  const url = new URL(file.name, base).href;
  let response: Response;
  try {
    response = await fetch(url, { integrity: sriFromHex(file.sha256), credentials: 'omit', signal });
  } catch {
    if (signal.aborted) throw new DataError('network', file.name, 'aborted');
    // fetch reports an integrity failure and a network failure alike; a plain retry tells them apart.
    const plain = await fetch(url, { credentials: 'omit', signal }).catch(() => null);
    if (plain?.ok) throw new DataError('integrity', file.name, 'content does not match its sha256');
    throw new DataError('network', file.name, 'could not be fetched');
  }
  if (!response.ok) throw new DataError('network', file.name, `HTTP ${response.status}`);
  try {
    return await response.json();
  } catch {
    throw new DataError('format', file.name, 'not JSON');
  }
}

function checkPack(value: unknown, name: string): Pack {
  const p = value as Partial<Pack> | null;
  if (
    !p ||
    typeof p.id !== 'string' ||
    !Array.isArray(p.matters) ||
    !Array.isArray(p.tiers) ||
    !Array.isArray(p.lists)
  ) {
    throw new DataError('format', name, 'not a data pack');
  }
  return p as Pack;
}

/** Refuses a manifest that is not the one the embed snippet binds the widget to (binding.ts). */
async function checkBinding(
  fetch: typeof globalThis.fetch,
  base: string,
  manifest: Uint8Array<ArrayBuffer>,
): Promise<void> {
  const signature = async (): Promise<unknown> => {
    const response = await fetch(new URL(SIGNATURE_FILE, base).href, {
      credentials: 'omit',
      cache: 'no-cache',
    });
    return response.ok ? response.json().catch(() => null) : undefined;
  };
  const problem = await bindingProblem(manifest, bindingOf(base), signature).catch(
    () => 'signature' as const,
  );
  if (problem === 'manifest')
    throw new DataError('binding', 'manifest.json', 'not the manifest the snippet pins');
  if (problem === 'signature')
    throw new DataError('signature', SIGNATURE_FILE, "no valid signature by the snippet's key");
}

/** Fetches and checks the data under `base` (a URL ending in "/"). */
export async function loadData(
  base: string,
  schemaVersion: number,
  fetch: typeof globalThis.fetch = (input, init) => globalThis.fetch(input, init),
  network: NetworkPolicy = NETWORK,
): Promise<LoadedData> {
  const manifestBytes = await retrying('manifest.json', network, async (signal) => {
    try {
      // The manifest is the one file that changes in place: revalidate it; the hashed files never change.
      const response = await fetch(new URL('manifest.json', base).href, {
        credentials: 'omit',
        cache: 'no-cache',
        signal,
      });
      if (!response.ok) throw new DataError('network', 'manifest.json', `HTTP ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    } catch (error) {
      if (error instanceof DataError) throw error;
      throw new DataError('network', 'manifest.json', 'could not be fetched');
    }
  });
  await checkBinding(fetch, base, manifestBytes);
  let manifestJson: unknown;
  try {
    manifestJson = JSON.parse(new TextDecoder().decode(manifestBytes));
  } catch {
    throw new DataError('format', 'manifest.json', 'not JSON');
  }
  const manifest = checkManifest(manifestJson, schemaVersion);
  const contents = await Promise.all(
    manifest.files.map((f) =>
      retrying(f.name, network, (signal) => fetchChecked(fetch, base, f, signal), f.bytes),
    ),
  );
  const data: EngineData = { laws: [], packs: [] };
  manifest.files.forEach((file, i) => {
    const value = contents[i];
    if (file.role === 'laws') {
      if (!Array.isArray(value)) throw new DataError('format', file.name, 'not a list of law versions');
      data.laws.push(...(value as LawVersion[]));
    } else if (file.role === 'pack') {
      data.packs.push(checkPack(value, file.name));
    } else if (file.role === 'synonyms') {
      if (!value || typeof value !== 'object')
        throw new DataError('format', file.name, 'not a synonym table');
      data.synonyms = value as Record<string, string[]>;
    } else if (file.role === 'search-index') {
      const index = value as Partial<SearchIndex> | null;
      if (index?.version !== 1 || !Array.isArray(index.docs)) {
        throw new DataError('format', file.name, 'not a search index of version 1');
      }
      data.searchIndex = index as SearchIndex;
    }
  });
  data.packs = joinPackParts(data.packs);
  return { manifest, data };
}
