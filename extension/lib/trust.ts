// The keys whose signed packs this extension accepts: those it was built with (the project's
// own key, and any an organization added at build time) and those enterprise policy sets.
import type { TrustedKey } from '../../data/trust/signature.ts';
import { keyIdOf } from '../../data/trust/signature.ts';
import { readPolicy } from './policy.ts';
import type { Signer } from './stored-dataset.ts';

/** Written into the bundle by wxt.config.ts from data/trust/trusted-keys.json and `--trust` files. */
declare const __DL_BUILD_KEYS__: readonly TrustedKey[];

export interface TrustedKeyInfo extends TrustedKey {
  keyId: string;
  from: 'build' | 'policy';
}

export async function trustedKeys(): Promise<TrustedKeyInfo[]> {
  const policy = await readPolicy();
  const tagged = [
    ...__DL_BUILD_KEYS__.map((k) => ({ ...k, from: 'build' as const })),
    ...policy.trustedKeys.map((k) => ({ ...k, from: 'policy' as const })),
  ];
  return Promise.all(tagged.map(async (k) => ({ ...k, keyId: await keyIdOf(k.publicKey) })));
}

/** Whether a stored dataset's signer is still trusted (a key removed from policy is revoked). */
export function stillTrusted(signer: Signer, keys: readonly TrustedKeyInfo[]): boolean {
  return keys.some((k) => k.keyId === signer.keyId);
}
