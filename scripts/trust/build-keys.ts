// The keys an extension build trusts: the project's own (committed public key) plus any an
// organization adds with `npm run build -- --trust public-key.json`; the e2e build adds the
// test key. Handed to wxt.config.ts (which writes them into the bundle) as DL_BUILD_KEYS.
import type { TrustedKey } from '../../data/trust/signature.ts';
import { readTrustedKeys } from './key-files.ts';

export const PROJECT_KEYS = 'data/trust/trusted-keys.json';
export const TEST_KEY = 'test/fixtures/keys/public-key.json';

export async function buildKeys(extra: readonly string[], e2e: boolean): Promise<TrustedKey[]> {
  const files = [PROJECT_KEYS, ...extra, ...(e2e ? [TEST_KEY] : [])];
  const keys = (await Promise.all(files.map(readTrustedKeys))).flat();
  return keys.filter((k, i) => keys.findIndex((o) => o.publicKey === k.publicKey) === i);
}
