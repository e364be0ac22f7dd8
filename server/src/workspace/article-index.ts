// The workspace's articles, indexed in the background: each article's title and officials (for
// workspace symbols: Ctrl+T "Bùi Văn Cường" lists every article naming him) and its syllable counts
// (the spelling rules' adaptive context model). No LSP imports: the server drives it.
import { pathToFileURL } from 'node:url';
import { analyze, ArticleText, type AnalysisResult, type Settings } from '../analysis';
import { WorkspaceCorpus } from '../analysis/lexicon/workspace';
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
// the index analyses on the main thread between requests: a news article is a few KB, and anything
// far larger (a 1 MB dump) would hold the event loop for seconds, so it is left to the open-file path
const MAX_INDEXED_BYTES = 256 * 1024;

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

export class ArticleIndex {
  readonly articles = new Map<string, IndexedArticle>();
  readonly corpus = new WorkspaceCorpus();

  /** Indexes (or re-indexes) one file from disk; false when it is not a Vietnamese article. */
  indexFile(path: string, settings: Settings): boolean {
    const uri = pathToFileURL(path).href;
    const read = readArticle(path, MAX_INDEXED_BYTES);
    if (!read.ok || !detectVietnamese(read.text).vietnamese) {
      this.remove(uri);
      return false;
    }
    // structure only (no rules): titles and officials are what the index keeps
    this.update(uri, read.text, analyze(read.text, settings, { rules: [] }));
    return true;
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
