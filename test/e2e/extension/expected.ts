// What the extension should paint for a text: the same engine, the same bundled data and the
// same mark rules, run in Node. The tests compare the page against this, not against constants.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Engine } from '../../../data/engine/api.ts';
import { createEngine } from '../../../data/engine/index.ts';
import type { DataManifest } from '../../../data/engine/model.ts';
import { citationFor } from '../../../extension/card/citation.ts';
import { listsApplyFor, type Mark, marksOf } from '../../../extension/highlight/marks.ts';
import { applicableDate } from '../../../extension/lib/describe-mark.ts';
import { engineData } from '../../../extension/lib/stored-dataset.ts';

const DATA = resolve('.output/chrome-mv3-e2e/data');

function nodeData() {
  const manifest = JSON.parse(readFileSync(join(DATA, 'manifest.json'), 'utf8')) as DataManifest;
  const files = new Map(manifest.files.map((f) => [f.name, readFileSync(join(DATA, f.name), 'utf8')]));
  return engineData({ manifest, files, importedAt: null, signer: null });
}

let engine: Engine | null = null;
export function nodeEngine(): Engine {
  engine ??= createEngine(nodeData());
  return engine;
}

/** The same, with the statutes only (no packs): what an engine built from a laws-only update paints. */
export function expectedPaintedLawsOnly(text: string): { kind: string; text: string }[] {
  const laws = nodeData().laws;
  const e = createEngine({ laws, packs: [] });
  const result = e.scan(text);
  return marksOf(result, listsApplyFor(e, applicableDate(result))).map((m) => ({
    kind: m.kind,
    text: text.slice(m.start, m.end),
  }));
}

export function expectedMarks(text: string): Mark[] {
  const e = nodeEngine();
  const result = e.scan(text);
  return marksOf(result, listsApplyFor(e, applicableDate(result)));
}

export function expectedPainted(text: string): { kind: string; text: string }[] {
  return expectedMarks(text).map((m) => ({ kind: m.kind, text: text.slice(m.start, m.end) }));
}

export function expectedCitation(mark: Mark, text: string): string {
  const e = nodeEngine();
  const citation = citationFor(mark, e, applicableDate(e.scan(text)), undefined);
  if (!citation) throw new Error(`no citation for ${text.slice(mark.start, mark.end)}`);
  return citation;
}

/** A decision passage with a resolved reference, a fine, an article that does not exist. */
export const DECISION =
  '当事人于2024年3月5日销售的香蕉农药残留超标，违反了《中华人民共和国食品安全法》第三十四条第（二）项的规定。' +
  '依据《中华人民共和国食品安全法》第一百二十四条第一款第（一）项的规定，决定罚款人民币伍万元整。' +
  '另查《食品安全法》第九百九十九条。';
