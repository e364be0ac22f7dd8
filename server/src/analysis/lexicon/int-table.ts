// Numbers by integer key in typed arrays: what the spelling model looks up for every word of a
// text (pair evidence, the document's pair and triple counts). A Map keeps each entry as a
// separate hash-table cell and was the largest single cost of checking a long text; here a lookup
// is a multiply, a mask and a probe or two along one array.

const EMPTY = 0;

/** Values by key, for keys 0 ≤ key < 2^32 − 1 (open addressing, linear probing; no deletion). */
export class IntTable {
  /** key + 1 per slot (0: empty). */
  private keys: Uint32Array;
  private values: Float64Array;
  private used = 0;

  constructor(capacity = 256) {
    let n = 16;
    while (n < capacity * 2) n *= 2;
    this.keys = new Uint32Array(n);
    this.values = new Float64Array(n);
  }

  get size(): number {
    return this.used;
  }

  /** The value of `key`, or undefined when it was never set. */
  get(key: number): number | undefined {
    const keys = this.keys;
    const mask = keys.length - 1;
    const stored = key + 1;
    if (!(stored > 0)) return undefined; // a negative key is never stored (and must not match an empty slot)
    for (let i = slotOf(key) & mask; ; i = (i + 1) & mask) {
      const k = keys[i];
      if (k === stored) return this.values[i];
      if (k === EMPTY) return undefined;
    }
  }

  set(key: number, value: number): void {
    // the slot first: finding it may grow the table and replace the arrays
    const i = this.slotFor(key);
    this.values[i] = value;
  }

  /** Adds `by` to the value of `key` (a key never set counts as 0). */
  add(key: number, by: number): void {
    const i = this.slotFor(key);
    this.values[i] += by;
  }

  /** The slot holding `key`, made (with value 0) when it is not there yet. */
  private slotFor(key: number): number {
    if (!(key >= 0 && key < 0xffffffff && Number.isInteger(key))) throw new RangeError(`IntTable key out of range: ${key}`);
    if ((this.used + 1) * 2 > this.keys.length) this.grow();
    const keys = this.keys;
    const mask = keys.length - 1;
    const stored = key + 1;
    for (let i = slotOf(key) & mask; ; i = (i + 1) & mask) {
      const k = keys[i];
      if (k === stored) return i;
      if (k === EMPTY) {
        keys[i] = stored;
        this.values[i] = 0;
        this.used++;
        return i;
      }
    }
  }

  private grow(): void {
    const keys = this.keys;
    const values = this.values;
    this.keys = new Uint32Array(keys.length * 2);
    this.values = new Float64Array(keys.length * 2);
    const mask = this.keys.length - 1;
    for (let j = 0; j < keys.length; j++) {
      const stored = keys[j];
      if (stored === EMPTY) continue;
      let i = slotOf(stored - 1) & mask;
      while (this.keys[i] !== EMPTY) i = (i + 1) & mask;
      this.keys[i] = stored;
      this.values[i] = values[j];
    }
  }
}

/** A key's home slot before masking: its bits mixed (pair keys differ mostly in their low bits). */
function slotOf(key: number): number {
  const h = Math.imul(key ^ (key >>> 16), 0x45d9f3b);
  return (h ^ (h >>> 16)) >>> 0;
}
