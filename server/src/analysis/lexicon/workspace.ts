// Adaptive counts from the user's own articles: what the workspace writes often is right for
// this user even when the dictionary has never seen it (a form used 500 times beats a one-off).
// The LSP server (through its index worker: addCounted) and the CLI (add) feed it; rules read it
// through RuleContext.workspace.
import { CountTable } from './count-table';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { tokenize } from '../text/document';
import { lexKey } from './keys';

export interface SyllableCounts {
  /** Syllable occurrences by lexicon key. */
  unigrams: Map<string, number>;
  /** Adjacent pairs by `a b` (lexicon keys joined by a space), within a phrase. */
  bigrams: Map<string, number>;
  /** Three-syllable sequences by tripleHash(a, b, c) (numbers keep memory small). */
  trigrams: Map<number, number>;
  /** Syllables counted. */
  total: number;
}

/** Splits text into phrases of syllables (lexicon keys): punctuation, numbers and foreign words cut. */
export function syllableRuns(text: string): string[][] {
  const runs: string[][] = [];
  let cur: string[] = [];
  let lastEnd = -1;
  for (const t of tokenize(text)) {
    const key = t.kind === 'word' ? lexKey(t.nfc) : undefined;
    // a line break also ends a phrase
    const broken = lastEnd >= 0 && /[\n\r]/.test(text.slice(lastEnd, t.start));
    if (key === undefined || broken) {
      if (cur.length) runs.push(cur);
      cur = [];
    }
    if (key !== undefined) cur.push(key);
    lastEnd = t.end;
  }
  if (cur.length) runs.push(cur);
  return runs;
}

/** A 32-bit hash of three keys (FNV-1a over their characters, separated). */
export function tripleHash(a: string, b: string, c: string): number {
  let h = 0x811c9dc5;
  const mix = (s: string) => {
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0x20, 0x01000193);
  };
  mix(a);
  mix(b);
  mix(c);
  return h >>> 0;
}

export function countSyllables(text: string): SyllableCounts {
  const unigrams = new Map<string, number>();
  const bigrams = new Map<string, number>();
  const trigrams = new Map<number, number>();
  let total = 0;
  for (const run of syllableRuns(text)) {
    for (let i = 0; i < run.length; i++) {
      unigrams.set(run[i], (unigrams.get(run[i]) ?? 0) + 1);
      total++;
      if (i + 1 < run.length) {
        const k = run[i] + ' ' + run[i + 1];
        bigrams.set(k, (bigrams.get(k) ?? 0) + 1);
      }
      if (i + 2 < run.length) {
        const h = tripleHash(run[i], run[i + 1], run[i + 2]);
        trigrams.set(h, (trigrams.get(h) ?? 0) + 1);
      }
    }
  }
  return { unigrams, bigrams, trigrams, total };
}

/** A 52-bit hash of keys joined by separators (two FNV-1a streams): exact enough for counts, and a number
 * key keeps the maps small (a 5,000-article workspace holds millions of pairs and triples). */
export function keyHash(...parts: string[]): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (const s of parts) {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    }
    h1 = Math.imul(h1 ^ 0x20, 0x01000193);
    h2 = Math.imul(h2 ^ 0x20, 0x5bd1e995);
  }
  return (h1 >>> 0) * 0x100000 + ((h2 >>> 0) & 0xfffff);
}

interface HashedCounts {
  uni: Map<number, number>;
  bi: Map<number, number>;
  tri: Map<number, number>;
  total: number;
}

function hashedCounts(text: string): HashedCounts {
  const c = countSyllables(text);
  const uni = new Map<number, number>();
  for (const [k, v] of c.unigrams) uni.set(keyHash(k), v);
  const bi = new Map<number, number>();
  for (const [k, v] of c.bigrams) {
    const sp = k.indexOf(' ');
    bi.set(keyHash(k.slice(0, sp), k.slice(sp + 1)), v);
  }
  return { uni, bi, tri: c.trigrams, total: c.total };
}

/**
 * One document's hashed counts as flat arrays of (hash, count) pairs: what the index worker sends
 * the main thread (typed arrays are copied or transferred in one block, Maps entry by entry).
 * Hashes are below 2^53, so a Float64Array holds them exactly.
 */
export interface PackedCounts {
  uni: Float64Array;
  bi: Float64Array;
  tri: Float64Array;
  total: number;
}

/** A document as the corpus stores it (`packed`, see packText) with the counts computed from it. */
export interface CountedText {
  packed: Uint8Array;
  counts: PackedCounts;
}

function pairsOf(map: Map<number, number>): Float64Array {
  const out = new Float64Array(map.size * 2);
  let i = 0;
  for (const [k, v] of map) {
    out[i++] = k;
    out[i++] = v;
  }
  return out;
}

function packCounts(c: HashedCounts): PackedCounts {
  return { uni: pairsOf(c.uni), bi: pairsOf(c.bi), tri: pairsOf(c.tri), total: c.total };
}

/**
 * A document's text in the corpus's stored form: UTF-8, deflated (level 1: ~4x smaller than a JS
 * string of Vietnamese, which is two bytes a character, and ~0.1 ms to inflate a 5 KB article).
 * Deflate is deterministic, so equal texts pack to equal bytes.
 */
export function packText(text: string): Uint8Array {
  // zlib returns a slice of a 16 KB chunk: copy so the stored bytes hold only their own memory
  return new Uint8Array(deflateRawSync(Buffer.from(text, 'utf8'), { level: 1 }));
}

export function unpackText(packed: Uint8Array): string {
  return inflateRawSync(packed).toString('utf8');
}

/** Packs a text and counts it exactly as WorkspaceCorpus.add would (the index worker's half of add). */
export function countText(text: string): CountedText {
  return { packed: packText(text), counts: packCounts(hashedCounts(text)) };
}

/** The counts of a stored (packed) text. */
export function countPacked(packed: Uint8Array): PackedCounts {
  return packCounts(hashedCounts(unpackText(packed)));
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a === b || (a.length === b.length && Buffer.compare(a, b) === 0);
}

function merge(into: CountTable, pairs: Float64Array, sign: 1 | -1) {
  for (let i = 0; i < pairs.length; i += 2) into.add(pairs[i], sign * pairs[i + 1]);
}

/**
 * Counts over a set of documents, kept up to date as documents are added, changed and removed.
 * Each document keeps only its packed text (far smaller than its counts); its counts are recomputed
 * when it is removed or left out of a query, and the last document left out is cached (one analysis
 * asks many). Counts computed elsewhere (addCounted, removeCounted) spare this thread the tokenizing.
 */
export class WorkspaceCorpus {
  private readonly docs = new Map<string, Uint8Array>();
  private readonly uni = new CountTable();
  private readonly bi = new CountTable();
  private readonly tri = new CountTable();
  private words = 0;
  /** The counts of the document last left out, for the packed bytes they were computed from. */
  private own: { uri: string; packed: Uint8Array; counts: HashedCounts } | undefined;

  /** Adds a document, or replaces its earlier version. */
  add(uri: string, text: string): void {
    const packed = packText(text);
    const stored = this.docs.get(uri);
    if (stored && sameBytes(stored, packed)) return;
    this.remove(uri);
    this.insert(uri, packed, packCounts(hashedCounts(text)));
  }

  /**
   * Adds a document counted elsewhere (`countText`), or replaces its earlier version. `previous`,
   * when given, is the stored version with its counts: replacing it then needs no recount here
   * (if the stored version is another one after all, it is recounted, so the counts stay exact).
   */
  addCounted(uri: string, doc: CountedText, previous?: CountedText): void {
    const stored = this.docs.get(uri);
    if (stored && sameBytes(stored, doc.packed)) return;
    this.removeCounted(uri, previous);
    this.insert(uri, doc.packed, doc.counts);
  }

  remove(uri: string): void {
    this.removeCounted(uri);
  }

  /** Removes a document; `previous` as in addCounted. */
  removeCounted(uri: string, previous?: CountedText): void {
    const stored = this.docs.get(uri);
    if (stored === undefined) return;
    const counts = previous && sameBytes(stored, previous.packed) ? previous.counts : this.packedCountsOf(uri, stored);
    this.docs.delete(uri);
    merge(this.uni, counts.uni, -1);
    merge(this.bi, counts.bi, -1);
    merge(this.tri, counts.tri, -1);
    this.words -= counts.total;
    if (this.own?.uri === uri) this.own = undefined;
  }

  /** The stored (packed) text of a document, e.g. to have its counts computed elsewhere. */
  packedText(uri: string): Uint8Array | undefined {
    return this.docs.get(uri);
  }

  clear(): void {
    this.docs.clear();
    this.uni.clear();
    this.bi.clear();
    this.tri.clear();
    this.words = 0;
    this.own = undefined;
  }

  has(uri: string): boolean {
    return this.docs.has(uri);
  }

  get documentCount(): number {
    return this.docs.size;
  }

  get totalSyllables(): number {
    return this.words;
  }

  private insert(uri: string, packed: Uint8Array, counts: PackedCounts): void {
    this.docs.set(uri, packed);
    merge(this.uni, counts.uni, 1);
    merge(this.bi, counts.bi, 1);
    merge(this.tri, counts.tri, 1);
    this.words += counts.total;
  }

  private packedCountsOf(uri: string, packed: Uint8Array): PackedCounts {
    if (this.own?.uri === uri && this.own.packed === packed) return packCounts(this.own.counts);
    return countPacked(packed);
  }

  /** The stored counts of one document (to leave it out of a query). */
  private ownCounts(uri: string | undefined): HashedCounts | undefined {
    if (!uri) return undefined;
    const packed = this.docs.get(uri);
    if (packed === undefined) return undefined;
    if (this.own?.uri === uri && this.own.packed === packed) return this.own.counts;
    const counts = hashedCounts(unpackText(packed));
    this.own = { uri, packed, counts };
    return counts;
  }

  /** Occurrences of a syllable (lexicon key), optionally leaving one document out. */
  unigram(key: string, exceptUri?: string): number {
    const h = keyHash(key);
    return this.uni.get(h) - (this.ownCounts(exceptUri)?.uni.get(h) ?? 0);
  }

  /** Occurrences of the pair `a b`, optionally leaving one document out. */
  bigram(a: string, b: string, exceptUri?: string): number {
    const h = keyHash(a, b);
    return this.bi.get(h) - (this.ownCounts(exceptUri)?.bi.get(h) ?? 0);
  }

  /** Occurrences of the sequence `a b c`, optionally leaving one document out. */
  trigram(a: string, b: string, c: string, exceptUri?: string): number {
    const h = tripleHash(a, b, c);
    return this.tri.get(h) - (this.ownCounts(exceptUri)?.tri.get(h) ?? 0);
  }
}
