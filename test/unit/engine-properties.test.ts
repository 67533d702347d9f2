// Property tests: any text scans without throwing, every reported span slices back to its text, the
// incremental scanner agrees with a fresh scan, and adversarial megabyte inputs complete.
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
