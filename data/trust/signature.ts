// Detached signatures over a data manifest (which lists every file with its sha256 and size), made
// and checked with Web Crypto alone so the CLI (Node), the extension and the widget share one code
// path. ECDSA P-256 with SHA-256: verifiable by crypto.subtle in every browser this project
// targets, including the older Chromium kernels of domestic government browsers, where Ed25519
// is not (Chrome shipped it in Web Crypto only in 2025, Firefox in 2024).

/** The file beside manifest.json that carries its signature. */
export const SIGNATURE_FILE = 'signature.json';
export const ALGORITHM = 'ECDSA-P256-SHA256';

const EC = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN = { name: 'ECDSA', hash: 'SHA-256' } as const;

/** A key someone decided to trust: the name shown as the signer, and the public key. */
export interface TrustedKey {
  signer: string;
  /** The uncompressed P-256 point (65 bytes), base64. */
  publicKey: string;
}

export interface Signature {
  algorithm: typeof ALGORITHM;
  /** First 16 hex digits of the sha256 of the raw public key: how people name a key. */
  keyId: string;
  publicKey: string;
  /** IEEE P1363 (r‖s, 64 bytes), base64: what crypto.subtle produces and takes. */
  signature: string;
}

export type SignatureCheck =
  | { ok: true; key: TrustedKey; keyId: string }
  | { ok: false; reason: 'unsigned' }
  | { ok: false; reason: 'malformed'; detail: string }
  | { ok: false; reason: 'unknown-key'; keyId: string }
  | { ok: false; reason: 'altered'; keyId: string; signer: string };

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return null;
  try {
    const binary = atob(text);
    const out = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}

function hex(bytes: ArrayBuffer): string {
  return [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Imports a base64 raw public key; null when it is not a P-256 point. */
export async function importPublicKey(publicKey: string): Promise<CryptoKey | null> {
  const raw = fromBase64(publicKey);
  if (raw?.length !== 65) return null;
  return crypto.subtle.importKey('raw', raw, EC, true, ['verify']).catch(() => null);
}

export async function keyIdOf(publicKey: string): Promise<string> {
  const raw = fromBase64(publicKey) ?? new Uint8Array();
  return hex(await crypto.subtle.digest('SHA-256', raw)).slice(0, 16);
}

/** A fresh key pair: the private key as PKCS#8 (DER), the public key as base64 raw. */
export async function generateKeyPair(): Promise<{ pkcs8: Uint8Array; publicKey: string; keyId: string }> {
  const pair = await crypto.subtle.generateKey(EC, true, ['sign', 'verify']);
  const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  const publicKey = toBase64(new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey)));
  return { pkcs8, publicKey, keyId: await keyIdOf(publicKey) };
}

/** Signs a manifest's exact bytes with a PKCS#8 P-256 private key. */
export async function signManifest(
  manifest: Uint8Array<ArrayBuffer>,
  pkcs8: Uint8Array<ArrayBuffer>,
): Promise<Signature> {
  const privateKey = await crypto.subtle.importKey('pkcs8', pkcs8, EC, true, ['sign']);
  // The public half, from the private key's JWK (x, y): the signature names the key it needs.
  const jwk = await crypto.subtle.exportKey('jwk', privateKey);
  const pub = await crypto.subtle.importKey(
    'jwk',
    { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y },
    EC,
    true,
    ['verify'],
  );
  const publicKey = toBase64(new Uint8Array(await crypto.subtle.exportKey('raw', pub)));
  const signature = new Uint8Array(await crypto.subtle.sign(SIGN, privateKey, manifest));
  return { algorithm: ALGORITHM, keyId: await keyIdOf(publicKey), publicKey, signature: toBase64(signature) };
}

function parseSignature(value: unknown): Signature | string {
  if (!value || typeof value !== 'object') return 'not a signature object';
  const s = value as Record<string, unknown>;
  if (s.algorithm !== ALGORITHM) return `algorithm ${String(s.algorithm)}, expected ${ALGORITHM}`;
  for (const field of ['keyId', 'publicKey', 'signature'] as const)
    if (typeof s[field] !== 'string') return `${field} missing`;
  return s as unknown as Signature;
}

/**
 * Checks `signature` (the parsed signature.json, or undefined when there is none) over the
 * manifest's bytes against the trusted keys. Trust comes only from `trusted`: the key and name
 * inside the signature file are the signer's claim and are never believed on their own.
 */
export async function checkSignature(
  manifest: Uint8Array<ArrayBuffer>,
  signature: unknown,
  trusted: readonly TrustedKey[],
): Promise<SignatureCheck> {
  if (signature === undefined) return { ok: false, reason: 'unsigned' };
  const sig = parseSignature(signature);
  if (typeof sig === 'string') return { ok: false, reason: 'malformed', detail: sig };
  const keyId = await keyIdOf(sig.publicKey);
  const key = trusted.find((k) => k.publicKey === sig.publicKey);
  if (!key) return { ok: false, reason: 'unknown-key', keyId };
  const bytes = fromBase64(sig.signature);
  const verifier = await importPublicKey(key.publicKey);
  const valid =
    bytes !== null &&
    verifier !== null &&
    (await crypto.subtle.verify(SIGN, verifier, bytes, manifest).catch(() => false));
  return valid ? { ok: true, key, keyId } : { ok: false, reason: 'altered', keyId, signer: key.signer };
}
