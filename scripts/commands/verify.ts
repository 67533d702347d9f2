// `verify <pack dir> [--key <public-key.json>]…`: what the extension will say when the pack is
// imported, against the given keys (default: the keys the extension is built to trust).
import { resolve } from 'node:path';
import { verifyDataset } from '../../extension/lib/dataset.ts';
import { parseArgs } from '../lib/args.ts';
import { type Command, UsageError } from '../lib/command.ts';
import { PROJECT_KEYS } from '../trust/build-keys.ts';
import { readTrustedKeys } from '../trust/key-files.ts';
import { readPackDir } from '../trust/pack-dir.ts';

const command: Command = {
  name: 'verify',
  summary: 'check a signed data pack as the extension will (signature, hashes, records)',
  usage: 'npm run -s cli -- verify <pack dir> [--key public-key.json]…',
  async run(args) {
    const { values, positionals } = parseArgs(args, { key: { type: 'string', multiple: true } });
    const [dir] = positionals;
    if (!dir || positionals.length > 1) throw new UsageError('give one pack directory');
    const keyFiles = values.key ?? [PROJECT_KEYS];
    const trusted = (await Promise.all(keyFiles.map((k) => readTrustedKeys(resolve(k))))).flat();
    const result = await verifyDataset(readPackDir(resolve(dir)), trusted);
    if (!result.ok) {
      console.error(`refused (${result.reason}):\n${result.problems.join('\n')}`);
      return 1;
    }
    const { manifest, signer } = result.dataset;
    console.log(`ok: ${manifest.datasetVersion}, signed by ${signer?.name} (key ${signer?.keyId})`);
    return 0;
  },
};

export default command;
