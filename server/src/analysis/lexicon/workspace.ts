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

function merge<K>(into: Map<K, number>, from: Map<K, number>, sign: 1 | -1) {
  for (const [k, v] of from) {
    const n = (into.get(k) ?? 0) + sign * v;
    if (n > 0) into.set(k, n);
    else into.delete(k);
  }
}

/** Counts over a set of documents, kept up to date as documents are added, changed and removed. */
export class WorkspaceCorpus {
  private readonly docs = new Map<string, SyllableCounts>();
  private readonly uni = new Map<string, number>();
  private readonly bi = new Map<string, number>();
  private readonly tri = new Map<number, number>();
  private words = 0;

  /** Adds a document, or replaces its earlier version. */
  add(uri: string, text: string): void {
    this.remove(uri);
    const c = countSyllables(text);
    this.docs.set(uri, c);
    merge(this.uni, c.unigrams, 1);
    merge(this.bi, c.bigrams, 1);
    merge(this.tri, c.trigrams, 1);
    this.words += c.total;
  }

  remove(uri: string): void {
    const c = this.docs.get(uri);
    if (!c) return;
    this.docs.delete(uri);
    merge(this.uni, c.unigrams, -1);
    merge(this.bi, c.bigrams, -1);
    merge(this.tri, c.trigrams, -1);
    this.words -= c.total;
  }

  clear(): void {
    this.docs.clear();
    this.uni.clear();
    this.bi.clear();
    this.tri.clear();
    this.words = 0;
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

  /** Occurrences of a syllable (lexicon key), optionally leaving one document out. */
  unigram(key: string, exceptUri?: string): number {
    const n = this.uni.get(key) ?? 0;
    const own = exceptUri ? (this.docs.get(exceptUri)?.unigrams.get(key) ?? 0) : 0;
    return n - own;
  }

  /** Occurrences of the pair `a b`, optionally leaving one document out. */
  bigram(a: string, b: string, exceptUri?: string): number {
    const k = a + ' ' + b;
    const n = this.bi.get(k) ?? 0;
    const own = exceptUri ? (this.docs.get(exceptUri)?.bigrams.get(k) ?? 0) : 0;
    return n - own;
  }

  /** Occurrences of the sequence `a b c`, optionally leaving one document out. */
  trigram(a: string, b: string, c: string, exceptUri?: string): number {
    const h = tripleHash(a, b, c);
    const n = this.tri.get(h) ?? 0;
    const own = exceptUri ? (this.docs.get(exceptUri)?.trigrams.get(h) ?? 0) : 0;
    return n - own;
  }
}
