// Per-site access: the content script is registered for exactly the origins the user granted
// (and not again for those the manifest already covers), updated as grants change, removed
// when none is left. The browser here is a small in-memory model of permissions and scripting.
import { beforeAll, describe, expect, it } from 'vitest';

interface Script {
  id: string;
  matches: string[];
  js: string[];
  allFrames: boolean;
}

const state = { granted: [] as string[], declared: [] as string[], scripts: new Map<string, Script>() };
const calls: string[] = [];

const fake = {
  runtime: {
    id: 'test',
    getManifest: () => ({ content_scripts: [{ matches: state.declared, js: ['x.js'] }] }),
  },
  permissions: { getAll: async () => ({ origins: [...state.granted], permissions: [] }) },
  scripting: {
    getRegisteredContentScripts: async ({ ids }: { ids: string[] }) =>
      ids.flatMap((id) => state.scripts.get(id) ?? []),
    registerContentScripts: async (list: Script[]) => {
      calls.push('register');
      for (const s of list) {
        if (state.scripts.has(s.id)) throw new Error(`duplicate id ${s.id}`);
        state.scripts.set(s.id, s);
      }
    },
    updateContentScripts: async (list: Script[]) => {
      calls.push('update');
      for (const s of list) state.scripts.set(s.id, { ...(state.scripts.get(s.id) as Script), ...s });
    },
    unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
      calls.push('unregister');
      for (const id of ids) state.scripts.delete(id);
    },
  },
};

let sites: typeof import('../../extension/lib/sites.ts');
beforeAll(async () => {
  (globalThis as unknown as { chrome: typeof fake }).chrome = fake;
  sites = await import('../../extension/lib/sites.ts');
});

describe('syncRegistration', () => {
  it('registers, updates and unregisters the content script as origins are granted and revoked', async () => {
    state.declared = ['http://127.0.0.1/*'];
    state.granted = ['http://127.0.0.1/*', 'https://zfba.example.gov.cn/*'];
    expect(await sites.syncRegistration()).toEqual(['https://zfba.example.gov.cn/*']);
    expect([...state.scripts.values()].map((s) => [s.matches, s.js, s.allFrames])).toEqual([
      [['https://zfba.example.gov.cn/*'], ['content-scripts/content.js'], true],
    ]);

    state.granted.push('http://10.1.2.3/*');
    await sites.syncRegistration();
    expect([...state.scripts.values()].map((s) => s.matches)).toEqual([
      ['https://zfba.example.gov.cn/*', 'http://10.1.2.3/*'],
    ]);

    state.granted = ['http://127.0.0.1/*'];
    expect(await sites.syncRegistration()).toEqual([]);
    expect(state.scripts.size).toBe(0);
    expect(calls).toEqual(['register', 'update', 'unregister']);
  });
});
