// IntTable against a Map: the same answers for any sequence of sets, adds and lookups.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IntTable } from '../../../server/src/analysis/lexicon/int-table';

describe('IntTable', () => {
  it('answers like a Map through growth, for pair-like and hash-like keys', () => {
    const key = fc.oneof(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 7600 }).chain((a) => fc.integer({ min: 0, max: 7600 }).map((b) => a * 65536 + b)), fc.integer({ min: 0, max: 0xfffffffe }));
    // values are 32-bit integers: large ones set, small ones added (counts), so no sum leaves the range
    const small = fc.integer({ min: -5, max: 50 });
    const op = fc.oneof(
      fc.tuple(fc.constant('set'), key, fc.oneof(small, fc.integer({ min: -(2 ** 30), max: 2 ** 30 }))),
      fc.tuple(fc.constantFrom('add', 'get'), key, small),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 3000 }), (ops) => {
        const table = new IntTable(4);
        const map = new Map<number, number>();
        for (const [what, k, v] of ops) {
          if (what === 'set') {
            table.set(k, v);
            map.set(k, v);
          } else if (what === 'add') {
            table.add(k, v);
            map.set(k, (map.get(k) ?? 0) + v);
          } else expect(table.get(k)).toBe(map.get(k));
        }
        expect(table.size).toBe(map.size);
        for (const [k, v] of map) expect(table.get(k)).toBe(v);
      }),
      { numRuns: 60, seed: 20261201 },
    );
  });

  it('refuses keys and values it cannot hold instead of mixing them up', () => {
    const t = new IntTable();
    expect(() => t.set(-1, 1)).toThrow(RangeError);
    expect(() => t.add(0xffffffff, 1)).toThrow(RangeError);
    expect(() => t.set(1.5, 1)).toThrow(RangeError);
    expect(() => t.set(2, 0.5)).toThrow(RangeError);
    expect(() => t.set(2, 2 ** 31)).toThrow(RangeError);
    expect(t.get(-1)).toBeUndefined();
    expect(t.get(0xffffffff)).toBeUndefined();
    expect(t.size).toBe(0);
  });
});
