// Adaptive counts from the user's own articles: what the workspace writes often is right for
// this user even when the dictionary has never seen it (a form used 500 times beats a one-off).
// The LSP server and the CLI feed it with add/remove; rules read it through RuleContext.workspace.
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

function merge(into: Map<number, number>, from: Map<number, number>, sign: 1 | -1) {
  for (const [k, v] of from) {
    const n = (into.get(k) ?? 0) + sign * v;
    if (n > 0) into.set(k, n);
    else into.delete(k);
  }
}

/**
 * Counts over a set of documents, kept up to date as documents are added, changed and removed.
 * Each document keeps only its text (smaller than its counts); its counts are recomputed when it is
 * removed or left out of a query, and the last document left out is cached (one analysis asks many).
 */
export class WorkspaceCorpus {
  private readonly docs = new Map<string, string>();
  private readonly uni = new Map<number, number>();
  private readonly bi = new Map<number, number>();
  private readonly tri = new Map<number, number>();
  private words = 0;
  private own: { uri: string; text: string; counts: HashedCounts } | undefined;

  /** Adds a document, or replaces its earlier version. */
  add(uri: string, text: string): void {
    if (this.docs.get(uri) === text) return;
    this.remove(uri);
    const c = this.countsOf(uri, text);
    this.docs.set(uri, text);
    merge(this.uni, c.uni, 1);
    merge(this.bi, c.bi, 1);
    merge(this.tri, c.tri, 1);
    this.words += c.total;
  }

  remove(uri: string): void {
    const text = this.docs.get(uri);
    if (text === undefined) return;
    const c = this.countsOf(uri, text);
    this.docs.delete(uri);
    merge(this.uni, c.uni, -1);
    merge(this.bi, c.bi, -1);
    merge(this.tri, c.tri, -1);
    this.words -= c.total;
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

  private countsOf(uri: string, text: string): HashedCounts {
    if (this.own?.uri === uri && this.own.text === text) return this.own.counts;
    const counts = hashedCounts(text);
    this.own = { uri, text, counts };
    return counts;
  }

  /** The stored counts of one document (to leave it out of a query). */
  private ownCounts(uri: string | undefined): HashedCounts | undefined {
    if (!uri) return undefined;
    const text = this.docs.get(uri);
    return text === undefined ? undefined : this.countsOf(uri, text);
  }

  /** Occurrences of a syllable (lexicon key), optionally leaving one document out. */
  unigram(key: string, exceptUri?: string): number {
    const h = keyHash(key);
    return (this.uni.get(h) ?? 0) - (this.ownCounts(exceptUri)?.uni.get(h) ?? 0);
  }

  /** Occurrences of the pair `a b`, optionally leaving one document out. */
  bigram(a: string, b: string, exceptUri?: string): number {
    const h = keyHash(a, b);
    return (this.bi.get(h) ?? 0) - (this.ownCounts(exceptUri)?.bi.get(h) ?? 0);
  }

  /** Occurrences of the sequence `a b c`, optionally leaving one document out. */
  trigram(a: string, b: string, c: string, exceptUri?: string): number {
    const h = tripleHash(a, b, c);
    return (this.tri.get(h) ?? 0) - (this.ownCounts(exceptUri)?.tri.get(h) ?? 0);
  }
}
