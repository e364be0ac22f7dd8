// Word meanings for hover, from the definitions asset (server/out/definitions.bin, built by
// server/scripts/build-definitions.mjs from @vntk/dictionary). Loaded on first use; every word is
// indexed by its lexicon key, so both tone styles (`hòa`/`hoà`), both spellings of i/y (`kĩ`/`kỹ`),
// NFC or NFD and any case find the entry.
import { existsSync, readFileSync } from 'node:fs';
import { brotliDecompressSync } from 'node:zlib';
import type { ArticleText } from '../text/document';
import { defKey, syllableDefKey } from '../structure/keys';
import { assetCandidates } from './assets';

export { defKey, syllableDefKey };

export interface Sense {
  /** Part of speech as the dictionary tags it (N, V, A, …), possibly empty. */
  pos: string;
  definition: string;
}

export interface DictionaryEntry {
  /** The headword as the dictionary writes it. */
  word: string;
  senses: Sense[];
}

const ASSET = 'definitions.bin';
/** Longest word looked up around a position, in syllables. */
const MAX_WORDS = 6;

/** Where the asset may be, most specific first. */
export function definitionsCandidates(): string[] {
  return assetCandidates(ASSET, 'VIETPROOF_DEFINITIONS');
}

interface Asset {
  version: number;
  /** Most syllables in one headword. */
  maxWords: number;
  /** defKey → [[headword, [[pos, definition], …]], …] */
  entries: Record<string, [string, [string, string][]][]>;
}

let asset: Asset | undefined;
let loadError: string | undefined;

/** Reads the asset once (keys were computed at build time, so this is one JSON parse). */
function load(): Asset | undefined {
  if (asset || loadError) return asset;
  const path = definitionsCandidates().find((p) => existsSync(p));
  if (!path) {
    loadError = `${ASSET} not found; build it with \`node server/scripts/build-definitions.mjs\``;
    return undefined;
  }
  try {
    const data = JSON.parse(brotliDecompressSync(readFileSync(path)).toString('utf8')) as Asset;
    if (data.version !== 2 || typeof data.entries !== 'object') throw new Error(`unknown format (version ${data.version})`);
    asset = data;
  } catch (err) {
    loadError = `cannot read ${path}: ${String(err)}`;
  }
  return asset;
}

function entriesOf(a: Asset, key: string): DictionaryEntry[] | undefined {
  if (!Object.prototype.hasOwnProperty.call(a.entries, key)) return undefined;
  return a.entries[key].map(([word, senses]) => ({ word, senses: senses.map(([pos, definition]) => ({ pos, definition })) }));
}

/** Loads the asset now (e.g. in the background after start-up) so the first hover is fast. */
export function warmDefinitions(): boolean {
  return load() !== undefined;
}

/** Why meanings are unavailable, or undefined when the asset loaded (or has not been needed yet). */
export function definitionsProblem(): string | undefined {
  return loadError;
}

/** Dictionary entries for a word or compound (any tone style, case or normalisation). */
export function lookupDefinitions(word: string): DictionaryEntry[] {
  const a = load();
  if (!a || !word.trim()) return [];
  return entriesOf(a, defKey(word)) ?? [];
}

/**
 * The longest dictionary word (up to four syllables) around `offset` that contains the word under
 * it: `hòa` in `hòa bình` gives the entry for `hòa bình`.
 */
export function definitionAt(
  doc: ArticleText,
  offset: number,
): { start: number; end: number; word: string; entries: DictionaryEntry[] } | undefined {
  const toks = doc.tokens;
  // the word token under the offset (a cursor right after a word still points at it)
  let lo = 0;
  let hi = toks.length - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid].end < offset) lo = mid + 1;
    else if (toks[mid].start > offset) hi = mid - 1;
    else {
      at = mid;
      if (toks[mid].start <= offset && offset < toks[mid].end) break;
      lo = mid + 1;
    }
  }
  if (at < 0 || toks[at].kind !== 'word') return undefined;
  const a = load();
  if (!a) return undefined;
  const longest = Math.min(a.maxWords, MAX_WORDS);
  const text = doc.text;
  // neighbours that can belong to one word with it: word tokens separated by spaces on the same line
  const joined = (a: number, b: number) => /^[ \t\u00a0]+$/.test(text.slice(toks[a].end, toks[b].start));
  let first = at;
  while (first > 0 && at - first < longest - 1 && toks[first - 1].kind === 'word' && joined(first - 1, first)) first--;
  let last = at;
  while (last + 1 < toks.length && last - at < longest - 1 && toks[last + 1].kind === 'word' && joined(last, last + 1)) last++;
  const keys = toks.map((t, i) => (i >= first && i <= last ? syllableDefKey(t.text) : ''));
  let best: { s: number; e: number; entries: DictionaryEntry[] } | undefined;
  for (let s = first; s <= at; s++) {
    for (let e = last; e >= at; e--) {
      if (best && e - s <= best.e - best.s) break;
      const entries = entriesOf(a, keys.slice(s, e + 1).join(' '));
      if (entries) best = { s, e, entries };
    }
  }
  if (!best) return undefined;
  const start = toks[best.s].start;
  const end = toks[best.e].end;
  return { start, end, word: text.slice(start, end).replace(/\s+/g, ' '), entries: best.entries };
}
