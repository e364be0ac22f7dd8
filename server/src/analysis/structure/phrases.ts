// A token view for entity extraction (keys, case shape, what separates a token from the previous
// one) and a phrase set matched token by token, longest first.
import { formOf, Token, tokenAtOrAfter, tokenize, type ArticleText, type Form, type FormShape } from '../text/document';
import { tokenKey } from './keys';

/**
 * A token of the entity view: the tokenizer's own token, with its per-occurrence fields (i, joined,
 * glued) filled by tokView and its form's shape (key, cap, upper, lower, abbr, starts) computed once
 * per form: `cap` is a title-case word (`Cường`, `Đắk`, `Y`); `upper` an all-capitals word of two letters
 * or more (`UBND`, `HĐND`, `DUY`); `abbr` capitals without Vietnamese vowel marks (`UBND`, `HĐND`,
 * `THPT`), unlike a word of a line written in capitals (`HUYỆN`, `ĐẢNG`); `lower` starts with a
 * lower-case letter; `joined` only spaces or tabs (or nothing) separate it from the previous token;
 * `glued` nothing at all does (`Đ/c`, `TT&DL`); `starts` the bits of the phrase sets with a phrase
 * whose first key is its key (see PhraseSet.match).
 */
export type Tok = Token;

const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;
const HAS_LOWER = /\p{Ll}/u;

export function tokView(doc: ArticleText): Tok[] {
  return makeView(doc, false).toks;
}

/**
 * What scans over the whole view ask of every token, by token index, in typed arrays filled in the
 * view's own pass. A scan that acts at few tokens reads these in order and touches the token
 * objects only where it acts: a 1 MB text has a quarter of a million of them, spread over megabytes,
 * and reaching each one from the list costs more than the test itself.
 */
export interface ViewFacts {
  /** The token's `starts` (bits of the phrase sets it may start a phrase of). */
  starts: Int32Array;
  /** The token's key as a phrase key id (see phraseKeyId): what the phrase sets' tries are keyed by. */
  keys: Int32Array;
  /** FACT_CAP, FACT_ABBR, FACT_JOINED… as the token's own fields. */
  flags: Uint8Array;
}

export const FACT_CAP = 1;
export const FACT_ABBR = 2;
export const FACT_UPPER = 4;
export const FACT_LOWER = 8;
export const FACT_WORD = 16;
export const FACT_JOINED = 32;
export const FACT_GLUED = 64;

/** The token view and its facts (see ViewFacts). */
export function tokViewWithFacts(doc: ArticleText): { toks: Tok[]; facts: ViewFacts } {
  const { toks, facts } = makeView(doc, true);
  return { toks, facts: facts! };
}

function makeView(doc: ArticleText, withFacts: boolean): { toks: Tok[]; facts?: ViewFacts } {
  const text = doc.text;
  let toks = doc.tokens;
  let facts = withFacts ? newFacts(toks.length) : undefined;
  // the view's pass sees whether an apostrophe stands alone as a token (most articles have none):
  // only then are apostrophe names looked for, and the view made again if some were merged
  if (fillView(toks, text, facts)) {
    const merged = mergeApostropheNames(toks, text);
    if (merged !== toks) {
      toks = merged;
      facts = withFacts ? newFacts(toks.length) : undefined;
      fillView(toks, text, facts);
    }
  }
  return { toks, facts };
}

function newFacts(n: number): ViewFacts {
  return { starts: new Int32Array(n), keys: new Int32Array(n), flags: new Uint8Array(n) };
}

/**
 * Fills the per-occurrence fields and the form shapes, and the facts when asked (see ViewFacts).
 * Returns whether some token is an apostrophe.
 */
function fillView(toks: Tok[], text: string, facts: ViewFacts | undefined): boolean {
  // the tokenizer made each token with the per-occurrence fields (see Token): filled in place, no copy
  let prevEnd = 0;
  let apostrophe = false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const shape = shapeOf(t.form);
    if (shape.apostrophe) apostrophe = true;
    const joined = i > 0 && onlyBlanks(text, prevEnd, t.start);
    const glued = i > 0 && prevEnd === t.start;
    t.i = i;
    t.joined = joined;
    t.glued = glued;
    prevEnd = t.end;
    if (facts) {
      facts.starts[i] = shape.starts;
      facts.keys[i] = shape.keyId;
      facts.flags[i] = shape.formFacts | (joined ? FACT_JOINED : 0) | (glued ? FACT_GLUED : 0);
    }
  }
  return apostrophe;
}

/** 1 for each token that starts inside one of the ranges. */
export function excludedMask(toks: readonly Tok[], ranges: readonly { start: number; end: number }[]): Uint8Array {
  const mask = new Uint8Array(toks.length);
  // tokens are in text order and numbered by position (Tok.i): the tokens of a range are found by
  // search, from where the range before left off (ranges in order), and marked at once
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  let from = 0;
  for (const r of sorted) {
    from = tokenAtOrAfter(toks, r.start, from);
    mask.fill(1, from, tokenAtOrAfter(toks, r.end, from));
  }
  return mask;
}

/** Spaces, tabs or NBSP only between from and to (nothing at all counts too). */
function onlyBlanks(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 0x20 && c !== 0x09 && c !== 0xa0) return false;
  }
  return true;
}

/**
 * Central Highlands names written with an apostrophe (`H'Hen`, `K'Sor`) are one word: merge
 * `H` + `'` + `Hen` when nothing separates them.
 */
function mergeApostropheNames(tokens: Token[], text: string): Token[] {
  let out: Token[] | undefined;
  /** Tokens before this index are in `out` already, or merged. */
  let copied = 0;
  // only at the text's apostrophes: no pass over the tokens
  // (one regular expression for both: indexOf('’') reads a two-byte text several times slower)
  const apostrophes = /['’]/g;
  for (let m = apostrophes.exec(text); m; m = apostrophes.exec(text)) {
    const at = m.index;
    const qi = tokenAtOrAfter(tokens, at, copied);
    if (qi - 1 < copied || tokens[qi]?.start !== at) continue;
    const a = tokens[qi - 1];
    const q = tokens[qi];
    const b = tokens[qi + 1];
    if (
      a.kind === 'word' && a.text.length <= 2 && q?.kind === 'punct' && (q.text === "'" || q.text === '’') && q.start === a.end &&
      b?.kind === 'word' && b.start === q.end && UPPER.test(a.text)
    ) {
      out ??= [];
      for (let k = copied; k < qi - 1; k++) out.push(tokens[k]);
      out.push(new Token(formOf('word', text.slice(a.start, b.end)), a.start, b.end));
      copied = qi + 2;
    }
  }
  // most articles have no such name: the document's own token list serves as it is
  if (!out) return tokens;
  for (let k = copied; k < tokens.length; k++) out.push(tokens[k]);
  return out;
}

/** The entity view's shape of a form: FormShape and the key's phrase key id. */
interface EntityShape extends FormShape {
  /** See phraseKeyId, as of phrase-set generation `startsGen`. */
  keyId: number;
  /** The form's own facts (FACT_CAP, FACT_ABBR, FACT_UPPER, FACT_LOWER, FACT_WORD), made once per form. */
  formFacts: number;
  /** An apostrophe of its own (see mergeApostropheNames). */
  apostrophe: boolean;
}

/** What a form says about its tokens wherever they occur, computed once per form (words repeat). */
function shapeOf(form: Form): EntityShape {
  const shape = form.shape as EntityShape | undefined;
  if (!shape) return makeShape(form);
  // phrase sets made after the shape was computed may start with this key, or have it
  if (shape.startsGen !== generation) {
    shape.starts = FIRST_KEYS.get(shape.key) ?? 0;
    shape.keyId = phraseKeyId(shape.key);
    shape.startsGen = generation;
  }
  return shape;
}

function makeShape(form: Form): EntityShape {
  const word = form.kind === 'word';
  const letters = form.nfc.replace(/\p{M}/gu, '');
  const first = letters.charAt(0);
  const upper = (word || form.kind === 'alnum') && letters.length >= 2 && !HAS_LOWER.test(letters) && UPPER.test(first);
  const key = tokenKey(form);
  const cap = word && UPPER.test(first) && (letters.length === 1 || HAS_LOWER.test(letters.slice(1)));
  const lower = word && LOWER.test(first);
  const abbr = upper && !/[\u0300-\u0309\u031b\u0323]/.test(form.text.normalize('NFD'));
  const shape: EntityShape = {
    key,
    cap,
    upper,
    lower,
    abbr,
    starts: FIRST_KEYS.get(key) ?? 0,
    startsGen: generation,
    keyId: phraseKeyId(key),
    formFacts: (cap ? FACT_CAP : 0) | (abbr ? FACT_ABBR : 0) | (upper ? FACT_UPPER : 0) | (lower ? FACT_LOWER : 0) | (word ? FACT_WORD : 0),
    apostrophe: form.kind === 'punct' && (form.text === "'" || form.text === '’'),
  };
  form.shape = shape;
  return shape;
}

interface Node {
  /** By phrase key id. */
  next: Map<number, Node>;
  /** The phrase ends here. */
  end: boolean;
}

// Most positions start no phrase of a set: each set has a bit, and each first key the bits of the
// sets it starts a phrase of, so tokView marks a token once and a match that cannot start fails
// without a lookup. Sets past the 30th have no bit and always look.
const FIRST_KEYS = new Map<string, number>();
let setsMade = 0;
/** Bumped by each set made and each list of keys given ids: shapes of an older generation are brought up to date. */
let generation = 0;

// The tries are keyed by small numbers, not strings: each key of some phrase has an id (from 1),
// given when the first set with it is made; every other key is 0 and follows no edge. A token's id
// is kept on its form's shape and in the view's facts, so a match compares numbers and, on the
// facts, reads no token at all. (Only keys of phrases and of fixed lists given to listKeys have
// ids: the table does not grow with the texts.)
const PHRASE_KEY_IDS = new Map<string, number>();

/** The id of a key in the phrase sets' tries (or given by listKeys), 0 when no phrase has it. */
export function phraseKeyId(key: string): number {
  return PHRASE_KEY_IDS.get(key) ?? 0;
}

/**
 * Gives these keys ids, as the phrase keys have (they follow no edge of a trie that lacks them):
 * a scan can then tell a token's key among them from the view's facts, without reading the token.
 */
export function listKeys(keys: Iterable<string>): void {
  for (const k of keys) if (!PHRASE_KEY_IDS.has(k)) PHRASE_KEY_IDS.set(k, PHRASE_KEY_IDS.size + 1);
  generation++;
}

/**
 * The start bits of several sets together, for one test that no phrase of any of them starts at a
 * token (`!(t.starts & mask)`); 0 when some set has no bit, and the test cannot be made.
 */
export function startMask(...sets: PhraseSet[]): number {
  let mask = 0;
  for (const set of sets) {
    if (!set.startBit) return 0;
    mask |= set.startBit;
  }
  return mask;
}

/** Phrases compared by key (case and tone style do not matter); tokens of a phrase must be on one line. */
export class PhraseSet {
  private readonly root: Node = { next: new Map(), end: false };
  readonly size: number;
  /** This set's bit in Tok.starts (0: none, always look up). */
  private readonly bit: number;

  constructor(phrases: Iterable<string>) {
    this.bit = setsMade < 30 ? 1 << setsMade : 0;
    setsMade++;
    generation++;
    let size = 0;
    const firstKeys = new Set<string>();
    for (const p of phrases) {
      const keys = tokenize(p).map(tokenKey);
      if (!keys.length) continue;
      firstKeys.add(keys[0]);
      let node = this.root;
      for (const k of keys) {
        let id = PHRASE_KEY_IDS.get(k);
        if (id === undefined) PHRASE_KEY_IDS.set(k, (id = PHRASE_KEY_IDS.size + 1));
        let child = node.next.get(id);
        if (!child) node.next.set(id, (child = { next: new Map(), end: false }));
        node = child;
      }
      node.end = true;
      size++;
    }
    this.size = size;
    if (this.bit) for (const k of firstKeys) FIRST_KEYS.set(k, (FIRST_KEYS.get(k) ?? 0) | this.bit);
  }

  /** This set's bit in a token's `starts`, or 0 when it has none (then any token may start a phrase). */
  get startBit(): number {
    return this.bit;
  }

  /** Number of tokens of the longest phrase starting at token i of the view, 0 when none, read from its facts. */
  matchFacts(facts: ViewFacts, i: number): number {
    // past the end the facts are undefined: no start bits, no key
    if (this.bit !== 0 ? (facts.starts[i] & this.bit) === 0 : i >= facts.keys.length) return 0;
    const { keys, flags } = facts;
    let node: Node | undefined = this.root;
    let best = 0;
    for (let k = i; k < keys.length; k++) {
      if (k > i && (flags[k] & FACT_JOINED) === 0) break;
      node = node.next.get(keys[k]);
      if (!node) break;
      if (node.end) best = k - i + 1;
    }
    return best;
  }

  /** Whether some phrase of at most maxLen tokens ends just before token `end` of the view (to look behind a position). */
  endsAtFacts(facts: ViewFacts, end: number, maxLen = 4): boolean {
    for (let s = Math.max(0, end - maxLen); s < end; s++) if (this.coversFacts(facts, s, end)) return true;
    return false;
  }

  /** Whether some phrase is exactly the tokens [s, e) of the view, read from its facts. */
  coversFacts(facts: ViewFacts, s: number, e: number): boolean {
    const { keys, flags } = facts;
    if (e > keys.length || (this.bit !== 0 && (facts.starts[s] & this.bit) === 0)) return false;
    let node: Node | undefined = this.root;
    for (let k = s; k < e; k++) {
      if (k > s && (flags[k] & FACT_JOINED) === 0) return false;
      node = node.next.get(keys[k]);
      if (!node) return false;
    }
    return node.end;
  }

  /** Whether the whole phrase (as a key sequence) is in the set. */
  hasKeys(keys: readonly string[]): boolean {
    let node: Node | undefined = this.root;
    for (const k of keys) {
      node = node.next.get(phraseKeyId(k));
      if (!node) return false;
    }
    return node.end;
  }
}
