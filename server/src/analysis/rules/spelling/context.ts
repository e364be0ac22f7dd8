// What the spelling rules share per analysis: the document's words as slots (syllable key,
// case, position in the sentence), phrases of adjacent words, the document's own counts, and a
// context model scoring a syllable against its neighbours.
//
// The model is a syllable bigram model with absolute discounting: counts from the dictionary
// corpus, plus a small bonus for pairs that are dictionary words, plus the workspace's and this
// document's own counts (adaptive: what this writer writes often is right for this writer).
import type { RuleContext } from '../../types';
import { formOf, Token, type ArticleText } from '../../text/document';
import { parseSyllable, hasVietnameseDiacritic, type Casing, type ParsedSyllable, type PlacementStyle } from '../../text/syllable';
import { lexKeyOf } from '../../lexicon/keys';
import { PAIR_IN_WORD, PAIR_WORD, tryLexicon, type Lexicon } from '../../lexicon/lexicon';
import { tripleHash } from '../../lexicon/workspace';
import { IntTable } from '../../lexicon/int-table';

export interface Slot {
  readonly token: Token;
  parsed: ParsedSyllable | null;
  /** Lexicon key when the word is a well-formed syllable (tone placement aside). */
  key?: string;
  id: number;
  /** key and id together (the model's view), when there is a key. */
  term?: Term;
  casing: Casing;
  /** First word of a sentence (or of a line, or after a dash or colon). */
  readonly sentenceStart: boolean;
  /** Part of a run of two or more capitalised words (a name, an organisation). */
  inName: boolean;
  /** Carries a Vietnamese diacritic (tone, hat, breve, horn, đ). */
  marked: boolean;
  /** The word in lower case (NFC). */
  lower: string;
  /** A well-formed syllable with a key, in lower case or title case: what wrong-diacritic may check. */
  checkableForm: boolean;
  /** Has a key and is not all capitals: what may give context to a neighbour (unless in a name). */
  contextForm: boolean;
  /** The term this word gives its neighbours as context: a contextForm word outside a name (known
   * once its run is). */
  readonly contextTerm: Term | undefined;
  /** Phrase (run of adjacent words) this slot belongs to and its position in it. */
  run: number;
  pos: number;
  /** Line index. */
  readonly line: number;
}

/** Counts by key, as the model reads them (a Map, or changes laid over one). */
export interface Counts<K> {
  get(key: K): number | undefined;
}

/** Counts with changes laid over a base that stays as it is (a few fixes over a document's counts). */
class CountsOverlay<K> implements Counts<K> {
  private readonly delta = new Map<K, number>();
  constructor(private readonly base: Counts<K>) {}

  get(key: K): number | undefined {
    const n = (this.base.get(key) ?? 0) + (this.delta.get(key) ?? 0);
    return n > 0 ? n : undefined;
  }

  add(key: K, by: number): void {
    this.delta.set(key, (this.delta.get(key) ?? 0) + by);
  }
}

export interface SpellingDoc {
  slots: Slot[];
  /** Per slot, the lexicon id of its syllable: -1 for a syllable the lexicon lacks, -2 for no syllable. */
  termIds: Int32Array;
  /** Per slot, what kind of word it is (HINT bits). */
  hints: Uint8Array;
  /** Per slot, which of its neighbours in the run give it context (NEIGHBOUR bits; see contextWindow). */
  neighbours: Uint8Array;
  runs: Slot[][];
  /** The document's own pair and syllable counts by lexicon key. */
  docPairs: Counts<string>;
  /** The same pairs by lexicon ids (a * 65536 + b), for syllables the lexicon knows. */
  docPairIds: Counts<number>;
  /** The document's syllable counts: by lexicon id (docUnigramIds), by key for syllables the lexicon lacks. */
  docUnigrams: Counts<string>;
  docUnigramIds: Counts<number>;
  /** The document's own three-syllable sequences by tripleHash. */
  docTriples: Counts<number>;
  /** Lines (by index) that read as Vietnamese written with diacritics. */
  vietnameseLine: (lineIndex: number) => boolean;
  /** Lines repeated word for word elsewhere: their words are not in the document's counts. */
  repeatedLine: ReadonlySet<number>;
  /** Words whose tone placement agrees with one style only, per style (see majorityStyle). */
  styleVotes: { traditional: number; modern: number };
  /** Per line, the words other than capitalised non-syllables, and the syllables and marked words
   * among them (see vietnameseLineNamesAside). */
  namesAside: { words: Uint32Array; syllables: Uint32Array; marked: Uint32Array };
  lex?: Lexicon;
}

/**
 * What a word form is, as bits (SpellingDoc.hints has them per slot): the rules that look at only a
 * few kinds of word skip the rest by reading one byte per word instead of each word's facts.
 */
export const HINT = {
  /** Carries a Vietnamese diacritic. */
  marked: 1,
  /** A syllable with no problem at all. */
  wellFormed: 2,
  /** A syllable whose only problem is where its tone mark sits. */
  tonePositionOnly: 4,
  /** A syllable whose only problem is a tone a stop final does not take. */
  stopToneOnly: 8,
  /** A well-formed syllable whose tone placement agrees with one style only. */
  oneStyle: 16,
  /** Written in lower case. */
  lower: 32,
} as const;

/** SpellingDoc.neighbours bits: the slot before (after) it in its run gives context. */
export const NEIGHBOUR = { left: 1, right: 2 } as const;

const SENTENCE_OPENERS = new Set(['.', '!', '?', '…', ':', '"', '“', '(', '[', '-', '–', '—', '‘', "'", '«', '•', '*']);

function isCapitalised(c: Casing) {
  return c === 'title' || c === 'upper';
}

interface WordInfo {
  /** The lexicon the ids are of. */
  lex: Lexicon | undefined;
  parsed: ParsedSyllable | null;
  key?: string;
  id: number;
  term?: Term;
  casing: Casing;
  marked: boolean;
  lower: string;
  /** The one placement style the written tone agrees with: 1 traditional, 2 modern, 0 both or none. */
  styleVote: number;
  /** HINT bits. */
  hints: number;
  checkableForm: boolean;
  contextForm: boolean;
}

// per word form, across analyses (a document repeats its words; so do documents): kept on the
// token's form, so a word is parsed once however often it is written
function makeWordInfo(nfc: string, letters: boolean, lex: Lexicon | undefined): WordInfo {
  const parsed = letters ? parseSyllable(nfc) : null;
  const key = parsed ? lexKeyOf(parsed) : undefined;
  const id = key && lex ? lex.id(key) : -1;
  const st = parsed?.styles;
  const styleVote = st?.length === 1 ? (st[0] === 'traditional' ? 1 : 2) : 0;
  const casing = parsed ? parsed.casing : casingOfWord(nfc);
  const checkableForm = key !== undefined && parsed !== null && !parsed.problems.length && casing !== 'upper' && casing !== 'mixed';
  const contextForm = key !== undefined && casing !== 'upper';
  const marked = hasVietnameseDiacritic(nfc);
  const problems = parsed?.problems;
  const hints =
    (marked ? HINT.marked : 0) |
    (problems && !problems.length ? HINT.wellFormed : 0) |
    (problems?.length === 1 && problems[0] === 'tone-position' ? HINT.tonePositionOnly : 0) |
    (problems?.length === 1 && problems[0] === 'stop-tone' ? HINT.stopToneOnly : 0) |
    (problems && !problems.length && styleVote !== 0 ? HINT.oneStyle : 0) |
    (casing === 'lower' ? HINT.lower : 0);
  return { lex, parsed, key, id, term: key ? { key, id } : undefined, casing, marked, lower: nfc.toLowerCase(), styleVote, hints, checkableForm, contextForm };
}

/** The word facts of a word or alnum token, kept on its form (made again if the lexicon changed). */
function tokenInfo(t: Token, lex: Lexicon | undefined): WordInfo {
  const form = t.form;
  let info = form.spellingFacts as WordInfo | undefined;
  if (info === undefined || info.lex !== lex) form.spellingFacts = info = makeWordInfo(form.nfc, form.kind === 'word', lex);
  return info;
}

/**
 * A slot keeps its word-form facts in the shared WordInfo, and its own in four more fields: a 1 MB text
 * has a quarter of a million slots, and Node gives every field eight bytes.
 */
class WordSlot implements Slot {
  run = -1;
  pos = -1;
  /** line << 2 | inName << 1 | sentenceStart */
  private bits: number;
  constructor(
    readonly token: Token,
    private readonly info: WordInfo,
    sentenceStart: boolean,
    line: number,
  ) {
    this.bits = (line << 2) | (sentenceStart ? 1 : 0);
  }
  get sentenceStart() {
    return (this.bits & 1) !== 0;
  }
  get inName() {
    return (this.bits & 2) !== 0;
  }
  set inName(inName: boolean) {
    this.bits = inName ? this.bits | 2 : this.bits & ~2;
  }
  get line() {
    return this.bits >> 2;
  }
  get contextTerm() {
    return this.info.contextForm && !(this.bits & 2) ? this.info.term : undefined;
  }
  get parsed() {
    return this.info.parsed;
  }
  get key() {
    return this.info.key;
  }
  get id() {
    return this.info.id;
  }
  get term() {
    return this.info.term;
  }
  get casing() {
    return this.info.casing;
  }
  get marked() {
    return this.info.marked;
  }
  get lower() {
    return this.info.lower;
  }
  get checkableForm() {
    return this.info.checkableForm;
  }
  get contextForm() {
    return this.info.contextForm;
  }
}

/** Key of a pair in the document's counts: numeric for syllables the lexicon knows. */
function pairKey(a: Term, b: Term): number | string {
  return a.id >= 0 && b.id >= 0 ? a.id * 65536 + b.id : a.key + ' ' + b.key;
}

/** Key of a three-syllable sequence in the document's counts (a small-integer hash). */
export function docTripleKey(a: Term, b: Term, c: Term): number {
  if (a.id >= 0 && b.id >= 0 && c.id >= 0) return (Math.imul(a.id + 1, 0x9e3779b1) ^ Math.imul(b.id + 1, 0x85ebca77) ^ Math.imul(c.id + 1, 0xc2b2ae3d)) & 0x3fffffff;
  return tripleHash(a.key, b.key, c.key) & 0x3fffffff;
}

export function spellingDoc(doc: ArticleText, ctx: RuleContext): SpellingDoc {
  const memo = ctx.memo.get('spelling:doc') as SpellingDoc | undefined;
  if (memo) return memo;
  const tokens = doc.tokens;
  const text = doc.text;
  const lex = tryLexicon();
  const lines = doc.lines;
  // a line repeated word for word (a caption under its photo and again as text) counts once,
  // so a typo is not vouched for by its own copy
  const seenLines = new Set<string>();
  const repeatedLine = new Set<number>();
  for (const l of lines) {
    const t = l.text.trim();
    if (t.length < 20) continue;
    if (seenLines.has(t)) repeatedLine.add(l.index);
    else seenLines.add(t);
  }
  const docPairs = new Map<string, number>();
  const docPairIds = new IntTable();
  const docUnigrams = new Map<string, number>();
  const docUnigramIds = new IntTable();
  const docTriples = new IntTable();
  // per line: words, syllables and words with diacritics (see vietnameseLine)
  const lineCount = lines.length;
  const words = new Uint32Array(lineCount);
  const syl = new Uint32Array(lineCount);
  const marked = new Uint32Array(lineCount);
  const styleVotes = { traditional: 0, modern: 0 };
  const namesAside = { words: new Uint32Array(lineCount), syllables: new Uint32Array(lineCount), marked: new Uint32Array(lineCount) };
  const slots: Slot[] = [];
  // (sized for every token; cut to the slots at the end)
  let termIds = new Int32Array(tokens.length);
  let hints = new Uint8Array(tokens.length);
  let neighbours = new Uint8Array(tokens.length);
  const runs: Slot[][] = [];
  // the open run is slots[runStart..]: copied out at its final length when it closes (an array
  // grown by push keeps room for more, and a 1 MB text has 31k runs)
  let runStart = 0;
  // a run is finished in one go while its slots are fresh in the cache: names, then the counts
  const closeRun = () => {
    if (runStart === slots.length) return;
    const run = slots.slice(runStart);
    runStart = slots.length;
    runs.push(run);
    // capitalised sequences: names and organisations (Hoằng Hóa, Đắk Lắk, Ban Thường vụ)
    for (let p = 0; p + 1 < run.length; p++) {
      if (isCapitalised(run[p].casing) && isCapitalised(run[p + 1].casing)) {
        run[p].inName = true;
        run[p + 1].inName = true;
      }
    }
    markNeighbours(neighbours, run, slots.length - run.length);
    if (repeatedLine.has(run[0].line)) return;
    for (let p = 0; p < run.length; p++) {
      const t0 = run[p].term;
      if (!t0) continue;
      if (t0.id >= 0) docUnigramIds.add(t0.id, 1);
      else docUnigrams.set(t0.key, (docUnigrams.get(t0.key) ?? 0) + 1);
      const t1 = slotAt(run, p + 1)?.term;
      if (!t1) continue;
      const k2 = pairKey(t0, t1);
      if (typeof k2 === 'number') docPairIds.add(k2, 1);
      else docPairs.set(k2, (docPairs.get(k2) ?? 0) + 1);
      const t2 = slotAt(run, p + 2)?.term;
      if (!t2) continue;
      const k3 = docTripleKey(t0, t1, t2);
      docTriples.add(k3, 1);
    }
  };
  let prevEnd = 0;
  let prevPunct: string | undefined;
  let lineStart = true;
  let line = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    let newLine = i === 0;
    for (let k = prevEnd; k < t.start; k++) {
      const c = text.charCodeAt(k);
      // \r\n is one break, as LSP counts lines
      if (c === 10 || (c === 13 && text.charCodeAt(k + 1) !== 10)) {
        line++;
        newLine = true;
      }
    }
    if (newLine) {
      lineStart = true;
      prevPunct = undefined;
    }
    if (t.kind !== 'word' && t.kind !== 'alnum') {
      closeRun();
      if (t.kind === 'punct') prevPunct = t.text;
      else prevPunct = undefined;
      if (t.kind !== 'punct') lineStart = false;
      prevEnd = t.end;
      continue;
    }
    if (newLine) closeRun();
    const info = tokenInfo(t, lex);
    const sentenceStart = lineStart || (prevPunct !== undefined && SENTENCE_OPENERS.has(prevPunct));
    const slot = new WordSlot(t, info, sentenceStart, line);
    slot.run = runs.length;
    slot.pos = slots.length - runStart;
    termIds[slots.length] = info.key === undefined ? -2 : info.id;
    hints[slots.length] = info.hints;
    slots.push(slot);
    words[line]++;
    if (info.key) syl[line]++;
    if (info.marked) marked[line]++;
    if (info.styleVote === 1) styleVotes.traditional++;
    else if (info.styleVote === 2) styleVotes.modern++;
    countNamesAside(namesAside, slot, 1);
    lineStart = false;
    prevPunct = undefined;
    prevEnd = t.end;
  }
  closeRun();
  // A line reads as Vietnamese with diacritics when most of its words are syllables and a fair
  // share carry marks: English lines and unaccented text are not checked word by word.
  const vietnameseLine = (li: number) => li < lineCount && words[li] > 0 && readsVietnamese(words[li], syl[li], marked[li]);
  termIds = termIds.slice(0, slots.length);
  hints = hints.slice(0, slots.length);
  neighbours = neighbours.slice(0, slots.length);
  const result: SpellingDoc = { slots, termIds, hints, neighbours, runs, docPairs, docPairIds, docUnigrams, docUnigramIds, docTriples, vietnameseLine, repeatedLine, styleVotes, namesAside, lex };
  ctx.memo.set('spelling:doc', result);
  return result;
}

/** Sets the NEIGHBOUR bits of a run's slots, the first of which is slot `first` of the document. */
function markNeighbours(neighbours: Uint8Array, run: readonly Slot[], first: number): void {
  for (let p = 0; p < run.length; p++) {
    neighbours[first + p] = (p > 0 && run[p - 1].contextTerm ? NEIGHBOUR.left : 0) | (p + 1 < run.length && run[p + 1].contextTerm ? NEIGHBOUR.right : 0);
  }
}

/** Most of a line's words are syllables and a fair share carry Vietnamese marks. */
function readsVietnamese(words: number, syllables: number, marked: number): boolean {
  return syllables >= 0.75 * words && marked >= 0.3 * words;
}

/** Counts a slot (by = 1) or takes it back (by = -1) in the per-line figures of vietnameseLineNamesAside. */
function countNamesAside(na: SpellingDoc['namesAside'], s: Slot, by: number): void {
  if (!s.key && s.casing !== 'lower') return;
  na.words[s.line] += by;
  if (s.key) na.syllables[s.line] += by;
  if (s.marked) na.marked[s.line] += by;
}

/**
 * Whether a line reads as Vietnamese with diacritics once capitalised words that are no syllable
 * are set aside: names and abbreviations (`Apple ra mắt iPhone 15 với cổng sạc USB-C`, `Vietnam
 * Airlines`) are neither Vietnamese nor English prose, and news lines are full of them. The same
 * thresholds as SpellingDoc.vietnameseLine over the remaining words, which must be at least four.
 */
export function vietnameseLineNamesAside(sd: SpellingDoc, li: number): boolean {
  const { words, syllables, marked } = sd.namesAside;
  const n = li < words.length ? words[li] : 0;
  return n >= 4 && readsVietnamese(n, syllables[li], marked[li]);
}

/**
 * The document as it would read with some words replaced (`replacements`: slot → new word, same
 * case): the replaced slots carry the new word, and the document's own counts move from the old
 * words to the new. Positions stay those of the original text.
 */
export function withReplacements(sd: SpellingDoc, replacements: ReadonlyMap<Slot, string>): SpellingDoc {
  const docPairs = new CountsOverlay(sd.docPairs);
  const docPairIds = new CountsOverlay(sd.docPairIds);
  const docUnigrams = new CountsOverlay(sd.docUnigrams);
  const docUnigramIds = new CountsOverlay(sd.docUnigramIds);
  const docTriples = new CountsOverlay(sd.docTriples);
  const bump = <K>(m: CountsOverlay<K>, k: K, by: number) => m.add(k, by);
  const runs = sd.runs.slice();
  const slots = sd.slots.slice();
  const termIds = sd.termIds.slice();
  const hints = sd.hints.slice();
  const neighbours = sd.neighbours.slice();
  const styleVotes = { ...sd.styleVotes };
  const namesAside = { words: sd.namesAside.words.slice(), syllables: sd.namesAside.syllables.slice(), marked: sd.namesAside.marked.slice() };
  const vote = (slot: Slot, by: number) => {
    const st = slot.parsed?.styles;
    if (st?.length === 1) styleVotes[st[0]] += by;
  };
  // slots are in token order: a replaced slot's place is found by its token's offset
  const slotIndex = (slot: Slot) => {
    let lo = 0;
    let hi = slots.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (slots[mid].token.start < slot.token.start) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const count = (run: Slot[], p: number, by: number) => {
    // the counts a slot takes part in: its unigram, its two pairs, its three triples
    const t = slotAt(run, p)?.term;
    if (!t) return;
    if (t.id >= 0) bump(docUnigramIds, t.id, by);
    else bump(docUnigrams, t.key, by);
    const at = (q: number) => slotAt(run, q)?.term;
    for (const [a, b] of [[at(p - 1), t], [t, at(p + 1)]] as const) {
      if (!a || !b) continue;
      const k = pairKey(a, b);
      if (typeof k === 'number') bump(docPairIds, k, by);
      else bump(docPairs, k, by);
    }
    for (const [a, b, c] of [[at(p - 2), at(p - 1), t], [at(p - 1), t, at(p + 1)], [t, at(p + 1), at(p + 2)]] as const) {
      if (a && b && c) bump(docTriples, docTripleKey(a, b, c), by);
    }
  };
  for (const [slot, word] of replacements) {
    const run = (runs[slot.run] = runs[slot.run].slice());
    const counted = !sd.repeatedLine.has(run[0].line);
    if (counted) count(run, slot.pos, -1);
    const token = new Token(formOf('word', word), slot.token.start, slot.token.end);
    const next = new WordSlot(token, tokenInfo(token, sd.lex), slot.sentenceStart, slot.line);
    next.inName = slot.inName;
    next.run = slot.run;
    next.pos = slot.pos;
    run[slot.pos] = next;
    const at = slotIndex(slot);
    slots[at] = next;
    termIds[at] = next.key === undefined ? -2 : next.id;
    hints[at] = tokenInfo(token, sd.lex).hints;
    // the slot's own context term may have changed, and with it its neighbours' bits
    markNeighbours(neighbours, run, at - slot.pos);
    vote(slot, -1);
    vote(next, 1);
    countNamesAside(namesAside, slot, -1);
    countNamesAside(namesAside, next, 1);
    if (counted) count(run, slot.pos, 1);
  }
  return { ...sd, slots, termIds, hints, neighbours, runs, docPairs, docPairIds, docUnigrams, docUnigramIds, docTriples, styleVotes, namesAside };
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

/** A syllable as the model sees it: its lexicon key and id (-1 when the lexicon lacks it). */
export interface Term {
  key: string;
  id: number;
}

// What the lexicon alone says of a pair: its word flags, and its corpus count plus the word bonus,
// per pair of syllable ids, across analyses: the lexicon never changes while it is loaded, and every
// analysis of an article (each keystroke) asks for the same pairs again. Kept as evidence × 256 + flags.
let pairCache = new IntTable(4096);
let pairCacheLexicon: Lexicon | undefined;

function lexiconPair(lex: Lexicon, a: number, b: number): number {
  if (pairCacheLexicon !== lex || pairCache.size > 200_000) {
    pairCache = new IntTable(4096);
    pairCacheLexicon = lex;
  }
  const k = a * 65536 + b;
  let p = pairCache.get(k);
  if (p === undefined) {
    const i = lex.pairAt(a, b);
    const flags = i < 0 ? 0 : lex.pairFlagsAt(i);
    const bonus = flags & PAIR_WORD ? WORD_EVIDENCE.word : flags & PAIR_IN_WORD ? WORD_EVIDENCE.inWord : 0;
    p = ((i < 0 ? 0 : lex.pairCountAt(i)) + bonus) * 256 + flags;
    pairCache.set(k, p);
  }
  return p;
}

const pairFlagsOf = (p: number) => p % 256;
const pairEvidenceOf = (p: number) => Math.floor(p / 256);

export class ContextModel {
  private readonly vocab: number;
  private readonly freeRatio: number;
  private readonly freeDenominator: number;
  private readonly ws: RuleContext['workspace'];
  private readonly uri: string | undefined;
  constructor(
    readonly lex: Lexicon,
    private readonly sd: SpellingDoc,
    ctx: RuleContext,
  ) {
    this.vocab = lex.syllableCount;
    this.ws = ctx.workspace;
    this.uri = ctx.documentUri;
    this.freeRatio = lex.freeTotal / Math.max(1, lex.corpusWords);
    const wsTotal = (this.ws?.totalSyllables ?? 0) + sd.slots.length;
    this.freeDenominator = lex.freeTotal + this.freeRatio * wsTotal + 0.5 * this.vocab;
  }

  term(key: string): Term {
    return { key, id: this.lex.id(key) };
  }

  /** Dictionary word flags of the pair a b. */
  pairFlags(a: Term, b: Term): number {
    if (a.id < 0 || b.id < 0) return 0;
    return pairFlagsOf(lexiconPair(this.lex, a.id, b.id));
  }

  /** Corpus count of the pair a b plus the word bonus: what the lexicon alone says, no document or workspace counts. */
  lexicalEvidence(a: Term, b: Term): number {
    if (a.id < 0 || b.id < 0) return 0;
    return pairEvidenceOf(lexiconPair(this.lex, a.id, b.id));
  }

  // numeric caches (pair of ids → value): the same pairs are asked for again and again
  private readonly evidenceCache = [new IntTable(), new IntTable()];

  /** Evidence that `a b` is a real pair: corpus + workspace + document counts, word bonus. */
  pairEvidence(a: Term, b: Term, selfCount: 0 | 1 = 0): number {
    if (a.id < 0 || b.id < 0) return this.computeEvidence(a, b, selfCount);
    const cache = this.evidenceCache[selfCount];
    const k = a.id * 65536 + b.id;
    let v = cache.get(k);
    if (v === undefined) {
      v = this.computeEvidence(a, b, selfCount);
      cache.set(k, v);
    }
    return v;
  }

  /**
   * pairEvidence of slot `si` and the next one, both syllables the lexicon knows: read by their ids
   * (SpellingDoc.termIds), so a cached pair costs no look at the slots.
   */
  slotPairEvidence(si: number, selfCount: 0 | 1): number {
    const ids = this.sd.termIds;
    const v = this.evidenceCache[selfCount].get(ids[si] * 65536 + ids[si + 1]);
    return v !== undefined ? v : this.pairEvidence(this.sd.slots[si].term!, this.sd.slots[si + 1].term!, selfCount);
  }

  /** pairFlags of slot `si` and the next one, both syllables the lexicon knows. */
  slotPairFlags(si: number): number {
    const ids = this.sd.termIds;
    return pairFlagsOf(lexiconPair(this.lex, ids[si], ids[si + 1]));
  }

  private computeEvidence(a: Term, b: Term, selfCount: number): number {
    const lexical = this.lexicalEvidence(a, b);
    const ws = this.ws ? this.ws.bigram(a.key, b.key, this.uri) : 0;
    const own = docPairCount(this.sd, a, b) - selfCount;
    return lexical + ws + Math.max(0, own);
  }

  /** Occurrences of `a b c` in the corpus, the workspace and the document (less `self` ones). */
  tripleEvidence(a: Term, b: Term, c: Term, self = 0): number {
    const ws = this.ws ? this.ws.trigram(a.key, b.key, c.key, this.uri) : 0;
    const own = Math.max(0, (this.sd.docTriples.get(docTripleKey(a, b, c)) ?? 0) - self);
    // the corpus has a three-word sequence only where it has both of its pairs (the lexicon build
    // counts them over the same runs; a lexicon test holds it to that): the cached pairs rule out
    // most sequences without a search of the sorted triples
    const corpus = a.id >= 0 && b.id >= 0 && c.id >= 0 && lexiconPair(this.lex, a.id, b.id) !== 0 && lexiconPair(this.lex, b.id, c.id) !== 0 ? this.lex.tripleCount(a.id, b.id, c.id) : 0;
    return corpus + ws + own;
  }

  private docUnigram(a: Term): number {
    return (a.id >= 0 ? this.sd.docUnigramIds.get(a.id) : this.sd.docUnigrams.get(a.key)) ?? 0;
  }

  /**
   * How likely b is to stand on its own after a word it forms no known pair with: its
   * free-standing frequency (occurrences outside any dictionary compound). `củng` almost only
   * lives in `củng cố`, so it is unlikely anywhere else, while `cũng` stands alone all the time.
   */
  pFree(b: Term, self = false): number {
    const ws = this.ws ? this.ws.unigram(b.key, this.uri) : 0;
    const own = Math.max(0, this.docUnigram(b) - (self ? 1 : 0));
    return (this.lex.freeCount(b.id) + this.freeRatio * (ws + own) + 0.5) / this.freeDenominator;
  }

  /** log P(b | a). `selfPair` removes this very occurrence from the document's counts. */
  logPair(a: Term, b: Term, selfPair = false, selfA = false): number {
    const c = this.pairEvidence(a, b, selfPair ? 1 : 0);
    const wsA = this.ws ? this.ws.unigram(a.key, this.uri) : 0;
    const ownA = Math.max(0, this.docUnigram(a) - (selfA ? 1 : 0));
    const total = this.lex.followerTotal(a.id) + wsA + ownA + 1;
    const types = this.lex.followerTypes(a.id) + 1;
    const backoff = Math.min(1, (DISCOUNT * types) / total);
    return Math.log(Math.max(0, c - DISCOUNT) / total + backoff * this.pFree(b, selfPair));
  }

  /** log P(a) for a word with no usable left neighbour. */
  logUnigram(a: Term, self = false): number {
    return Math.log(this.pFree(a, self));
  }

  /**
   * Three-word sequences through `k` (đoàn thể chính, thể chính trị, chính trị xã): they see
   * past a neighbour that is bound to its other side.
   */
  tripleBonus(w: Window, k: Term, isOriginal = false): number {
    const self = isOriginal ? 1 : 0;
    return tripleSum(
      w.l2 && w.l ? this.tripleEvidence(w.l2, w.l, k, self) : 0,
      w.l && w.r ? this.tripleEvidence(w.l, k, w.r, self) : 0,
      w.r && w.r2 ? this.tripleEvidence(k, w.r, w.r2, self) : 0,
    );
  }

  /**
   * How strongly `a b` holds together as a word: its evidence when the dictionary lists it as
   * (part of) a word, else 0 (frequent company alone does not make a word: `viên Ban`).
   */
  binding(a: Term, b: Term): number {
    return this.pairFlags(a, b) & (PAIR_WORD | PAIR_IN_WORD) ? this.pairEvidence(a, b) : 0;
  }
}

/**
 * The three-word bonus (tripleBonus) from the evidence of the sequences that end at a word, are
 * centred on it and start at it (0 where the window has no such sequence: it adds nothing).
 */
function tripleSum(ending: number, centred: number, starting: number): number {
  return Math.log1p(ending) + Math.log1p(centred) + Math.log1p(starting);
}

/** How often the document itself has the pair `a b`. */
function docPairCount(sd: SpellingDoc, a: Term, b: Term): number {
  const k = pairKey(a, b);
  return (typeof k === 'number' ? sd.docPairIds.get(k) : sd.docPairs.get(k)) ?? 0;
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
  const left = slotAt(run, s.pos - 1);
  const right = slotAt(run, s.pos + 1);
  return { left: left?.key ? left : undefined, right: right?.key ? right : undefined };
}

export interface Window {
  l2?: Term;
  l?: Term;
  r?: Term;
  r2?: Term;
}

/** The keys around a slot in its phrase (names and non-syllables give no context). */
export function contextWindow(sd: SpellingDoc, s: Slot, into: Window = {}): Window {
  const run = sd.runs[s.run];
  const p = s.pos;
  const l = contextTerm(slotAt(run, p - 1));
  const r = contextTerm(slotAt(run, p + 1));
  into.l = l;
  into.r = r;
  into.l2 = l ? contextTerm(slotAt(run, p - 2)) : undefined;
  into.r2 = r ? contextTerm(slotAt(run, p + 2)) : undefined;
  return into;
}

function contextTerm(x: Slot | undefined): Term | undefined {
  return x?.contextTerm;
}

/**
 * The slot at position p of a run, or undefined past either end. Reading an array outside its
 * bounds (above all at a negative index, which V8 looks up as a property name) is many times slower
 * than a bounds test, and every run has two ends.
 */
export function slotAt(run: readonly Slot[], p: number): Slot | undefined {
  return p >= 0 && p < run.length ? run[p] : undefined;
}

/**
 * Compares candidates with the original between the same neighbours. A neighbour that is already
 * bound to its other side in a word (`địa bàn | tỉnh`: bàn belongs to địa bàn) gives no evidence
 * for a pair with it (`bàn tính`), so that side is left out.
 *
 * One comparison serves every variant of a slot: what depends only on the original and its window
 * (the original's fit on each side, its three-word sequences, how bound each neighbour is on its
 * other side) is worked out once, when first needed, instead of once per variant.
 */
export class SlotComparison {
  private m!: ContextModel;
  private w!: Window;
  private orig!: Term;
  private evLo = 0;
  private evRo = 0;
  private flagsLo = 0;
  private flagsRo = 0;
  // NaN: not worked out yet for this slot
  private origTriples = NaN;
  private origTripleLeft = NaN;
  private origTripleRight = NaN;
  private bindLeft = NaN;
  private bindRight = NaN;
  private origPairLeft = NaN;
  private origAlone = NaN;
  private origPairRight = NaN;
  /** Set by compare(): the candidate's three-word bonus (tripleBonus) and the sides it was scored on. */
  tripleCand = 0;
  usedLeft = false;
  usedRight = false;

  /**
   * Starts on a slot: `evLo`/`evRo` are the original's pair evidence with its neighbours, this
   * occurrence left out, and `flagsLo`/`flagsRo` those pairs' dictionary flags (0 without the neighbour).
   */
  reset(m: ContextModel, w: Window, orig: Term, evLo: number, evRo: number, flagsLo: number, flagsRo: number): void {
    this.m = m;
    this.w = w;
    this.orig = orig;
    this.evLo = evLo;
    this.evRo = evRo;
    this.flagsLo = flagsLo;
    this.flagsRo = flagsRo;
    this.origTriples = this.origTripleLeft = this.origTripleRight = NaN;
    this.bindLeft = this.bindRight = NaN;
    this.origPairLeft = this.origAlone = this.origPairRight = NaN;
  }

  /** tripleBonus of the original (this occurrence left out). */
  originalTriples(): number {
    if (Number.isNaN(this.origTriples)) {
      const { m, w, orig } = this;
      this.origTripleLeft = w.l2 && w.l ? m.tripleEvidence(w.l2, w.l, orig, 1) : 0;
      this.origTripleRight = w.r && w.r2 ? m.tripleEvidence(orig, w.r, w.r2, 1) : 0;
      this.origTriples = tripleSum(this.origTripleLeft, w.l && w.r ? m.tripleEvidence(w.l, orig, w.r, 1) : 0, this.origTripleRight);
    }
    return this.origTriples;
  }

  /**
   * The log-odds of `cand` over the original (what compare() gives), for a candidate whose pair
   * evidence with the left and right neighbours is `evL` and `evR`; sets tripleCand, usedLeft, usedRight.
   */
  compare(cand: Term, evL: number, evR: number): number {
    const { m, w } = this;
    const tripleOrig = this.originalTriples();
    const tl = w.l2 && w.l ? m.tripleEvidence(w.l2, w.l, cand) : 0;
    const tr = w.r && w.r2 ? m.tripleEvidence(cand, w.r, w.r2) : 0;
    const tripleCand = tripleSum(tl, w.l && w.r ? m.tripleEvidence(w.l, cand, w.r) : 0, tr);
    // a neighbour bound more strongly in a dictionary word on its other side (địa bàn | tỉnh) gives
    // no evidence, unless the original makes a dictionary unit with it (bất | hợp pháp) or either
    // word is seen in a three-word sequence with both (đoàn thể chính, chuyển đổi số)
    let usedLeft = !!w.l;
    if (usedLeft && w.l2 && !this.flagsLo) {
      if (Number.isNaN(this.bindLeft)) this.bindLeft = m.binding(w.l2, w.l!);
      if (this.bindLeft > Math.max(this.evLo, evL) && !tl && !this.origTripleLeft) usedLeft = false;
    }
    let usedRight = !!w.r;
    if (usedRight && w.r2 && !this.flagsRo) {
      if (Number.isNaN(this.bindRight)) this.bindRight = m.binding(w.r!, w.r2);
      if (this.bindRight > Math.max(this.evRo, evR) && !tr && !this.origTripleRight) usedRight = false;
    }
    this.tripleCand = tripleCand;
    this.usedLeft = usedLeft;
    this.usedRight = usedRight;
    return fit(m, w, cand, false, usedLeft, usedRight) + tripleCand - this.originalFit(usedLeft, usedRight) - tripleOrig;
  }

  /** The log-odds of `cand` over the original with the given sides of the context only. */
  deltaOn(cand: Term, usedLeft: boolean, usedRight: boolean, tripleCand: number): number {
    return fit(this.m, this.w, cand, false, usedLeft, usedRight) + tripleCand - this.originalFit(usedLeft, usedRight) - this.originalTriples();
  }

  /** fit() of the original, this occurrence left out, from its pieces worked out once. */
  private originalFit(usedLeft: boolean, usedRight: boolean): number {
    const { m, w, orig } = this;
    let left: number;
    if (usedLeft) {
      if (Number.isNaN(this.origPairLeft)) this.origPairLeft = m.logPair(w.l!, orig, true);
      left = this.origPairLeft;
    } else {
      if (Number.isNaN(this.origAlone)) this.origAlone = m.logUnigram(orig, true);
      left = this.origAlone;
    }
    if (!usedRight) return left + 0;
    if (Number.isNaN(this.origPairRight)) this.origPairRight = m.logPair(orig, w.r!, true, true);
    return left + this.origPairRight;
  }
}

function fit(m: ContextModel, w: Window, k: Term, self: boolean, usedLeft: boolean, usedRight: boolean): number {
  return (usedLeft ? m.logPair(w.l!, k, self) : m.logUnigram(k, self)) + (usedRight ? m.logPair(k, w.r!, self, self) : 0);
}

/**
 * The tone placement style fixes should use: the setting, or the document's majority
 * (traditional on a tie, as Vietnamese news writes it).
 */
export function documentStyle(sd: SpellingDoc, ctx: RuleContext): PlacementStyle {
  if (ctx.settings.toneStyle === 'traditional' || ctx.settings.toneStyle === 'modern') return ctx.settings.toneStyle;
  const memo = ctx.memo.get('spelling:style') as PlacementStyle | undefined;
  if (memo) return memo;
  const style = majorityStyle(sd);
  ctx.memo.set('spelling:style', style);
  return style;
}

function majorityStyle(sd: SpellingDoc): PlacementStyle {
  return sd.styleVotes.modern > sd.styleVotes.traditional ? 'modern' : 'traditional';
}

/** How well a syllable fits its neighbours, on its own (to rank suggestions for a broken word). */
export function fitAlone(m: ContextModel, w: Window, key: Term): number {
  return (w.l ? m.logPair(w.l, key) : m.logUnigram(key)) + (w.r ? m.logPair(key, w.r) : 0) + m.tripleBonus(w, key);
}

/** Candidates ranked by how well they fit the slot's context, best first (ties: as given). */
export function rankByContext<T extends { key: string; id: number; prior: number }>(m: ContextModel | undefined, w: Window, cands: T[]): Array<T & { score: number }> {
  const scored = cands.map((c, i) => ({ ...c, score: (m ? fitAlone(m, w, c) : 0) + c.prior, i }));
  scored.sort((a, b) => b.score - a.score || a.i - b.i);
  return scored;
}
