// `sign <pack dir> --key <private-key.pem>`: a detached signature (signature.json) over the
// pack's manifest.json, which lists every file with its sha256. The pack is checked first as
// the extension checks it, so nothing inconsistent gets signed.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SIGNATURE_FILE, signManifest } from '../../data/trust/signature.ts';
import { verifyContents } from '../../extension/lib/dataset.ts';
import { parseArgs } from '../lib/args.ts';
import { type Command, UsageError } from '../lib/command.ts';
import { readPrivateKey } from '../trust/key-files.ts';
import { readPackDir } from '../trust/pack-dir.ts';

const command: Command = {
  name: 'sign',
  summary: 'sign a data pack directory: writes signature.json over its manifest.json',
  usage: 'npm run -s cli -- sign <pack dir> --key <private-key.pem>',
  async run(args) {
    const { values, positionals } = parseArgs(args, { key: { type: 'string' } });
    const [dir] = positionals;
    if (!dir || positionals.length > 1) throw new UsageError('give one pack directory');
    if (!values.key) throw new UsageError('--key is required');
    const files = readPackDir(resolve(dir));
    const contents = await verifyContents(files);
    if (!contents.ok) {
      console.error(`${dir}: not signed, the pack is not consistent:\n${contents.problems.join('\n')}`);
      return 1;
    }
    const manifest = files.get('manifest.json');
    if (!manifest) return 1;
    const signature = await signManifest(new Uint8Array(manifest), readPrivateKey(resolve(values.key)));
    writeFileSync(join(resolve(dir), SIGNATURE_FILE), `${JSON.stringify(signature, null, 2)}\n`);
    console.log(
      `signed ${contents.manifest.datasetVersion} (${contents.manifest.files.length} files) with key ${signature.keyId}`,
    );
    return 0;
  },
};

export default command;
