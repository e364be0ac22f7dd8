// The compiled lexicon (server/out/lexicon.bin, built by server/scripts/build-lexicon.mjs):
// syllables, which of them and which pairs are dictionary words, and n-gram counts from the
// dictionary's definitions and examples. Loaded once, as typed-array views over one buffer.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { assetCandidates } from './assets';

/** Syllable flags. */
export const SYL_WORD = 1; // a one-syllable dictionary entry
export const SYL_LEXICON = 2; // part of some dictionary entry
export const SYL_CORPUS = 4; // seen in the definitions and examples
export const SYL_LOWER = 8; // seen in lower case (not only in names)
/** Pair flags. */
export const PAIR_WORD = 1; // a two-syllable dictionary entry
export const PAIR_IN_WORD = 2; // adjacent inside a longer entry

interface Header {
  format: number;
  stamp: string;
  corpusWords: number;
  entries: number;
  syllables: string[];
  foreign: string[];
  sections: Record<string, { offset: number; length: number; type: string }>;
}

/** Index of `key` in the sorted keys[lo..hi], or -1. */
function searchSorted(keys: Uint32Array | Float64Array, key: number, lo: number, hi: number): number {
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = keys[mid];
    if (v === key) return mid;
    if (v < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** For sorted keys whose first syllable is floor(key / unit): where each first syllable's keys start
 * (n + 1 entries; the keys of a are at [starts[a], starts[a + 1])). */
function firstKeyStarts(keys: Uint32Array | Float64Array, n: number, unit: number): Uint32Array {
  const starts = new Uint32Array(n + 1);
  let k = 0;
  for (let a = 0; a <= n; a++) {
    while (k < keys.length && Math.floor(keys[k] / unit) < a) k++;
    starts[a] = k;
  }
  return starts;
}

export class LexiconError extends Error {}

export class Lexicon {
  readonly corpusWords: number;
  readonly syllableCount: number;
  /** Number of distinct pairs seen in the corpus (for continuation probabilities). */
  readonly pairTypes: number;
  private readonly ids = new Map<string, number>();
  private readonly keys: string[];
  private readonly foreign: Set<string>;
  private readonly uni: Uint32Array;
  private readonly free: Uint32Array;
  /** Free-standing occurrences in the corpus, all syllables. */
  readonly freeTotal: number;
  private readonly flags: Uint8Array;
  private readonly bk: Uint32Array;
  private readonly bc: Uint16Array;
  private readonly bf: Uint8Array;
  private readonly tk: Float64Array;
  private readonly tc: Uint16Array;
  /** Per syllable: corpus pair count starting with it, distinct followers, distinct predecessors. */
  private readonly followTotal: Uint32Array;
  private readonly followTypes: Uint32Array;
  private readonly precedeTypes: Uint32Array;
  /** Per syllable a: the range [start[a], start[a + 1]) of the sorted bigram and trigram keys that
   * begin with a, so a lookup searches a few dozen keys near each other instead of all of them. */
  private readonly bigramStart: Uint32Array;
  private readonly trigramStart: Uint32Array;

  constructor(buf: Buffer, readonly path = '(buffer)') {
    if (buf.length < 8 || buf.toString('latin1', 0, 4) !== 'VPLX') throw new LexiconError(`${path} is not a VietProof lexicon`);
    const len = buf.readUInt32LE(4);
    const header = JSON.parse(buf.toString('utf8', 8, 8 + len)) as Header;
    if (header.format !== 1) throw new LexiconError(`${path}: unsupported lexicon format ${header.format}`);
    const base = 8 + len;
    // typed arrays need aligned offsets: copy once if the buffer is not 8-byte aligned
    let ab = buf.buffer;
    let at = buf.byteOffset + base;
    if (at % 8) {
      const copy = new Uint8Array(buf.length - base);
      copy.set(buf.subarray(base));
      ab = copy.buffer;
      at = 0;
    }
    const view = <T>(name: string, Ctor: { new (b: ArrayBufferLike, o: number, l: number): T }): T => {
      const s = header.sections[name];
      if (!s) throw new LexiconError(`${path}: missing section ${name}`);
      return new Ctor(ab, at + s.offset, s.length);
    };
    this.corpusWords = header.corpusWords;
    this.keys = header.syllables;
    this.syllableCount = this.keys.length;
    this.keys.forEach((k, i) => this.ids.set(k, i));
    this.foreign = new Set(header.foreign);
    this.uni = view('unigramCounts', Uint32Array);
    this.free = view('freeCounts', Uint32Array);
    let freeTotal = 0;
    for (let i = 0; i < this.free.length; i++) freeTotal += this.free[i];
    this.freeTotal = freeTotal;
    this.flags = view('syllableFlags', Uint8Array);
    this.bk = view('bigramKeys', Uint32Array);
    this.bc = view('bigramCounts', Uint16Array);
    this.bf = view('bigramFlags', Uint8Array);
    this.tk = view('trigramKeys', Float64Array);
    this.tc = view('trigramCounts', Uint16Array);
    const n = this.syllableCount;
    this.followTotal = new Uint32Array(n);
    this.followTypes = new Uint32Array(n);
    this.precedeTypes = new Uint32Array(n);
    let types = 0;
    for (let i = 0; i < this.bk.length; i++) {
      const c = this.bc[i];
      if (!c) continue;
      const k = this.bk[i];
      const a = k >>> 16;
      const b = k & 0xffff;
      this.followTotal[a] += c;
      this.followTypes[a]++;
      this.precedeTypes[b]++;
      types++;
    }
    this.pairTypes = types;
    this.bigramStart = firstKeyStarts(this.bk, n, 65536);
    this.trigramStart = firstKeyStarts(this.tk, n, 4294967296);
  }

  /** Id of a lexicon key (see keys.ts), or -1. */
  id(key: string): number {
    return this.ids.get(key) ?? -1;
  }

  key(id: number): string {
    return this.keys[id];
  }

  count(id: number): number {
    return id < 0 ? 0 : this.uni[id];
  }

  /** Corpus occurrences outside any dictionary compound with a neighbour (how freely it stands alone). */
  freeCount(id: number): number {
    return id < 0 ? 0 : this.free[id];
  }

  syllableFlags(id: number): number {
    return id < 0 ? 0 : this.flags[id];
  }

  /** Where the pair `a b` is stored (for pairCountAt and pairFlagsAt), or -1. */
  pairAt(a: number, b: number): number {
    return this.pairIndex(a, b);
  }

  pairCountAt(i: number): number {
    return this.bc[i];
  }

  pairFlagsAt(i: number): number {
    return this.bf[i];
  }

  private pairIndex(a: number, b: number): number {
    if (a < 0 || b < 0 || a >= this.syllableCount) return -1;
    return searchSorted(this.bk, a * 65536 + b, this.bigramStart[a], this.bigramStart[a + 1] - 1);
  }

  /** How often `a b` occurs in the corpus. */
  pairCount(a: number, b: number): number {
    const i = this.pairIndex(a, b);
    return i < 0 ? 0 : this.bc[i];
  }

  /** PAIR_WORD / PAIR_IN_WORD flags of `a b`. */
  pairFlags(a: number, b: number): number {
    const i = this.pairIndex(a, b);
    return i < 0 ? 0 : this.bf[i];
  }

  tripleCount(a: number, b: number, c: number): number {
    if (a < 0 || b < 0 || c < 0 || a >= this.syllableCount) return 0;
    const i = searchSorted(this.tk, a * 4294967296 + b * 65536 + c, this.trigramStart[a], this.trigramStart[a + 1] - 1);
    return i < 0 ? 0 : this.tc[i];
  }

  /** Corpus pairs that start with `a` (two numbers, not an object: asked for every word scored). */
  followerTotal(a: number): number {
    return a < 0 ? 0 : this.followTotal[a];
  }

  /** Distinct syllables seen after `a`. */
  followerTypes(a: number): number {
    return a < 0 ? 0 : this.followTypes[a];
  }

  predecessorTypes(b: number): number {
    return b < 0 ? 0 : this.precedeTypes[b];
  }

  /** A letters-only word the dictionary uses that is not a Vietnamese syllable (email, internet). */
  isForeignWord(lowerWord: string): boolean {
    return this.foreign.has(lowerWord);
  }
}

const ASSET = 'lexicon.bin';

/** Where the asset may be, most specific first. */
export function lexiconCandidates(): string[] {
  return assetCandidates(ASSET, 'VIETPROOF_LEXICON');
}

let loaded: Lexicon | undefined;
let failure: Error | undefined;
let loadMs = 0;

/** The lexicon, loaded on first use. Throws a LexiconError saying how to build it when missing. */
export function loadLexicon(): Lexicon {
  if (loaded) return loaded;
  if (failure) throw failure;
  const t0 = performance.now();
  const explicit = process.env.VIETPROOF_LEXICON;
  if (explicit && !existsSync(resolve(explicit))) {
    // a path the user chose is not silently replaced by another asset
    failure = new LexiconError(`VIETPROOF_LEXICON points to ${resolve(explicit)}, which does not exist`);
    throw failure;
  }
  const path = lexiconCandidates().find((p) => existsSync(p));
  if (!path) {
    failure = new LexiconError(
      `VietProof lexicon not found (${ASSET}); build it with \`node server/scripts/build-lexicon.mjs\` or set VIETPROOF_LEXICON`,
    );
    throw failure;
  }
  try {
    loaded = new Lexicon(readFileSync(path), path);
  } catch (err) {
    failure = err instanceof LexiconError ? err : new LexiconError(`cannot read ${path}: ${String(err)}`);
    throw failure;
  }
  loadMs = performance.now() - t0;
  return loaded;
}

/** The lexicon, or undefined when it cannot be loaded (the reason is in lexiconError()). */
export function tryLexicon(): Lexicon | undefined {
  try {
    return loadLexicon();
  } catch {
    return undefined;
  }
}

export function lexiconError(): Error | undefined {
  return failure;
}

/** Milliseconds the last load took (0 before loading). */
export function lexiconLoadMs(): number {
  return loadMs;
}

/** Use this lexicon instead of the asset; undefined forgets it (and any failure) so the next use loads again. */
export function setLexicon(lex: Lexicon | undefined): void {
  loaded = lex;
  failure = undefined;
}
