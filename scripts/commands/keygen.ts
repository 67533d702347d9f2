// `keygen --out DIR [--signer NAME]`: a new signing key pair for data packs (ECDSA P-256).
// private-key.pem stays with whoever signs (owner-only file mode); public-key.json is what
// the extension, the widget's snippet and enterprise policy are given to trust.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateKeyPair } from '../../data/trust/signature.ts';
import { parseArgs } from '../lib/args.ts';
import { type Command, UsageError } from '../lib/command.ts';
import { PRIVATE_KEY_FILE, PUBLIC_KEY_FILE, toPem } from '../trust/key-files.ts';

const command: Command = {
  name: 'keygen',
  summary: 'write a signing key pair for data packs (private-key.pem, public-key.json)',
  usage: 'npm run -s cli -- keygen --out DIR [--signer "××市司法局"]',
  async run(args) {
    const { values } = parseArgs(args, { out: { type: 'string' }, signer: { type: 'string' } });
    if (!values.out) throw new UsageError('--out is required');
    const out = resolve(values.out);
    const privatePath = join(out, PRIVATE_KEY_FILE);
    if (existsSync(privatePath)) {
      console.error(`${privatePath} exists: refusing to overwrite a private key`);
      return 1;
    }
    const pair = await generateKeyPair();
    mkdirSync(out, { recursive: true });
    writeFileSync(privatePath, toPem(pair.pkcs8), { mode: 0o600 });
    const publicKey = {
      signer: values.signer ?? '',
      publicKey: pair.publicKey,
      keyId: pair.keyId,
      algorithm: 'ECDSA-P256',
      created: new Date().toISOString().slice(0, 10),
    };
    writeFileSync(join(out, PUBLIC_KEY_FILE), `${JSON.stringify(publicKey, null, 2)}\n`);
    console.log(`key ${pair.keyId}: ${join(out, PUBLIC_KEY_FILE)} (share), ${privatePath} (keep secret)`);
    return 0;
  },
};

export default command;
