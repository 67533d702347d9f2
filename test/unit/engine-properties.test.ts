// Property tests: any text scans without throwing, every reported span slices back to its text, the
// incremental scanner agrees with a fresh scan, and adversarial megabyte inputs complete.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ScanResult } from '../../data/engine/api.ts';
import { createEngine } from '../../data/engine/index.ts';
import { DATA } from '../fixtures/corpus/engine-data.ts';

const engine = createEngine(DATA);

// Pieces of legal text, so random strings hit the recognizer's paths rather than plain noise.
const PIECES = [
  '《',
  '》',
  '《食品安全法》',
  '《中华人民共和国税收征收管理法》',
  '（以下简称《征管法》）',
  '征管法',
  '该法',
  '同条',
  '前款',
  '第',
  '条',
  '款',
  '项',
  '第一百二十四条',
  '第１２４条',
  '第1款',
  '第（一）项',
  '第(二)项',
  '、',
  '至',
  '和',
  '，',
  '。',
  '罚款',
  '人民币',
  '伍万元整',
  '5万元',
  '50,000元',
  '货值金额',
  '违法所得',
  '每人',
  '元',
  '以上',
  '（2021年修正）',
  '2023年5月10日',
  '经查，当事人于',
  '农药残留超标',
  '\n',
  ' ',
  '\u3000',
  '𠀀',
  '\ud800',
];
const legalText = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 })), { maxLength: 60 })
  .map((a) => a.join(''));

function checkSpans(text: string, r: ScanResult): void {
  for (const x of [...r.references, ...r.fines, ...r.mentions]) {
    expect(x.start).toBeGreaterThanOrEqual(0);
    expect(x.end).toBeLessThanOrEqual(text.length);
    expect(x.start).toBeLessThan(x.end);
    expect(text.slice(x.start, x.end)).toBe(x.text);
  }
}

describe('engine properties', () => {
  it('never throws on arbitrary text and spans slice back', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        checkSpans(text, engine.scan(text, { asOf: '2024-01-01' }));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on legal-looking text and spans slice back', () => {
    fc.assert(
      fc.property(legalText, (text) => {
        checkSpans(text, engine.scan(text, { asOf: '2024-01-01' }));
      }),
      { numRuns: 500 },
    );
  });

  it('the incremental scanner after an edit equals a fresh scan', () => {
    fc.assert(
      fc.property(legalText, legalText, fc.nat(), fc.nat(), (before, insert, a, b) => {
        const scanner = engine.createScanner({ asOf: '2024-01-01' });
        scanner.scan(before);
        const start = a % (before.length + 1);
        const end = start + (b % (before.length - start + 1));
        const after = before.slice(0, start) + insert + before.slice(end);
        const incremental = scanner.update(after, start, start + insert.length);
        expect(incremental).toEqual(engine.scan(after, { asOf: '2024-01-01' }));
      }),
      { numRuns: 300 },
    );
  });

  it('typing inside a law title, a 以下简称 name or a date, key by key, keeps equal to a fresh scan', () => {
    const sample = readFileSync(join(import.meta.dirname, '../fixtures/corpus/decision-sample.txt'), 'utf8');
    const doc = `${sample}\n\n${sample.replace('2024年2月28日', '2023年12月1日')}`;
    const places = {
      title: doc.indexOf('食品安全法', doc.indexOf('《')) + 2,
      alias: doc.indexOf('以下简称《') + 6,
      date: doc.indexOf('2月28日') + 1,
      'second title': doc.lastIndexOf('食品安全法') + 3,
    };
    for (const [where, at] of Object.entries(places)) {
      const scanner = engine.createScanner({ asOf: '2024-07-01' });
      scanner.scan(doc);
      let text = doc;
      // Type three characters one by one, then delete them one by one, then replace a character.
      const steps: [string, number, number][] = [];
      for (const c of '法三1') steps.push([c, at + steps.length, at + steps.length]);
      for (let k = 3; k > 0; k--) steps.push(['', at + k - 1, at + k]);
      steps.push(['二', at, at + 1]);
      for (const [insert, from, to] of steps) {
        text = text.slice(0, from) + insert + text.slice(to);
        const incremental = scanner.update(text, from, from + insert.length);
        expect(incremental, `${where}: ${JSON.stringify([insert, from, to])}`).toEqual(
          engine.scan(text, { asOf: '2024-07-01' }),
        );
      }
    }
  });

  it('a text prepared in slices, then scanned, equals a fresh scan', () => {
    fc.assert(
      fc.property(legalText, legalText, fc.integer({ min: 1, max: 4 }), (before, after, slice) => {
        const scanner = engine.createScanner({ asOf: '2024-01-01' });
        scanner.scan(before);
        let slices = 0;
        for (let left = slice; !scanner.prepare(after, () => left-- > 0); left = slice) slices++;
        expect(slices).toBeLessThanOrEqual(after.length);
        expect(scanner.update(after, 0, after.length)).toEqual(engine.scan(after, { asOf: '2024-01-01' }));
      }),
      { numRuns: 150 },
    );
  });

  it('a wrong edit range is detected, never trusted', () => {
    fc.assert(
      fc.property(legalText, legalText, fc.nat(), (before, after, a) => {
        const scanner = engine.createScanner({ asOf: '2024-01-01' });
        scanner.scan(before);
        const at = a % (after.length + 1);
        expect(scanner.update(after, at, at)).toEqual(engine.scan(after, { asOf: '2024-01-01' }));
      }),
      { numRuns: 200 },
    );
  });

  it('rejects an edit range outside the text', () => {
    const scanner = engine.createScanner();
    expect(() => scanner.update('abc', 2, 5)).toThrow(RangeError);
  });

  it('completes on a megabyte of 《《《 and of 第第第', () => {
    for (const unit of ['《', '第', '《第一', '《食品安全法》第', '罚款5万元']) {
      const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
      const r = engine.scan(text, { asOf: '2024-01-01' });
      checkSpans(text, r);
    }
  }, 300_000);
});
