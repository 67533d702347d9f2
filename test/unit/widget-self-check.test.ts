// The self-check's verdict from a user's answers to a list item's conditions.
import { describe, expect, it } from 'vitest';
import type { ListItem } from '../../data/engine/model.ts';
import { verdictOf } from '../../widget/src/self-check.tsx';

describe('self-check verdict', () => {
  const item = { conditions: ['首次违法', '危害后果轻微', '及时改正'] } as ListItem;
  it.each([
    [{}, { open: 3 }],
    [{ 0: true, 2: true }, { open: 1 }],
    [{ 0: true, 1: true, 2: true }, 'applies'],
    [{ 1: false }, 'fails'],
    [{ 0: true, 1: true, 2: false }, 'fails'],
  ])('answers %j give %j', (answers, verdict) => {
    expect(verdictOf(item, answers)).toEqual(verdict);
  });
});
