// The corpus's count table must agree with a Map on every sequence of additions and removals.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CountTable } from '../../../server/src/analysis/lexicon/count-table';

describe('CountTable', () => {
  it('agrees with a Map (counts never below 0) for any sequence of adds and removals, keys up to 2^52', () => {
    const key = fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 2 ** 32 + 5 }), fc.integer({ min: 2 ** 52 - 50, max: 2 ** 52 - 1 }));
    fc.assert(
      fc.property(fc.array(fc.tuple(key, fc.integer({ min: -3, max: 5 })), { maxLength: 400 }), (ops) => {
        const table = new CountTable();
        const ref = new Map<number, number>();
        for (const [k, d] of ops) {
          table.add(k, d);
          ref.set(k, Math.max(0, (ref.get(k) ?? 0) + d));
        }
        for (const [k, v] of ref) expect(table.get(k)).toBe(v);
        expect(table.size).toBe([...ref.values()].filter((v) => v > 0).length);
        expect(table.get(123456789012)).toBe(ref.get(123456789012) ?? 0);
      }),
      { seed: 11, numRuns: 300 },
    );
  });

  it('grows to many keys and keeps them all, and forgets everything on clear', () => {
    const table = new CountTable();
    for (let k = 0; k < 200_000; k++) table.add(k * 7919 + 2 ** 40, (k % 3) + 1);
    expect(table.size).toBe(200_000);
    for (let k = 0; k < 200_000; k += 997) expect(table.get(k * 7919 + 2 ** 40)).toBe((k % 3) + 1);
    expect(table.get(5)).toBe(0);
    // removing everything, then adding again, leaves exact counts (zero slots are reused or dropped)
    for (let k = 0; k < 200_000; k++) table.add(k * 7919 + 2 ** 40, -10);
    expect(table.size).toBe(0);
    for (let k = 0; k < 1000; k++) table.add(k, 2);
    expect(table.get(999)).toBe(2);
    table.clear();
    expect(table.size).toBe(0);
    expect(table.get(999)).toBe(0);
  });
});
