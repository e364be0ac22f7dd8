// Counts by integer key (up to 2^53) for the workspace corpus: millions of pairs and triples in a
// large folder. A Map holds each as a boxed number in a growing hash table (about 60 bytes an
// entry, and one growth step copies all of it while the editor waits); here keys and counts live
// in typed arrays, split into shards so that a growth step copies one shard only.

const SHARDS = 64;
const INITIAL_CAPACITY = 64;

class Shard {
  /** key + 1 per slot (0: empty slot). */
  keys = new Float64Array(INITIAL_CAPACITY);
  counts = new Uint32Array(INITIAL_CAPACITY);
  used = 0;
}

/** Slot hash of a key: its high and low 32 bits mixed (keys are already hashes, but the low bits
 * also pick the shard). */
function mix(key: number): number {
  const lo = key >>> 0;
  const hi = Math.floor(key / 4294967296) >>> 0;
  return Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca77) >>> 7;
}

export class CountTable {
  private shards: Shard[] = Array.from({ length: SHARDS }, () => new Shard());
  private live = 0;

  /** The count of `key` (0 when never added). */
  get(key: number): number {
    const shard = this.shards[(key >>> 0) % SHARDS];
    const mask = shard.keys.length - 1;
    const stored = key + 1;
    for (let i = mix(key) & mask; ; i = (i + 1) & mask) {
      const k = shard.keys[i];
      if (k === stored) return shard.counts[i];
      if (k === 0) return 0;
    }
  }

  /** Adds `delta` (negative to take away) to the count of `key`; a count never goes below 0. A key
   * whose count falls to 0 keeps its slot (no tombstones), ready for the next document to use it. */
  add(key: number, delta: number): void {
    let shard = this.shards[(key >>> 0) % SHARDS];
    if ((shard.used + 1) * 4 > shard.keys.length * 3) shard = this.grow((key >>> 0) % SHARDS);
    const mask = shard.keys.length - 1;
    const stored = key + 1;
    for (let i = mix(key) & mask; ; i = (i + 1) & mask) {
      const k = shard.keys[i];
      if (k === stored) {
        const before = shard.counts[i];
        const after = Math.max(0, before + delta);
        shard.counts[i] = after;
        this.live += Number(after > 0) - Number(before > 0);
        return;
      }
      if (k === 0) {
        if (delta <= 0) return; // nothing to take away from
        shard.keys[i] = stored;
        shard.counts[i] = delta;
        shard.used++;
        this.live++;
        return;
      }
    }
  }

  /** Keys with a count above 0. */
  get size(): number {
    return this.live;
  }

  clear(): void {
    this.shards = Array.from({ length: SHARDS }, () => new Shard());
    this.live = 0;
  }

  private grow(index: number): Shard {
    const old = this.shards[index];
    const next = new Shard();
    // entries whose count fell to 0 are left behind: growth is also the clean-up
    let live = 0;
    for (let i = 0; i < old.keys.length; i++) if (old.keys[i] !== 0 && old.counts[i] > 0) live++;
    let capacity = INITIAL_CAPACITY;
    while ((live + 1) * 2 > capacity) capacity *= 2;
    next.keys = new Float64Array(capacity);
    next.counts = new Uint32Array(capacity);
    const mask = capacity - 1;
    for (let i = 0; i < old.keys.length; i++) {
      const stored = old.keys[i];
      if (stored === 0 || old.counts[i] === 0) continue;
      let j = mix(stored - 1) & mask;
      while (next.keys[j] !== 0) j = (j + 1) & mask;
      next.keys[j] = stored;
      next.counts[j] = old.counts[i];
      next.used++;
    }
    this.shards[index] = next;
    return next;
  }
}
