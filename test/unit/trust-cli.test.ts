// keygen, sign and verify as a 司法局 runs them: a key pair, a detached signature over a built
// pack's manifest that standard ECDSA P-256 (not only our own code) verifies, and the verdict the
// extension will give.
import { spawnSync } from 'node:child_process';
import { createPublicKey, verify } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildData } from '../../scripts/data/build.ts';
import { REPO_ROOT } from '../../scripts/data/paths.ts';

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/cli.ts', ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const tmp = mkdtempSync(join(tmpdir(), 'dl-trust-'));
const pack = join(tmp, 'pack');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
beforeAll(async () => {
  await buildData(pack);
}, 120_000);

// Each command is a Node process that loads the whole CLI and checks the full dataset: slow on a busy machine.
describe('keygen, sign, verify', { timeout: 180_000 }, () => {
  it('writes a key pair, the private key readable by its owner only, and never overwrites it', () => {
    const r = cli('keygen', '--out', join(tmp, 'key'), '--signer', '××市司法局');
    expect(r.code, r.err).toBe(0);
    const pub = JSON.parse(readFileSync(join(tmp, 'key/public-key.json'), 'utf8'));
    expect(pub).toMatchObject({ signer: '××市司法局', algorithm: 'ECDSA-P256' });
    expect(Buffer.from(pub.publicKey, 'base64')).toHaveLength(65);
    expect(statSync(join(tmp, 'key/private-key.pem')).mode & 0o777).toBe(0o600);
    const again = cli('keygen', '--out', join(tmp, 'key'));
    expect(again.code).toBe(1);
    expect(again.err).toContain('refusing to overwrite');
  });

  it('signs the exact manifest bytes with standard ECDSA P-256 / SHA-256', () => {
    const r = cli('sign', pack, '--key', join(tmp, 'key/private-key.pem'));
    expect(r.code, r.err).toBe(0);
    const sig = JSON.parse(readFileSync(join(pack, 'signature.json'), 'utf8'));
    const pub = JSON.parse(readFileSync(join(tmp, 'key/public-key.json'), 'utf8'));
    expect(sig).toMatchObject({ algorithm: 'ECDSA-P256-SHA256', keyId: pub.keyId, publicKey: pub.publicKey });
    const x = Buffer.from(pub.publicKey, 'base64').subarray(1, 33).toString('base64url');
    const y = Buffer.from(pub.publicKey, 'base64').subarray(33).toString('base64url');
    const key = createPublicKey({ key: { kty: 'EC', crv: 'P-256', x, y }, format: 'jwk' });
    const manifest = readFileSync(join(pack, 'manifest.json'));
    const check = (bytes: Buffer) =>
      verify('sha256', bytes, { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(sig.signature, 'base64'));
    expect(check(manifest)).toBe(true);
    expect(check(Buffer.concat([manifest, Buffer.from(' ')]))).toBe(false);
  });

  it('verify says what the extension will: accepted for the key, refused for another or after a change', () => {
    const ok = cli('verify', pack, '--key', join(tmp, 'key/public-key.json'));
    expect(ok.code, ok.err).toBe(0);
    expect(ok.out).toContain('signed by ××市司法局');
    const project = cli('verify', pack);
    expect(project.code).toBe(1);
    expect(project.err).toContain('refused (unknown-key)');
    const manifest = JSON.parse(readFileSync(join(pack, 'manifest.json'), 'utf8'));
    manifest.datasetVersion = 'changed';
    writeFileSync(join(pack, 'manifest.json'), JSON.stringify(manifest));
    const changed = cli('verify', pack, '--key', join(tmp, 'key/public-key.json'));
    expect(changed.code).toBe(1);
    expect(changed.err).toContain('refused (altered)');
  });

  it('refuses to sign a pack whose files do not match its manifest', () => {
    const manifest = JSON.parse(readFileSync(join(pack, 'manifest.json'), 'utf8'));
    const first = manifest.files[0].name;
    writeFileSync(join(pack, first), '[]');
    const r = cli('sign', pack, '--key', join(tmp, 'key/private-key.pem'));
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${first}：校验值与 manifest.json 不符`);
  });
});
