// The workspace's articles, indexed in the background: each article's title and officials (for
// workspace symbols: Ctrl+T "Bùi Văn Cường" lists every article naming him) and its syllable counts
// (the spelling rules' adaptive context model). No LSP imports: the server drives it.
import { pathToFileURL } from 'node:url';
import { analyze, ArticleText, type AnalysisResult, type Settings } from '../analysis';
import { countPacked, countText, WorkspaceCorpus, type CountedText } from '../analysis/lexicon/workspace';
import { detectVietnamese } from '../analysis/text/detect';
import { readArticle } from './read-article';
import { walkFiles } from './walk';

export interface IndexedPlace {
  /** 0-based line and UTF-16 character, as LSP positions. */
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
}

export interface IndexedArticle {
  uri: string;
  title?: { text: string } & IndexedPlace;
  officials: Array<{ name: string; titles: string[]; mentions: number } & IndexedPlace>;
}

/** Enough for a large newsroom folder, bounded so a home directory opened by mistake stays cheap. */
export const MAX_INDEXED_FILES = 20000;
// a news article is a few KB: anything far larger (a 1 MB dump) is not one, and its counts would
// swamp the articles' in the context model, so it is left to the open-file path
const MAX_INDEXED_BYTES = 256 * 1024;

/** What indexing one file found: its summary and counted text, or neither when it is not an article. */
export interface IndexResult {
  uri: string;
  article?: IndexedArticle;
  counted?: CountedText;
  /** The version the corpus held when the file was handed over, with its counts (so the main
   * thread replaces or removes it without tokenizing it again). */
  previous?: CountedText;
}

function place(doc: ArticleText, start: number, end: number): IndexedPlace {
  const a = doc.lineAt(start);
  const b = doc.lineAt(end);
  return { line: a.index, character: start - a.start, endLine: b.index, endCharacter: end - b.start };
}

export function summarize(uri: string, text: string, result: AnalysisResult): IndexedArticle {
  const doc = new ArticleText(text);
  const { article } = result;
  return {
    uri,
    title: article.title ? { text: article.title.text, ...place(doc, article.title.start, article.title.end) } : undefined,
    officials: article.officials
      .filter((o) => o.mentions.length)
      .map((o) => {
        const first = o.mentions.reduce((x, y) => (y.start < x.start ? y : x));
        return { name: o.name, titles: o.titles, mentions: o.mentions.length, ...place(doc, first.start, first.end) };
      }),
  };
}

/** `.txt` files under the roots, depth first, sorted, at most MAX_INDEXED_FILES. */
export function listArticleFiles(roots: readonly string[]): string[] {
  const out: string[] = [];
  for (const r of roots) walkFiles(r, (name) => /\.txt$/i.test(name), MAX_INDEXED_FILES, out);
  return out;
}

/** Normalised for matching: lower case, no diacritics, đ → d. */
export function foldForSearch(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

/** Every character of the query appears in order (the fuzzy match editors use for symbols). */
export function fuzzyMatch(query: string, name: string): boolean {
  const q = foldForSearch(query).replace(/\s+/g, '');
  const n = foldForSearch(name);
  let i = 0;
  for (const ch of n) if (ch === q[i]) i++;
  return i === q.length;
}

/**
 * Reads, checks and analyses one file (the index worker's work: the main thread only applies the
 * result). `previous` is the packed text the corpus holds for it, if any.
 */
export function indexArticleFile(path: string, settings: Settings, previous?: Uint8Array): IndexResult {
  const uri = pathToFileURL(path).href;
  const prior = previous ? { packed: previous, counts: countPacked(previous) } : undefined;
  const read = readArticle(path, MAX_INDEXED_BYTES);
  if (!read.ok || !detectVietnamese(read.text).vietnamese) return { uri, previous: prior };
  // structure only (no rules): titles and officials are what the index keeps
  const article = summarize(uri, read.text, analyze(read.text, settings, { rules: [] }));
  return { uri, article, counted: countText(read.text), previous: prior };
}

export class ArticleIndex {
  readonly articles = new Map<string, IndexedArticle>();
  readonly corpus = new WorkspaceCorpus();

  /** Indexes (or re-indexes) one file from disk on this thread; false when it is not a Vietnamese article. */
  indexFile(path: string, settings: Settings): boolean {
    const result = indexArticleFile(path, settings, this.corpus.packedText(pathToFileURL(path).href));
    this.apply(result);
    return !!result.article;
  }

  /** Takes in what indexArticleFile found (on the index worker, usually). */
  apply(result: IndexResult): void {
    if (result.article && result.counted) {
      this.articles.set(result.uri, result.article);
      this.corpus.addCounted(result.uri, result.counted, result.previous);
    } else {
      this.articles.delete(result.uri);
      this.corpus.removeCounted(result.uri, result.previous);
    }
  }

  update(uri: string, text: string, result: AnalysisResult): void {
    this.articles.set(uri, summarize(uri, text, result));
    this.corpus.add(uri, text);
  }

  remove(uri: string): void {
    this.articles.delete(uri);
    this.corpus.remove(uri);
  }

  clear(): void {
    this.articles.clear();
    this.corpus.clear();
  }

  /** Titles and officials matching the query, at most `limit`. */
  search(query: string, limit = 500): Array<{ kind: 'title' | 'official'; name: string; detail: string; uri: string; place: IndexedPlace }> {
    const out: Array<{ kind: 'title' | 'official'; name: string; detail: string; uri: string; place: IndexedPlace }> = [];
    for (const a of this.articles.values()) {
      if (a.title && fuzzyMatch(query, a.title.text)) out.push({ kind: 'title', name: a.title.text, detail: '', uri: a.uri, place: a.title });
      for (const o of a.officials) if (fuzzyMatch(query, o.name)) out.push({ kind: 'official', name: o.name, detail: [o.titles.join(', '), a.title?.text].filter(Boolean).join(' — '), uri: a.uri, place: o });
      if (out.length >= limit) break;
    }
    return out.slice(0, limit);
  }
}
