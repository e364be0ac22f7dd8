// Lines repeated by the scraper: exactly, or nearly (a typo, case, final punctuation, a caption
// counter or a file extension apart). Of each group the best copy is kept and the others flagged.
import { lexKey } from '../lexicon/keys';
import { toNfc } from '../text/document';
import { tryLexicon } from '../lexicon/lexicon';

interface DupLine {
  index: number;
  blank: boolean;
  text: string;
  words: string[];
  endsSentence: boolean;
  role: string;
}

export interface DuplicatePair {
  flag: number;
  keep: number;
}

// a date glued before a title by the scraper (` date 2020-12 Title`)
const DATE_GLUED = /^[\s\u00a0]*(?:(?:date|posted|published|updated|ngày)[\s\u00a0:]+)?\d{4}-\d{1,2}(?:-\d{1,2})?[\s\u00a0]+(?=\p{L})/iu;
const RESIDUE = /(?:[.!?…"”)][\s\u00a0]+(?:ảnh|hình|photo|image)[\s\u00a0]*\d{1,2}|\.(?:jpe?g|png|gif|webp|bmp|tiff?|svg|heic|avif))$/iu;

export function duplicateKey(text: string): string {
  return toNfc(text)
    .toLowerCase()
    .replace(DATE_GLUED, '')
    .replace(RESIDUE, (m) => (/^[.!?…"”)]/u.test(m) ? m[0] : ''))
    .replace(/[“”„«»]/gu, '"')
    .replace(/[‘’]/gu, "'")
    .replace(/[–—]/gu, '-')
    .replace(/[\s\u00a0]+/gu, ' ')
    .replace(/[\s.!?…:;,]+$/u, '')
    .trim();
}

/** Edit distance, or Infinity when above `max` (banded: cheap on long lines). */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return Infinity;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(b.length, i + max);
    cur.fill(Infinity);
    cur[0] = i;
    let best = cur[0];
    for (let j = lo; j <= hi; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j - 1] + cost, (prev[j] ?? Infinity) + 1, cur[j - 1] + 1);
      if (cur[j] < best) best = cur[j];
    }
    if (best > max) return Infinity;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length] <= max ? prev[b.length] : Infinity;
}

/**
 * Two lines a few characters apart are still different lines when the difference is a number or a
 * name (`Năm 2020, xã đạt 15 tiêu chí` / `Năm 2021, …`; `ông Lê Văn An` / `ông Lê Văn Ân`).
 */
function differsInNumberOrName(a: string, b: string): boolean {
  if (a.replace(/\D/g, '') !== b.replace(/\D/g, '')) return true;
  const words = (t: string) => t.normalize('NFC').split(/[\s\u00a0]+/u).map((w) => w.replace(/[^\p{L}\p{M}\p{N}]/gu, '')).filter(Boolean);
  const ta = words(a);
  const tb = words(b);
  if (ta.length !== tb.length) return false;
  const cap = (w: string) => /^\p{Lu}/u.test(w);
  for (let i = 1; i < ta.length; i++) {
    if (ta[i].toLowerCase() === tb[i].toLowerCase()) continue;
    if (cap(ta[i]) && cap(tb[i])) return true;
  }
  return false;
}

/**
 * How natural a line reads by the lexicon: the sum of log counts of its syllable pairs, with a
 * penalty for a word that is no syllable. A typo (`Chú tịch`) reads worse than the word (`Chủ tịch`).
 */
function fluency(words: readonly string[]): number {
  const lex = tryLexicon();
  if (!lex) return 0;
  const ids = words.map((w) => {
    const k = lexKey(w);
    return k ? lex.id(k) : -1;
  });
  let score = 0;
  for (let i = 0; i < ids.length; i++) {
    if (ids[i] < 0) score -= 5;
    if (i + 1 < ids.length) score += Math.log1p(lex.pairCount(ids[i], ids[i + 1]));
  }
  return score;
}

/** Same words in the same order (words hold no spaces: as their joined texts compare). */
function sameWords(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** How much worse a copy looks: scraper residue, a missing full stop, rarer words than the other. */
function badness(l: DupLine, other: DupLine, fluencyOf: (l: DupLine) => number): number {
  let score = 0;
  if (RESIDUE.test(l.text) || DATE_GLUED.test(l.text)) score += 3;
  if (!l.endsSentence && other.endsSentence) score += 1;
  if (!sameWords(l.words, other.words) && fluencyOf(l) + 1 < fluencyOf(other)) score += 1;
  return score;
}

const NEIGHBOURS = 12;
const HEAD_LINES = 3;

export function findDuplicates(lines: readonly DupLine[]): DuplicatePair[] {
  const cands = lines.filter((l) => !l.blank && l.role !== 'boilerplate' && l.role !== 'metadata' && l.words.length >= 3);
  const keys = new Map<number, string>();
  for (const l of cands) keys.set(l.index, duplicateKey(l.text));
  const pairs: DuplicatePair[] = [];
  const flagged = new Set<number>();
  // a line may be compared with many copies (a title repeated down the text): its fluency is read once
  const fluencies = new Map<DupLine, number>();
  const fluencyOf = (l: DupLine) => {
    let f = fluencies.get(l);
    if (f === undefined) fluencies.set(l, (f = fluency(l.words)));
    return f;
  };
  const decide = (a: DupLine, b: DupLine) => {
    // a comes first; on a tie the later copy is the repeat
    const worseA = badness(a, b, fluencyOf) > badness(b, a, fluencyOf);
    const flag = worseA ? a : b;
    const keep = worseA ? b : a;
    if (flagged.has(flag.index) || flagged.has(keep.index)) return;
    flagged.add(flag.index);
    pairs.push({ flag: flag.index, keep: keep.index });
  };
  // exact copies anywhere in the text: the cleanest copy (earliest on a tie) stays
  const groups = new Map<string, DupLine[]>();
  for (const l of cands) {
    const k = keys.get(l.index)!;
    if (k.length < 15) continue;
    const g = groups.get(k);
    if (g) g.push(l);
    else groups.set(k, [l]);
  }
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    const score = (l: DupLine) => (RESIDUE.test(l.text) || DATE_GLUED.test(l.text) ? 3 : 0) + (l.endsSentence ? 0 : 1);
    const keep = g.reduce((best, l) => (score(l) < score(best) ? l : best));
    for (const l of g) {
      if (l === keep) continue;
      flagged.add(l.index);
      pairs.push({ flag: l.index, keep: keep.index });
    }
  }
  // near copies: the scraper puts them next to each other (a caption and its alt text) or repeats
  // the title, so each line is compared with its neighbours and with the first lines
  for (let x = 0; x < cands.length; x++) {
    const a = cands[x];
    const ka = keys.get(a.index)!;
    if (ka.length < 25) continue;
    for (let y = x + 1; y < cands.length && (y <= x + NEIGHBOURS || x < HEAD_LINES); y++) {
      const b = cands[y];
      const kb = keys.get(b.index)!;
      if (ka === kb || kb.length < 25) continue;
      const longest = Math.max(ka.length, kb.length);
      if (longest > 1200) continue;
      const max = Math.max(2, Math.floor(longest * 0.03));
      if (boundedDistance(ka, kb, max) <= max && !differsInNumberOrName(a.text, b.text)) decide(a, b);
    }
  }
  return pairs;
}
