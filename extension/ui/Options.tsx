// Options: the sites the extension may read (optional host permissions, requested one site at a
// time), the citation template, and the dataset (what it is, replacing it from a pack, reset).
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Basis, ListKind, ProvisionRef } from '../../data/engine/model.ts';
import { WORDING } from '../../data/engine/wording.ts';
import { verifyDataset } from '../lib/dataset.ts';
import { clearImported, writeImported } from '../lib/dataset-store.ts';
import { usePageEngine } from '../lib/page-engine.ts';
import { type Policy, readPolicy } from '../lib/policy.ts';
import { DATASET_REVISION_KEY, DEFAULT_TEMPLATE, TEMPLATE_KEY } from '../lib/settings.ts';
import { grantedSites, sitePattern } from '../lib/sites.ts';
import { type TrustedKeyInfo, trustedKeys } from '../lib/trust.ts';

/** The provision the template preview cites. */
const SAMPLE: ProvisionRef = { lawId: '食品安全法', article: 124, paragraph: 1, item: 1 };

/** Marks a setting the organization fixed by policy (and that this page therefore does not change). */
const BY_POLICY = '由单位策略设置';

function usePolicy(): Policy | null {
  const [policy, setPolicy] = useState<Policy | null>(null);
  useEffect(() => void readPolicy().then(setPolicy), []);
  return policy;
}

function Sites({ policy }: { policy: Policy | null }) {
  const [sites, setSites] = useState<string[]>([]);
  const [input, setInput] = useState('');
  const [status, setStatus] = useState('');
  const reload = () => void grantedSites().then(setSites);
  useEffect(reload, []);

  const enable = (e: Event) => {
    e.preventDefault();
    const pattern = sitePattern(input);
    if (!pattern) {
      setStatus('请输入网站地址，例如 https://zfba.example.gov.cn');
      return;
    }
    setStatus(`正在请求访问 ${pattern} 的权限…`);
    // Must be called straight from the click: the browser asks the user.
    browser.permissions.request({ origins: [pattern] }).then(
      (granted) => {
        setStatus(granted ? `已启用：${pattern}` : `未获授权：${pattern}`);
        reload();
      },
      (err: Error) => setStatus(`无法请求权限：${err.message}`),
    );
  };
  const grant = (site: string) => {
    browser.permissions.request({ origins: [site] }).then(
      (granted) => {
        setStatus(granted ? `已启用：${site}` : `未获授权：${site}`);
        reload();
      },
      (err: Error) => setStatus(`无法请求权限：${err.message}`),
    );
  };
  const locked = policy?.enabledSites ?? [];
  const disable = async (site: string) => {
    await browser.permissions.remove({ origins: [site] });
    setStatus(`已停用：${site}`);
    reload();
  };

  return (
    <section>
      <h2>启用的网站</h2>
      <p class="muted">安装时不申请任何网站权限。在这里为办案系统的网址单独启用；扩展只在这些网站上运行。</p>
      <ul>
        {locked.map((s) => (
          <li key={s} class="policy-site">
            {s} <span class="policy">{BY_POLICY}</span>{' '}
            {!sites.includes(s) && (
              <button type="button" onClick={() => grant(s)}>
                授权
              </button>
            )}
          </li>
        ))}
        {sites
          .filter((s) => !locked.includes(s))
          .map((s) => (
            <li key={s}>
              {s}{' '}
              <button type="button" onClick={() => void disable(s)}>
                停用
              </button>
            </li>
          ))}
        {sites.length === 0 && locked.length === 0 && <li class="muted">尚未启用任何网站。</li>}
      </ul>
      <form onSubmit={enable}>
        <input
          type="text"
          aria-label="网站地址"
          placeholder="https://zfba.example.gov.cn"
          value={input}
          onInput={(e) => setInput((e.target as HTMLInputElement).value)}
        />{' '}
        <button type="submit">启用此网站</button>
      </form>
      <p role="status" class="site-status">
        {status}
      </p>
    </section>
  );
}

function Template({ preview, policy }: { preview: (t: string) => string | null; policy: Policy | null }) {
  const [value, setValue] = useState('');
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    void browser.storage.local
      .get(TEMPLATE_KEY)
      .then((v) => setValue(policy?.citationTemplate ?? ((v[TEMPLATE_KEY] as string) || DEFAULT_TEMPLATE)));
  }, [policy]);
  const locked = policy?.citationTemplate != null;
  const save = async (e: Event) => {
    e.preventDefault();
    await browser.storage.local.set({ [TEMPLATE_KEY]: value });
    setSaved(true);
  };
  return (
    <section>
      <h2>引用格式</h2>
      <p class="muted">占位符：{'{title} {article} {paragraph} {item}'}</p>
      <form onSubmit={save}>
        <input
          type="text"
          aria-label="引用模板"
          value={value}
          disabled={locked}
          onInput={(e) => {
            setValue((e.target as HTMLInputElement).value);
            setSaved(false);
          }}
        />{' '}
        {locked ? <span class="policy">{BY_POLICY}</span> : <button type="submit">保存</button>}
      </form>
      <p>
        预览：<output class="template-preview">{preview(value) ?? '—'}</output>{' '}
        {saved && <span class="ok">已保存</span>}
      </p>
    </section>
  );
}

function TrustedKeys({ keys }: { keys: TrustedKeyInfo[] }) {
  return (
    <>
      <h2>受信任的签名密钥</h2>
      <p class="muted">只接受由下列密钥签名的数据包。</p>
      <ul class="trusted-keys">
        {keys.map((k) => (
          <li key={k.keyId}>
            {k.signer}（密钥编号 {k.keyId}）{k.from === 'policy' && <span class="policy"> {BY_POLICY}</span>}
          </li>
        ))}
      </ul>
    </>
  );
}

export function Options() {
  const policy = usePolicy();
  const [keys, setKeys] = useState<TrustedKeyInfo[]>([]);
  useEffect(() => void trustedKeys().then(setKeys), [policy]);
  const [revision, setRevision] = useState(0);
  const { loaded, error } = usePageEngine(revision);
  const [result, setResult] = useState<{ ok: boolean; lines: string[] } | null>(null);

  const bump = async () => {
    // Every part keys its copy of the dataset by this revision (open pages rebuild their engine).
    await browser.storage.local.set({ [DATASET_REVISION_KEY]: Date.now() });
    setRevision((r) => r + 1);
  };

  const update = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length === 0) return;
    const map = new Map<string, ArrayBuffer>();
    for (const f of files) map.set(f.name, await f.arrayBuffer());
    const verified = await verifyDataset(map, await trustedKeys());
    if (!verified.ok) {
      setResult({ ok: false, lines: ['数据包未被采用，当前数据保持不变：', ...verified.problems] });
      return;
    }
    await writeImported(verified.dataset);
    await bump();
    setResult({
      ok: true,
      lines: [
        `已更新为数据版本 ${verified.dataset.manifest.datasetVersion}（截至 ${verified.dataset.manifest.asOf}）`,
      ],
    });
  };

  const reset = async () => {
    await clearImported();
    await bump();
    setResult({ ok: true, lines: ['已恢复为扩展自带的数据'] });
  };

  const stats = loaded?.engine.stats();
  return (
    <main>
      <h1>裁量基准助手 — 设置</h1>
      <Sites policy={policy} />
      <Template
        policy={policy}
        preview={(t) => (loaded ? loaded.engine.cite(SAMPLE, t || undefined) : null)}
      />
      <section>
        <h2>数据</h2>
        {error && <p class="error">数据加载失败：{error}</p>}
        {loaded && stats && (
          <table class="dataset-info">
            <tbody>
              <tr>
                <th>数据版本</th>
                <td class="dataset-version">{loaded.info.manifest.datasetVersion}</td>
              </tr>
              <tr>
                <th>截至日期</th>
                <td>{loaded.info.manifest.asOf}</td>
              </tr>
              <tr>
                <th>来源</th>
                <td class="dataset-source">
                  {loaded.info.source === 'bundled' ? '扩展自带' : `导入于 ${loaded.info.importedAt ?? ''}`}
                </td>
              </tr>
              <tr>
                <th>签发</th>
                <td class="dataset-signer">
                  {loaded.info.signer
                    ? `${loaded.info.signer.name}（密钥编号 ${loaded.info.signer.keyId}）`
                    : '随扩展安装包发布'}
                </td>
              </tr>
              <tr>
                <th>法律版本</th>
                <td>{stats.lawVersions}</td>
              </tr>
              <tr>
                <th>处罚事项</th>
                <td>{stats.matters}</td>
              </tr>
              <tr>
                <th>裁量阶次</th>
                <td>{stats.tiers}</td>
              </tr>
              {Object.entries(stats.listItems).map(([k, n]) => (
                <tr key={k}>
                  <th>{WORDING['zh-CN'].list[k as ListKind]}</th>
                  <td>{n}</td>
                </tr>
              ))}
              {(Object.entries(stats.basis) as [Basis, number][]).map(([k, n]) => (
                <tr key={k}>
                  <th>依据：{WORDING['zh-CN'].basis[k]}</th>
                  <td>{n}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <h2>更新数据</h2>
        <p class="muted">
          选择数据包目录中的 manifest.json、signature.json
          及其列出的全部文件（可多选）。签名或校验不通过时不会替换当前数据。
        </p>
        <input
          type="file"
          multiple
          accept=".json,application/json"
          aria-label="选择数据包文件"
          onChange={(e) => void update(e)}
        />{' '}
        <button type="button" onClick={() => void reset()}>
          恢复自带数据
        </button>
        <TrustedKeys keys={keys} />
        {result && (
          <div class={result.ok ? 'ok update-result' : 'problems update-result'} role="status">
            {result.lines.map((l) => (
              <p key={l}>{l}</p>
            ))}
          </div>
        )}
      </section>
      <section>
        <h2>隐私</h2>
        <p class="muted">扩展不发出任何网络请求；文书内容只在所在的标签页内识别，不保存、不上传。</p>
      </section>
    </main>
  );
}
