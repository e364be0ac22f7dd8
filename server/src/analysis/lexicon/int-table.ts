// Numbers by integer key in typed arrays: what the spelling model looks up for every word of a
// text (pair evidence, the document's pair and triple counts). A Map keeps each entry as a
// separate hash-table cell and was the largest single cost of checking a long text; here a lookup
// is a multiply, a mask and a probe or two along one array, each key next to its value so that a
// probe reads one cache line, not one in a key array and another in a value array.

const EMPTY = 0;

/**
 * Integer values by key, for keys 0 ≤ key < 2^32 − 1 and values that are 32-bit integers (counts,
 * packed evidence and flags); open addressing, linear probing, no deletion.
 */
export class IntTable {
  /** Per slot two entries: the key + 1 as 32 bits (0: empty), then the value. */
  private cells: Int32Array;
  private used = 0;

  constructor(capacity = 256) {
    let n = 16;
    while (n < capacity * 2) n *= 2;
    this.cells = new Int32Array(n * 2);
  }

  get size(): number {
    return this.used;
  }

  /** The value of `key`, or undefined when it was never set. */
  get(key: number): number | undefined {
    if (!(key >= 0 && key < 0xffffffff)) return undefined; // never stored (and must not match an empty slot)
    const cells = this.cells;
    const mask = (cells.length >> 1) - 1;
    const stored = (key + 1) | 0;
    for (let i = slotOf(key) & mask; ; i = (i + 1) & mask) {
      const k = cells[i << 1];
      if (k === stored) return cells[(i << 1) + 1];
      if (k === EMPTY) return undefined;
    }
  }

  set(key: number, value: number): void {
    if (!Number.isInteger(value) || value < -0x80000000 || value > 0x7fffffff) throw new RangeError(`IntTable value out of range: ${value}`);
    // the slot first: finding it may grow the table and replace the array
    const i = this.slotFor(key);
    this.cells[(i << 1) + 1] = value;
  }

  /** Adds `by` (an integer) to the value of `key` (a key never set counts as 0). */
  add(key: number, by: number): void {
    const i = this.slotFor(key);
    this.cells[(i << 1) + 1] += by;
  }

  /** The slot holding `key`, made (with value 0) when it is not there yet. */
  private slotFor(key: number): number {
    if (!(key >= 0 && key < 0xffffffff && Number.isInteger(key))) throw new RangeError(`IntTable key out of range: ${key}`);
    if ((this.used + 1) * 2 > this.cells.length >> 1) this.grow();
    const cells = this.cells;
    const mask = (cells.length >> 1) - 1;
    const stored = (key + 1) | 0;
    for (let i = slotOf(key) & mask; ; i = (i + 1) & mask) {
      const k = cells[i << 1];
      if (k === stored) return i;
      if (k === EMPTY) {
        cells[i << 1] = stored;
        cells[(i << 1) + 1] = 0;
        this.used++;
        return i;
      }
    }
  }

  private grow(): void {
    const old = this.cells;
    const cells = (this.cells = new Int32Array(old.length * 2));
    const mask = (cells.length >> 1) - 1;
    for (let j = 0; j < old.length; j += 2) {
      const stored = old[j];
      if (stored === EMPTY) continue;
      let i = slotOf((stored >>> 0) - 1) & mask;
      while (cells[i << 1] !== EMPTY) i = (i + 1) & mask;
      cells[i << 1] = stored;
      cells[(i << 1) + 1] = old[j + 1];
    }
  }
}

/** A key's home slot before masking: its bits mixed (pair keys differ mostly in their low bits). */
function slotOf(key: number): number {
  const h = Math.imul(key ^ (key >>> 16), 0x45d9f3b);
  return (h ^ (h >>> 16)) >>> 0;
}
