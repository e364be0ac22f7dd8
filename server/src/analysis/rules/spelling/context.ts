// What the spelling rules share per analysis: the document's words as slots (syllable key,
// case, position in the sentence), phrases of adjacent words, the document's own counts, and a
// context model scoring a syllable against its neighbours.
//
// The model is a syllable bigram model with absolute discounting: counts from the dictionary
// corpus, plus a small bonus for pairs that are dictionary words, plus the workspace's and this
// document's own counts (adaptive: what this writer writes often is right for this writer).
import type { RuleContext } from '../../types';
import type { ArticleText, Token } from '../../text/document';
import { parseSyllable, hasVietnameseDiacritic, type Casing, type ParsedSyllable, type PlacementStyle } from '../../text/syllable';
import { lexKeyOf } from '../../lexicon/keys';
import { PAIR_IN_WORD, PAIR_WORD, tryLexicon, type Lexicon } from '../../lexicon/lexicon';
import { tripleHash } from '../../lexicon/workspace';

export interface Slot {
  token: Token;
  /** Index of the token in doc.tokens. */
  tokenIndex: number;
  parsed: ParsedSyllable | null;
  /** Lexicon key when the word is a well-formed syllable (tone placement aside). */
  key?: string;
  id: number;
  casing: Casing;
  /** First word of a sentence (or of a line, or after a dash or colon). */
  sentenceStart: boolean;
  /** Part of a run of two or more capitalised words (a name, an organisation). */
  inName: boolean;
  /** Carries a Vietnamese diacritic (tone, hat, breve, horn, đ). */
  marked: boolean;
  /** Phrase (run of adjacent words) this slot belongs to and its position in it. */
  run: number;
  pos: number;
}

export interface SpellingDoc {
  slots: Slot[];
  runs: Slot[][];
  /** Slot by token index. */
  byToken: Map<number, Slot>;
  /** The document's own pair and syllable counts by lexicon key. */
  docPairs: Map<string, number>;
  docUnigrams: Map<string, number>;
  /** The document's own three-syllable sequences by tripleHash. */
  docTriples: Map<number, number>;
  /** Lines (by index) that read as Vietnamese written with diacritics. */
  vietnameseLine: (lineIndex: number) => boolean;
  lex?: Lexicon;
}

const SENTENCE_OPENERS = new Set(['.', '!', '?', '…', ':', '"', '“', '(', '[', '-', '–', '—', '‘', "'", '«', '•', '*']);

function isCapitalised(c: Casing) {
  return c === 'title' || c === 'upper';
}

export function spellingDoc(doc: ArticleText, ctx: RuleContext): SpellingDoc {
  const memo = ctx.memo.get('spelling:doc') as SpellingDoc | undefined;
  if (memo) return memo;
  const tokens = doc.tokens;
  const text = doc.text;
  const slots: Slot[] = [];
  const runs: Slot[][] = [];
  const byToken = new Map<number, Slot>();
  let cur: Slot[] = [];
  let prevEnd = 0;
  let prevPunct: string | undefined;
  let lineStart = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const gap = text.slice(prevEnd, t.start);
    const newLine = /[\n\r]/.test(gap) || i === 0;
    if (newLine) {
      lineStart = true;
      prevPunct = undefined;
    }
    if (t.kind !== 'word' && t.kind !== 'alnum') {
      if (cur.length) runs.push(cur);
      cur = [];
      if (t.kind === 'punct') prevPunct = t.text;
      else prevPunct = undefined;
      if (t.kind !== 'punct') lineStart = false;
      prevEnd = t.end;
      continue;
    }
    if (newLine && cur.length) {
      runs.push(cur);
      cur = [];
    }
    const parsed = t.kind === 'word' ? parseSyllable(t.nfc) : null;
    const key = parsed ? lexKeyOf(parsed) : undefined;
    const casing: Casing = parsed ? parsed.casing : casingOfWord(t.nfc);
    const sentenceStart = lineStart || (prevPunct !== undefined && SENTENCE_OPENERS.has(prevPunct));
    const slot: Slot = {
      token: t,
      tokenIndex: i,
      parsed,
      key,
      id: -1,
      casing,
      sentenceStart,
      inName: false,
      marked: hasVietnameseDiacritic(t.nfc),
      run: -1,
      pos: -1,
    };
    slots.push(slot);
    byToken.set(i, slot);
    cur.push(slot);
    lineStart = false;
    prevPunct = undefined;
    prevEnd = t.end;
  }
  if (cur.length) runs.push(cur);
  runs.forEach((run, r) =>
    run.forEach((s, p) => {
      s.run = r;
      s.pos = p;
    }),
  );
  // capitalised sequences: names and organisations (Hoằng Hóa, Đắk Lắk, Ban Thường vụ)
  for (const run of runs) {
    for (let p = 0; p + 1 < run.length; p++) {
      if (isCapitalised(run[p].casing) && isCapitalised(run[p + 1].casing)) {
        run[p].inName = true;
        run[p + 1].inName = true;
      }
    }
  }
  const lex = tryLexicon();
  const docPairs = new Map<string, number>();
  const docUnigrams = new Map<string, number>();
  const docTriples = new Map<number, number>();
  for (const run of runs) {
    for (let p = 0; p < run.length; p++) {
      const s = run[p];
      if (!s.key) continue;
      const n1 = run[p + 1];
      const n2 = run[p + 2];
      if (n1?.key && n2?.key) {
        const h = tripleHash(s.key, n1.key, n2.key);
        docTriples.set(h, (docTriples.get(h) ?? 0) + 1);
      }
      if (lex) s.id = lex.id(s.key);
      docUnigrams.set(s.key, (docUnigrams.get(s.key) ?? 0) + 1);
      const n = run[p + 1];
      if (n?.key) {
        const k = s.key + ' ' + n.key;
        docPairs.set(k, (docPairs.get(k) ?? 0) + 1);
      }
    }
  }
  // A line reads as Vietnamese with diacritics when most of its words are syllables and a fair
  // share carry marks: English lines and unaccented text are not checked word by word.
  const lineStats = new Map<number, { words: number; syl: number; marked: number }>();
  for (const s of slots) {
    const li = doc.lineAt(s.token.start).index;
    const st = lineStats.get(li) ?? { words: 0, syl: 0, marked: 0 };
    st.words++;
    if (s.key) st.syl++;
    if (s.marked) st.marked++;
    lineStats.set(li, st);
  }
  const vietnameseLine = (li: number) => {
    const st = lineStats.get(li);
    if (!st) return false;
    return st.syl >= 0.75 * st.words && st.marked >= 0.3 * st.words;
  };
  const result: SpellingDoc = { slots, runs, byToken, docPairs, docUnigrams, docTriples, vietnameseLine, lex };
  ctx.memo.set('spelling:doc', result);
  return result;
}

function casingOfWord(w: string): Casing {
  if (w === w.toLowerCase()) return 'lower';
  if (w === w.toUpperCase()) return w.length > 1 ? 'upper' : 'title';
  if (w[0] === w[0].toUpperCase() && w.slice(1) === w.slice(1).toLowerCase()) return 'title';
  return 'mixed';
}

// ---------------------------------------------------------------------------------------------
// Context model

const DISCOUNT = 0.75;
/** Pseudo-counts for pairs the dictionary lists as a word, or inside a longer one. */
export const WORD_EVIDENCE = { word: 2, inWord: 1 };

export class ContextModel {
  private readonly vocab: number;
  constructor(
    readonly lex: Lexicon,
    private readonly sd: SpellingDoc,
    private readonly ctx: RuleContext,
  ) {
    this.vocab = lex.syllableCount;
  }

  /** Dictionary word flags of the pair a b (keys). */
  pairFlags(a: string, b: string): number {
    return this.lex.pairFlags(this.lex.id(a), this.lex.id(b));
  }

  // numeric caches (pair of ids → value): the same pairs are asked for again and again
  private readonly evidenceCache = [new Map<number, number>(), new Map<number, number>()];

  /** Evidence that `a b` is a real pair: corpus + workspace + document counts, word bonus. */
  pairEvidence(a: string, b: string, selfCount: 0 | 1 = 0): number {
    const ia = this.lex.id(a);
    const ib = this.lex.id(b);
    if (ia < 0 || ib < 0) return this.computeEvidence(a, b, ia, ib, selfCount);
    const cache = this.evidenceCache[selfCount];
    const k = ia * 65536 + ib;
    let v = cache.get(k);
    if (v === undefined) {
      v = this.computeEvidence(a, b, ia, ib, selfCount);
      cache.set(k, v);
    }
    return v;
  }

  private computeEvidence(a: string, b: string, ia: number, ib: number, selfCount: number): number {
    const f = this.lex.pairFlags(ia, ib);
    const bonus = f & PAIR_WORD ? WORD_EVIDENCE.word : f & PAIR_IN_WORD ? WORD_EVIDENCE.inWord : 0;
    const ws = this.ctx.workspace ? this.ctx.workspace.bigram(a, b, this.ctx.documentUri) : 0;
    const own = (this.sd.docPairs.get(a + ' ' + b) ?? 0) - selfCount;
    return this.lex.pairCount(ia, ib) + bonus + ws + Math.max(0, own);
  }

  /** Occurrences of `a b c` in the corpus, the workspace and the document (less `self` ones). */
  tripleEvidence(a: string, b: string, c: string, self = 0): number {
    const L = this.lex;
    const ws = this.ctx.workspace ? this.ctx.workspace.trigram(a, b, c, this.ctx.documentUri) : 0;
    const own = Math.max(0, (this.sd.docTriples.get(tripleHash(a, b, c)) ?? 0) - self);
    return L.tripleCount(L.id(a), L.id(b), L.id(c)) + ws + own;
  }

  private triple(a: string, b: string, c: string, self: number): number {
    return Math.log1p(this.tripleEvidence(a, b, c, self));
  }

  /** Occurrences of a syllable across corpus, workspace and document. */
  unigram(a: string, selfCount = 0): number {
    const ws = this.ctx.workspace ? this.ctx.workspace.unigram(a, this.ctx.documentUri) : 0;
    const own = (this.sd.docUnigrams.get(a) ?? 0) - selfCount;
    return this.lex.count(this.lex.id(a)) + ws + Math.max(0, own);
  }

  /**
   * How likely b is to stand on its own after a word it forms no known pair with: its
   * free-standing frequency (occurrences outside any dictionary compound). `củng` almost only
   * lives in `củng cố`, so it is unlikely anywhere else, while `cũng` stands alone all the time.
   */
  pFree(b: string, self = false): number {
    const ib = this.lex.id(b);
    const ratio = this.lex.freeTotal / Math.max(1, this.lex.corpusWords);
    const ws = this.ctx.workspace ? this.ctx.workspace.unigram(b, this.ctx.documentUri) : 0;
    const own = Math.max(0, (this.sd.docUnigrams.get(b) ?? 0) - (self ? 1 : 0));
    const wsTotal = (this.ctx.workspace?.totalSyllables ?? 0) + this.sd.slots.length;
    return (this.lex.freeCount(ib) + ratio * (ws + own) + 0.5) / (this.lex.freeTotal + ratio * wsTotal + 0.5 * this.vocab);
  }

  /** log P(b | a). `selfPair` removes this very occurrence from the document's counts. */
  logPair(a: string, b: string, selfPair = false, selfA = false): number {
    const ia = this.lex.id(a);
    const c = this.pairEvidence(a, b, selfPair ? 1 : 0);
    const fol = this.lex.followers(ia);
    const wsA = this.ctx.workspace ? this.ctx.workspace.unigram(a, this.ctx.documentUri) : 0;
    const ownA = Math.max(0, (this.sd.docUnigrams.get(a) ?? 0) - (selfA ? 1 : 0));
    const total = fol.total + wsA + ownA + 1;
    const types = fol.types + 1;
    const backoff = Math.min(1, (DISCOUNT * types) / total);
    return Math.log(Math.max(0, c - DISCOUNT) / total + backoff * this.pFree(b, selfPair));
  }

  /** log P(a) for a word with no usable left neighbour. */
  logUnigram(a: string, self = false): number {
    return Math.log(this.pFree(a, self));
  }

  /**
   * Corpus three-word sequences through `k` (đoàn thể chính, thể chính trị, chính trị xã):
   * they see past a neighbour that is bound to its other side.
   */
  tripleBonus(w: Window, k: string, isOriginal = false): number {
    const self = isOriginal ? 1 : 0;
    let n = 0;
    if (w.l2 && w.l) n += this.triple(w.l2, w.l, k, self);
    if (w.l && w.r) n += this.triple(w.l, k, w.r, self);
    if (w.r && w.r2) n += this.triple(k, w.r, w.r2, self);
    return n;
  }

  /**
   * How strongly `a b` holds together as a word: its evidence when the dictionary lists it as
   * (part of) a word, else 0 (frequent company alone does not make a word: `viên Ban`).
   */
  binding(a: string, b: string): number {
    return this.pairFlags(a, b) & (PAIR_WORD | PAIR_IN_WORD) ? this.pairEvidence(a, b) : 0;
  }
}

export function contextModel(sd: SpellingDoc, ctx: RuleContext): ContextModel | undefined {
  if (!sd.lex) return undefined;
  let m = ctx.memo.get('spelling:model') as ContextModel | undefined;
  if (!m) {
    m = new ContextModel(sd.lex, sd, ctx);
    ctx.memo.set('spelling:model', m);
  }
  return m;
}

/** The neighbours that give context to a slot: same phrase, well-formed syllables. */
export function neighbours(sd: SpellingDoc, s: Slot): { left?: Slot; right?: Slot } {
  const run = sd.runs[s.run];
  const left = run[s.pos - 1];
  const right = run[s.pos + 1];
  return { left: left?.key ? left : undefined, right: right?.key ? right : undefined };
}

export interface Window {
  l2?: string;
  l?: string;
  r?: string;
  r2?: string;
}

/** The keys around a slot in its phrase (names and non-syllables give no context). */
export function contextWindow(sd: SpellingDoc, s: Slot): Window {
  const run = sd.runs[s.run];
  const at = (p: number) => {
    const x = run[p];
    return x && x.key && x.casing !== 'upper' && !x.inName ? x.key : undefined;
  };
  const l = at(s.pos - 1);
  const r = at(s.pos + 1);
  return { l, r, l2: l ? at(s.pos - 2) : undefined, r2: r ? at(s.pos + 2) : undefined };
}

export interface Comparison {
  /** log-odds of the candidate over the original in this context. */
  delta: number;
  usedLeft: boolean;
  usedRight: boolean;
}

/**
 * Compares a candidate with the original between the same neighbours. A neighbour that is
 * already bound to its other side in a word (`địa bàn | tỉnh`: bàn belongs to địa bàn) gives no
 * evidence for a pair with it (`bàn tính`), so that side is left out.
 */
export function compare(m: ContextModel, w: Window, orig: string, cand: string, tripleOrig = m.tripleBonus(w, orig, true), tripleCand = m.tripleBonus(w, cand)): Comparison {
  // unless the original itself makes a dictionary unit with that neighbour (bất | hợp pháp),
  // or either word is seen in a three-word sequence with both (đoàn thể chính, chuyển đổi số)
  const usedLeft =
    !!w.l &&
    !(w.l2 && !m.pairFlags(w.l, orig) && m.binding(w.l2, w.l) > 0 && !m.tripleEvidence(w.l2, w.l, cand) && !m.tripleEvidence(w.l2, w.l, orig, 1));
  const usedRight =
    !!w.r &&
    !(w.r2 && !m.pairFlags(orig, w.r) && m.binding(w.r, w.r2) > 0 && !m.tripleEvidence(cand, w.r, w.r2) && !m.tripleEvidence(orig, w.r, w.r2, 1));
  const fit = (k: string, self: boolean) =>
    (usedLeft ? m.logPair(w.l!, k, self) : m.logUnigram(k, self)) + (usedRight ? m.logPair(k, w.r!, self, self) : 0);
  return { delta: fit(cand, false) + tripleCand - fit(orig, true) - tripleOrig, usedLeft, usedRight };
}

/**
 * The tone placement style fixes should use: the setting, or the document's majority
 * (traditional on a tie, as Vietnamese news writes it).
 */
export function documentStyle(sd: SpellingDoc, ctx: RuleContext): PlacementStyle {
  if (ctx.settings.toneStyle === 'traditional' || ctx.settings.toneStyle === 'modern') return ctx.settings.toneStyle;
  let trad = 0;
  let modern = 0;
  for (const s of sd.slots) {
    const st = s.parsed?.styles;
    if (st?.length === 1) st[0] === 'traditional' ? trad++ : modern++;
  }
  return modern > trad ? 'modern' : 'traditional';
}

/** How well a syllable fits its neighbours, on its own (to rank suggestions for a broken word). */
export function fitAlone(m: ContextModel, w: Window, key: string): number {
  return (w.l ? m.logPair(w.l, key) : m.logUnigram(key)) + (w.r ? m.logPair(key, w.r) : 0) + m.tripleBonus(w, key);
}

/** Candidates ranked by how well they fit the slot's context, best first (ties: as given). */
export function rankByContext<T extends { key: string; prior: number }>(m: ContextModel | undefined, w: Window, cands: T[]): Array<T & { score: number }> {
  const scored = cands.map((c, i) => ({ ...c, score: (m ? fitAlone(m, w, c.key) : 0) + c.prior, i }));
  scored.sort((a, b) => b.score - a.score || a.i - b.i);
  return scored;
}
