// What the embed snippet binds the widget to, beyond widget.js's own integrity hash: either the
// exact data manifest of the build (`data-manifest-integrity`, so data changed after the build is
// refused, and so is a snippet left from an older build), or the publisher's public key
// (`data-publisher-key`, for a portal that updates its data without rebuilding: every manifest
// must then carry a valid signature.json from that key).
import { checkSignature } from '../../data/trust/signature.ts';

export interface Binding {
  /** `sha256-<base64>` of manifest.json's bytes. */
  manifest: string | null;
  /** The publisher's P-256 public key, base64 (public-key.json's publicKey). */
  publisherKey: string | null;
}

/** Bindings by data base URL, as the script tag that loaded the widget declared them. */
const bindings = new Map<string, Binding>();

export function bindData(dataBase: string, binding: Binding): void {
  bindings.set(dataBase, binding);
}

export function bindingOf(dataBase: string): Binding | undefined {
  return bindings.get(dataBase);
}

async function sri256(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return `sha256-${btoa(String.fromCharCode(...digest))}`;
}

/**
 * Why the manifest's bytes do not satisfy the binding (null when they do): 'manifest' when it is
 * not the one the snippet pins, 'signature' when the publisher's signature is missing or wrong.
 */
export async function bindingProblem(
  manifest: Uint8Array<ArrayBuffer>,
  binding: Binding | undefined,
  signature: () => Promise<unknown>,
): Promise<'manifest' | 'signature' | null> {
  if (binding?.publisherKey) {
    const check = await checkSignature(manifest, await signature(), [
      { signer: 'publisher', publicKey: binding.publisherKey },
    ]);
    return check.ok ? null : 'signature';
  }
  if (binding?.manifest && (await sri256(manifest)) !== binding.manifest) return 'manifest';
  return null;
}
