// No input makes a scan superlinear. Time is not measured here (the bench does, as a ratio); the work is:
// every regular-expression execution is counted with the characters it may scan (from lastIndex for a
// global or sticky expression, else the whole string), which is where a scan spends its time. Doubling an
// unpunctuated text must at most double that work, whatever the text is made of.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../data/engine/index.ts';
import { DATA } from '../fixtures/corpus/engine-data.ts';

/**
 * The characters the regular expressions run inside `run` look at: up to the end of a match, or, without
 * one, to the end of the string, except a sticky or ^-anchored expression that fails where it stands.
 */
function regexWork(run: () => void): number {
  const exec = RegExp.prototype.exec;
  let chars = 0;
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    const s = String(input);
    const from = this.global || this.sticky ? Math.min(this.lastIndex, s.length) : 0;
    const m = exec.call(this, s);
    if (m) chars += m.index + m[0].length - from + 1;
    else chars += this.sticky || (this.source.startsWith('^') && !this.multiline) ? 1 : s.length - from + 1;
    return m;
  };
  try {
    run();
  } finally {
    RegExp.prototype.exec = exec;
  }
  return chars;
}

/** Work a scan does whatever the length (a text may need none at all below some size). */
const FIXED = 500;

const workFor = (unit: string, size: number) => {
  const text = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  // A fresh engine each time: a scan may reuse what an earlier scan of the same text found.
  const engine = createEngine(DATA);
  return regexWork(() => engine.scan(text, { asOf: '2024-01-01' }));
};

// Runs of text as people paste them: no full stop for thousands of characters.
const UNITS = {
  prose:
    '当事人销售农药残留超标的食用农产品经查属实依法应当处罚货值金额不足一万元的并处五万元以上十万元以下罚款',
  brackets: '《《食品安全法第一百二十四条（（一',
  numbers: '第１２３４５６７８９０条12345万元第一百二十四条第一款',
  lawNames: '食品安全法价格法市场主体登记管理条例行政处罚法',
  citations: '依据《中华人民共和国食品安全法》第一百二十四条第一款第（一）项、第一百三十六条和',
};

describe('scan work grows linearly with the text', () => {
  it.each(Object.keys(UNITS) as (keyof typeof UNITS)[])(
    '%s: twice the text, at most twice the work (+10 percent)',
    (name) => {
      const small = workFor(UNITS[name], 4000);
      const large = workFor(UNITS[name], 8000);
      expect(large).toBeLessThanOrEqual(2.2 * small + FIXED);
    },
  );

  it('random CJK, brackets and numbers: twice the text, at most twice the work (+10 percent)', () => {
    const pieces = [
      '《',
      '》',
      '（',
      '）',
      '第',
      '条',
      '款',
      '项',
      '一百',
      '１２',
      '34',
      '万元',
      '罚款',
      '食品',
      '安全法',
      '的',
      '、',
    ];
    const unit = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 12 }).map((a) => a.join(''));
    fc.assert(
      fc.property(unit, (u) => {
        expect(workFor(u, 4000)).toBeLessThanOrEqual(2.2 * workFor(u, 2000) + FIXED);
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
