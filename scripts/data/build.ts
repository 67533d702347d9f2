// `cli build` / `npm run build`: content-hashed data files plus a manifest both faces load first.
// Two flavours: <out>/ for the extension (every law version, every article) and <out>/widget/ whose laws
// file carries only the articles its records cite (violated, penalty and list legal bases).
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataManifest, LawVersion, ProvisionRef } from '../../data/engine/model.ts';
import { splitPack } from '../../data/engine/pack-parts.ts';
import { SCHEMA_VERSION } from '../../data/schema/index.ts';
import type { Dataset } from './checks/types.ts';
import { type EmittedFile, type Emitter, type Flavour, emitters as registered } from './emitters.ts';
import { loadDataset } from './load.ts';
import { validateData } from './validate.ts';

const jsonBytes = (value: unknown): number => Buffer.byteLength(JSON.stringify(value));

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The articles the widget needs: every provision a record cites, in every version of its law. */
export function citedProvisions(dataset: Dataset): Map<string, Set<number>> {
  const cited = new Map<string, Set<number>>();
  const add = (ref: ProvisionRef) =>
    cited.set(ref.lawId, (cited.get(ref.lawId) ?? new Set()).add(ref.article));
  for (const pack of dataset.packs) {
    for (const m of pack.matters) [m.penalty, ...m.violated].forEach(add);
    for (const item of pack.lists) item.legalBasis.forEach(add);
  }
  return cited;
}

export function widgetLaws(dataset: Dataset): LawVersion[] {
  const cited = citedProvisions(dataset);
  return dataset.laws
    .filter((l) => cited.has(l.lawId))
    .map((l) => ({ ...l, articles: l.articles.filter((a) => cited.get(l.lawId)?.has(a.n)) }));
}

function asOfOf(dataset: Dataset): string {
  return (
    [...dataset.laws.map((l) => l.inForce), ...dataset.packs.map((p) => p.asOf)].sort().at(-1) ?? '1970-01-01'
  );
}

function writeFlavour(dir: string, dataset: Dataset, flavour: Flavour, emitters: Emitter[]): DataManifest {
  mkdirSync(dir, { recursive: true });
  const outputs: EmittedFile[] = [
    { stem: 'laws', role: 'laws', content: flavour === 'widget' ? widgetLaws(dataset) : dataset.laws },
    ...dataset.packs.flatMap((p) =>
      splitPack(p, jsonBytes).map((part, i) => ({
        stem: i === 0 ? `pack-${p.id}` : `pack-${p.id}-part${i + 1}`,
        role: 'pack' as const,
        content: part,
      })),
    ),
    ...emitters.flatMap((e) => e(dataset, flavour)),
  ];
  const files = outputs.map((o) => {
    const text = JSON.stringify(o.content);
    const hash = sha256(text);
    const name = `${o.stem}.${hash.slice(0, 8)}.json`;
    writeFileSync(join(dir, name), text);
    return { name, role: o.role, sha256: hash, bytes: Buffer.byteLength(text) };
  });
  const manifest: DataManifest = {
    datasetVersion: `${asOfOf(dataset)}+${sha256(files.map((f) => f.sha256).join('')).slice(0, 12)}`,
    schemaVersion: SCHEMA_VERSION,
    asOf: asOfOf(dataset),
    files,
  };
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

export interface BuildResult {
  full: DataManifest;
  widget: DataManifest;
}

/** Writes <outDir>/manifest.json + hashed files, and the same under <outDir>/widget/. Replaces outDir. */
export async function buildData(
  outDir: string,
  options: { dataset?: Dataset; emitters?: Emitter[] } = {},
): Promise<BuildResult> {
  const dataset = options.dataset ?? loadDataset();
  const emitters = options.emitters ?? registered;
  rmSync(outDir, { recursive: true, force: true });
  const full = writeFlavour(outDir, dataset, 'full', emitters);
  const widget = writeFlavour(join(outDir, 'widget'), dataset, 'widget', emitters);
  return { full, widget };
}

/**
 * The build with a city's imported packs beside the bundled data (`npm run build -- --packs DIR`): the
 * packs are checked as `cli validate --pack` checks them, and nothing is written when any check fails.
 */
export async function buildDataWithPacks(outDir: string, packDirs: string[]): Promise<BuildResult> {
  if (packDirs.length === 0) return buildData(outDir);
  const { dataset, problems } = validateData({ packDirs });
  if (problems.length > 0) {
    const lines = problems.slice(0, 20).map((p) => `  ${p.record} ${p.field}: ${p.message}`);
    throw new Error(
      `--packs ${packDirs.join(' ')}: ${problems.length} problem(s); nothing built\n${lines.join('\n')}`,
    );
  }
  return buildData(outDir, { dataset });
}
