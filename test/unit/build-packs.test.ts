// `npm run build -- --packs DIR`: a city's imported pack is built beside the bundled data, and a pack
// that fails its checks stops the build before anything is written.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Pack } from '../../data/engine/model.ts';
import { buildDataWithPacks } from '../../scripts/data/build.ts';

const tmp = mkdtempSync(join(tmpdir(), 'dl-build-packs-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const cityDir = join(tmp, 'my-city');
mkdirSync(cityDir);
cpSync('test/fixtures/sheets/expected/no-penalty.json', join(cityDir, 'pack.json'));
const city = JSON.parse(readFileSync(join(cityDir, 'pack.json'), 'utf8')) as Pack;

describe('build with a city pack', () => {
  it('lists the city pack in both flavours’ manifests, next to the national pack', async () => {
    const out = join(tmp, 'out');
    const { full, widget } = await buildDataWithPacks(out, [cityDir]);
    for (const manifest of [full, widget]) {
      const packs = manifest.files.filter((f) => f.role === 'pack').map((f) => f.name);
      expect(packs.some((n) => n.startsWith(`pack-${city.id}.`))).toBe(true);
      expect(packs.some((n) => n.startsWith('pack-national.'))).toBe(true);
    }
    const file = full.files.find((f) => f.name.startsWith(`pack-${city.id}.`));
    expect(JSON.parse(readFileSync(join(out, file?.name ?? ''), 'utf8'))).toEqual(city);
  });

  it('refuses a pack that fails validation and writes nothing', async () => {
    const badDir = join(tmp, 'bad-city');
    mkdirSync(badDir);
    const bad = {
      ...city,
      id: 'bad-city',
      lists: city.lists.map((l) => ({ ...l, matterIds: ['M-no-such-matter'] })),
    };
    writeFileSync(join(badDir, 'pack.json'), `${JSON.stringify(bad, null, 2)}\n`);
    const out = join(tmp, 'out-bad');
    await expect(buildDataWithPacks(out, [badDir])).rejects.toThrow(/problem\(s\); nothing built/);
    expect(existsSync(out)).toBe(false);
  });
});
