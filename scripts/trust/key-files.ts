// The key files keygen writes and sign, verify and the build read.
import { readFileSync } from 'node:fs';
import type { TrustedKey } from '../../data/trust/signature.ts';
import { importPublicKey } from '../../data/trust/signature.ts';

export const PRIVATE_KEY_FILE = 'private-key.pem';
export const PUBLIC_KEY_FILE = 'public-key.json';

export function toPem(pkcs8: Uint8Array): string {
  const lines =
    Buffer.from(pkcs8)
      .toString('base64')
      .match(/.{1,64}/g) ?? [];
  return `-----BEGIN PRIVATE KEY-----\n${lines.join('\n')}\n-----END PRIVATE KEY-----\n`;
}

/** PKCS#8 DER from a PEM file (the format keygen and `openssl genpkey` write). */
export function readPrivateKey(path: string): Uint8Array<ArrayBuffer> {
  const pem = readFileSync(path, 'utf8');
  const body = /-----BEGIN PRIVATE KEY-----([\s\S]+?)-----END PRIVATE KEY-----/.exec(pem)?.[1];
  if (!body) throw new Error(`${path}: not a PKCS#8 PEM private key`);
  return new Uint8Array(Buffer.from(body.replace(/\s+/g, ''), 'base64'));
}

/** A public-key.json (one key) or a list of them; every key must be a P-256 point. */
export async function readTrustedKeys(path: string): Promise<TrustedKey[]> {
  const value: unknown = JSON.parse(readFileSync(path, 'utf8'));
  const list = Array.isArray(value) ? value : [value];
  const keys: TrustedKey[] = [];
  for (const k of list) {
    const { signer, publicKey } = (k ?? {}) as Partial<TrustedKey>;
    if (typeof signer !== 'string' || !signer.trim() || typeof publicKey !== 'string')
      throw new Error(`${path}: every key needs "signer" (who publishes with it) and "publicKey"`);
    if (!(await importPublicKey(publicKey))) throw new Error(`${path}: ${signer}: not a P-256 public key`);
    keys.push({ signer, publicKey });
  }
  return keys;
}
